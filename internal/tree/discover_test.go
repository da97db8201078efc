package tree

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/onehead/onehead/internal/alembictest"
)

// tempRoot is t.TempDir with symlinks resolved.
func tempRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// foundLine describes a Found with paths relative to root.
func foundLine(t *testing.T, root string, f Found) string {
	t.Helper()
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			t.Fatal(err)
		}
		return filepath.ToSlash(r)
	}
	s := "dir=" + rel(f.Dir)
	if f.Ini != "" {
		s += " ini=" + rel(f.Ini)
	}
	if f.PyProject != "" {
		s += " pyproject=" + rel(f.PyProject)
	}
	if f.ScriptDir != "" {
		s += " script=" + rel(f.ScriptDir)
	}
	return s
}

const (
	iniTo    = "[alembic]\nscript_location = %(here)s/db\n"
	toolToml = "[project]\nname = \"svc\"\n\n[tool.alembic]\nscript_location = \"%(here)s/migrations\"\n"
)

// layout is a script directory as `alembic init` (or Flask-Migrate's
// `flask db init`) lays it out, without an ini.
func layout(dir string) map[string]string {
	return map[string]string{dir + "/env.py": "", dir + "/script.py.mako": "", dir + "/versions/": ""}
}

func merged(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// TestDiscover checks what Discover finds and what it skips. The
// .gitignore expectations were checked with `git check-ignore` on the same
// layout (git 2.39): generated, build, sub/build, sub/tmp, sub/only, out1,
// cache, private (from .git/info/exclude), deep/a/b/tmpx and logs/keep are
// ignored; sub/generated, other/tmp, only, output and sub/cache are not.
func TestDiscover(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		sub   string // Discover(root/sub) instead of root
		want  []string
		skip  string // why the case is skipped: a known limitation
	}{
		{
			name:  "alembic.ini at the root",
			files: map[string]string{"alembic.ini": iniTo},
			want:  []string{"dir=. ini=alembic.ini"},
		},
		{
			name:  "nothing to find",
			files: map[string]string{"README": "", "src/app.py": ""},
			want:  []string{},
		},
		{
			name:  "pyproject.toml with [tool.alembic]",
			files: map[string]string{"svc/pyproject.toml": toolToml},
			want:  []string{"dir=svc pyproject=svc/pyproject.toml"},
		},
		{
			name: "pyproject.toml without [tool.alembic]",
			files: map[string]string{
				"dep/pyproject.toml":        "[project]\nname = \"x\"\ndependencies = [\"alembic>=1.16\"]\n",
				"other/pyproject.toml":      "[tool.ruff]\nline-length = 100\n",
				"alembicish/pyproject.toml": "[tool.alembic_utils]\nx = 1\n",
			},
			want: []string{},
		},
		{
			name: "pyproject.toml with only a subtable of [tool.alembic]",
			files: map[string]string{
				"svc/pyproject.toml": "[[tool.alembic.post_write_hooks]]\nname = \"ruff\"\ntype = \"exec\"\n",
			},
			want: []string{"dir=svc pyproject=svc/pyproject.toml"},
		},
		{
			// Opening the tree reports the broken file.
			name:  "broken pyproject.toml that mentions alembic",
			files: map[string]string{"svc/pyproject.toml": "[tool.alembic\nscript_location = 'x'\n"},
			want:  []string{"dir=svc pyproject=svc/pyproject.toml"},
		},
		{
			name:  "alembic.ini and pyproject.toml in one directory",
			files: map[string]string{"alembic.ini": iniTo, "pyproject.toml": toolToml},
			want:  []string{"dir=. ini=alembic.ini pyproject=pyproject.toml"},
		},
		{
			name:  "Flask-Migrate: migrations/alembic.ini inside the script directory",
			files: merged(layout("app/migrations"), map[string]string{"app/migrations/alembic.ini": "[alembic]\n"}),
			want:  []string{"dir=app/migrations ini=app/migrations/alembic.ini script=app/migrations"},
		},
		{
			name:  "Flask-Migrate: no ini at all",
			files: layout("app/migrations"),
			want:  []string{"dir=app script=app/migrations"},
		},
		{
			name: "incomplete layouts are not script directories",
			files: map[string]string{
				"a/env.py": "", "a/versions/": "",
				"b/script.py.mako": "", "b/versions/": "",
				"c/env.py": "", "c/script.py.mako": "",
			},
			want: []string{},
		},
		{
			// OpenAll leaves the second one out (TestOpenAll).
			name:  "a script directory an ini points at is still found",
			files: merged(layout("db"), map[string]string{"alembic.ini": iniTo}),
			want:  []string{"dir=. ini=alembic.ini", "dir=. script=db"},
		},
		{
			name: "version control, environments and caches skipped",
			files: map[string]string{
				".git/alembic.ini": iniTo, ".hg/alembic.ini": iniTo, ".svn/alembic.ini": iniTo,
				"node_modules/pkg/alembic.ini": iniTo, "web/node_modules/alembic.ini": iniTo,
				".venv/lib/python3.11/site-packages/app/alembic.ini": iniTo,
				"venv/alembic.ini": iniTo, "lib/site-packages/x/alembic.ini": iniTo,
				"usr/lib/python3/dist-packages/x/alembic.ini": iniTo,
				"__pycache__/alembic.ini":                     iniTo, ".tox/py311/alembic.ini": iniTo, ".nox/alembic.ini": iniTo,
				".mypy_cache/alembic.ini": iniTo, ".pytest_cache/alembic.ini": iniTo,
				".ruff_cache/alembic.ini": iniTo, ".eggs/alembic.ini": iniTo,
				"venvs/alembic.ini": iniTo, "my.venv/alembic.ini": iniTo,
			},
			want: []string{"dir=my.venv ini=my.venv/alembic.ini", "dir=venvs ini=venvs/alembic.ini"},
		},
		{
			name: "directories with pyvenv.cfg skipped",
			files: map[string]string{
				"env2/pyvenv.cfg": "home = /usr/bin\n", "env2/alembic.ini": iniTo,
				"env2/lib/app/alembic.ini": iniTo, "env3/alembic.ini": iniTo,
			},
			want: []string{"dir=env3 ini=env3/alembic.ini"},
		},
		{
			name: "gitignore rules, nested, negated and from .git/info/exclude",
			files: func() map[string]string {
				m := map[string]string{
					".gitignore":        "# generated code\n/generated/\nbuild/\r\nout*/\n!output/\ncache/\nlogs/\n!logs/keep/\n\n",
					"sub/.gitignore":    "tmp/\n/only/\n!cache/\n",
					"deep/a/.gitignore": "tmpx\n",
					".git/info/exclude": "# git ls-files --others --exclude-from=.git/info/exclude\nprivate/\n",
				}
				for _, d := range []string{"generated", "sub/generated", "build", "sub/build", "sub/tmp", "other/tmp",
					"sub/only", "only", "out1", "output", "cache", "sub/cache", "private", "deep/a/b/tmpx", "logs/keep"} {
					m[d+"/alembic.ini"] = iniTo
				}
				return m
			}(),
			want: []string{
				"dir=only ini=only/alembic.ini", "dir=other/tmp ini=other/tmp/alembic.ini",
				"dir=output ini=output/alembic.ini", "dir=sub/cache ini=sub/cache/alembic.ini",
				"dir=sub/generated ini=sub/generated/alembic.ini",
			},
		},
		{
			name: "gitignore rules under the root searched",
			files: map[string]string{
				"svc/.gitignore":        "/local/\n",
				"svc/local/alembic.ini": iniTo, "svc/alembic.ini": iniTo,
			},
			sub:  "svc",
			want: []string{"dir=svc ini=svc/alembic.ini"},
		},
		{
			// git check-ignore: svc/gen is ignored by the repository's
			// top-level .gitignore and svc/excluded by .git/info/exclude,
			// so `onehead check svc` skips them as `onehead check` does.
			name: "gitignore rules above the root searched",
			files: map[string]string{
				".git/info/exclude": "excluded/\n", ".gitignore": "gen/\n",
				"svc/gen/alembic.ini": iniTo, "svc/excluded/alembic.ini": iniTo, "svc/alembic.ini": iniTo,
			},
			sub:  "svc",
			want: []string{"dir=svc ini=svc/alembic.ini"},
		},
		{
			name: "the root is searched whatever its name",
			files: map[string]string{
				"venv/pyvenv.cfg": "", "venv/alembic.ini": iniTo, "venv/node_modules/alembic.ini": iniTo,
			},
			sub:  "venv",
			want: []string{"dir=venv ini=venv/alembic.ini"},
		},
		{
			name: "symlinked directories not followed, symlinked files found",
			files: map[string]string{
				"real/alembic.ini": iniTo, "linkdir": "-> real",
				"shared.ini": iniTo, "svc/alembic.ini": "-> ../shared.ini",
			},
			want: []string{"dir=real ini=real/alembic.ini", "dir=svc ini=svc/alembic.ini"},
		},
		{
			// Component order, as a listing shows directories: everything
			// under a/ before a-b; a bare script directory sorts by its own
			// path.
			name: "results in path order",
			files: merged(layout("z/migrations"), layout("a/x/migrations"), map[string]string{
				"b/alembic.ini": iniTo, "a/alembic.ini": iniTo, "a-b/pyproject.toml": toolToml,
				"a/x/y/alembic.ini": iniTo, "alembic.ini": iniTo, "z/alembic.ini": iniTo,
			}),
			want: []string{
				"dir=. ini=alembic.ini", "dir=a ini=a/alembic.ini", "dir=a/x script=a/x/migrations",
				"dir=a/x/y ini=a/x/y/alembic.ini", "dir=a-b pyproject=a-b/pyproject.toml", "dir=b ini=b/alembic.ini",
				"dir=z ini=z/alembic.ini", "dir=z script=z/migrations",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" {
				t.Skip("known limitation: " + tt.skip)
			}
			root := tempRoot(t)
			alembictest.WriteFiles(t, root, tt.files)
			found, err := Discover(filepath.Join(root, filepath.FromSlash(tt.sub)))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, f := range found {
				got = append(got, foundLine(t, root, f))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Discover:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestDiscoverRelativeRoot checks that a relative root is made absolute.
func TestDiscoverRelativeRoot(t *testing.T) {
	root := tempRoot(t)
	alembictest.WriteFiles(t, root, map[string]string{"svc/alembic.ini": iniTo})
	t.Chdir(root)
	found, err := Discover("svc")
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].Dir != filepath.Join(root, "svc") || found[0].Ini != filepath.Join(root, "svc", "alembic.ini") {
		t.Fatalf("Discover(svc) = %+v", found)
	}
}

// TestDiscoverMissingRoot checks that a root that cannot be read is an
// error, not an empty result.
func TestDiscoverMissingRoot(t *testing.T) {
	if found, err := Discover(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Fatalf("Discover(missing) = %+v, nil; want an error", found)
	}
}
