package gitx

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Repo is where a repository lives, as git itself resolves it (GIT_DIR,
// GIT_WORK_TREE, linked worktrees, submodules, core.hooksPath).
type Repo struct {
	Git Runner
	// Top is the root of the work tree.
	Top string
	// GitDir is this work tree's git directory (per-worktree state:
	// HEAD, index, rebase-merge/); CommonDir holds objects, refs, config.
	GitDir, CommonDir string
	// Hooks is the directory git runs hooks from.
	Hooks string
}

// Open asks git where the repository containing the runner's directory
// lives, in one call.
func Open(ctx context.Context, git Runner) (*Repo, error) {
	out, err := git.Git(ctx, nil, "rev-parse", "--path-format=absolute",
		"--git-dir", "--git-common-dir", "--git-path", "hooks", "--show-toplevel")
	if err != nil {
		if ExitCode(err) == 128 {
			return nil, fmt.Errorf("not inside a git work tree (%w)", err)
		}
		return nil, err
	}
	lines := Lines(out)
	if len(lines) != 4 {
		return nil, fmt.Errorf("git rev-parse printed %q, expected four paths", out)
	}
	return &Repo{Git: git, GitDir: lines[0], CommonDir: lines[1], Hooks: lines[2], Top: lines[3]}, nil
}

// Config reads one value of git's configuration ("" when unset), with
// git's own rules: includes, worktree config, GIT_CONFIG_* variables.
func (r *Repo) Config(ctx context.Context, key string) (string, error) {
	out, err := r.Git.Git(ctx, nil, "config", "--get", key)
	if ExitCode(err) == 1 {
		return "", nil
	}
	return strings.TrimSuffix(string(out), "\n"), err
}

// ConfigBool reads a boolean as git understands it (yes/on/1/true...);
// def when unset.
func (r *Repo) ConfigBool(ctx context.Context, key string, def bool) (bool, error) {
	out, err := r.Git.Git(ctx, nil, "config", "--type=bool", "--get", key)
	if ExitCode(err) == 1 {
		return def, nil
	}
	if err != nil {
		return def, err
	}
	return strings.TrimSpace(string(out)) == "true", nil
}

// Add stages paths through git itself, which keeps the index's lock,
// extensions, attributes and filters as they must be.
func (r *Repo) Add(ctx context.Context, paths ...string) error {
	_, err := r.Git.Git(ctx, nil, append([]string{"add", "--"}, paths...)...)
	return err
}

// Find locates the repository around dir as git would, without running
// git when the layout is plain: a .git directory or file in dir or above
// it, or GIT_DIR alone (as git sets it for hooks in linked worktrees).
// Anything else (GIT_WORK_TREE, core.worktree, GIT_COMMON_DIR, an
// unexpected file) is left to git through [Open]. Hooks is not set.
func Find(ctx context.Context, git Runner, dir string, getenv func(string) string) (*Repo, error) {
	for _, v := range []string{"GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_NAMESPACE"} {
		if getenv(v) != "" {
			return Open(ctx, git)
		}
	}
	r := &Repo{Git: git}
	if gd := getenv("GIT_DIR"); gd != "" {
		r.Top, r.GitDir = dir, absIn(dir, gd)
	} else {
		for d := dir; ; d = filepath.Dir(d) {
			if gd, ok := dotGit(filepath.Join(d, ".git")); ok {
				r.Top, r.GitDir = d, gd
				break
			}
			if d == filepath.Dir(d) {
				return Open(ctx, git)
			}
		}
	}
	r.CommonDir = r.GitDir
	if data, err := os.ReadFile(filepath.Join(r.GitDir, "commondir")); err == nil {
		r.CommonDir = absIn(r.GitDir, strings.TrimSpace(string(data)))
	}
	cfg, err := os.ReadFile(filepath.Join(r.CommonDir, "config"))
	if err != nil || bytes.Contains(bytes.ToLower(cfg), []byte("worktree")) {
		return Open(ctx, git) // core.worktree or worktree config: git knows best
	}
	if _, err := os.Stat(filepath.Join(r.GitDir, "HEAD")); err != nil {
		return Open(ctx, git)
	}
	return r, nil
}

// dotGit resolves a .git entry: a directory, or a file "gitdir: <path>"
// (linked worktrees, submodules).
func dotGit(path string) (string, bool) {
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return "", false
	case st.IsDir():
		return path, true
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", false
	}
	gd, ok := strings.CutPrefix(strings.TrimSpace(string(data)), "gitdir: ")
	if !ok {
		return "", false
	}
	return absIn(filepath.Dir(path), gd), true
}

func absIn(dir, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(dir, p)
}

// Stage adds the file at the absolute path file to the index of the work
// tree git puts it in, and reports false, without error, when there is
// none. Where git finds the repository decides where it runs: when
// GIT_DIR or GIT_WORK_TREE is set (as in hooks), from cwd, which git then
// takes for the work tree's top if GIT_WORK_TREE does not say; otherwise
// from the file's directory, so that a file of another repository than
// cwd's is staged in its own. (Run from the file's directory under a bare
// GIT_DIR, git would take that directory for the top and stage the file
// at the root of the index.)
func Stage(ctx context.Context, file, cwd string, getenv func(string) string) (bool, error) {
	git := CLI{Dir: filepath.Dir(file)}
	if getenv("GIT_DIR") != "" || getenv("GIT_WORK_TREE") != "" {
		git.Dir = cwd
	}
	if out, err := git.Git(ctx, nil, "rev-parse", "--is-inside-work-tree"); err != nil || strings.TrimSpace(string(out)) != "true" {
		return false, nil
	}
	if _, err := git.Git(ctx, nil, "add", "--", file); err != nil {
		return false, err
	}
	return true, nil
}
