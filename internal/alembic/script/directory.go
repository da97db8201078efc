package script

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/alembic"
)

// Directory is what Alembic's ScriptDirectory needs to find revision files.
type Directory struct {
	// Locations are the absolute version locations in configuration order.
	Locations []string
	// Recursive descends into subdirectories of each location.
	Recursive bool
	// FS reads the file system; nil means the real one.
	FS FS
	// Cache, when set, spares reading files that have not changed since
	// it last saw them (see [Directory.OpenCache]); only with the real file
	// system.
	Cache *Cache
	// Contents, when set, remembers revisions by content instead (for a
	// file system that names content, such as a git commit's tree).
	Contents Contents
}

// FS is the part of the file system Directory reads; tests substitute it.
type FS interface {
	// ReadDir lists a directory sorted by name, as os.ReadDir does:
	// Alembic (1.10+) loads files in name order.
	ReadDir(name string) ([]fs.DirEntry, error)
	ReadFile(name string) ([]byte, error)
	Stat(name string) (fs.FileInfo, error)
	// EvalSymlinks resolves a path as Python's Path.resolve does.
	EvalSymlinks(path string) (string, error)
	Readlink(name string) (string, error)
}

type osFS struct{}

func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osFS) ReadFile(name string) ([]byte, error)       { return readFile(name) }
func (osFS) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osFS) EvalSymlinks(path string) (string, error)   { return filepath.EvalSymlinks(path) }
func (osFS) Readlink(name string) (string, error)       { return os.Readlink(name) }

func (d *Directory) fs() FS {
	if d.FS == nil {
		return osFS{}
	}
	return d.FS
}

// IsRevisionFile reports whether Alembic would load a file of this name
// (outside sourceless mode): the name filter of Alembic's Script._from_path,
// any name ending in .py except Emacs lock files (.#) and __init__*.
func IsRevisionFile(name string) bool {
	return strings.HasSuffix(name, ".py") && !strings.HasPrefix(name, ".#") &&
		!strings.HasPrefix(name, "__init__") && !strings.ContainsRune(name, '\n')
}

// Files lists the revision files Alembic would load, in Alembic's order:
// locations in configuration order (missing ones skipped), names sorted
// within a directory, subdirectories (when recursive) after a directory's
// own files, in name order, depth first. Each path is resolved through
// symlinks, as Alembic loads it; a file reached twice is reported and
// skipped, as Alembic does. Like os.walk, which Alembic uses, directories
// that cannot be read are passed over; onehead warns about them.
func (d *Directory) Files() ([]string, []alembic.Warning, error) {
	var files []string
	w := &walk{d: d, walked: map[string]bool{}}
	for _, loc := range d.Locations {
		if info, err := d.fs().Stat(loc); err != nil || !info.IsDir() {
			continue
		}
		real, err := d.fs().EvalSymlinks(loc)
		if err != nil {
			return nil, w.warns, fmt.Errorf("resolving version location %s: %w", loc, err)
		}
		w.files = nil
		if _, err := w.dir(loc, real); err != nil {
			return nil, w.warns, err
		}
		files = append(files, w.files...)
	}
	return files, w.warns, nil
}

// walk is one pass of Alembic's Script._list_py_dir over a location.
type walk struct {
	d     *Directory
	files []string
	warns []alembic.Warning
	// seen holds every path taken, to find a file reached twice. Until a
	// path can repeat — a symlink, or a directory walked again — it is nil
	// and taken only lists them: hashing 100,000 paths that cannot repeat
	// is a tenth of a cached run.
	seen   map[string]bool
	taken  []string
	walked map[string]bool // directories walked, by the prefix of their paths
}

// take notes that path was reached, and reports whether it was before.
func (w *walk) take(path string) (again bool) {
	if w.seen == nil {
		w.taken = append(w.taken, path)
		return false
	}
	again = w.seen[path]
	w.seen[path] = true
	return again
}

// mayRepeat makes take look up every path from now on.
func (w *walk) mayRepeat() {
	if w.seen != nil {
		return
	}
	w.seen = make(map[string]bool, len(w.taken))
	for _, p := range w.taken {
		w.seen[p] = true
	}
	w.taken = nil
}

// dir lists one directory, known by the path Alembic walks (whose name it
// tests) and by its resolved path (which it loads files from). It reports
// stop when Alembic's walk ends there: outside recursive mode, after the
// first directory whose files it takes.
func (w *walk) dir(walked, real string) (stop bool, err error) {
	entries, err := w.d.list(real)
	if err != nil {
		w.warns = append(w.warns, alembic.Warning{Path: walked,
			Msg: "cannot read this version directory (" + errText(err) + "); Alembic passes over it too"})
		return false, nil
	}
	// Alembic takes no files from a directory named *__pycache__ and then,
	// even outside recursive mode, goes on into its subdirectories.
	pycache := strings.HasSuffix(filepath.Base(walked), "__pycache__")
	prefix := filepath.Clean(real)
	if !strings.HasSuffix(prefix, "/") {
		prefix += "/"
	}
	if w.walked[prefix] {
		w.mayRepeat()
	}
	w.walked[prefix] = true
	paths := joinAll(prefix, entries)
	// Nearly every entry is a revision file: room for all at once, rather
	// than growing two lists of 100,000 paths step by step.
	w.files = slices.Grow(w.files, len(entries))
	if w.seen == nil {
		w.taken = slices.Grow(w.taken, len(entries))
	}
	var subdirs []string
	for i, e := range entries {
		if e.typ.IsDir() {
			subdirs = append(subdirs, e.name)
			continue
		}
		path := paths[i]
		if e.typ&fs.ModeSymlink != 0 {
			// os.walk files a symlink to a directory among the
			// directories but does not follow it.
			if info, err := w.d.fs().Stat(path); err == nil && info.IsDir() {
				continue
			}
			path = w.resolve(path)
			w.mayRepeat()
		}
		if pycache {
			continue
		}
		if w.take(path) {
			w.warns = append(w.warns, alembic.Warning{Path: path,
				Msg: "loaded twice (version_locations overlap); ignoring the second time, as Alembic does. Please ensure version_locations is unique."})
			continue
		}
		if IsRevisionFile(path[strings.LastIndexByte(path, '/')+1:]) {
			w.files = append(w.files, path)
		}
	}
	if !pycache && !w.d.Recursive {
		return true, nil
	}
	for _, sub := range subdirs {
		stop, err := w.dir(filepath.Join(walked, sub), filepath.Join(real, sub))
		if stop || err != nil {
			return stop, err
		}
	}
	return false, nil
}

// joinAll returns the path of each entry in the directory whose paths
// start with prefix, in one allocation rather than one per entry.
func joinAll(prefix string, entries []dirent) []string {
	n := 0
	for _, e := range entries {
		n += len(prefix) + len(e.name)
	}
	var b strings.Builder
	b.Grow(n)
	for _, e := range entries {
		b.WriteString(prefix)
		b.WriteString(e.name)
	}
	all := b.String()
	paths := make([]string, len(entries))
	for i, e := range entries {
		n := len(prefix) + len(e.name)
		paths[i], all = all[:n], all[n:]
	}
	return paths
}

// dirent is a directory entry: its name and type bits.
type dirent struct {
	name string
	typ  fs.FileMode
}

// list lists a directory sorted by name, through d.FS when it is set.
func (d *Directory) list(dir string) ([]dirent, error) {
	if d.FS == nil {
		return listDir(dir)
	}
	entries, err := d.FS.ReadDir(dir)
	return dirents(entries), err
}

func dirents(entries []fs.DirEntry) []dirent {
	out := make([]dirent, len(entries))
	for i, e := range entries {
		out[i] = dirent{name: e.Name(), typ: e.Type()}
	}
	return out
}

// resolve is Python's Path.resolve() without strict: a symlink whose
// target is missing resolves to where it points, as far as that exists.
func (w *walk) resolve(path string) string {
	if real, err := w.d.fs().EvalSymlinks(path); err == nil {
		return real
	}
	target, err := w.d.fs().Readlink(path)
	if err != nil {
		return path
	}
	if !filepath.IsAbs(target) {
		target = filepath.Join(filepath.Dir(path), target)
	}
	if dir, err := w.d.fs().EvalSymlinks(filepath.Dir(target)); err == nil {
		return filepath.Join(dir, filepath.Base(target))
	}
	return filepath.Clean(target)
}
