package lint

import (
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/python"
)

// FuzzScan feeds arbitrary Python to the scanner and the fixer: whatever
// the file holds, they must not panic, every finding must point inside the
// file, and every edit must lie inside it.
func FuzzScan(f *testing.F) {
	for _, fx := range fixtures(f) {
		for _, file := range fx.ar.Files {
			if strings.HasSuffix(file.Name, ".py") {
				f.Add(file.Data)
			}
		}
	}
	f.Add([]byte("op.execute(f'INSERT INTO {t} (a) VALUES ({v}) ON CONFLICT (a) DO NOTHING')\n"))
	f.Add([]byte(".insert(x)\nop.execute(((\"INSERT\")))\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		toks, err := python.Tokenize(src)
		if err != nil {
			return
		}
		text, err := python.Decode(src)
		if err != nil {
			return
		}
		s := newSource(text, toks)
		for _, sd := range scanSource(s).seeds {
			if sd.at < 0 || sd.at > len(text) {
				t.Fatalf("seed at %d of %d", sd.at, len(text))
			}
			if sd.ins == nil || !sd.doNothing {
				continue
			}
			if e, why := healFix(s, sd); why == "" && (e.start < 0 || e.end > len(text) || e.start > e.end) {
				t.Fatalf("edit %d:%d of %d", e.start, e.end, len(text))
			}
		}
	})
}
