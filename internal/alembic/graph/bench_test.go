package graph

import (
	"fmt"
	"testing"

	"github.com/onehead/onehead/internal/alembic/script"
)

// BenchmarkBuild links a 100,000-revision chain with a fork every 1,000
// revisions and a merge after it.
func BenchmarkBuild(b *testing.B) {
	const n = 100_000
	revs := make([]*script.Revision, n)
	for i := range revs {
		r := &script.Revision{ID: fmt.Sprintf("%012x", i*7919), Path: fmt.Sprintf("/v/%d.py", i)}
		switch {
		case i == 0:
		case i%1000 == 2:
			r.Down = []string{revs[i-1].ID, revs[i-2].ID}
		case i%1000 == 1:
			r.Down = []string{revs[i-1].ID}
		default:
			r.Down = []string{revs[i-1].ID}
		}
		revs[i] = r
	}
	for b.Loop() {
		if _, _, err := Build(revs); err != nil {
			b.Fatal(err)
		}
	}
}
