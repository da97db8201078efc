package gcpolicy

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestApply checks that the policy is set, that GOGC or GOMEMLIMIT set by
// the user leaves the runtime alone, and that restore puts back what was.
func TestApply(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	for _, tt := range []struct {
		env  map[string]string
		want int
	}{
		{nil, percent},
		{map[string]string{"GOGC": "50"}, 100},
		{map[string]string{"GOMEMLIMIT": "1GiB"}, 100},
	} {
		restore := Apply(func(k string) string { return tt.env[k] })
		got := debug.SetGCPercent(100) // reads the setting, and puts back 100
		if tt.want == percent {
			debug.SetGCPercent(percent)
			if l := debug.SetMemoryLimit(-1); l != limit {
				t.Errorf("%v: memory limit %d, want %d", tt.env, l, limit)
			}
		}
		restore()
		if got != tt.want {
			t.Errorf("%v: GC percent %d, want %d", tt.env, got, tt.want)
		}
		if p := debug.SetGCPercent(100); p != 100 {
			t.Errorf("%v: after restore, GC percent %d, want 100", tt.env, p)
		}
		if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
			t.Errorf("%v: after restore, memory limit %d", tt.env, l)
		}
	}
}
