package gitx

import (
	"context"
	"fmt"
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
