package gitx

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gitRepo makes a repository in a temporary directory, runs setup shell
// commands in it and commits everything.
func gitRepo(t *testing.T, initArgs []string, script string) string {
	t.Helper()
	dir := t.TempDir()
	shell(t, dir, "git init -q "+strings.Join(initArgs, " ")+" .")
	shell(t, dir, script)
	shell(t, dir, "git add -A && git commit -q -m test")
	return dir
}

// shell runs a script in dir with git's configuration left out and a
// fixed identity.
func shell(t *testing.T, dir, script string) {
	t.Helper()
	cmd := exec.Command("sh", "-ec", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
}

func open(t *testing.T, dir string) (*Repo, Objects, *Snapshot) {
	t.Helper()
	ctx := context.Background()
	repo, err := Open(ctx, CLI{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	obj := OpenObjects(ctx, repo)
	t.Cleanup(func() { obj.Close() })
	head, err := obj.Ref("HEAD")
	if err != nil || head == "" {
		t.Fatalf("HEAD: %q %v", head, err)
	}
	tree, err := obj.CommitTree(head)
	if err != nil {
		t.Fatal(err)
	}
	return repo, obj, NewSnapshot(obj, repo.Top, tree)
}

// The snapshot must answer as the checkout does, symlinks included: what
// Alembic reads from a checkout is what the hooks read from a commit.
func TestSnapshotMatchesCheckout(t *testing.T) {
	dir := gitRepo(t, nil, `
mkdir -p a/versions b c
printf 'x = 1\n' > a/versions/1.py
printf 'y\n' > a/versions/2.py
printf '[alembic]\n' > a/alembic.ini
ln -s versions a/v
ln -s ../a/versions/1.py b/one.py
ln -s missing b/dangling
ln -s /etc/passwd b/outside
ln -s loop2 c/loop1
ln -s loop1 c/loop2
ln -s ../a c/up
printf 'z\n' > 'c/with space.py'
`)
	repo, _, snap := open(t, dir)
	top := repo.Top
	paths := []string{"", "a", "a/versions", "a/versions/1.py", "a/v", "a/v/2.py", "a/alembic.ini", "b/one.py",
		"b/dangling", "c/loop1", "c/up", "c/up/versions/1.py", "c/up/../b", "c/with space.py",
		"missing", "a/versions/1.py/x", "a/../b/one.py", "../outside"}
	for _, p := range paths {
		name := filepath.Join(top, p)
		t.Run(p, func(t *testing.T) {
			wantStat, wantErr := os.Stat(name)
			gotStat, gotErr := snap.Stat(name)
			if (wantErr == nil) != (gotErr == nil) {
				t.Fatalf("Stat: checkout err %v, snapshot err %v", wantErr, gotErr)
			}
			if wantErr == nil && wantStat.IsDir() != gotStat.IsDir() {
				t.Errorf("Stat IsDir: checkout %v, snapshot %v", wantStat.IsDir(), gotStat.IsDir())
			}
			wantL, wantLErr := os.Lstat(name)
			gotL, gotLErr := snap.Lstat(name)
			if (wantLErr == nil) != (gotLErr == nil) {
				t.Fatalf("Lstat: checkout err %v, snapshot err %v", wantLErr, gotLErr)
			}
			if wantLErr == nil && wantL.Mode().Type() != gotL.Mode().Type() {
				t.Errorf("Lstat type: checkout %v, snapshot %v", wantL.Mode().Type(), gotL.Mode().Type())
			}
			wantData, wantRErr := os.ReadFile(name)
			gotData, gotRErr := snap.ReadFile(name)
			if (wantRErr == nil) != (gotRErr == nil) || string(wantData) != string(gotData) {
				t.Errorf("ReadFile: checkout %q %v, snapshot %q %v", wantData, wantRErr, gotData, gotRErr)
			}
			wantDir, wantDErr := os.ReadDir(name)
			wantDir = slices.DeleteFunc(wantDir, func(e fs.DirEntry) bool { return e.Name() == ".git" })
			gotDir, gotDErr := snap.ReadDir(name)
			if (wantDErr == nil) != (gotDErr == nil) || !slices.Equal(names(wantDir), names(gotDir)) {
				t.Errorf("ReadDir: checkout %v %v, snapshot %v %v", names(wantDir), wantDErr, names(gotDir), gotDErr)
			}
			wantEval, wantEErr := filepath.EvalSymlinks(name)
			gotEval, gotEErr := snap.EvalSymlinks(name)
			if (wantEErr == nil) != (gotEErr == nil) || wantEval != gotEval {
				t.Errorf("EvalSymlinks: checkout %q %v, snapshot %q %v", wantEval, wantEErr, gotEval, gotEErr)
			}
			wantLink, wantLkErr := os.Readlink(name)
			gotLink, gotLkErr := snap.Readlink(name)
			if (wantLkErr == nil) != (gotLkErr == nil) || wantLink != gotLink {
				t.Errorf("Readlink: checkout %q %v, snapshot %q %v", wantLink, wantLkErr, gotLink, gotLkErr)
			}
		})
	}
	// Looked up in turn, as hooks look up the files of a version
	// location, names are resolved through the directory remembered from
	// the lookups before: with the same entries, and the same word on
	// whether a symlink was followed, as a snapshot that walks each from
	// the root.
	seq := []string{"a/versions/1.py", "a/versions/2.py", "a/versions/1.py", "a/v/2.py", "a/v/1.py", "a/v/2.py",
		"b/one.py", "b/dangling", "b/one.py", "c/up/versions/1.py", "c/up/versions/2.py", "c/up/alembic.ini",
		"c/up/../b/one.py", "c/up/../b/one.py", "a/versions/missing.py", "a/versions/missing.py", "a/versions/2.py"}
	for _, follow := range []bool{true, false} {
		for i, p := range seq {
			name := filepath.Join(top, p)
			_, _, fresh := open(t, dir)
			want, wantLinked, wantErr := fresh.Resolve(name, follow)
			got, gotLinked, gotErr := snap.Resolve(name, follow)
			if got != want || gotLinked != wantLinked || (gotErr == nil) != (wantErr == nil) {
				t.Errorf("lookup %d, %s (follow %v): %+v linked %v err %v; walked from the root: %+v linked %v err %v",
					i, p, follow, got, gotLinked, gotErr, want, wantLinked, wantErr)
			}
		}
	}
	// A link out of the work tree leads nowhere: the commit does not hold
	// its target.
	if _, err := snap.Stat(filepath.Join(top, "b/outside")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a link out of the work tree was followed: %v", err)
	}
	// Untracked files of the work tree are not in the commit.
	if err := os.WriteFile(filepath.Join(top, "a/versions/3.py"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := snap.Stat(filepath.Join(top, "a/versions/3.py")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("an untracked file is seen in the snapshot: %v", err)
	}
}

func names(entries []fs.DirEntry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// Repositories go-git v5 cannot read (SHA-256 object names) are read
// through git cat-file, with the same results.
func TestObjectsFallBackToGit(t *testing.T) {
	for _, tc := range []struct {
		name   string
		init   []string
		script string
	}{
		{"sha1", nil, "mkdir d && echo a > d/f && ln -s f d/l"},
		{"sha256", []string{"--object-format=sha256"}, "mkdir d && echo a > d/f && ln -s f d/l"},
		{"worktreeConfig", nil, "git config extensions.worktreeConfig true && mkdir d && echo a > d/f && ln -s f d/l"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := gitRepo(t, tc.init, tc.script)
			repo, obj, snap := open(t, dir)
			_, cli := obj.(*lazyCatFile)
			if want := tc.name == "sha256"; cli != want {
				t.Errorf("read through git cat-file: %v, want %v", cli, want)
			}
			data, err := snap.ReadFile(filepath.Join(repo.Top, "d/l"))
			if err != nil || string(data) != "a\n" {
				t.Errorf("ReadFile d/l = %q, %v", data, err)
			}
			entries, err := snap.ReadDir(filepath.Join(repo.Top, "d"))
			if err != nil || !slices.Equal(names(entries), []string{"f", "l"}) {
				t.Errorf("ReadDir d = %v, %v", names(entries), err)
			}
			if target, err := obj.Symref("HEAD"); err != nil || !strings.HasPrefix(target, "refs/heads/") {
				t.Errorf("Symref HEAD = %q, %v", target, err)
			}
			if id, err := obj.Ref("refs/heads/nonesuch"); err != nil || id != "" {
				t.Errorf("Ref of a missing branch = %q, %v", id, err)
			}
			if id, err := obj.Ref("HEAD"); err != nil || len(id) < 40 {
				t.Errorf("Ref HEAD = %q, %v", id, err)
			}
			// An annotated tag peels to its commit's tree.
			shell(t, dir, "git tag -a v1 -m v1")
			tag, _ := obj.Ref("refs/tags/v1")
			head, _ := obj.Ref("HEAD")
			if tag == head {
				t.Fatalf("refs/tags/v1 resolved to the commit, not the tag object")
			}
			fromTag, err := obj.CommitTree(tag)
			fromHead, _ := obj.CommitTree(head)
			if err != nil || fromTag != fromHead {
				t.Errorf("CommitTree(tag) = %q, %v; want %q", fromTag, err, fromHead)
			}
		})
	}
}

func TestFindAgreesWithGit(t *testing.T) {
	dir := gitRepo(t, nil, "mkdir sub && echo > sub/f")
	wt := filepath.Join(t.TempDir(), "wt")
	if out, err := exec.Command("git", "-C", dir, "worktree", "add", "-q", wt).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	ctx := context.Background()
	for _, start := range []string{dir, filepath.Join(dir, "sub"), wt, filepath.Join(wt, "sub")} {
		want, err := Open(ctx, CLI{Dir: start})
		if err != nil {
			t.Fatal(err)
		}
		got, err := Find(ctx, CLI{Dir: start}, start, func(string) string { return "" })
		if err != nil {
			t.Fatal(err)
		}
		if got.Top != want.Top || got.GitDir != want.GitDir || got.CommonDir != want.CommonDir {
			t.Errorf("from %s: Find = %+v, git says %+v", start, got, want)
		}
	}
}

// A bare repository with a separate work tree (GIT_DIR and GIT_WORK_TREE,
// the "dotfiles" setup) and a sparse checkout (extensions.worktreeConfig,
// which go-git v5 refuses to open) are found through git itself.
func TestFindLeavesUnusualLayoutsToGit(t *testing.T) {
	ctx := context.Background()
	t.Run("GIT_WORK_TREE", func(t *testing.T) {
		src := gitRepo(t, nil, "mkdir d && echo a > d/f")
		bare := filepath.Join(t.TempDir(), "dot.git")
		if out, err := exec.Command("git", "clone", "-q", "--bare", src, bare).CombinedOutput(); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		work := t.TempDir()
		t.Setenv("GIT_DIR", bare)
		t.Setenv("GIT_WORK_TREE", work)
		repo, err := Find(ctx, CLI{Dir: work}, work, os.Getenv)
		if err != nil {
			t.Fatal(err)
		}
		if repo.CommonDir != bare || repo.Top != work {
			t.Errorf("Find = %+v, want common dir %s and top %s", repo, bare, work)
		}
		obj := OpenObjects(ctx, repo)
		defer obj.Close()
		if head, err := obj.Ref("HEAD"); err != nil || head == "" {
			t.Errorf("HEAD = %q, %v", head, err)
		}
	})
	t.Run("sparse checkout", func(t *testing.T) {
		dir := gitRepo(t, nil, "mkdir a b && echo a > a/f && echo b > b/f")
		if out, err := exec.Command("git", "-C", dir, "sparse-checkout", "set", "a").CombinedOutput(); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		repo, err := Find(ctx, CLI{Dir: dir}, dir, func(string) string { return "" })
		if err != nil {
			t.Fatal(err)
		}
		_, _, snap := open(t, repo.Top)
		// b/ is not in the work tree, but it is in the commit.
		if data, err := snap.ReadFile(filepath.Join(repo.Top, "b/f")); err != nil || string(data) != "b\n" {
			t.Errorf("ReadFile b/f = %q, %v", data, err)
		}
	})
}

// In a repository with a large pack, go-git reads only loose objects (what
// a rebase or commit just wrote) and git cat-file the packed ones.
func TestLooseObjectsWithoutPacks(t *testing.T) {
	dir := gitRepo(t, nil, "mkdir old && echo old > old/f")
	shell(t, dir, "git repack -adq && mkdir new && echo new > new/f && git add -A && git commit -qm new")
	ctx := context.Background()
	repo, err := Open(ctx, CLI{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	obj := looseFirst(repo, &lazyCatFile{ctx: ctx, repo: repo})
	defer obj.Close()
	g := obj.primary
	head, err := obj.Ref("HEAD")
	if err != nil {
		t.Fatal(err)
	}
	root, err := g.CommitTree(head) // the new commit is loose
	if err != nil {
		t.Fatalf("go-git cannot read the loose commit: %v", err)
	}
	snap := NewSnapshot(obj, repo.Top, root)
	old, err := snap.Lookup(filepath.Join(repo.Top, "old/f"), true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Blob(old.ID); err == nil {
		t.Error("go-git read a packed object in loose-only mode")
	}
	for name, want := range map[string]string{"old/f": "old\n", "new/f": "new\n"} {
		if data, err := snap.ReadFile(filepath.Join(repo.Top, name)); err != nil || string(data) != want {
			t.Errorf("ReadFile %s = %q, %v", name, data, err)
		}
	}
}

// TestPrefetch reads files ahead through each kind of object reader —
// go-git, git cat-file (SHA-256), and go-git for loose objects with git
// for packed ones — and checks that ReadFile then gives each file's own
// content, that names which are not files are left to ReadFile to report,
// and that a batch asking cat-file for a missing object fails as a whole
// without putting the stream out of step.
func TestPrefetch(t *testing.T) {
	script := `mkdir v && for i in 1 2 3 4 5 6 7 8 9; do echo "revision = '$i'" > v/$i.py; done
cp v/1.py v/copy.py && ln -s 2.py v/link.py && mkdir v/sub`
	for _, tc := range []struct {
		name, setup string
		init        []string
	}{
		{"go-git", "", nil},
		{"cat-file", "", []string{"--object-format=sha256"}},
		{"packed", "git gc -q && echo 'revision = 10' > v/10.py && git add v/10.py && git commit -q -m loose", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := gitRepo(t, tc.init, script)
			if tc.setup != "" {
				shell(t, dir, tc.setup)
			}
			repo, obj, snap := open(t, dir)
			if tc.name == "packed" {
				// As in a repository past go-git's pack index limit.
				obj = looseFirst(repo, &lazyCatFile{ctx: context.Background(), repo: repo})
				t.Cleanup(func() { obj.Close() })
				snap = NewSnapshot(obj, repo.Top, snap.TreeID)
			}
			var names []string
			want := map[string]string{}
			for _, n := range []string{"1.py", "2.py", "3.py", "4.py", "5.py", "6.py", "7.py", "8.py", "9.py", "copy.py", "link.py", "sub", "missing.py"} {
				names = append(names, filepath.Join(repo.Top, "v", n))
				if data, err := os.ReadFile(filepath.Join(dir, "v", n)); err == nil {
					want[n] = string(data)
				}
			}
			if tc.name == "packed" {
				names = append(names, filepath.Join(repo.Top, "v", "10.py"))
				want["10.py"] = "revision = 10\n"
			}
			snap.Prefetch(names)
			// Only git reads many blobs faster together: go-git reads
			// them in-process, one at a time, and nothing is read ahead.
			if _, batch := obj.(BlobReader); batch != (tc.name != "go-git") || batch && len(snap.fetched) < 9 || !batch && len(snap.fetched) > 0 {
				t.Errorf("batch reader %v, %d blobs read ahead", batch, len(snap.fetched))
			}
			for _, name := range names {
				got, err := snap.ReadFile(name)
				w, isFile := want[filepath.Base(name)]
				if isFile && (err != nil || string(got) != w) || !isFile && err == nil {
					t.Errorf("ReadFile %s = %q, %v; want %q (a file: %v)", filepath.Base(name), got, err, w, isFile)
				}
			}
			if br, ok := obj.(BlobReader); ok {
				head, _ := obj.Ref("HEAD")
				tree, _ := obj.CommitTree(head)
				missing := strings.Repeat("0", len(tree))
				if _, err := br.Blobs([]string{missing, tree}); err == nil {
					t.Error("Blobs of a missing object and a tree succeeded")
				}
				if data, err := snap.ReadFile(filepath.Join(repo.Top, "v", "3.py")); err != nil || string(data) != want["3.py"] {
					t.Errorf("after a failed batch, ReadFile 3.py = %q, %v", data, err)
				}
			}
		})
	}
}
