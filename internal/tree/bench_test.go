package tree

import (
	"fmt"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/alembictest"
	"github.com/onehead/onehead/internal/gcpolicy"
)

// BenchmarkOpen reads a generated tree of each size as `onehead heads`
// does: configuration, every revision file, the graph; cold (every file
// read and parsed) and cached (unchanged files skipped). scripts/bench.sh
// times the whole process against `alembic heads`.
func BenchmarkOpen(b *testing.B) {
	defer gcpolicy.Apply(os.Getenv)() // as the binary runs
	for _, n := range []int{300, 10_000, 100_000} {
		dir := b.TempDir()
		if err := alembictest.Generate(dir, rand.New(rand.NewPCG(1, 0)), alembictest.Shape{Revisions: n}); err != nil {
			b.Fatal(err)
		}
		// The cache trusts only files older than its racy window.
		time.Sleep(2 * time.Second)
		cache := b.TempDir()
		for _, s := range []struct {
			name     string
			settings Settings
		}{
			{"cold", Settings{}},
			{"cached", Settings{CacheDir: cache, Version: "bench"}},
		} {
			b.Run(fmt.Sprintf("%d/%s", n, s.name), func(b *testing.B) {
				for b.Loop() {
					t, err := Open(config.Options{Dir: dir, Getenv: func(string) string { return "" }}, s.settings)
					if err != nil {
						b.Fatal(err)
					}
					if len(t.Graph.Heads()) == 0 {
						b.Fatal("no heads")
					}
				}
			})
		}
	}
}
