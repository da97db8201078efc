// Package gcpolicy is how onehead's processes collect garbage. onehead
// runs briefly, and most of what it allocates while reading a revision
// file is garbage at once: collecting rarely, within a bound, is faster
// than the runtime's default (on 100,000 revisions, a fifth of the run).
// The benchmarks apply it too, so that they measure what the binary does.
package gcpolicy

import "runtime/debug"

// Collection rarely: the heap may grow to nine times what survives a
// collection, but not past the limit.
const (
	percent = 800
	limit   = 256 << 20
)

// Apply sets the policy unless the user chose GOGC or GOMEMLIMIT, and
// returns what puts the previous settings back.
func Apply(getenv func(string) string) (restore func()) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	oldPercent := debug.SetGCPercent(percent)
	oldLimit := debug.SetMemoryLimit(limit)
	return func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}
}
