package lint

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/graph"
	"github.com/onehead/onehead/internal/alembic/script"
	"github.com/onehead/onehead/internal/pgsql"
	"github.com/onehead/onehead/internal/python"
	"github.com/onehead/onehead/internal/report"
	"github.com/onehead/onehead/internal/tree"
)

// Target is one tree to lint, named as `onehead check` names it.
type Target struct {
	tree.Opened
	// Name is how the tree is shown; Dir is its directory relative to the
	// root, where the merge command it suggests runs.
	Name, Dir string
}

// Options say how to lint.
type Options struct {
	// Root is the directory searched for trees; the result's paths are
	// relative to it.
	Root string
	// Strict counts every head against every other, as check --strict.
	Strict bool
}

// Result is what lint found in every tree.
type Result struct {
	Root     string
	Trees    []*Tree
	Findings []*Finding
	// Fixes are the files --fix rewrites, in path order.
	Fixes []*FileFix
}

// Tree is one linted tree.
type Tree struct {
	Name, Dir string
	// Files counts the revision files linted; Config is the lint
	// configuration file used, if any.
	Files  int
	Config string
	// Errs are what kept lint from reading the tree or some of its files.
	Errs []error
}

// Finding is one problem, at a position in a revision file.
type Finding struct {
	Rule string
	// Path is relative to the root; Line and Col are 1-based, Col
	// counting characters.
	Path      string
	Line, Col int
	Message   string
	// Fix is nil for findings that have no automatic fix.
	Fix *Fix
}

// Fix is the automatic fix of a finding: a change in File, or the reason
// there is none.
type Fix struct {
	Refused string
	File    *FileFix
	edit    edit
}

// FileFix is the change --fix makes to one file.
type FileFix struct {
	Path string // relative to the root
	Diff string
	// Fixes counts the findings it fixes. Applied is set once written.
	Fixes   int
	Applied bool
	abs     string
	content []byte
}

// file is one revision file being linted.
type file struct {
	path string // absolute, as Alembic loads it
	rel  string // relative to the root
	raw  []byte
	text string
	src  *source
	scan *scan
	err  error
}

// needsTokens reports whether a file can hold anything lint looks for in
// its code: an insert of some kind, or an ignore directive.
func needsTokens(raw []byte) bool {
	return bytes.Contains(raw, []byte("onehead:")) || containsFold(raw, "insert")
}

// containsFold is a case-insensitive bytes.Contains for an ASCII word.
func containsFold(b []byte, word string) bool {
	w := []byte(word)
	for i := 0; i+len(w) <= len(b); i++ {
		if b[i]|0x20 == w[0] && bytes.EqualFold(b[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// load reads the file and, when it may need them, its tokens and seeds.
func (f *file) load() {
	f.raw, f.err = os.ReadFile(f.path)
	if f.err != nil || !needsTokens(f.raw) {
		return
	}
	f.tokenize()
	if f.src != nil {
		f.scan = scanSource(f.src)
	}
}

// tokenize reads the file's tokens. A file Python cannot read is left
// without: the tree reports it.
func (f *file) tokenize() *source {
	if f.src != nil || f.raw == nil {
		return f.src
	}
	text, err := python.Decode(f.raw)
	if err != nil {
		return nil
	}
	toks, err := python.Tokenize(f.raw)
	if err != nil {
		return nil
	}
	f.text = text
	f.src = newSource(text, toks)
	return f.src
}

// Run lints every tree.
func Run(targets []Target, opts Options) *Result {
	res := &Result{Root: opts.Root}
	type job struct {
		t     *Tree
		tgt   *Target
		cfg   Config
		files []*file
	}
	jobs := make([]*job, len(targets))
	var all []*file
	for i := range targets {
		tgt := &targets[i]
		j := &job{t: &Tree{Name: tgt.Name, Dir: tgt.Dir}, tgt: tgt}
		jobs[i] = j
		res.Trees = append(res.Trees, j.t)
		cfg, err := LoadConfig(tgt.Found.Dir)
		if err != nil {
			j.t.Errs = append(j.t.Errs, err)
			continue
		}
		j.cfg, j.t.Config = cfg, res.rel(cfg.File)
		if tgt.Tree == nil || tgt.Config == nil {
			if tgt.Err != nil {
				j.t.Errs = append(j.t.Errs, tgt.Err)
			}
			continue
		}
		d := script.Directory{Locations: tgt.Config.VersionLocations, Recursive: tgt.Config.RecursiveVersionLocations}
		paths, _, err := d.Files()
		if err != nil {
			j.t.Errs = append(j.t.Errs, err)
			continue
		}
		for _, p := range paths {
			j.files = append(j.files, &file{path: p, rel: res.rel(p)})
		}
		j.t.Files = len(paths)
		all = append(all, j.files...)
	}
	forEach(all, (*file).load)

	for _, j := range jobs {
		if len(j.t.Errs) > 0 && j.files == nil {
			continue
		}
		l := &treeLint{res: res, tgt: j.tgt, cfg: j.cfg, files: j.files, byPath: map[string]*file{}, strict: opts.Strict}
		for _, f := range j.files {
			l.byPath[f.path] = f
			if f.err != nil {
				j.t.Errs = append(j.t.Errs, &alembic.FileError{Path: f.path, Msg: "cannot read revision file: " + f.err.Error()})
			}
		}
		l.seeds()
		explained := l.nonStatic()
		if err := j.tgt.Err; err != nil && !explained {
			j.t.Errs = append(j.t.Errs, err)
		}
		l.heads()
	}
	slices.SortStableFunc(res.Findings, func(a, b *Finding) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col), strings.Compare(a.Rule, b.Rule))
	})
	return res
}

// forEach runs fn on every file, on every CPU.
func forEach(files []*file, fn func(*file)) {
	next := make(chan *file)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				fn(f)
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
}

func (r *Result) rel(path string) string {
	if path == "" {
		return ""
	}
	if rel, err := filepath.Rel(r.Root, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

// treeLint lints one tree.
type treeLint struct {
	res    *Result
	tgt    *Target
	cfg    Config
	files  []*file
	byPath map[string]*file
	strict bool
	// fixes are the fixes lint can make, by file.
	fixes map[*file][]*Fix
}

// report adds a finding unless a comment on one of toks' logical lines or
// the tree's configuration silences it.
func (l *treeLint) report(f *file, rule string, off int, toks []int, msg string, fix *Fix) {
	if s := f.src; s != nil && s.ignored(rule, toks...) {
		return
	}
	if rel, err := filepath.Rel(l.tgt.Found.Dir, f.path); err == nil && l.cfg.ignores(rule, filepath.ToSlash(rel)) {
		return
	}
	line, col := 1, 1
	if f.src != nil {
		line, col = f.src.lines.position(off)
	}
	l.res.Findings = append(l.res.Findings, &Finding{Rule: rule, Path: f.rel, Line: line, Col: col, Message: msg, Fix: fix})
	if fix != nil && fix.Refused == "" {
		if l.fixes == nil {
			l.fixes = map[*file][]*Fix{}
		}
		l.fixes[f] = append(l.fixes[f], fix)
	}
}

// notHealed ends every seed-do-nothing message about DO NOTHING.
const notHealed = "leaves rows that already exist as they are, so a database that has them with empty or stale values is never healed"

// seeds reports seed-do-nothing: DO NOTHING everywhere, and inserts
// without conflict handling into tables that an earlier revision seeds.
func (l *treeLint) seeds() {
	for _, f := range l.files {
		if f.scan == nil {
			continue
		}
		for _, sd := range f.scan.seeds {
			if !sd.doNothing {
				continue
			}
			fix := &Fix{}
			var msg string
			switch {
			case sd.ins != nil:
				msg = describeInsert(sd) + " " + notHealed
				fix.edit, fix.Refused = healFix(f.src, sd)
			default:
				target := "a table onehead cannot name"
				if sd.table != "" {
					target = sd.table
				}
				msg = fmt.Sprintf("insert() into %s with on_conflict_do_nothing() %s", target, notHealed)
				fix.Refused = "onehead rewrites SQL only; in SQLAlchemy write .on_conflict_do_update(index_elements=[...], set_={col: func.coalesce(func.nullif(table.c.col, ''), stmt.excluded.col)})"
			}
			l.report(f, RuleSeedDoNothing, sd.at, sd.toks, msg, fix)
		}
	}
	l.plainSeeds()
	l.applyFixes()
}

// describeInsert shows the statement a finding is about, briefly.
func describeInsert(sd *seed) string {
	in, sql := sd.ins, sd.frag.st.sql
	table := strings.ReplaceAll(sql[in.Table[0].Start:in.Table[len(in.Table)-1].End], pgsql.Hole, "{…}")
	if in.Conflict == nil {
		return fmt.Sprintf("INSERT %s INTO %s", in.Or, table)
	}
	target := conflictTarget(sd)
	if target != "" {
		target = " " + target
	}
	return fmt.Sprintf("INSERT INTO %s ... ON CONFLICT%s DO NOTHING", table, target)
}

// conflictTarget is the conflict target of a SQL seed as written, white
// space squashed: "(name)", "(email) WHERE deleted_at IS NULL",
// "ON CONSTRAINT x", or "" when there is none.
func conflictTarget(sd *seed) string {
	c, sql := sd.ins.Conflict, sd.frag.st.sql
	words := strings.Fields(strings.ReplaceAll(sql[c.On.End:c.Do.Start], pgsql.Hole, "{…}"))
	return strings.Join(words[1:], " ") // after CONFLICT
}

// plainSeeds reports inserts without conflict handling into a table that
// an ancestor revision already seeds: where the rows exist, they fail.
func (l *treeLint) plainSeeds() {
	g := l.tgt.Graph
	if g == nil || l.tgt.Err != nil {
		return
	}
	type seeder struct {
		f  *file
		sd *seed
	}
	byFile := map[*graph.Node][]seeder{}
	for _, n := range g.Nodes {
		if f := l.byPath[n.Path]; f != nil && f.scan != nil {
			for _, sd := range f.scan.seeds {
				if sd.table != "" {
					byFile[n] = append(byFile[n], seeder{f, sd})
				}
			}
		}
	}
	for _, n := range g.Nodes {
		for _, s := range byFile[n] {
			if !s.sd.plain {
				continue
			}
			earlier, esd := earlierSeed(g, n, func(a *graph.Node) *seed {
				for _, o := range byFile[a] {
					if o.sd.table == s.sd.table {
						return o.sd
					}
				}
				return nil
			})
			if earlier == nil {
				continue
			}
			what := s.sd.what + " into " + s.sd.table
			if s.sd.ins != nil {
				what = "INSERT INTO " + s.sd.table
			}
			ef := l.byPath[earlier.Path]
			line, _ := ef.src.lines.position(esd.at)
			msg := fmt.Sprintf("%s has no conflict handling, and %s (%s:%d) already seeds %s: on a database that has these rows the migration fails with a unique violation",
				what, earlier.ID, ef.rel, line, s.sd.table)
			how := "add ON CONFLICT (key columns) DO UPDATE SET col = COALESCE(NULLIF(table.col, ''), EXCLUDED.col), ..."
			if esd.ins != nil && esd.ins.Conflict != nil && esd.ins.Conflict.Target != nil {
				how = fmt.Sprintf("add ON CONFLICT %s DO UPDATE SET ..., as %s does", conflictTarget(esd), earlier.ID)
			}
			l.report(s.f, RuleSeedDoNothing, s.sd.at, s.sd.toks, msg,
				&Fix{Refused: "onehead cannot be sure which columns identify a row of " + s.sd.table + ": " + how})
		}
	}
}

// earlierSeed finds the nearest ancestor of n (through down revisions
// and dependencies) for which seedOf finds a seed.
func earlierSeed(g *graph.Graph, n *graph.Node, seedOf func(*graph.Node) *seed) (*graph.Node, *seed) {
	seen := map[*graph.Node]bool{n: true}
	queue := []*graph.Node{n}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		parents := slices.Clone(cur.Parents)
		for _, d := range cur.Deps {
			if p, ok := g.Lookup(d); ok {
				parents = append(parents, p)
			}
		}
		for _, p := range parents {
			if seen[p] {
				continue
			}
			seen[p] = true
			if sd := seedOf(p); sd != nil {
				return p, sd
			}
			queue = append(queue, p)
		}
	}
	return nil, nil
}

// nonStatic reports non-static-identifier for the files that may have
// one: those the tree warned about, or every file when the tree could not
// be read. It reports whether the tree's error is one of them.
func (l *treeLint) nonStatic() (explained bool) {
	candidates := map[string]bool{}
	if l.tgt.Err != nil {
		for _, f := range l.files {
			candidates[f.path] = true
		}
	}
	if l.tgt.Tree != nil {
		for _, w := range l.tgt.Warnings {
			candidates[w.Path] = true
		}
	}
	var treeErr *alembic.FileError
	errors.As(l.tgt.Err, &treeErr)
	for _, f := range l.files {
		if !candidates[f.path] || f.raw == nil {
			continue
		}
		fe, col := nonStaticIn(f)
		if fe == nil {
			continue
		}
		if treeErr != nil && treeErr.Path == fe.Path && treeErr.Line == fe.Line {
			explained = true
		}
		s := f.tokenize()
		off, toks := 0, []int(nil)
		if s != nil {
			off = s.lines.offset(fe.Line, col)
			toks = []int{s.tokenAt(off)}
		}
		msg := fe.Msg
		if fe.Hint != "" {
			msg += " (" + fe.Hint + ")"
		}
		l.report(f, RuleNonStaticIdentifier, off, toks, msg, nil)
	}
	return explained
}

// identifiers are the names Alembic learns by running a revision file.
var identifiers = []string{"revision", "down_revision", "branch_labels", "depends_on"}

// nonStaticIn returns the error `onehead check --strict` stops at in f
// when it is about an identifier only Python can compute, and the column
// of the identifier. A value that only looks non-static to this file alone
// (it comes from a module onehead can read) is not one: f is read again
// exactly as check reads it, imports followed.
func nonStaticIn(f *file) (*alembic.FileError, int) {
	mod, err := python.ParseModule(f.raw)
	if err != nil {
		return nil, 0
	}
	cols := map[int]int{} // line of each suspect binding: its column
	for _, name := range identifiers {
		_, b, err := mod.Value(name, nil)
		var ns *python.NotStaticError
		if errors.As(err, &ns) && b != nil {
			cols[b.Line] = b.Col
		}
		for _, c := range mod.Conditional(name) {
			cols[c.Line] = c.Col
		}
	}
	if len(cols) == 0 {
		return nil, 0
	}
	d := script.Directory{Locations: []string{filepath.Dir(f.path)}, FS: oneFile{f.path}}
	_, _, err = d.Load(true)
	var fe *alembic.FileError
	if !errors.As(err, &fe) || fe.Path != f.path {
		return nil, 0
	}
	col, ok := cols[fe.Line]
	if !ok {
		return nil, 0
	}
	return fe, col
}

// oneFile is the file system with only one revision file in its
// directory, so that script.Directory reads that file alone, as it reads
// every file for check.
type oneFile struct{ path string }

func (o oneFile) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := os.ReadDir(name)
	if err != nil || name != filepath.Dir(o.path) {
		return nil, err
	}
	return slices.DeleteFunc(entries, func(e fs.DirEntry) bool { return e.Name() != filepath.Base(o.path) }), nil
}

func (oneFile) ReadFile(name string) ([]byte, error)     { return os.ReadFile(name) }
func (oneFile) Stat(name string) (fs.FileInfo, error)    { return os.Stat(name) }
func (oneFile) EvalSymlinks(path string) (string, error) { return filepath.EvalSymlinks(path) }
func (oneFile) Readlink(name string) (string, error)     { return os.Readlink(name) }

// tokenAt returns the first token starting at or after off.
func (s *source) tokenAt(off int) int {
	i, _ := slices.BinarySearch(s.off, off)
	return min(i, len(s.toks)-1)
}

// heads reports multiple-heads: each head of each fork, as check finds them.
func (l *treeLint) heads() {
	if l.tgt.Tree == nil || l.tgt.Graph == nil || l.tgt.Err != nil {
		return
	}
	for _, fork := range l.tgt.Graph.Forks(l.strict) {
		ids := make([]string, len(fork.Heads))
		for i, h := range fork.Heads {
			ids[i] = h.ID
		}
		fix, _ := report.FixCommands(l.tgt.Dir, fork)
		for _, h := range fork.Heads {
			f := l.byPath[h.Path]
			if f == nil {
				continue
			}
			off, toks := 0, []int(nil)
			if s := f.tokenize(); s != nil && h.Line.Revision > 0 {
				off = s.lines.offset(h.Line.Revision, 1)
				toks = []int{s.tokenAt(off)}
			}
			msg := fmt.Sprintf("%s is one of %d heads (%s) of %s: `alembic upgrade head` fails; merge them: %s",
				h.ID, len(fork.Heads), strings.Join(ids, ", "), l.tgt.Name, fix)
			l.report(f, RuleMultipleHeads, off, toks, msg, nil)
		}
	}
}
