// Package install puts onehead's hook shims where git runs hooks from, and
// takes them out again. A hook that was there first is not lost or
// silenced: it is renamed <hook>.pre-onehead and the shim runs it before
// onehead with the same arguments and input (git-lfs's pre-push, say, must
// keep uploading objects), and uninstall renames it back.
package install

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/onehead/onehead/hooks"
	"github.com/onehead/onehead/internal/atomicfile"
	"github.com/onehead/onehead/internal/gitx"
)

// suffix names the file a replaced hook is kept in, beside the shim (the
// shims know it too).
const suffix = ".pre-onehead"

// ErrRefused is returned when install left a hook alone, or all of them,
// rather than risk another tool's files; why, and what to do instead, has
// been written to Options.Stderr.
var ErrRefused = errors.New("refused")

// Options say what Install does.
type Options struct {
	// Hooks to install; none means all of hooks.Names.
	Hooks []string
	// Force installs where install would refuse: into a core.hooksPath
	// directory, probably another tool's, and over a hook whose
	// <hook>.pre-onehead is taken, which is then kept as <hook>.pre-onehead.N.
	Force bool
	// Binary is the onehead the shims run, as an absolute path; when it
	// is gone they look for onehead on PATH.
	Binary string
	// Stderr gets one line per hook saying what was done.
	Stderr io.Writer
}

// Install writes onehead's shims into the repository's hooks directory,
// git's own answer to where hooks live: the common directory's hooks/ for
// every linked worktree, .git/modules/<name>/hooks in a submodule,
// core.hooksPath when set. Installing again updates the recorded binary.
func Install(ctx context.Context, repo *gitx.Repo, opts Options) error {
	names, err := selected(opts.Hooks)
	if err != nil {
		return err
	}
	hooksPath, err := repo.Config(ctx, "core.hooksPath")
	if err != nil {
		return err
	}
	if hooksPath != "" {
		if !opts.Force {
			refuseHooksPath(opts.Stderr, repo, hooksPath)
			return ErrRefused
		}
		fmt.Fprintf(opts.Stderr, "core.hooksPath is set to %s: installing into %s, as --force asks\n", hooksPath, shown(repo, repo.Hooks))
	}
	if err := os.MkdirAll(repo.Hooks, 0o777); err != nil {
		return err
	}
	refused := false
	for _, name := range names {
		done, err := installHook(repo, name, opts)
		if err != nil && !errors.Is(err, ErrRefused) {
			return err
		}
		refused = refused || err != nil
		fmt.Fprintln(opts.Stderr, done)
	}
	if refused {
		return ErrRefused
	}
	return nil
}

// installHook puts the shim for name in place and says what it did.
func installHook(repo *gitx.Repo, name string, opts Options) (string, error) {
	shim, err := hooks.Shim(name, opts.Binary)
	if err != nil {
		return "", err
	}
	path, kept, cur, keptExists, err := slot(repo, name)
	if err != nil {
		return "", err
	}
	var done string
	switch {
	case cur == nil:
		done = "installed " + shown(repo, path)
		if keptExists {
			done += ", which runs " + shown(repo, kept) + " first"
		}
	case hooks.IsShim(cur.content) && cur.mode&fs.ModeSymlink != 0:
		// Someone linked the hook to a shim of their own, perhaps one the
		// repository tracks: writing through the link would record this
		// machine's binary in it.
		return shown(repo, path) + " is a link to a onehead shim: left as it is", nil
	case hooks.IsShim(cur.content):
		if string(cur.content) == string(shim) && cur.mode == 0o755 {
			return shown(repo, path) + " is up to date", nil
		}
		done = "updated " + shown(repo, path)
	case keptExists && !opts.Force:
		return fmt.Sprintf("refused %s: it is not onehead's, and %s, where onehead would keep it, is taken; move one of them, or use --force to keep both",
			shown(repo, path), shown(repo, kept)), ErrRefused
	default:
		done = "installed " + shown(repo, path) + "; the hook that was there is now " + shown(repo, kept) + " and runs first"
		if keptExists {
			older, err := putAside(kept)
			if err != nil {
				return "", err
			}
			done += "; the older one there is now " + shown(repo, older) + " and no longer runs"
		}
		if err := os.Rename(path, kept); err != nil {
			return "", err
		}
	}
	if err := atomicfile.Write(path, shim); err != nil {
		return "", err
	}
	return done, os.Chmod(path, 0o755)
}

// Uninstall removes onehead's shims from the repository's hooks directory
// and renames the hooks they chained back, bytes and mode as they were.
// Files that are not onehead's stay.
func Uninstall(repo *gitx.Repo, names []string, stderr io.Writer) error {
	names, err := selected(names)
	if err != nil {
		return err
	}
	for _, name := range names {
		done, err := uninstallHook(repo, name)
		if err != nil {
			return err
		}
		fmt.Fprintln(stderr, done)
	}
	return nil
}

// slot is where hook name lives: its path and what is there, and the path
// where onehead keeps the hook it chains, and whether one is kept.
func slot(repo *gitx.Repo, name string) (path, kept string, cur *hookFile, keptExists bool, err error) {
	path = filepath.Join(repo.Hooks, name)
	kept = path + suffix
	if cur, err = read(path); err != nil {
		return
	}
	keptExists, err = exists(kept)
	return
}

// uninstallHook takes out the shim for name and says what it did.
func uninstallHook(repo *gitx.Repo, name string) (string, error) {
	path, kept, cur, keptExists, err := slot(repo, name)
	if err != nil {
		return "", err
	}
	switch {
	case cur != nil && !hooks.IsShim(cur.content):
		return "left " + shown(repo, path) + " alone: it is not onehead's", nil
	case keptExists:
		// The rename replaces the shim: there is never no hook.
		return "restored " + shown(repo, path) + " from " + shown(repo, kept), os.Rename(kept, path)
	case cur == nil:
		return "no " + shown(repo, path) + " to remove", nil
	default:
		return "removed " + shown(repo, path), os.Remove(path)
	}
}

// selected checks the hook names asked for; none means all.
func selected(names []string) ([]string, error) {
	if len(names) == 0 {
		return hooks.Names, nil
	}
	for _, name := range names {
		if err := hooks.Check(name); err != nil {
			return nil, err
		}
	}
	return slices.Compact(slices.Sorted(slices.Values(names))), nil
}

// hookFile is a hook as found on disk.
type hookFile struct {
	content []byte
	mode    fs.FileMode
}

// read returns the hook file at path, or nil when there is none. A link
// to nowhere is a hook, if not one git can run: it is not onehead's.
func read(path string) (*hookFile, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	content, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return &hookFile{content: content, mode: info.Mode()}, nil
}

func exists(path string) (bool, error) {
	_, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}

// putAside renames path to the first free path.N and returns that name.
func putAside(path string) (string, error) {
	for n := 1; ; n++ {
		to := path + "." + strconv.Itoa(n)
		taken, err := exists(to)
		if err != nil {
			return "", err
		}
		if !taken {
			return to, os.Rename(path, to)
		}
	}
}

// refuseHooksPath explains why install does not write into core.hooksPath
// unless forced (the tool that set it may rewrite or remove the files),
// and what to do instead.
func refuseHooksPath(w io.Writer, repo *gitx.Repo, hooksPath string) {
	owner := "another hook manager's, or set in your global git config ('git config --show-origin core.hooksPath' tells)"
	hookFiles := "that manager's post-rewrite and pre-push hooks"
	switch {
	case strings.Contains(filepath.ToSlash(hooksPath), ".husky"):
		owner, hookFiles = "husky's, which rewrites it on every install", ".husky/post-rewrite and .husky/pre-push"
	case anyExists(repo.Top, "lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml"):
		owner, hookFiles = "lefthook's", "the post-rewrite and pre-push commands of lefthook.yml"
	}
	dir := shown(repo, repo.Hooks)
	fmt.Fprintf(w, `refused: core.hooksPath is set to %s, so git runs hooks from %s rather than %s.
That directory is probably %s. Either:
  - call onehead from %s: onehead hook <hook-name> "$@"
  - or run 'onehead install --force' to put onehead's hooks into %s all the same;
  - or, with pre-commit, use the README's pre-commit snippet.
`, hooksPath, dir, shown(repo, filepath.Join(repo.CommonDir, "hooks")), owner, hookFiles, dir)
}

func anyExists(dir string, names ...string) bool {
	return slices.ContainsFunc(names, func(name string) bool {
		ok, _ := exists(filepath.Join(dir, name))
		return ok
	})
}

// shown is path as the user best reads it: relative to the work tree's top
// when inside it (.git/hooks/pre-push), else absolute (a linked worktree's
// hooks live in the main repository).
func shown(repo *gitx.Repo, path string) string {
	rel, err := filepath.Rel(repo.Top, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return path
	}
	return rel
}
