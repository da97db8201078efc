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
	var (
		found      []Found
		scriptDirs []string
	)
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
	ignored := func(path string, isDir bool) bool {
		return gitignore.NewMatcher(patterns).Match(parts(path), isDir)
	}
	config := func(path string) bool { return exists(path) && !ignored(path, false) }
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			return nil // unreadable directories are not ours to check
		}
		if !d.IsDir() {
			return nil
		}
		if path != root && (skipDirs[d.Name()] || exists(filepath.Join(path, "pyvenv.cfg")) || ignored(path, true)) {
			return filepath.SkipDir
		}
		patterns = append(patterns, readIgnore(filepath.Join(path, ".gitignore"), parts(path))...)
		f := Found{Dir: path}
		if ini := filepath.Join(path, "alembic.ini"); config(ini) {
			f.Ini = ini
		}
		if pp := filepath.Join(path, "pyproject.toml"); config(pp) && hasToolAlembic(pp) {
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
	slices.SortFunc(found, func(a, b Found) int { return comparePaths(a.key(), b.key()) })
	return found, nil
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
