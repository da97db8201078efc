package script

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
}

type osFS struct{}

func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osFS) ReadFile(name string) ([]byte, error)       { return os.ReadFile(name) }
func (osFS) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osFS) EvalSymlinks(path string) (string, error)   { return filepath.EvalSymlinks(path) }

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
// skipped, as Alembic does.
func (d *Directory) Files() ([]string, []alembic.Warning, error) {
	var files []string
	var warns []alembic.Warning
	seen := map[string]bool{}
	for _, loc := range d.Locations {
		if _, err := d.fs().Stat(loc); err != nil {
			continue
		}
		real, err := d.fs().EvalSymlinks(loc)
		if err != nil {
			return nil, warns, fmt.Errorf("resolving version location %s: %w", loc, err)
		}
		listed, err := d.list(real)
		if err != nil {
			return nil, warns, err
		}
		for _, f := range listed {
			if seen[f] {
				warns = append(warns, alembic.Warning{Path: f,
					Msg: "loaded twice (version_locations overlap); ignoring the second time, as Alembic does. Please ensure version_locations is unique."})
				continue
			}
			seen[f] = true
			if IsRevisionFile(filepath.Base(f)) {
				files = append(files, f)
			}
		}
	}
	return files, warns, nil
}

// list walks one location as Alembic's Script._list_py_dir does, from
// its resolved path, returning resolved paths. Only entries that are
// symlinks themselves need resolving: that keeps a 100,000-file tree from
// costing a path walk per file.
func (d *Directory) list(dir string) ([]string, error) {
	entries, err := d.fs().ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading version location: %w", err)
	}
	var files, subdirs []string
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			// os.walk files a symlink to a directory among the
			// directories but does not follow it.
			if info, err := d.fs().Stat(path); err == nil && info.IsDir() {
				continue
			}
			real, err := d.fs().EvalSymlinks(path)
			if err != nil {
				return nil, fmt.Errorf("resolving %s: %w", path, err)
			}
			path = real
		}
		if isDir {
			subdirs = append(subdirs, path)
		} else {
			files = append(files, path)
		}
	}
	// Alembic skips the files of a directory named *__pycache__ but, when
	// recursive, still walks the directories below it.
	if strings.HasSuffix(filepath.Base(dir), "__pycache__") {
		files = nil
	}
	if !d.Recursive {
		return files, nil
	}
	for _, sub := range subdirs {
		more, err := d.list(sub)
		if err != nil {
			return nil, err
		}
		files = append(files, more...)
	}
	return files, nil
}
