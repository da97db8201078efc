package gitx

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// benchRepo is a packed repository with n small files in one directory,
// like a version location.
func benchRepo(b *testing.B, n int) *Repo {
	b.Helper()
	dir := b.TempDir()
	versions := filepath.Join(dir, "versions")
	if err := os.MkdirAll(versions, 0o755); err != nil {
		b.Fatal(err)
	}
	for i := range n {
		content := fmt.Sprintf("revision = 'r%d'\ndown_revision = 'r%d'\n", i, i-1)
		if err := os.WriteFile(filepath.Join(versions, fmt.Sprintf("r%05d.py", i)), []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "-A"}, {"commit", "-q", "-m", "x"}, {"repack", "-a", "-d", "-q"}} {
		if _, err := (CLI{Dir: dir, Env: []string{"GIT_CONFIG_GLOBAL=/dev/null", "GIT_AUTHOR_NAME=b",
			"GIT_AUTHOR_EMAIL=b@example.com", "GIT_COMMITTER_NAME=b", "GIT_COMMITTER_EMAIL=b@example.com"}}).Git(context.Background(), nil, args...); err != nil {
			b.Fatal(err)
		}
	}
	repo, err := Open(context.Background(), CLI{Dir: dir})
	if err != nil {
		b.Fatal(err)
	}
	return repo
}

// The two readers side by side, each opened afresh as a hook run opens
// it, on packed repositories of several sizes: resolving HEAD and finding
// the version location's tree id (what a hook does when its cache
// answers), and reading every file (a changed version location). go-git decodes the whole pack index
// when it opens a pack, so its cost grows with the repository; git maps
// the index and pays a process start instead (see OpenObjects).
func BenchmarkObjects(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{500, 5000, 20000} {
		repo := benchRepo(b, n)
		readers := map[string]func() Objects{
			"go-git": func() Objects {
				return &fallback{primary: openGoGit(repo), secondary: &lazyCatFile{ctx: ctx, repo: repo}}
			},
			"git-cat-file": func() Objects { return &lazyCatFile{ctx: ctx, repo: repo} },
		}
		for _, name := range []string{"go-git", "git-cat-file"} {
			for _, files := range []int{0, n} {
				b.Run(fmt.Sprintf("objects=%d/%s/files=%d", n, name, files), func(b *testing.B) {
					for b.Loop() {
						obj := readers[name]()
						head, err := obj.Ref("HEAD")
						if err != nil {
							b.Fatal(err)
						}
						tree, err := obj.CommitTree(head)
						if err != nil {
							b.Fatal(err)
						}
						snap := NewSnapshot(obj, repo.Top, tree)
						if _, err := snap.Lookup(filepath.Join(repo.Top, "versions"), true); err != nil {
							b.Fatal(err)
						}
						for i := range files {
							if _, err := snap.ReadFile(filepath.Join(repo.Top, "versions", fmt.Sprintf("r%05d.py", i))); err != nil {
								b.Fatal(err)
							}
						}
						obj.Close()
					}
				})
			}
		}
	}
}
