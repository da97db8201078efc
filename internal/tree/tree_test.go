package tree

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/onehead/onehead/internal/alembictest"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
)

func revFile(id, down string) string {
	return "revision = '" + id + "'\ndown_revision = " + down + "\n"
}

// openedLine describes an Opened: which tree, then its heads in order or
// its error.
func openedLine(t *testing.T, root string, o Opened) string {
	t.Helper()
	s := foundLine(t, root, o.Found) + ":"
	if o.Err != nil {
		return s + " error: " + strings.ReplaceAll(o.Err.Error(), root+string(filepath.Separator), "")
	}
	if o.Tree == nil || o.Graph == nil {
		return s + " no graph"
	}
	for _, n := range o.Graph.Heads() {
		s += " " + n.HeadLine() + ";"
	}
	return s
}

// TestOpenAll checks that every tree Discover finds is opened as `alembic`
// run from its directory (or Flask-Migrate) would read it, once, in path
// order. The FAILED messages are Alembic's: "Path doesn't exist: nowhere.
// Please use the 'init' command to create a new scripts folder." and "No
// 'script_location' key found in configuration." were checked with
// Alembic 1.19.2 heads.
func TestOpenAll(t *testing.T) {
	flask := merged(layout("app/migrations"), map[string]string{
		"app/migrations/versions/f1.py": revFile("f1", "None"),
		"app/migrations/versions/f2.py": revFile("f2", "'f1'"),
	})
	db := merged(layout("db"), map[string]string{"db/versions/a1.py": revFile("a1", "None")})
	tests := []struct {
		name   string
		files  map[string]string
		strict bool
		want   []string
		bug    string // why the case is skipped: a known bug
	}{
		{
			// Flask-Migrate reads migrations/alembic.ini and sets
			// script_location to the directory itself.
			name:  "Flask-Migrate with an ini that names no script_location",
			files: merged(flask, map[string]string{"app/migrations/alembic.ini": "[alembic]\n\n[loggers]\nkeys = root\n"}),
			want:  []string{"dir=app/migrations ini=app/migrations/alembic.ini script=app/migrations: f2 (head);"},
		},
		{
			name:  "Flask-Migrate without an ini",
			files: flask,
			want:  []string{"dir=app script=app/migrations: f2 (head);"},
		},
		{
			// Flask-Migrate ignores the ini's script_location.
			name:  "Flask-Migrate with an ini whose script_location is wrong",
			files: merged(flask, map[string]string{"app/migrations/alembic.ini": "[alembic]\nscript_location = nowhere\n"}),
			want:  []string{"dir=app/migrations ini=app/migrations/alembic.ini script=app/migrations: f2 (head);"},
		},
		{
			name:  "an ini inside its own script directory that names it",
			files: merged(flask, map[string]string{"app/migrations/alembic.ini": "[alembic]\nscript_location = .\n"}),
			want:  []string{"dir=app/migrations ini=app/migrations/alembic.ini script=app/migrations: f2 (head);"},
		},
		{
			name:  "script directory claimed by an ini elsewhere, reported once",
			files: merged(db, map[string]string{"alembic.ini": "[alembic]\nscript_location = db\n"}),
			want:  []string{"dir=. ini=alembic.ini: a1 (head);"},
		},
		{
			name: "claimed under other spellings",
			files: merged(db, layout("svc/db"), layout("other/db"), map[string]string{
				"alembic.ini":             "[alembic]\nscript_location = %(here)s/./db/\n",
				"svc/alembic.ini":         "[alembic]\nscript_location = ../svc/db\n",
				"svc/db/versions/s1.py":   revFile("s1", "None"),
				"other/pyproject.toml":    "[tool.alembic]\nscript_location = \"%(here)s/db\"\n",
				"other/db/versions/o1.py": revFile("o1", "None"),
			}),
			want: []string{
				"dir=. ini=alembic.ini: a1 (head);",
				"dir=other pyproject=other/pyproject.toml: o1 (head);",
				"dir=svc ini=svc/alembic.ini: s1 (head);",
			},
		},
		{
			name: "claimed by an ini whose revisions cannot be read",
			files: merged(db, map[string]string{
				"alembic.ini":       "[alembic]\nscript_location = db\n",
				"db/versions/b1.py": "revision = 'b1'\n",
			}),
			want: []string{"dir=. ini=alembic.ini: error: db/versions/b1.py: no down_revision: Alembic fails with AttributeError on this file (add `down_revision = None` for a base revision, or the id of the revision this one follows)"},
		},
		{
			// The ini fails before it names a directory, so nothing
			// claims db: both are reported.
			name:  "an ini that fails does not claim",
			files: merged(db, map[string]string{"alembic.ini": "[alembic]\nscript_location = nowhere\n"}),
			want: []string{
				"dir=. ini=alembic.ini: error: Path doesn't exist: nowhere.  Please use the 'init' command to create a new scripts folder.",
				"dir=. script=db: a1 (head);",
			},
		},
		{
			name:  "an ini without script_location outside a script directory",
			files: map[string]string{"alembic.ini": "[alembic]\n"},
			want:  []string{"dir=. ini=alembic.ini: error: No 'script_location' key found in configuration."},
		},
		{
			name: "unclaimed script directories, in path order",
			files: merged(db, flask, layout("z/migrations"), map[string]string{
				"alembic.ini":                 "[alembic]\nscript_location = z/migrations\n",
				"z/migrations/versions/z1.py": revFile("z1", "None"),
				"z/migrations/versions/z2.py": revFile("z2", "None"),
			}),
			want: []string{
				"dir=. ini=alembic.ini: z1 (head); z2 (head);",
				"dir=app script=app/migrations: f2 (head);",
				"dir=. script=db: a1 (head);",
			},
		},
		{
			name: "pyproject.toml and alembic.ini read together",
			files: merged(db, map[string]string{
				"alembic.ini":    "[alembic]\n",
				"pyproject.toml": "[tool.alembic]\nscript_location = \"%(here)s/db\"\n",
			}),
			want: []string{"dir=. ini=alembic.ini pyproject=pyproject.toml: a1 (head);"},
		},
		{
			name: "a value only Python can compute: kept out without strict",
			files: merged(db, map[string]string{
				"alembic.ini":       "[alembic]\nscript_location = db\n",
				"db/versions/b1.py": "import os\nrevision = 'b1'\ndown_revision = 'a1'\nbranch_labels = os.environ['X']\n",
			}),
			want: []string{"dir=. ini=alembic.ini: b1 (head);"},
		},
		{
			name: "a value only Python can compute: an error with strict",
			files: merged(db, map[string]string{
				"alembic.ini":       "[alembic]\nscript_location = db\n",
				"db/versions/b1.py": "import os\nrevision = 'b1'\ndown_revision = 'a1'\nbranch_labels = os.environ['X']\n",
			}),
			strict: true,
			want:   []string{"dir=. ini=alembic.ini: error: db/versions/b1.py:4: branch_labels = `os.environ['X']` only Python can compute: "},
		},
		{
			// The ini names the script directory through a symlink; the
			// layout is found at its real path.
			name: "claimed through a symlink",
			files: merged(db, map[string]string{
				"alembic.ini": "[alembic]\nscript_location = link\n", "link": "-> db",
			}),
			want: []string{"dir=. ini=alembic.ini: a1 (head);"},
		},
		{
			// migrations/alembic.ini is only read in Flask mode, which
			// reads the same directory the top-level ini names.
			name: "a top-level ini naming a Flask-Migrate directory",
			files: merged(flask, map[string]string{
				"app/alembic.ini":            "[alembic]\nscript_location = migrations\n",
				"app/migrations/alembic.ini": "[alembic]\n",
			}),
			want: []string{"dir=app ini=app/alembic.ini: f2 (head);"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.bug != "" {
				t.Skip("known bug: " + tt.bug)
			}
			// Trees found by search ignore ALEMBIC_CONFIG.
			t.Setenv("ALEMBIC_CONFIG", "nowhere.ini")
			root := tempRoot(t)
			alembictest.WriteFiles(t, root, tt.files)
			found, err := Discover(root)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range OpenAll(found, Settings{Strict: tt.strict}) {
				got = append(got, openedLine(t, root, o))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("OpenAll:\n got %q\nwant %q", got, tt.want)
			}
			for i := range got {
				// An error is compared up to what want gives of it.
				if got[i] != tt.want[i] && !(strings.Contains(tt.want[i], " error: ") && strings.HasPrefix(got[i], tt.want[i])) {
					t.Errorf("tree %d:\n got %q\nwant %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestOpenAllKinds checks the kinds of error OpenAll passes on, and that
// a tree that failed to read still carries its warnings.
func TestOpenAllKinds(t *testing.T) {
	root := tempRoot(t)
	alembictest.WriteFiles(t, root, merged(layout("db"), map[string]string{
		"alembic.ini":       "[alembic]\nscript_location = db\nversion_locations = %(here)s/db/versions %(here)s/db/versions\n",
		"db/versions/a1.py": revFile("a-1", "None"),
		"bad/alembic.ini":   "[alembic]\nscript_location = nowhere\n",
	}))
	found, err := Discover(root)
	if err != nil {
		t.Fatal(err)
	}
	opened := OpenAll(found, Settings{})
	if len(opened) != 2 {
		t.Fatalf("OpenAll: %d trees, want 2", len(opened))
	}
	var re *alembic.RevisionError
	if o := opened[0]; !errors.As(o.Err, &re) || re.Message != "Character(s) '-' not allowed in revision identifier 'a-1'" {
		t.Errorf("%s: err = %v, want the RevisionError", o.Dir, o.Err)
	} else if o.Tree == nil || o.Config == nil || len(o.Warnings) != 1 || !strings.Contains(o.Warnings[0].Msg, "loaded twice") {
		t.Errorf("%s: tree %+v, want its config and one loaded-twice warning", o.Dir, o.Tree)
	}
	var failed *alembic.Failed
	if o := opened[1]; !errors.As(o.Err, &failed) || o.Tree == nil || o.Graph != nil {
		t.Errorf("%s: err = %v, tree %+v; want a Failed and an empty tree", o.Dir, o.Err, o.Tree)
	}
}

// TestOpen checks Open against the configuration options it is given.
func TestOpen(t *testing.T) {
	root := tempRoot(t)
	alembictest.WriteFiles(t, root, map[string]string{
		"alembic.ini":         "[alembic]\nscript_location = db\nrecursive_version_locations = true\n",
		"db/versions/a1.py":   revFile("a1", "None"),
		"db/versions/x/b1.py": revFile("b1", "'a1'"),
		"db/versions/x/c1.py": revFile("c1", "'a1'"),
		"other.ini":           "[alembic]\nscript_location = db\n",
		"custom.ini":          "[mydb]\nscript_location = db\n",
	})
	noEnv := func(string) string { return "" }
	tests := []struct {
		name  string
		opts  config.Options
		heads string
	}{
		{"alembic.ini, recursive", config.Options{Dir: root, Getenv: noEnv}, "b1 (head); c1 (head)"},
		{"-c other.ini, not recursive", config.Options{Dir: root, Files: []string{"other.ini"}, Getenv: noEnv}, "a1 (head)"},
		{"ALEMBIC_CONFIG", config.Options{Dir: root, Getenv: func(string) string { return "other.ini" }}, "a1 (head)"},
		{"-n section", config.Options{Dir: root, Files: []string{"custom.ini"}, Name: "mydb", Getenv: noEnv}, "a1 (head)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := Open(tt.opts, Settings{})
			if err != nil {
				t.Fatal(err)
			}
			var heads []string
			for _, n := range tr.Graph.Heads() {
				heads = append(heads, n.HeadLine())
			}
			if got := strings.Join(heads, "; "); got != tt.heads {
				t.Errorf("heads = %q, want %q", got, tt.heads)
			}
		})
	}
	tr, err := Open(config.Options{Dir: filepath.Join(root, "db"), Getenv: noEnv}, Settings{})
	var failed *alembic.Failed
	if !errors.As(err, &failed) || failed.Message != "No 'script_location' key found in configuration." || tr == nil || tr.Config != nil {
		t.Errorf("Open without a configuration: %+v, %v", tr, err)
	}
}

// TestOpenWritesCache checks that Open has written the revision cache by
// the time it returns (it is written while the graph is built), so that
// the next run, or the next process, finds it.
func TestOpenWritesCache(t *testing.T) {
	root := tempRoot(t)
	alembictest.WriteFiles(t, root, map[string]string{
		"alembic.ini":       "[alembic]\nscript_location = db\n",
		"db/versions/a1.py": revFile("a1", "None"),
		"db/versions/b1.py": revFile("b1", "'a1'"),
	})
	// The cache trusts only files changed long enough ago.
	old := time.Now().Add(-time.Hour)
	for _, f := range []string{"a1.py", "b1.py"} {
		if err := os.Chtimes(filepath.Join(root, "db/versions", f), old, old); err != nil {
			t.Fatal(err)
		}
	}
	if runtime.GOOS != "linux" {
		t.Skip("files are identified for the cache on Linux only")
	}
	time.Sleep(2100 * time.Millisecond) // and their inode change time too
	cache := t.TempDir()
	s := Settings{CacheDir: cache, Version: "test"}
	for run := range 2 {
		tr, err := Open(config.Options{Dir: root, Getenv: func(string) string { return "" }}, s)
		if err != nil {
			t.Fatal(err)
		}
		if heads := tr.Graph.Heads(); len(heads) != 1 || heads[0].ID != "b1" {
			t.Fatalf("run %d: heads %v", run, heads)
		}
		if entries, err := os.ReadDir(cache); err != nil || len(entries) != 1 {
			t.Fatalf("run %d: the cache directory holds %d files (%v) when Open returns", run, len(entries), err)
		}
	}
}
