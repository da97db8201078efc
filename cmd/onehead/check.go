package main

import (
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/log"

	"github.com/onehead/onehead/internal/report"
	"github.com/onehead/onehead/internal/tree"
)

// CheckCmd is `onehead check`: the CI guard for every tree at once.
type CheckCmd struct {
	Path   string   `arg:"" optional:"" help:"Where to look for Alembic trees. Default: the top of the git work tree, or the working directory."`
	Tree   []string `name:"tree" sep:"none" placeholder:"DIR" help:"Only check trees whose directory is (or is under) DIR, relative to the working directory; repeatable."`
	Format string   `short:"f" enum:"text,json,github" default:"text" help:"Output format: text, json (schema in README) or github (workflow annotations)."`
}

// Run checks every tree under the path: exit 0 when none is forked, 1 when
// one is, 2 when a tree cannot be read (the others are still checked).
func (c *CheckCmd) Run(cli *CLI, e env, logger *log.Logger) error {
	root, err := c.root(e)
	if err != nil {
		return err
	}
	found, err := tree.Discover(root)
	if err != nil {
		return err
	}
	cwd, err := e.dir()
	if err != nil {
		return err
	}
	var selected []tree.Found
	for _, f := range found {
		if c.selected(cwd, f) {
			selected = append(selected, f)
		}
	}
	r := &report.Report{Root: root}
	for _, t := range tree.OpenAll(selected, cli.settings(e)) {
		rt := &report.Tree{Name: name(root, t.Found), Dir: rel(root, t.Dir), Warnings: t.Warnings, Err: t.Err}
		if t.Err == nil {
			rt.Heads = t.Graph.Heads()
			rt.Forks = t.Graph.Forks(cli.Strict)
		}
		r.Trees = append(r.Trees, rt)
	}
	if c.Format == "text" {
		for _, t := range r.Trees {
			for _, w := range t.Warnings {
				w.Path = rel(root, w.Path)
				logger.Warn(w.String())
			}
		}
	}
	if err := report.Write(e.Stdout, c.Format, r); err != nil {
		return err
	}
	status := exitOK
	for _, t := range r.Trees {
		switch t.Status() {
		case "error":
			return errExit(exitBroken)
		case "forked":
			status = exitFound
		}
	}
	return errExitOrNil(status)
}

func errExitOrNil(code int) error {
	if code == exitOK {
		return nil
	}
	return errExit(code)
}

// root is the directory to search: the argument, else the top of the git
// work tree around the working directory, else the working directory.
func (c *CheckCmd) root(e env) (string, error) {
	dir, err := e.dir()
	if err != nil {
		return "", err
	}
	if c.Path != "" {
		if filepath.IsAbs(c.Path) {
			return filepath.Clean(c.Path), nil
		}
		return filepath.Join(dir, c.Path), nil
	}
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	if out, err := cmd.Output(); err == nil {
		return strings.TrimSpace(string(out)), nil
	}
	return dir, nil
}

// selected reports whether a found tree is one --tree asks for; relative
// --tree paths are relative to the working directory.
func (c *CheckCmd) selected(cwd string, f tree.Found) bool {
	if len(c.Tree) == 0 {
		return true
	}
	for _, t := range c.Tree {
		if !filepath.IsAbs(t) {
			t = filepath.Join(cwd, t)
		}
		if r, err := filepath.Rel(t, f.Dir); err == nil && !strings.HasPrefix(r, "..") {
			return true
		}
	}
	return false
}

// name shows a tree as its configuration file, or its script directory
// when it has none.
func name(root string, f tree.Found) string {
	switch {
	case f.Ini != "":
		return rel(root, f.Ini)
	case f.PyProject != "":
		return rel(root, f.PyProject)
	}
	return rel(root, f.ScriptDir)
}

func rel(root, path string) string {
	if r, err := filepath.Rel(root, path); err == nil {
		return r
	}
	return path
}
