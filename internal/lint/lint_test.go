package lint

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/onehead/onehead/internal/tree"
)

var update = flag.Bool("update", false, "rewrite the want/ sections of testdata/lint/*.txtar from what lint does now")

// fixtureDir holds the lint fixtures: one Alembic tree per archive.
const fixtureDir = "../../testdata/lint"

// The sections of a fixture archive besides the tree's own files:
//
//	want/findings        what `onehead lint` prints (findings, then diffs)
//	want/fixed/<path>    <path> after --fix; absent when --fix leaves it
//	pg/schema.sql        the table the seed fills (for the PostgreSQL test)
//	pg/stale.sql         rows a database had before the seed, gone stale
//	pg/dump.sql          a query showing the table
//	pg/healed            its output after the fixed seed on the stale rows
const (
	wantFindings = "want/findings"
	wantFixed    = "want/fixed/"
	pgPrefix     = "pg/"
)

// fixture is one archive of testdata/lint.
type fixture struct {
	name string
	path string
	ar   *txtar.Archive
}

func fixtures(t testing.TB) []fixture {
	paths, err := filepath.Glob(filepath.Join(fixtureDir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	var out []fixture
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fixture{name: strings.TrimSuffix(filepath.Base(p), ".txtar"), path: p, ar: ar})
	}
	return out
}

func (fx fixture) section(name string) ([]byte, bool) {
	for _, f := range fx.ar.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// writeTree writes the fixture's tree into a new directory, adding what
// every Alembic tree has when the archive leaves it out.
func (fx fixture) writeTree(t testing.TB) string {
	dir := t.TempDir()
	files := map[string][]byte{
		"alembic.ini":       []byte("[alembic]\nscript_location = .\n"),
		"env.py":            nil,
		"script.py.mako":    nil,
		"versions/.keep.md": nil,
	}
	for _, f := range fx.ar.Files {
		if !strings.HasPrefix(f.Name, "want/") && !strings.HasPrefix(f.Name, pgPrefix) {
			files[f.Name] = f.Data
		}
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// lintDir lints every tree under root as `onehead lint root` does.
func lintDir(t testing.TB, root string, strict bool) *Result {
	found, err := tree.Discover(root)
	if err != nil {
		t.Fatal(err)
	}
	var targets []Target
	for _, o := range tree.OpenAll(found, tree.Settings{Strict: strict}) {
		name, _ := filepath.Rel(root, o.Found.Dir)
		targets = append(targets, Target{Opened: o, Name: name, Dir: name})
	}
	return Run(targets, Options{Root: root, Strict: strict})
}

func findingsText(r *Result) string {
	var b bytes.Buffer
	r.WriteFindings(&b)
	return b.String()
}

// TestFixtures lints each fixture tree and compares what lint prints and
// what --fix writes with the archive; then it lints the fixed tree again,
// which must offer no further fix.
func TestFixtures(t *testing.T) {
	all := fixtures(t)
	if len(all) < 25 {
		t.Errorf("%d fixtures; the issue asks for at least 25 real-looking seed migrations", len(all))
	}
	for _, fx := range all {
		t.Run(fx.name, func(t *testing.T) {
			dir := fx.writeTree(t)
			res := lintDir(t, dir, false)
			got := findingsText(res)
			if err := res.Apply(); err != nil {
				t.Fatal(err)
			}
			fixed := map[string][]byte{}
			for _, ff := range res.Fixes {
				data, err := os.ReadFile(filepath.Join(dir, ff.Path))
				if err != nil {
					t.Fatal(err)
				}
				fixed[filepath.ToSlash(ff.Path)] = data
			}
			if *update {
				fx.rewrite(t, got, fixed)
				return
			}
			if want, _ := fx.section(wantFindings); string(want) != got {
				t.Errorf("lint printed:\n%s\nwant:\n%s", got, want)
			}
			for _, f := range fx.ar.Files {
				if name, ok := strings.CutPrefix(f.Name, wantFixed); ok {
					if _, ok := fixed[name]; !ok {
						t.Errorf("--fix did not rewrite %s", name)
					}
				}
			}
			for name, data := range fixed {
				want, ok := fx.section(wantFixed + name)
				if !ok {
					t.Errorf("--fix rewrote %s, which the fixture does not expect:\n%s", name, data)
				} else if !bytes.Equal(data, want) {
					t.Errorf("--fix wrote %s as:\n%s\nwant:\n%s", name, data, want)
				}
			}
			if again := lintDir(t, dir, false); len(again.Fixes) > 0 {
				t.Errorf("after --fix, lint still offers:\n%s", findingsText(again))
			}
		})
	}
}

// rewrite replaces the fixture's want/ sections with what lint does now.
func (fx fixture) rewrite(t *testing.T, findings string, fixed map[string][]byte) {
	var files []txtar.File
	for _, f := range fx.ar.Files {
		if !strings.HasPrefix(f.Name, "want/") {
			files = append(files, f)
		}
	}
	files = append(files, txtar.File{Name: wantFindings, Data: []byte(findings)})
	names := make([]string, 0, len(fixed))
	for name := range fixed {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		files = append(files, txtar.File{Name: wantFixed + name, Data: fixed[name]})
	}
	fx.ar.Files = files
	if err := os.WriteFile(fx.path, txtar.Format(fx.ar), 0o644); err != nil {
		t.Fatal(err)
	}
}
