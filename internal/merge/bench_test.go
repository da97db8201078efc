package merge

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/alembictest"
	"github.com/onehead/onehead/internal/gcpolicy"
	"github.com/onehead/onehead/internal/tree"
)

// BenchmarkMerge is `onehead merge heads` on a 10,000-revision tree with
// two heads and the stock 1.19 template, end to end: configuration, every
// revision file, the graph, rendering, the read-back check, the atomic
// write. "cold" reads every file; "cached" is a repeated run with the
// revision-file cache (what a developer's second command costs). The new
// file is removed after each merge, so every iteration does the same work.
// "open" is reading the tree alone (tree.Open, cached), for what merge adds.
func BenchmarkMerge(b *testing.B) {
	defer gcpolicy.Apply(os.Getenv)() // as the binary runs
	dir := b.TempDir()
	if err := alembictest.Generate(dir, rand.New(rand.NewPCG(1, 0)), alembictest.Shape{Revisions: 10_000}); err != nil {
		b.Fatal(err)
	}
	tmpl, err := os.ReadFile("../../testdata/merge/001-generic-two-heads/tree/alembic/script.py.mako")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "alembic", "script.py.mako"), tmpl, 0o644); err != nil {
		b.Fatal(err)
	}
	// A second head, forking from the middle of the chain.
	t, err := tree.Open(config.Options{Dir: dir}, tree.Settings{})
	if err != nil {
		b.Fatal(err)
	}
	fork := fmt.Sprintf("\"\"\"fork\"\"\"\nrevision = 'f0f0f0f0f0f0'\ndown_revision = %q\n", t.Graph.Nodes[5000].ID)
	if err := os.WriteFile(filepath.Join(dir, "alembic", "versions", "fork.py"), []byte(fork), 0o644); err != nil {
		b.Fatal(err)
	}
	// The cache trusts only files older than its racy window.
	time.Sleep(2 * time.Second)
	cache := b.TempDir()
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			if _, err := tree.Open(config.Options{Dir: dir}, tree.Settings{CacheDir: cache, Version: "bench"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, bc := range []struct {
		name  string
		cache string
	}{{"cold", ""}, {"cached", cache}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				res, err := Merge(Request{
					Config:    config.Options{Dir: dir, Getenv: func(string) string { return "" }},
					Settings:  tree.Settings{CacheDir: bc.cache, Version: "bench"},
					Revisions: []string{"heads"}, Message: ptr("merge heads"),
					Now: time.Now, Stdout: io.Discard, Stderr: io.Discard,
				})
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Heads) != 1 {
					b.Fatalf("heads after the merge: %d", len(res.Heads))
				}
				if err := os.Remove(res.Path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
