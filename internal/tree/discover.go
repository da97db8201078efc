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
// configuration found points at. Directories that git ignores (.gitignore
// files under root, and .git/info/exclude) and virtual environments are
// skipped. Trees come in path order.
func Discover(root string) ([]Found, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	var (
		patterns   []gitignore.Pattern
		found      []Found
		scriptDirs []string
	)
	patterns = append(patterns, readIgnore(filepath.Join(root, ".git", "info", "exclude"), nil)...)
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			return nil // unreadable directories are not ours to check
		}
		rel, _ := filepath.Rel(root, path)
		var parts []string
		if rel != "." {
			parts = strings.Split(rel, string(filepath.Separator))
		}
		if !d.IsDir() {
			return nil
		}
		if path != root {
			if skipDirs[d.Name()] || exists(filepath.Join(path, "pyvenv.cfg")) ||
				gitignore.NewMatcher(patterns).Match(parts, true) {
				return filepath.SkipDir
			}
		}
		patterns = append(patterns, readIgnore(filepath.Join(path, ".gitignore"), parts)...)
		f := Found{Dir: path}
		if ini := filepath.Join(path, "alembic.ini"); exists(ini) {
			f.Ini = ini
		}
		if pp := filepath.Join(path, "pyproject.toml"); hasToolAlembic(pp) {
			f.PyProject = pp
		}
		if f.Ini != "" || f.PyProject != "" {
			found = append(found, f)
		}
		if isScriptDir(path) {
			scriptDirs = append(scriptDirs, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, sd := range scriptDirs {
		i := slices.IndexFunc(found, func(f Found) bool { return f.Dir == sd })
		if i < 0 {
			found = append(found, Found{Dir: filepath.Dir(sd), ScriptDir: sd})
			continue
		}
		// An ini inside the script directory is Flask-Migrate's layout when
		// it names no script_location; opening the tree decides.
		found[i].ScriptDir = sd
	}
	slices.SortFunc(found, func(a, b Found) int { return strings.Compare(a.key(), b.key()) })
	return found, nil
}

func (f Found) key() string {
	if f.Ini == "" && f.PyProject == "" {
		return f.ScriptDir
	}
	return f.Dir
}

// isScriptDir reports whether dir is laid out like an Alembic script
// directory.
func isScriptDir(dir string) bool {
	return exists(filepath.Join(dir, "env.py")) && exists(filepath.Join(dir, "script.py.mako")) &&
		exists(filepath.Join(dir, "versions"))
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// hasToolAlembic reports whether a pyproject.toml has a [tool.alembic]
// table. Files that never say "alembic" are not parsed.
func hasToolAlembic(path string) bool {
	data, err := os.ReadFile(path)
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
