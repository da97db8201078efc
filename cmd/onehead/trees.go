package main

import (
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/onehead/onehead/internal/tree"
)

// Trees chooses the Alembic trees check and lint work on: every tree under
// a path, optionally narrowed with --tree.
type Trees struct {
	Path string   `arg:"" optional:"" help:"Where to look for Alembic trees. Default: the top of the git work tree, or the working directory."`
	Tree []string `name:"tree" sep:"none" placeholder:"DIR" help:"Only trees whose directory is (or is under) DIR, relative to the working directory; repeatable."`
}

// open finds, selects and opens the trees, and returns the directory it
// searched (paths are shown relative to it).
func (s *Trees) open(cli *Globals, e env) (root string, trees []tree.Opened, err error) {
	cwd, err := e.dir()
	if err != nil {
		return "", nil, err
	}
	root = s.root(cwd)
	found, err := tree.Discover(root)
	if err != nil {
		return "", nil, err
	}
	var selected []tree.Found
	for _, f := range found {
		if s.selected(cwd, f) {
			selected = append(selected, f)
		}
	}
	return root, tree.OpenAll(selected, cli.settings(e)), nil
}

// root is the directory to search: the argument, else the top of the git
// work tree around the working directory, else the working directory.
func (s *Trees) root(cwd string) string {
	if s.Path != "" {
		if filepath.IsAbs(s.Path) {
			return filepath.Clean(s.Path)
		}
		return filepath.Join(cwd, s.Path)
	}
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = cwd
	if out, err := cmd.Output(); err == nil {
		return strings.TrimSpace(string(out))
	}
	return cwd
}

// selected reports whether a found tree is one --tree asks for.
func (s *Trees) selected(cwd string, f tree.Found) bool {
	if len(s.Tree) == 0 {
		return true
	}
	for _, t := range s.Tree {
		if !filepath.IsAbs(t) {
			t = filepath.Join(cwd, t)
		}
		if r, err := filepath.Rel(t, f.Dir); err == nil && !strings.HasPrefix(r, "..") {
			return true
		}
	}
	return false
}

func rel(root, path string) string {
	if r, err := filepath.Rel(root, path); err == nil {
		return r
	}
	return path
}
