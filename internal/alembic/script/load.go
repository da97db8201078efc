package script

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/python"
)

// legacyName is Alembic 0.1's file naming: the hex id is the file name.
var legacyName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([a-f0-9]+)\.py$`) })

// Load reads the revision files d lists, in Alembic's load order. It stops
// at the first file Alembic would stop at (the error says why and where);
// the revisions read before it are returned with it. With strict, a value
// that only Python could compute is an error even where it does not decide
// the graph (branch_labels, depends_on); otherwise it is a warning and the
// value is left out.
//
// Load does not write what it learnt to d.Cache: [Cache.Save] does, which
// the caller may run while it goes on with the revisions.
func (d *Directory) Load(strict bool) ([]*Revision, []alembic.Warning, error) {
	files, warns, err := d.Files()
	if err != nil {
		return nil, warns, err
	}
	l := &loader{d: d, files: files, strict: strict, imp: &importer{fs: d.fs(), modules: map[string]*moduleEntry{}}}
	if d.FS == nil {
		l.dirs = openFileDirs(files)
		defer l.dirs.close()
	}
	l.results = make([]result, len(files))
	if d.Cache != nil {
		d.Cache.start(files)
	}
	// Files are read and parsed concurrently, handed out in batches (a
	// file takes microseconds, a hand-over between goroutines about as
	// long); results are taken in load order so the first error is the one
	// Alembic would hit first.
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (len(files)+loadBatch-1)/loadBatch) - 1 {
		wg.Go(l.work)
	}
	l.work()
	wg.Wait()
	revs := make([]*Revision, 0, len(files))
	for _, r := range l.results {
		warns = append(warns, r.warns...)
		if r.err != nil {
			return revs, warns, r.err
		}
		revs = append(revs, r.rev)
	}
	return revs, warns, nil
}

// loadBatch is how many files a loading goroutine takes at a time.
const loadBatch = 32

// loader is one Load's work, shared by its goroutines.
type loader struct {
	d       *Directory
	files   []string
	dirs    *fileDirs // nil when reading through d.FS
	strict  bool
	imp     *importer
	next    atomic.Int64 // the next batch to hand out
	results []result
}

type result struct {
	rev   *Revision
	warns []alembic.Warning
	err   error
}

// work reads batches of files until none are left.
func (l *loader) work() {
	w := worker{l: l}
	for {
		start := int(l.next.Add(loadBatch)) - loadBatch
		if start >= len(l.files) {
			return
		}
		end := min(start+loadBatch, len(l.files))
		if l.dirs == nil {
			w.batchFS(start, end)
			continue
		}
		w.batch(start, end)
	}
}

// worker is one loading goroutine.
type worker struct {
	l *loader
	// arena holds the sources of a batch of files, and is reused for the
	// next batch while nothing read from them refers to it: a Revision
	// keeps copies, but an error or a warning may quote the source. Files
	// are then read without allocating, and the memory they pass through
	// stays in the processor's cache.
	arena []byte
	// modules parses each file into the memory of the one before.
	modules python.ModuleReader
}

// arenaSize is the memory a batch's sources are read into: revision files
// are a few kilobytes; a larger one gets memory of its own.
const arenaSize = 256 << 10

// pending is a file of a batch, read and waiting to be parsed.
type pending struct {
	src    []byte
	err    error
	id     FileID
	cached bool // its identity is known: the revision may be cached
	done   bool // taken from the cache
}

// batch reads files start to end from the real file system: each through
// the cache when there is one, else from disk. It reads every file of the
// batch before it parses any. Alternating file by file between the
// kernel's work (open, read, close) and the parser's evicts the parser's
// code and data from the processor's caches every time: on 100,000 files,
// parsing took a third longer that way.
func (w *worker) batch(start, end int) {
	l, cache := w.l, w.l.d.Cache
	if w.arena == nil {
		w.arena = make([]byte, 0, arenaSize)
	}
	arena := w.arena[:0]
	var files [loadBatch]pending
	for i := start; i < end; i++ {
		f := &files[i-start]
		// A file the cache knows is identified by name first, and not
		// read if unchanged; a file it does not know (all of them, the
		// first time) is identified from the open file as it is read.
		known := cache != nil && cache.known(i, l.files[i])
		if known {
			if f.id, f.cached = l.dirs.stat(i); f.cached {
				if rev, hit := cache.lookup(i, l.files[i], f.id); hit {
					l.results[i].rev, f.done = rev, true
					continue
				}
			}
		}
		from := len(arena)
		if cache != nil && !known {
			f.src, f.id, f.cached, f.err = l.dirs.readIdentified(i, arena[from:from])
		} else {
			f.src, f.err = l.dirs.read(i, arena[from:from])
		}
		if cap(f.src) == cap(arena)-from { // read into the arena, which it did not outgrow
			arena = arena[:from+len(f.src)]
		}
	}
	reuse := true
	for i := start; i < end; i++ {
		f, r := &files[i-start], &l.results[i]
		switch {
		case f.done:
			continue
		case f.err != nil:
			r.err = readError(l.files[i], f.err)
		case f.cached:
			track := &trackingImporter{importer: l.imp}
			r.rev, r.warns, r.err = w.parse(i, f.src, track)
			if r.err == nil && len(r.warns) == 0 && !track.used {
				cache.store(i, f.id, r.rev)
			}
		default:
			r.rev, r.warns, r.err = w.parse(i, f.src, l.imp)
		}
		reuse = reuse && r.err == nil && len(r.warns) == 0
	}
	if !reuse {
		w.arena = nil
	}
}

// Prefetcher is an FS that reads files faster together than one by one
// (a git commit's tree, read through `git cat-file --batch`): Load tells
// it, batch by batch, which files it is about to read.
type Prefetcher interface {
	Prefetch(names []string)
}

// batchFS reads files start to end through Directory.FS, and through
// Directory.Contents when it is set: a revision already read from the
// same content is not read again. As with the cache, only revisions read
// without warnings and without imports are kept.
func (w *worker) batchFS(start, end int) {
	l, contents := w.l, w.l.d.Contents
	var keys [loadBatch]string
	var toRead []string
	for i := start; i < end; i++ {
		if contents != nil {
			key, ok := contents.Key(l.files[i])
			if ok {
				if rev, hit := contents.Recall(key); hit {
					r := *rev
					r.Path = l.files[i]
					l.results[i].rev = &r
					continue
				}
				keys[i-start] = key
			}
		}
		toRead = append(toRead, l.files[i])
	}
	if p, ok := l.d.FS.(Prefetcher); ok {
		p.Prefetch(toRead)
	}
	for i := start; i < end; i++ {
		r, key := &l.results[i], keys[i-start]
		if r.rev != nil {
			continue
		}
		if key == "" {
			r.rev, r.warns, r.err = w.read(i, l.imp)
			continue
		}
		track := &trackingImporter{importer: l.imp}
		r.rev, r.warns, r.err = w.read(i, track)
		if r.err == nil && len(r.warns) == 0 && !track.used {
			contents.Keep(key, r.rev)
		}
	}
}

// trackingImporter notes whether a file's values came through imports:
// such a revision depends on more than its own file and is not cached.
type trackingImporter struct {
	*importer
	used bool
}

func (t *trackingImporter) Import(from *python.Module, dotted string, level int) (*python.Module, error) {
	t.used = true
	return t.importer.Import(from, dotted, level)
}

// read reads file i through Directory.FS and parses it.
func (w *worker) read(i int, imp python.Importer) (*Revision, []alembic.Warning, error) {
	src, err := w.l.d.FS.ReadFile(w.l.files[i])
	if err != nil {
		return nil, nil, readError(w.l.files[i], err)
	}
	return w.parse(i, src, imp)
}

// parse builds the Revision of file i from its source as Alembic's
// Script._from_path and Revision.__init__ would.
func (w *worker) parse(i int, src []byte, imp python.Importer) (*Revision, []alembic.Warning, error) {
	path := w.l.files[i]
	if filepath.Base(path) == ".py" {
		return nil, nil, &alembic.FileError{Path: path, Msg: "a file named .py has no module name: Alembic crashes on it (AssertionError)",
			Hint: "rename or remove it"}
	}
	return parseRevision(path, src, &w.modules, imp, w.l.strict)
}

func readError(path string, err error) error {
	return &alembic.FileError{Path: path, Msg: "cannot read revision file: " + errText(err)}
}

// parseRevision builds the Revision of the file at path from its source,
// parsed with mr: nothing it returns refers to the module.
func parseRevision(path string, src []byte, mr *python.ModuleReader, imp python.Importer, strict bool) (*Revision, []alembic.Warning, error) {
	mod, err := mr.Parse(src)
	if err != nil {
		return nil, nil, pyFileError(path, err, "Python would refuse to load this file, and so would Alembic")
	}
	mod.Path = path
	// Clone what is kept: substrings would pin each file's whole source.
	rev := &Revision{Path: path, Doc: strings.Clone(mod.Doc)}
	var warns []alembic.Warning

	id, b, err := mod.Value("revision", imp)
	switch {
	case errors.Is(err, python.ErrNotBound):
		m := legacyName().FindStringSubmatch(filepath.Base(path))
		if m == nil {
			return nil, nil, alembic.Failf("Could not determine revision id from filename %s. Be sure the 'revision' variable is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation).", filepath.Base(path))
		}
		rev.ID = m[1]
	case err != nil:
		return nil, nil, notStatic(path, "revision", b, err)
	default:
		s, ok := id.(python.String)
		if !ok {
			return nil, nil, &alembic.FileError{Path: path, Line: b.Line,
				Msg: fmt.Sprintf("revision is %s, not a string; Alembic needs a string id", aType(id))}
		}
		rev.ID, rev.Line.Revision = strings.Clone(string(s)), b.Line
	}

	down, b, err := mod.Value("down_revision", imp)
	switch {
	case errors.Is(err, python.ErrNotBound):
		return nil, nil, &alembic.FileError{Path: path,
			Msg:  "no down_revision: Alembic fails with AttributeError on this file",
			Hint: "add `down_revision = None` for a base revision, or the id of the revision this one follows"}
	case err != nil:
		return nil, nil, notStatic(path, "down_revision", b, err)
	}
	rev.Line.Down = b.Line
	if rev.Down, err = idList(path, "down_revision", b, down); err != nil {
		return nil, nil, err
	}

	for _, opt := range []struct {
		name string
		dst  *[]string
		line *int
	}{
		{"branch_labels", &rev.BranchLabels, &rev.Line.BranchLabels},
		{"depends_on", &rev.DependsOn, &rev.Line.DependsOn},
	} {
		v, b, err := mod.Value(opt.name, imp)
		switch {
		case errors.Is(err, python.ErrNotBound):
			continue
		case err != nil:
			e := notStatic(path, opt.name, b, err)
			if strict {
				return nil, nil, e
			}
			warns = append(warns, alembic.Warning{Path: e.Path, Line: e.Line,
				Msg: e.Msg + "; onehead leaves it out (it does not decide which revisions are heads; --strict makes this an error)"})
			continue
		}
		*opt.line = b.Line
		if *opt.dst, err = idList(path, opt.name, b, v); err != nil {
			return nil, nil, err
		}
	}
	for _, name := range []string{"revision", "down_revision", "branch_labels", "depends_on"} {
		for _, b := range mod.Conditional(name) {
			w := alembic.Warning{Path: path, Line: b.Line,
				Msg: fmt.Sprintf("%s is assigned again inside %s block at line %d; onehead uses the plain assignment before it, as Python does unless that block runs", name, "`"+b.Block+"`", b.BlockLine)}
			if strict {
				return nil, nil, &alembic.FileError{Path: path, Line: b.Line, Msg: w.Msg}
			}
			warns = append(warns, w)
		}
	}
	if err := rev.verify(python.Truthy(down)); err != nil {
		return nil, nil, err
	}
	return rev, warns, nil
}

// idList normalises an identifier attribute as Alembic's util.to_tuple
// does: None is empty, a string is one id, a tuple or list holds ids.
func idList(path, name string, b *python.Binding, v python.Value) ([]string, error) {
	bad := func(what string) error {
		return &alembic.FileError{Path: path, Line: b.Line,
			Msg: fmt.Sprintf("%s is %s; Alembic needs None, a string, or a tuple or list of strings", name, what)}
	}
	switch v := v.(type) {
	case python.NoneType:
		return nil, nil
	case python.String:
		return []string{strings.Clone(string(v))}, nil
	case python.Tuple, python.List:
		var items []python.Value
		if t, ok := v.(python.Tuple); ok {
			items = t
		} else {
			items = v.(python.List)
		}
		ids := make([]string, 0, len(items))
		for _, it := range items {
			s, ok := it.(python.String)
			if !ok {
				return nil, bad("a sequence holding " + aType(it))
			}
			ids = append(ids, strings.Clone(string(s)))
		}
		return ids, nil
	}
	return nil, bad(aType(v))
}

// aType names a value's type with its article: "an int", "a tuple".
func aType(v python.Value) string {
	if t := v.Type(); t != "" && strings.ContainsRune("aeiou", rune(t[0])) {
		return "an " + t
	}
	return "a " + v.Type()
}

// notStatic explains an identifier only Python could compute, at the line
// that binds it, with why: the reason may lie in another statement or file.
func notStatic(path, name string, b *python.Binding, err error) *alembic.FileError {
	fe := pyFileError(path, err, "")
	if b == nil {
		fe.Hint = name + " cannot be known without running Python; write it as a literal"
		return fe
	}
	why := fe.Msg
	if fe.Path != path || fe.Line != b.Line {
		why = fmt.Sprintf("%s (at %s:%d)", fe.Msg, filepath.Base(fe.Path), fe.Line)
	}
	expr := b.Source
	if expr == "" {
		expr = b.Name
	}
	return &alembic.FileError{Path: path, Line: b.Line,
		Msg:  fmt.Sprintf("%s = `%s` only Python can compute: %s", name, expr, why),
		Hint: "write " + name + " as a literal"}
}

// pyFileError turns a python package error into a FileError at its
// position, which may lie in an imported module.
func pyFileError(path string, err error, hint string) *alembic.FileError {
	var (
		syn *python.SyntaxError
		ns  *python.NotStaticError
		pe  *python.PyError
	)
	switch {
	case errors.As(err, &syn):
		return &alembic.FileError{Path: path, Line: syn.Line, Msg: "syntax error: " + syn.Msg, Hint: hint}
	case errors.As(err, &ns):
		p := path
		if ns.Path != "" {
			p = ns.Path
		}
		msg := ns.Reason
		if ns.Expr != "" {
			msg = fmt.Sprintf("`%s`: %s", ns.Expr, ns.Reason)
		}
		return &alembic.FileError{Path: p, Line: ns.Line, Msg: msg, Hint: hint}
	case errors.As(err, &pe):
		p := path
		if pe.Path != "" {
			p = pe.Path
		}
		return &alembic.FileError{Path: p, Line: pe.Line, Msg: fmt.Sprintf("Python would raise %s: %s", pe.Type, pe.Msg)}
	}
	return &alembic.FileError{Path: path, Msg: err.Error()}
}

func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// importer finds modules a revision file imports in the directories above
// it, the way neutron's `from neutron.db.migration import cli` is found when
// Alembic runs from the repository: a/b/c.py or a/b/c/__init__.py in the
// file's directory or any ancestor. Parsed modules are shared across files.
type importer struct {
	fs      FS
	mu      sync.Mutex
	modules map[string]*moduleEntry
}

type moduleEntry struct {
	once sync.Once
	mod  *python.Module
	err  error
}

func (im *importer) Import(from *python.Module, dotted string, level int) (*python.Module, error) {
	im.mu.Lock()
	_, imported := im.modules[from.Path]
	im.mu.Unlock()
	if level > 0 && !imported {
		// Alembic loads a revision file as a module outside any package.
		return nil, errors.New("ImportError: attempted relative import with no known parent package")
	}
	rel := filepath.FromSlash(strings.ReplaceAll(dotted, ".", "/"))
	var dirs []string
	if level > 0 {
		dir := filepath.Dir(from.Path)
		for range level - 1 {
			dir = filepath.Dir(dir)
		}
		dirs = []string{dir}
	} else {
		for dir := filepath.Dir(from.Path); ; dir = filepath.Dir(dir) {
			dirs = append(dirs, dir)
			if dir == filepath.Dir(dir) {
				break
			}
		}
	}
	for _, dir := range dirs {
		for _, cand := range []string{filepath.Join(dir, rel+".py"), filepath.Join(dir, rel, "__init__.py")} {
			if _, err := im.fs.Stat(cand); err == nil {
				return im.load(cand)
			}
		}
	}
	return nil, fmt.Errorf("no %s.py in the directories above the revision file", strings.ReplaceAll(dotted, ".", "/"))
}

func (im *importer) load(path string) (*python.Module, error) {
	im.mu.Lock()
	e, ok := im.modules[path]
	if !ok {
		e = &moduleEntry{}
		im.modules[path] = e
	}
	im.mu.Unlock()
	e.once.Do(func() {
		src, err := im.fs.ReadFile(path)
		if err != nil {
			e.err = err
			return
		}
		e.mod, e.err = python.ParseModule(src)
		if e.mod != nil {
			e.mod.Path = path
		}
	})
	return e.mod, e.err
}
