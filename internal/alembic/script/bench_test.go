package script

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/onehead/onehead/internal/alembictest"
)

// BenchmarkLoad reads the revision files of generated trees as `onehead
// heads` does, by stage: listing them (files), reading and parsing every one
// (cold), and through the revision cache with every file unchanged
// (cached). Each tree is written only when one of its benchmarks runs.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{300, 10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			if err := alembictest.Generate(dir, rand.New(rand.NewPCG(1, 0)), alembictest.Shape{Revisions: n}); err != nil {
				b.Fatal(err)
			}
			// The cache trusts only files older than its racy window.
			time.Sleep(racyWindow)
			d := &Directory{Locations: []string{filepath.Join(dir, "alembic", "versions")}}
			cache := b.TempDir()
			b.Run("files", func(b *testing.B) {
				for b.Loop() {
					if files, _, err := d.Files(); err != nil || len(files) != n {
						b.Fatal(len(files), err)
					}
				}
			})
			for _, bc := range []struct {
				name   string
				cached bool
			}{{"cold", false}, {"cached", true}} {
				load := func(b *testing.B) {
					d := *d
					if bc.cached {
						d.Cache = d.OpenCache(cache, "bench")
					}
					if revs, _, err := d.Load(false); err != nil || len(revs) != n {
						b.Fatal(len(revs), err)
					}
					if d.Cache != nil {
						if err := d.Cache.Save(); err != nil {
							b.Fatal(err)
						}
					}
				}
				b.Run(bc.name, func(b *testing.B) {
					load(b) // fills the cache, and the page cache
					for b.Loop() {
						load(b)
					}
				})
			}
		})
	}
}
