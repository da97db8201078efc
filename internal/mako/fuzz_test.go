package mako

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseRender checks that no template makes Parse or Render panic or
// hang, and that every failure is one of the three error kinds.
func FuzzParseRender(f *testing.F) {
	paths, _ := filepath.Glob("testdata/templates/*.mako")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	vars := pyVars(f, loadVarSets(f)[0].Vars)
	f.Fuzz(func(t *testing.T, src []byte) {
		tmpl, err := Parse("f.mako", src)
		if err == nil {
			_, err = tmpl.Render(vars)
		}
		switch err.(type) {
		case nil, *CompileError, *RenderError, *UnsupportedError:
		default:
			t.Fatalf("error of type %T: %v", err, err)
		}
	})
}
