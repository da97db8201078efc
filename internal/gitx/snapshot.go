package gitx

import (
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// Snapshot is a commit's tree seen as a read-only file system rooted at
// Root, the work tree's top: paths are the absolute paths the files have
// when the commit is checked out, so that Alembic's configuration, which
// resolves paths against the directory it runs in, reads the commit as it
// would read the checkout. Only what git stores exists: untracked and
// ignored files of the work tree do not.
type Snapshot struct {
	Root   string
	TreeID string
	// mu serializes reads: object readers are not safe for concurrent use,
	// and revision files are parsed concurrently.
	mu    sync.Mutex
	obj   Objects
	trees map[string]*treeEntries
	// dir remembers a directory in which names were looked up twice in a
	// row, resolved: hooks look up every revision file of a version
	// location in turn, and each would otherwise be walked from the root.
	dir dirMemo
	// fetched are blobs read ahead by Prefetch, until ReadFile takes them.
	fetched map[string][]byte
}

// dirMemo is a directory resolved: its path as looked up, its entries,
// and how many symlinks led there.
type dirMemo struct {
	prev    string // the directory of the last lookup
	path    string
	entries *treeEntries
	links   int
}

// treeEntries is a decoded tree object, indexed by name: a version
// location may hold thousands of entries.
type treeEntries struct {
	list   []Entry
	byName map[string]int
}

// NewSnapshot reads tree (a root tree id) through obj.
func NewSnapshot(obj Objects, root, tree string) *Snapshot {
	return &Snapshot{Root: filepath.Clean(root), TreeID: tree, obj: obj, trees: map[string]*treeEntries{}}
}

// maxLinks bounds symlink resolution, as the kernel's ELOOP does.
const maxLinks = 40

// Lookup finds the entry at name (absolute, or relative to Root),
// following symlinks in every component, and in the last one when follow
// is set. The root itself is a tree entry with an empty name.
func (s *Snapshot) Lookup(name string, follow bool) (Entry, error) {
	e, _, err := s.Resolve(name, follow)
	return e, err
}

// Resolve is Lookup that also tells whether a symlink was followed on the
// way (so the entry may lie elsewhere than name says).
func (s *Snapshot) Resolve(name string, follow bool) (e Entry, linked bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var links int
	e, err = s.lookup(name, follow, &links)
	return e, links > 0, err
}

func (s *Snapshot) lookup(name string, follow bool, links *int) (Entry, error) {
	if e, ok := s.lookupInDir(name, follow, links); ok {
		return e, nil
	}
	parts, ok := s.split(name)
	if !ok {
		return Entry{}, notExist("stat", name)
	}
	e, _, err := s.walk(parts, follow, links)
	if err != nil {
		return Entry{}, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	return e, nil
}

// lookupInDir looks name up through the remembered directory, when it is
// name's directory and name's entry there is not a symlink to follow;
// it reports false when it cannot answer. A name looked up in the same
// directory as the one before makes that directory the one remembered.
func (s *Snapshot) lookupInDir(name string, follow bool, links *int) (Entry, bool) {
	slash := strings.LastIndexByte(name, filepath.Separator)
	if slash <= 0 {
		return Entry{}, false
	}
	dir, base := name[:slash], name[slash+1:]
	if base == "" || base == "." || base == ".." {
		return Entry{}, false
	}
	m := &s.dir
	if dir != m.path {
		if dir != m.prev {
			m.prev = dir
			return Entry{}, false
		}
		var dirLinks int
		d, err := s.lookup(dir, true, &dirLinks)
		if err != nil || d.Mode != ModeTree {
			return Entry{}, false
		}
		entries, err := s.tree(d.ID)
		if err != nil {
			return Entry{}, false
		}
		*m = dirMemo{prev: dir, path: dir, entries: entries, links: dirLinks}
	}
	j, ok := m.entries.byName[base]
	if !ok {
		return Entry{}, false // the full walk says why
	}
	e := m.entries.list[j]
	if e.Mode == ModeSymlink && follow {
		return Entry{}, false
	}
	*links += m.links
	return e, true
}

// split makes name a list of components below Root.
func (s *Snapshot) split(name string) ([]string, bool) {
	// The common case, a clean path below Root, without filepath's
	// cleaning: hooks look up every revision file of a tree.
	if rel, ok := strings.CutPrefix(name, s.Root+string(filepath.Separator)); ok {
		parts := strings.Split(rel, string(filepath.Separator))
		if !slices.ContainsFunc(parts, func(p string) bool { return p == "" || p == "." || p == ".." }) {
			return parts, true
		}
	}
	if !filepath.IsAbs(name) {
		name = filepath.Join(s.Root, name)
	}
	rel, err := filepath.Rel(s.Root, filepath.Clean(name))
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, false
	}
	if rel == "." {
		return nil, true
	}
	return strings.Split(filepath.ToSlash(rel), "/"), true
}

// walk resolves parts from the root; it returns the entry and its path
// below Root after symlinks were followed.
func (s *Snapshot) walk(parts []string, follow bool, links *int) (Entry, []string, error) {
	cur := Entry{Mode: ModeTree, ID: s.TreeID}
	var at []string
	for i, p := range parts {
		if cur.Mode != ModeTree {
			return Entry{}, nil, fs.ErrNotExist
		}
		if p == ".." {
			if len(at) > 0 {
				at = at[:len(at)-1]
			}
			e, _, err := s.walk(at, true, links)
			if err != nil {
				return Entry{}, nil, err
			}
			cur = e
			continue
		}
		entries, err := s.tree(cur.ID)
		if err != nil {
			return Entry{}, nil, err
		}
		j, ok := entries.byName[p]
		if !ok {
			return Entry{}, nil, fs.ErrNotExist
		}
		cur = entries.list[j]
		last := i == len(parts)-1
		if cur.Mode == ModeSymlink && (!last || follow) {
			if *links++; *links > maxLinks {
				return Entry{}, nil, errLoop
			}
			target, err := s.obj.Blob(cur.ID)
			if err != nil {
				return Entry{}, nil, err
			}
			t := string(target)
			var next []string
			if path.IsAbs(t) {
				ps, ok := s.split(t)
				if !ok {
					return Entry{}, nil, fs.ErrNotExist // outside the work tree
				}
				next = ps
			} else {
				next = append(slices.Clone(at), strings.Split(t, "/")...)
			}
			next = append(next, parts[i+1:]...)
			return s.walk(clean(next), follow, links)
		}
		at = append(at, p)
	}
	return cur, at, nil
}

// clean drops "." and empty components; ".." stays for walk to apply
// after symlinks, as the kernel does.
func clean(parts []string) []string {
	out := parts[:0:0]
	for _, p := range parts {
		if p != "" && p != "." {
			out = append(out, p)
		}
	}
	return out
}

var errLoop = &loopError{}

type loopError struct{}

func (*loopError) Error() string { return "too many levels of symbolic links" }

func (s *Snapshot) tree(id string) (*treeEntries, error) {
	if t, ok := s.trees[id]; ok {
		return t, nil
	}
	list, err := s.obj.Tree(id)
	if err != nil {
		return nil, err
	}
	t := &treeEntries{list: list, byName: make(map[string]int, len(list))}
	for i, e := range list {
		t.byName[e.Name] = i
	}
	s.trees[id] = t
	return t, nil
}

func notExist(op, name string) error { return &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist} }

// ReadDir lists a directory sorted by name, as os.ReadDir does.
func (s *Snapshot) ReadDir(name string) ([]fs.DirEntry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(name, true, new(int))
	if err != nil {
		return nil, err
	}
	if e.Mode != ModeTree {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errNotDir}
	}
	entries, err := s.tree(e.ID)
	if err != nil {
		return nil, err
	}
	out := make([]fs.DirEntry, len(entries.list))
	for i, e := range entries.list {
		out[i] = info{e}
	}
	// git orders a directory as if its name ended in "/".
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

var errNotDir = &notDirError{}

type notDirError struct{}

func (*notDirError) Error() string { return "not a directory" }

// ReadFile reads a file's content.
func (s *Snapshot) ReadFile(name string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(name, true, new(int))
	if err != nil {
		return nil, err
	}
	if e.Mode == ModeTree || e.Mode == ModeSubmodule {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errIsDir}
	}
	if b, ok := s.fetched[e.ID]; ok {
		delete(s.fetched, e.ID)
		return b, nil
	}
	return s.obj.Blob(e.ID)
}

// Prefetch reads the files names ahead of the ReadFile calls that will ask
// for them, all at once where the object reader gains by it (see
// [BlobReader]): the revision files of a tree read from a large repository
// then cost one exchange with git per batch, not one each. Names that are
// not files are left for ReadFile to report.
func (s *Snapshot) Prefetch(names []string) {
	br, ok := s.obj.(BlobReader)
	if !ok || len(names) < 2 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for _, name := range names {
		e, err := s.lookup(name, true, new(int))
		if err != nil || e.Mode == ModeTree || e.Mode == ModeSubmodule {
			continue
		}
		if _, ok := s.fetched[e.ID]; !ok {
			ids = append(ids, e.ID)
		}
	}
	if len(ids) < 2 {
		return
	}
	blobs, err := br.Blobs(ids)
	if err != nil {
		return // ReadFile asks again, and reports what fails
	}
	if s.fetched == nil {
		s.fetched = make(map[string][]byte, len(ids))
	}
	for i, id := range ids {
		s.fetched[id] = blobs[i]
	}
}

var errIsDir = &isDirError{}

type isDirError struct{}

func (*isDirError) Error() string { return "is a directory" }

func (s *Snapshot) Stat(name string) (fs.FileInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(name, true, new(int))
	if err != nil {
		return nil, err
	}
	return info{e}, nil
}

func (s *Snapshot) Lstat(name string) (fs.FileInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(name, false, new(int))
	if err != nil {
		return nil, err
	}
	return info{e}, nil
}

// EvalSymlinks resolves every symlink of a path, as filepath.EvalSymlinks
// does on a checkout.
func (s *Snapshot) EvalSymlinks(name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	parts, ok := s.split(name)
	if !ok {
		return "", notExist("lstat", name)
	}
	var links int
	_, at, err := s.walk(parts, true, &links)
	if err != nil {
		return "", &fs.PathError{Op: "lstat", Path: name, Err: err}
	}
	return filepath.Join(append([]string{s.Root}, at...)...), nil
}

func (s *Snapshot) Readlink(name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(name, false, new(int))
	if err != nil {
		return "", err
	}
	if e.Mode != ModeSymlink {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	b, err := s.obj.Blob(e.ID)
	return string(b), err
}

// info is a tree entry as fs.FileInfo and fs.DirEntry. Sizes and times
// are not known without reading the object, and nothing needs them.
type info struct{ e Entry }

func (i info) Name() string       { return i.e.Name }
func (i info) Size() int64        { return 0 }
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) IsDir() bool        { return i.e.Mode == ModeTree }
func (i info) Sys() any           { return i.e }
func (i info) Mode() fs.FileMode {
	switch i.e.Mode {
	case ModeTree:
		return fs.ModeDir | 0o755
	case ModeSymlink:
		return fs.ModeSymlink | 0o777
	case ModeExec:
		return 0o755
	case ModeSubmodule:
		return fs.ModeDir // a gitlink: an empty directory in the checkout
	default:
		return 0o644
	}
}
func (i info) Type() fs.FileMode          { return i.Mode().Type() }
func (i info) Info() (fs.FileInfo, error) { return i, nil }
