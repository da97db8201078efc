package install

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/onehead/onehead/hooks"
	"github.com/onehead/onehead/internal/gitx"
)

// file is a hook file as the tests see it: bytes and permission bits, or
// for a symbolic link its target.
type file struct {
	content string
	mode    fs.FileMode
}

const bin = "/opt/onehead/bin/onehead"

var (
	lfs   = file{"#!/bin/sh\ngit lfs pre-push \"$@\"\n", 0o700}
	other = file{"#!/bin/sh\necho an older hook\n", 0o755}
)

func shim(t *testing.T, name, bin string) file {
	t.Helper()
	b, err := hooks.Shim(name, bin)
	if err != nil {
		t.Fatal(err)
	}
	return file{string(b), 0o755}
}

type step func(context.Context, *gitx.Repo, io.Writer) error

func install(opts Options) step {
	return func(ctx context.Context, repo *gitx.Repo, w io.Writer) error {
		opts.Stderr = w
		return Install(ctx, repo, opts)
	}
}

func uninstall(names ...string) step {
	return func(_ context.Context, repo *gitx.Repo, w io.Writer) error {
		return Uninstall(repo, names, w)
	}
}

func TestInstallUninstall(t *testing.T) {
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	both := func(t *testing.T, dir string) map[string]file {
		return map[string]file{
			dir + "/post-rewrite": shim(t, "post-rewrite", bin),
			dir + "/pre-push":     shim(t, "pre-push", bin),
		}
	}
	with := func(m map[string]file, more map[string]file) map[string]file {
		maps.Copy(m, more)
		return m
	}
	tests := []struct {
		name      string
		hooksPath string
		before    map[string]file // paths from the work tree's top
		steps     []step
		want      func(t *testing.T) map[string]file
		wantErr   string
		out       []string
	}{{
		name:  "fresh repository, no hooks directory yet",
		steps: []step{install(Options{Binary: bin})},
		want:  func(t *testing.T) map[string]file { return both(t, ".git/hooks") },
		out:   []string{"installed .git/hooks/post-rewrite\n", "installed .git/hooks/pre-push\n"},
	}, {
		name:  "installing twice is installing once",
		steps: []step{install(Options{Binary: bin}), install(Options{Binary: bin})},
		want:  func(t *testing.T) map[string]file { return both(t, ".git/hooks") },
		out:   []string{".git/hooks/post-rewrite is up to date\n", ".git/hooks/pre-push is up to date\n"},
	}, {
		name:  "only the hooks asked for",
		steps: []step{install(Options{Binary: bin, Hooks: []string{"pre-push", "pre-push"}})},
		want: func(t *testing.T) map[string]file {
			return map[string]file{".git/hooks/pre-push": shim(t, "pre-push", bin)}
		},
	}, {
		name:    "a hook onehead has not",
		steps:   []step{install(Options{Binary: bin, Hooks: []string{"pre-push", "pre-commit"}})},
		want:    func(*testing.T) map[string]file { return map[string]file{} },
		wantErr: `unknown hook "pre-commit" (onehead's are post-rewrite, pre-push)`,
	}, {
		name:   "a hook that is not onehead's is kept and chained",
		before: map[string]file{".git/hooks/pre-push": lfs},
		steps:  []step{install(Options{Binary: bin})},
		want: func(t *testing.T) map[string]file {
			return with(both(t, ".git/hooks"), map[string]file{".git/hooks/pre-push.pre-onehead": lfs})
		},
		out: []string{"installed .git/hooks/pre-push; the hook that was there is now .git/hooks/pre-push.pre-onehead and runs first\n"},
	}, {
		name:   "chained once however often installed",
		before: map[string]file{".git/hooks/pre-push": lfs},
		steps:  []step{install(Options{Binary: bin}), install(Options{Binary: bin, Force: true})},
		want: func(t *testing.T) map[string]file {
			return with(both(t, ".git/hooks"), map[string]file{".git/hooks/pre-push.pre-onehead": lfs})
		},
		out: []string{".git/hooks/pre-push is up to date\n"},
	}, {
		name: "onehead's own shim is rewritten in place: a new binary, a lost exec bit",
		before: map[string]file{
			".git/hooks/pre-push":              shim(t, "pre-push", "/old/onehead"),
			".git/hooks/pre-push.pre-onehead":  lfs,
			".git/hooks/post-rewrite":          {shim(t, "post-rewrite", bin).content, 0o644},
			".git/hooks/post-rewrite.whatever": other,
		},
		steps: []step{install(Options{Binary: bin})},
		want: func(t *testing.T) map[string]file {
			return with(both(t, ".git/hooks"), map[string]file{
				".git/hooks/pre-push.pre-onehead":  lfs,
				".git/hooks/post-rewrite.whatever": other,
			})
		},
		out: []string{"updated .git/hooks/post-rewrite\n", "updated .git/hooks/pre-push\n"},
	}, {
		name: "a link to a shim is left as it is, its target untouched; a link to nowhere is chained",
		before: map[string]file{
			"tools/pre-push":          shim(t, "pre-push", ""),
			".git/hooks/pre-push":     {"../../tools/pre-push", fs.ModeSymlink | 0o777},
			".git/hooks/post-rewrite": {"../../tools/gone", fs.ModeSymlink | 0o777},
		},
		steps: []step{install(Options{Binary: bin}), uninstall("post-rewrite")},
		want: func(t *testing.T) map[string]file {
			return map[string]file{
				".git/hooks/pre-push":     {"../../tools/pre-push", fs.ModeSymlink | 0o777},
				".git/hooks/post-rewrite": {"../../tools/gone", fs.ModeSymlink | 0o777},
				"tools/pre-push":          shim(t, "pre-push", ""),
			}
		},
		out: []string{
			".git/hooks/pre-push is a link to a onehead shim: left as it is\n",
			"installed .git/hooks/post-rewrite; the hook that was there is now .git/hooks/post-rewrite.pre-onehead and runs first\n",
		},
	}, {
		name: "a kept hook with no shim in front is chained again",
		before: map[string]file{
			".git/hooks/pre-push.pre-onehead": lfs,
		},
		steps: []step{install(Options{Binary: bin})},
		want: func(t *testing.T) map[string]file {
			return with(both(t, ".git/hooks"), map[string]file{".git/hooks/pre-push.pre-onehead": lfs})
		},
		out: []string{"installed .git/hooks/pre-push, which runs .git/hooks/pre-push.pre-onehead first\n"},
	}, {
		name: "a taken .pre-onehead: refused, both files named, the other hook still installed",
		before: map[string]file{
			".git/hooks/pre-push":             lfs,
			".git/hooks/pre-push.pre-onehead": other,
		},
		steps: []step{install(Options{Binary: bin})},
		want: func(t *testing.T) map[string]file {
			return map[string]file{
				".git/hooks/pre-push":             lfs,
				".git/hooks/pre-push.pre-onehead": other,
				".git/hooks/post-rewrite":         shim(t, "post-rewrite", bin),
			}
		},
		wantErr: "refused",
		out: []string{
			"installed .git/hooks/post-rewrite\n",
			"refused .git/hooks/pre-push: it is not onehead's, and .git/hooks/pre-push.pre-onehead, where onehead would keep it, is taken; move one of them, or use --force to keep both\n",
		},
	}, {
		name: "a taken .pre-onehead with --force: nothing lost",
		before: map[string]file{
			".git/hooks/pre-push":               lfs,
			".git/hooks/pre-push.pre-onehead":   other,
			".git/hooks/pre-push.pre-onehead.1": other,
		},
		steps: []step{install(Options{Binary: bin, Force: true})},
		want: func(t *testing.T) map[string]file {
			return with(both(t, ".git/hooks"), map[string]file{
				".git/hooks/pre-push.pre-onehead":   lfs,
				".git/hooks/pre-push.pre-onehead.1": other,
				".git/hooks/pre-push.pre-onehead.2": other,
			})
		},
		out: []string{"installed .git/hooks/pre-push; the hook that was there is now .git/hooks/pre-push.pre-onehead and runs first; the older one there is now .git/hooks/pre-push.pre-onehead.2 and no longer runs\n"},
	}, {
		name:      "core.hooksPath: refused, nothing written",
		hooksPath: ".husky/_",
		steps:     []step{install(Options{Binary: bin})},
		want:      func(*testing.T) map[string]file { return map[string]file{} },
		wantErr:   "refused",
		out: []string{
			"refused: core.hooksPath is set to .husky/_, so git runs hooks from .husky/_ rather than .git/hooks.\n",
			"probably husky's",
			`call onehead from .husky/post-rewrite and .husky/pre-push: onehead hook <hook-name> "$@"`,
			"'onehead install --force'",
			"pre-commit snippet",
		},
	}, {
		name:      "core.hooksPath with --force: installed there, and said so",
		hooksPath: ".husky/_",
		before:    map[string]file{".husky/_/pre-push": other},
		steps:     []step{install(Options{Binary: bin, Force: true})},
		want: func(t *testing.T) map[string]file {
			return with(both(t, ".husky/_"), map[string]file{".husky/_/pre-push.pre-onehead": other})
		},
		out: []string{"core.hooksPath is set to .husky/_: installing into .husky/_, as --force asks\n"},
	}, {
		name:   "uninstall restores the chained hook, bytes and mode",
		before: map[string]file{".git/hooks/pre-push": lfs},
		steps:  []step{install(Options{Binary: bin}), uninstall()},
		want: func(*testing.T) map[string]file {
			return map[string]file{".git/hooks/pre-push": lfs}
		},
		out: []string{"removed .git/hooks/post-rewrite\n", "restored .git/hooks/pre-push from .git/hooks/pre-push.pre-onehead\n"},
	}, {
		name:      "uninstall from core.hooksPath",
		hooksPath: ".husky/_",
		steps:     []step{install(Options{Binary: bin, Force: true}), uninstall("pre-push")},
		want: func(t *testing.T) map[string]file {
			return map[string]file{".husky/_/post-rewrite": shim(t, "post-rewrite", bin)}
		},
		out: []string{"removed .husky/_/pre-push\n"},
	}, {
		name:   "uninstall leaves hooks that are not onehead's",
		before: map[string]file{".git/hooks/pre-push": lfs},
		steps:  []step{uninstall()},
		want: func(*testing.T) map[string]file {
			return map[string]file{".git/hooks/pre-push": lfs}
		},
		out: []string{"no .git/hooks/post-rewrite to remove\n", "left .git/hooks/pre-push alone: it is not onehead's\n"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			top := t.TempDir()
			git(t, top, "init", "-q", "--template=", "-b", "main")
			if tc.hooksPath != "" {
				git(t, top, "config", "core.hooksPath", tc.hooksPath)
			}
			write(t, top, tc.before)
			repo, err := gitx.Open(ctx, gitx.CLI{Dir: top})
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			for _, s := range tc.steps {
				if err = s(ctx, repo, &out); err != nil {
					break
				}
			}
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("error %v; output:\n%s", err, &out)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error %v, want %q", err, tc.wantErr)
			case tc.wantErr == "refused" && !errors.Is(err, ErrRefused):
				t.Fatalf("error %v is not ErrRefused", err)
			}
			for _, o := range tc.out {
				if !strings.Contains(out.String(), o) {
					t.Errorf("output lacks %q:\n%s", o, &out)
				}
			}
			got, want := snapshot(t, top), tc.want(t)
			for _, p := range slices.Sorted(maps.Keys(got)) {
				if w, ok := want[p]; !ok {
					t.Errorf("unexpected %s (%v)", p, got[p].mode)
				} else if got[p] != w {
					t.Errorf("%s is\n%v %s\nwant\n%v %s", p, got[p].mode, got[p].content, w.mode, w.content)
				}
			}
			for _, p := range slices.Sorted(maps.Keys(want)) {
				if _, ok := got[p]; !ok {
					t.Errorf("missing %s", p)
				}
			}
		})
	}
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// write creates files, their modes set exactly, whatever the umask.
func write(t *testing.T, top string, files map[string]file) {
	t.Helper()
	for p, f := range files {
		path := filepath.Join(top, p)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if f.mode&fs.ModeSymlink != 0 {
			if err := os.Symlink(f.content, path); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(path, []byte(f.content), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, f.mode); err != nil {
			t.Fatal(err)
		}
	}
}

// snapshot returns every file in the directories hooks may be in (and
// tools/, where a hook may link to), by path from top: what install left
// there, leftovers included.
func snapshot(t *testing.T, top string) map[string]file {
	t.Helper()
	files := map[string]file{}
	for _, dir := range []string{".git/hooks", ".husky", "tools"} {
		err := filepath.WalkDir(filepath.Join(top, dir), func(path string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) || err == nil && d.IsDir() {
				return nil
			}
			if err != nil {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			var content []byte
			if info.Mode()&fs.ModeSymlink != 0 {
				var target string
				target, err = os.Readlink(path)
				content = []byte(target)
			} else {
				content, err = os.ReadFile(path)
			}
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(top, path)
			files[filepath.ToSlash(rel)] = file{string(content), info.Mode()}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}
