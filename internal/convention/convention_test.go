package convention

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// files is a file system of README texts by path.
type files map[string]string

func (f files) ReadFile(name string) ([]byte, error) {
	s, ok := f[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return []byte(s), nil
}

const (
	scriptDir    = "/repo/apps/backend/swisper/alembic"
	configDir    = "/repo/apps/backend"
	scriptReadme = scriptDir + "/README.md"
	configReadme = configDir + "/README.md"
)

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files files
		want  Convention
	}{
		{"a paragraph naming alembic merge", files{scriptReadme: "# Migrations\n\nRevisions live in versions/.\n\nBefore a PR, run\n`alembic merge` on your heads.\n"},
			Convention{Text: "Before a PR, run\n`alembic merge` on your heads.", Path: scriptReadme, Line: 5}},
		{"a paragraph mentioning heads only", files{scriptReadme: "Keep one head.\n\nTwo HEADS on main break deploys: merge them.\n"},
			Convention{Text: "Two HEADS on main break deploys: merge them.", Path: scriptReadme, Line: 3}},
		{"a list item is a paragraph of its own", files{scriptReadme: "Rules:\n- one migration per PR\n- merge heads with\n  alembic merge before review\n- no data in schema migrations\n"},
			Convention{Text: "- merge heads with\n  alembic merge before review", Path: scriptReadme, Line: 3}},
		{"a numbered list item", files{scriptReadme: "1. write the migration\n2) if alembic heads shows two, merge\n"},
			Convention{Text: "2) if alembic heads shows two, merge", Path: scriptReadme, Line: 2}},
		{"CRLF line endings", files{scriptReadme: "\xEF\xBB\xBF# Alembic\r\n\r\nAfter rebasing, run alembic merge\r\nif there are two heads.  \r\n"},
			Convention{Text: "After rebasing, run alembic merge\nif there are two heads.", Path: scriptReadme, Line: 3}},
		{"no README", files{},
			Convention{Text: Default, Path: scriptReadme, Default: true}},
		{"a README that does not say", files{scriptReadme: "# Alembic\n\nSee the wiki.\n", configReadme: "Run alembic upgrade head.\n"},
			Convention{Text: Default, Path: scriptReadme, Default: true}},
		{"a README in the config directory only", files{configReadme: "# Backend\n\nOne head: alembic merge when you see two.\n"},
			Convention{Text: "One head: alembic merge when you see two.", Path: configReadme, Line: 3}},
		{"the script directory's README first", files{scriptReadme: "Never push two heads.\n", configReadme: "Run alembic merge.\n"},
			Convention{Text: "Never push two heads.", Path: scriptReadme, Line: 1}},
		{"several match: the first naming alembic merge", files{scriptReadme: "Check heads often.\n\nUse alembic  merge -m msg a b.\n\nOr alembic merge heads.\n"},
			Convention{Text: "Use alembic  merge -m msg a b.", Path: scriptReadme, Line: 3}},
		{"several match, none naming alembic merge: the first", files{scriptReadme: "One head per tree.\n\nTwo heads fail.\n\nCheck heads.\n"},
			Convention{Text: "Two heads fail.", Path: scriptReadme, Line: 3}},
		{"headings and code are not the rule", files{scriptReadme: "## Heads\n\nWhen you have two, ask in #db.\n```sh\nalembic merge heads\n\nalembic heads\n```\n\n    alembic merge heads\n\nMerge your heads.\n"},
			Convention{Text: "Merge your heads.", Path: scriptReadme, Line: 12}},
		{"words that contain heads do not count", files{scriptReadme: "Ask the forkheads team.\n"},
			Convention{Text: Default, Path: scriptReadme, Default: true}},
		{"a heads-up is not about heads", files{scriptReadme: "Heads up: 036 seeds prices.\n\nA heads-up, then two heads.\n"},
			Convention{Text: "A heads-up, then two heads.", Path: scriptReadme, Line: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Find(tc.files, scriptDir, configDir)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got  %#v\nwant %#v", got, tc.want)
			}
		})
	}
}

func TestFindOS(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, Readme), []byte("Merge heads.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Find(nil, filepath.Join(dir, "alembic"), dir)
	if err != nil || got.Path != filepath.Join(dir, Readme) || got.Line != 1 {
		t.Errorf("Find = %#v, %v", got, err)
	}
	// A README.md that is a directory cannot be read: an error, not
	// "no convention".
	if err := os.MkdirAll(filepath.Join(dir, "alembic", Readme), 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(nil, filepath.Join(dir, "alembic"), dir); err == nil {
		t.Errorf("Find = %#v, want an error", got)
	}
}

func TestAdd(t *testing.T) {
	for _, tc := range []struct {
		name, current, want string
		line                int // where Find finds the default afterwards
	}{
		{"a new README", "", Default + "\n", 1},
		{"after the last paragraph", "# Alembic\n\nSee versions/.\n", "# Alembic\n\nSee versions/.\n\n" + Default + "\n", 5},
		{"after a blank line already there", "# Alembic\n\n", "# Alembic\n\n" + Default + "\n", 3},
		{"no final newline", "# Alembic", "# Alembic\n\n" + Default, 3},
		{"CRLF", "# Alembic\r\n", "# Alembic\r\n\r\n" + Default + "\r\n", 3},
		{"CRLF without final newline", "# Alembic\r\nSee versions/.", "# Alembic\r\nSee versions/.\r\n\r\n" + Default, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Add([]byte(tc.current))
			if string(got) != tc.want {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
			c, err := Find(files{scriptReadme: string(got)}, scriptDir, configDir)
			if err != nil || c != (Convention{Text: Default, Path: scriptReadme, Line: tc.line}) {
				t.Errorf("Find after Add = %#v, %v", c, err)
			}
		})
	}
}
