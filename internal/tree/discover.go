package tree

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
	"github.com/pelletier/go-toml/v2"
)

// Found is an Alembic tree found by [Discover]: where Alembic would be run
// from and what it would read there.
type Found struct {
	// Dir is the directory holding the configuration: relative paths in it
	// are written for `cd Dir && alembic ...`.
	Dir string
	// Ini and PyProject are the configuration files in Dir, when present.
	Ini, PyProject string
	// ScriptDir is set for a tree without configuration (a Flask-Migrate
	// style directory holding env.py, script.py.mako and versions/), and
	// for an ini that names no script_location of its own.
	ScriptDir string
}

// skipDirs are never searched: version control, virtual environments and
// installed packages hold other projects' migrations, not this one's.
var skipDirs = map[string]bool{
	".git": true, ".hg": true, ".svn": true, "node_modules": true,
	".venv": true, "venv": true, "site-packages": true, "dist-packages": true,
	"__pycache__": true, ".tox": true, ".nox": true, ".mypy_cache": true,
	".pytest_cache": true, ".ruff_cache": true, ".eggs": true,
}

// Discover finds every Alembic tree under root: each alembic.ini, each
// pyproject.toml with a [tool.alembic] table, and each directory laid out as
// an Alembic script directory (env.py, script.py.mako, versions/) that no
// configuration found points at. What git ignores (the .gitignore files of
// the work tree holding root, from its top down, and .git/info/exclude) and
// virtual environments are skipped. Trees come in path order.
func Discover(root string) ([]Found, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	// Ignore rules are anchored at the top of the work tree; above root,
	// only the .gitignore files on the way down to it apply.
	base := gitTop(root)
	parts := func(path string) []string {
		rel, _ := filepath.Rel(base, path)
		if rel == "." {
			return nil
		}
		return strings.Split(rel, string(filepath.Separator))
	}
	patterns := readIgnore(filepath.Join(base, ".git", "info", "exclude"), nil)
	for dir := base; dir != root; {
		patterns = append(patterns, readIgnore(filepath.Join(dir, ".gitignore"), parts(dir))...)
		next := root
		for filepath.Dir(next) != dir {
			next = filepath.Dir(next)
		}
		dir = next
	}
	w := Walk{
		FS: osFS{},
		Ignored: func(path string, isDir bool) bool {
			return gitignore.NewMatcher(patterns).Match(parts(path), isDir)
		},
		Enter: func(dir string) {
			patterns = append(patterns, readIgnore(filepath.Join(dir, ".gitignore"), parts(dir))...)
		},
	}
	return w.Discover(root)
}

// DirFS is what [Walk] reads directories through.
type DirFS interface {
	ReadDir(name string) ([]fs.DirEntry, error)
	ReadFile(name string) ([]byte, error)
	Stat(name string) (fs.FileInfo, error)
}

type osFS struct{}

func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osFS) ReadFile(name string) ([]byte, error)       { return os.ReadFile(name) }
func (osFS) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }

// Memo keeps what a walk found below a directory, so that a later walk of
// the same content (a commit's unchanged subtree) need not descend again.
type Memo interface {
	Recall(dir string) (Subtree, bool)
	Keep(dir string, sub Subtree)
}

// Subtree is what a walk found below one directory (absolute paths).
type Subtree struct {
	Found      []Found
	ScriptDirs []string
}

// Walk is a search for Alembic trees through a file system.
type Walk struct {
	FS DirFS
	// Ignored reports the paths to pass over, as git ignores them; nil
	// passes over none.
	Ignored func(path string, isDir bool) bool
	// Enter, when set, is called with each directory before its entries
	// are looked at (to read its .gitignore).
	Enter func(dir string)
	// Memo, when set, is asked before descending into a directory.
	Memo Memo
}

// Discover is [Discover] through w.
func (w Walk) Discover(root string) ([]Found, error) {
	sub, err := w.dir(root, true)
	if err != nil {
		return nil, err
	}
	found := sub.Found
	for _, sd := range sub.ScriptDirs {
		i := slices.IndexFunc(found, func(f Found) bool { return f.Dir == sd })
		if i < 0 {
			found = append(found, Found{Dir: filepath.Dir(sd), ScriptDir: sd})
			continue
		}
		// An ini inside the script directory is Flask-Migrate's layout when
		// it names no script_location; opening the tree decides.
		found[i].ScriptDir = sd
	}
	slices.SortFunc(found, func(a, b Found) int { return comparePaths(a.key(), b.key()) })
	return found, nil
}

// dir looks at one directory and, depth first, at the directories below;
// the error is the directory's listing's. The memo is asked before the
// directory is listed: listing a commit's unchanged subtree is what it
// spares.
func (w Walk) dir(dir string, top bool) (Subtree, error) {
	if w.Memo != nil {
		if sub, ok := w.Memo.Recall(dir); ok {
			return sub, nil
		}
	}
	entries, err := w.FS.ReadDir(dir)
	if err != nil {
		return Subtree{}, err
	}
	var sub Subtree
	if !top && slices.ContainsFunc(entries, func(c fs.DirEntry) bool { return c.Name() == "pyvenv.cfg" }) {
		return sub, nil // virtual environments hold other projects' migrations
	}
	if w.Enter != nil {
		w.Enter(dir)
	}
	has := map[string]bool{}
	for _, e := range entries {
		has[e.Name()] = true
	}
	exists := func(name string) bool {
		if !has[name] {
			return false
		}
		_, err := w.FS.Stat(filepath.Join(dir, name))
		return err == nil
	}
	config := func(name string) bool { return exists(name) && !w.ignored(filepath.Join(dir, name), false) }
	f := Found{Dir: dir}
	if config("alembic.ini") {
		f.Ini = filepath.Join(dir, "alembic.ini")
	}
	if pp := filepath.Join(dir, "pyproject.toml"); config("pyproject.toml") && hasToolAlembic(w.FS, pp) {
		f.PyProject = pp
	}
	if f.Ini != "" || f.PyProject != "" {
		sub.Found = append(sub.Found, f)
	}
	if exists("env.py") && exists("script.py.mako") && exists("versions") {
		sub.ScriptDirs = append(sub.ScriptDirs, dir)
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if !e.IsDir() || skipDirs[e.Name()] || w.ignored(path, true) {
			continue
		}
		s, err := w.dir(path, false)
		if err != nil {
			continue // unreadable directories are not ours to check
		}
		sub.Found = append(sub.Found, s.Found...)
		sub.ScriptDirs = append(sub.ScriptDirs, s.ScriptDirs...)
	}
	if w.Memo != nil {
		w.Memo.Keep(dir, sub)
	}
	return sub, nil
}

func (w Walk) ignored(path string, isDir bool) bool {
	return w.Ignored != nil && w.Ignored(path, isDir)
}

// comparePaths orders paths component by component, so that a/x comes
// before a-b as a directory listing shows them.
func comparePaths(a, b string) int {
	return strings.Compare(strings.ReplaceAll(a, string(filepath.Separator), "\x00"),
		strings.ReplaceAll(b, string(filepath.Separator), "\x00"))
}

// gitTop is the top of the git work tree holding dir, or dir itself
// outside one.
func gitTop(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if exists(filepath.Join(d, ".git")) {
			return d
		}
		if d == filepath.Dir(d) {
			return dir
		}
	}
}

// Name shows a found tree as its configuration file, or its script
// directory when it has none, relative to root.
func (f Found) Name(root string) string {
	p := f.ScriptDir
	switch {
	case f.Ini != "":
		p = f.Ini
	case f.PyProject != "":
		p = f.PyProject
	}
	if r, err := filepath.Rel(root, p); err == nil {
		return r
	}
	return p
}

func (f Found) key() string {
	if f.Ini == "" && f.PyProject == "" {
		return f.ScriptDir
	}
	return f.Dir
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// hasToolAlembic reports whether a pyproject.toml has a [tool.alembic]
// table. Files that never say "alembic" are not parsed.
func hasToolAlembic(fsys DirFS, path string) bool {
	data, err := fsys.ReadFile(path)
	if err != nil || !bytes.Contains(data, []byte("alembic")) {
		return false
	}
	var doc struct {
		Tool struct {
			Alembic any `toml:"alembic"`
		} `toml:"tool"`
	}
	// A broken pyproject.toml still counts: opening the tree reports it.
	if err := toml.Unmarshal(data, &doc); err != nil {
		return true
	}
	return doc.Tool.Alembic != nil
}

// readIgnore reads one gitignore file's patterns, anchored at domain.
func readIgnore(path string, domain []string) []gitignore.Pattern {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var ps []gitignore.Pattern
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ps = append(ps, gitignore.ParsePattern(line, domain))
	}
	return ps
}
