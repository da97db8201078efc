package mako

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/python"
)

// Regenerate the golden files with real Mako (Debian's python3-mako):
//
//go:generate sh -c "${DOLLAR}{ONEHEAD_MAKO_PYTHON:-/usr/bin/python3} testdata/render.py golden testdata"

// TestGolden renders every template in testdata/templates (Alembic's stock
// templates of every era, and customised ones like those found in real
// projects) with every variable set of testdata/vars.json and compares
// byte for byte with what real Mako rendered (testdata/golden).
func TestGolden(t *testing.T) {
	sets := loadVarSets(t)
	templates, err := filepath.Glob("testdata/templates/*.mako")
	if err != nil || len(templates) == 0 {
		t.Fatal("no templates", err)
	}
	for _, path := range templates {
		name := strings.TrimSuffix(filepath.Base(path), ".mako")
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, set := range sets {
			t.Run(name+"/"+set.Name, func(t *testing.T) {
				base := filepath.Join("testdata/golden", name, set.Name)
				got, err := render(name, src, pyVars(t, set.Vars))
				if want, rerr := os.ReadFile(base + ".out"); rerr == nil {
					if err != nil {
						t.Fatalf("Mako renders it, we fail: %v", err)
					}
					if got != string(want) {
						t.Fatalf("output differs\n--- mako\n%q\n--- ours\n%q", want, got)
					}
					return
				}
				want, rerr := os.ReadFile(base + ".err")
				if rerr != nil {
					t.Fatalf("no golden file for %s (run go generate)", base)
				}
				kind, typ, _ := strings.Cut(strings.TrimSpace(string(want)), " ")
				checkErrorKind(t, err, kind, typ)
			})
		}
	}
}

// render parses and renders in one step, as the tests mostly need.
func render(name string, src []byte, vars map[string]python.Value) (string, error) {
	tmpl, err := Parse(name, src)
	if err != nil {
		return "", err
	}
	return tmpl.Render(vars)
}

// checkErrorKind checks that err is the error Mako's failure (kind
// "compile" or "render", exception class typ) corresponds to.
func checkErrorKind(t *testing.T, err error, kind, typ string) {
	t.Helper()
	var ce *CompileError
	var re *RenderError
	switch {
	case err == nil:
		t.Fatalf("Mako fails (%s %s), we render", kind, typ)
	case kind == "compile" && !errors.As(err, &ce), kind == "render" && !errors.As(err, &re):
		t.Fatalf("Mako fails at %s time with %s, we: %v", kind, typ, err)
	}
}
