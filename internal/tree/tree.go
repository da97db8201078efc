// Package tree opens Alembic trees: one configuration, its revision files
// and their graph, read as `alembic` run from the tree's directory would
// read them. It also finds every tree in a repository ([Discover]).
package tree

import (
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"sync"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/alembic/graph"
	"github.com/onehead/onehead/internal/alembic/script"
)

// Tree is one Alembic tree, read.
type Tree struct {
	// Options are how the configuration was read; a merge into the tree
	// reads it the same way.
	Options config.Options
	Config  *config.Config
	Graph   *graph.Graph
	// Warnings are what Alembic would warn about, and values onehead could
	// not know where they do not decide the graph.
	Warnings []alembic.Warning
}

// Settings are how trees are read.
type Settings struct {
	// Strict turns values onehead cannot know statically into errors even
	// where they do not decide the graph.
	Strict bool
	// CacheDir, when set, keeps what was read from each revision file
	// there, so that unchanged files are not read again (script.Cache).
	CacheDir string
	// Version names the reader, so that another build's cache is not used.
	Version string
	// FS, when set, is where trees are read from instead of the file
	// system (a commit's tree, for the git hooks); the cache is then not
	// used, as it knows files by their inode.
	FS FS
	// Contents, when set, remembers revisions by content (see
	// script.Contents), for an FS that names it.
	Contents script.Contents
}

// FS is what reading a tree needs of a file system.
type FS interface {
	script.FS
	Lstat(name string) (fs.FileInfo, error)
}

// Open reads the tree that `alembic` run with opts would read. The
// warnings are returned with an error too.
func Open(opts config.Options, s Settings) (*Tree, error) {
	if s.FS != nil {
		opts.FS = s.FS
	}
	cfg, err := config.Load(opts)
	if err != nil {
		return &Tree{Options: opts}, err
	}
	return read(opts, cfg, s)
}

// Opened is a tree [Discover] found, opened.
type Opened struct {
	Found
	*Tree
	Err error
}

// OpenAll opens the trees Discover found. A script directory is checked
// once: one found by its layout alone, or through a Flask-Migrate ini
// inside it, is left out when another configuration points at it.
func OpenAll(found []Found, s Settings) []Opened {
	var out []Opened
	claimed := map[string]bool{}
	open := func(f Found) {
		t, err := openFound(f, s)
		if t.Config != nil {
			claimed[realPath(s.FS, t.Config.ScriptDir)] = true
		}
		out = append(out, Opened{Found: f, Tree: t, Err: err})
	}
	// Plain configurations first, then those that may be Flask-Migrate's,
	// then bare layouts.
	for _, f := range found {
		if (f.Ini != "" || f.PyProject != "") && f.ScriptDir == "" {
			open(f)
		}
	}
	for _, f := range found {
		if (f.Ini != "" || f.PyProject != "") && f.ScriptDir != "" && !claimed[realPath(s.FS, f.ScriptDir)] {
			open(f)
		}
	}
	for _, f := range found {
		if f.Ini == "" && f.PyProject == "" && !claimed[realPath(s.FS, f.ScriptDir)] {
			open(f)
		}
	}
	slices.SortFunc(out, func(a, b Opened) int { return comparePaths(a.key(), b.key()) })
	return out
}

// realPath resolves symlinks where it can: a configuration may name a
// script directory through a link.
func realPath(fsys FS, p string) string {
	eval := filepath.EvalSymlinks
	if fsys != nil {
		eval = fsys.EvalSymlinks
	}
	if r, err := eval(p); err == nil {
		return r
	}
	return filepath.Clean(p)
}

// openFound reads a found tree as `alembic` run from its directory would,
// or as Flask-Migrate does for a script directory without script_location:
// it reads <dir>/alembic.ini and sets script_location to the directory.
func openFound(f Found, s Settings) (*Tree, error) {
	flask := config.Options{Dir: filepath.Dir(f.ScriptDir), ScriptLocation: f.ScriptDir,
		Files: []string{filepath.Join(f.ScriptDir, "alembic.ini")}, Getenv: noEnv}
	if f.Ini == "" && f.PyProject == "" {
		return Open(flask, s)
	}
	opts := config.Options{Dir: f.Dir, Getenv: noEnv, FS: s.FS}
	for _, file := range []string{f.Ini, f.PyProject} {
		if file != "" {
			opts.Files = append(opts.Files, filepath.Base(file))
		}
	}
	cfg, err := config.Load(opts)
	var failed *alembic.Failed
	if errors.As(err, &failed) && f.ScriptDir != "" && f.Dir == f.ScriptDir {
		return Open(flask, s)
	}
	if err != nil {
		return &Tree{Options: opts}, err
	}
	return read(opts, cfg, s)
}

// noEnv keeps ALEMBIC_CONFIG from steering trees found by search.
func noEnv(string) string { return "" }

func read(opts config.Options, cfg *config.Config, s Settings) (*Tree, error) {
	t := &Tree{Options: opts, Config: cfg, Warnings: cfg.Warnings}
	dir := script.Directory{Locations: cfg.VersionLocations, Recursive: cfg.RecursiveVersionLocations, FS: s.FS, Contents: s.Contents}
	if s.CacheDir != "" && s.FS == nil {
		dir.Cache = dir.OpenCache(s.CacheDir, s.Version)
	}
	revs, warns, err := dir.Load(s.Strict)
	t.Warnings = append(t.Warnings, warns...)
	if err != nil {
		return t, err
	}
	if dir.Cache != nil {
		// Written while the graph is built, on the other core: on a first
		// run of 100,000 revisions, the cache is 20 MB to encode and write.
		var saved sync.WaitGroup
		saved.Go(func() { _ = dir.Cache.Save() })
		defer saved.Wait()
	}
	g, warns, err := graph.Build(revs)
	t.Warnings = append(t.Warnings, warns...)
	if err != nil {
		return t, err
	}
	t.Graph = g
	return t, nil
}
