package merge

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestCreateNeverOverwrites checks the atomic write: the file appears with
// its content, a second write to the same path is refused and leaves the
// first content, and no temporary file remains either way.
func TestCreateNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rev.py")
	u := &undo{}
	if err := u.create(path, []byte("first\n")); err != nil {
		t.Fatal(err)
	}
	var exists *ExistsError
	if err := (&undo{}).create(path, []byte("second\n")); !errors.As(err, &exists) {
		t.Fatalf("second create: %v, want ExistsError", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "first\n" {
		t.Errorf("content %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	u.rollback()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("rollback kept the file: %v", err)
	}
}

// TestMkdirRollback checks that rollback removes exactly the directories
// the merge created, deepest first, and announces them as Alembic does.
func TestMkdirRollback(t *testing.T) {
	root := t.TempDir()
	existing := filepath.Join(root, "versions")
	if err := os.Mkdir(existing, 0o755); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	u := &undo{}
	for _, d := range []string{existing, filepath.Join(existing, "2026", "05"), filepath.Join(existing, "2026", "06")} {
		if err := u.mkdir(d, &out); err != nil {
			t.Fatal(err)
		}
	}
	want := "Creating directory " + filepath.Join(existing, "2026", "05") + " ...  done\n" +
		"Creating directory " + filepath.Join(existing, "2026", "06") + " ...  done\n"
	if out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	if err := u.create(filepath.Join(existing, "2026", "05", "x.py"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	u.rollback()
	if entries, _ := os.ReadDir(existing); len(entries) != 0 {
		t.Errorf("rollback left %v", entries)
	}
	if _, err := os.Stat(existing); err != nil {
		t.Errorf("rollback removed a directory it did not create: %v", err)
	}
}

// TestEncode checks output_encoding: known names, Python's strict error,
// and encodings onehead does not know.
func TestEncode(t *testing.T) {
	if b, err := encode("café", "Latin-1"); err != nil || !bytes.Equal(b, []byte("caf\xe9")) {
		t.Errorf("latin-1: %q, %v", b, err)
	}
	if b, err := encode("café", "UTF8"); err != nil || string(b) != "café" {
		t.Errorf("utf8: %q, %v", b, err)
	}
	var ee *encodingError
	if _, err := encode("café", "ascii"); !errors.As(err, &ee) || !ee.python {
		t.Errorf("ascii: want Python's UnicodeEncodeError, got %v", err)
	}
	if _, err := encode("x", "cp1252"); !errors.As(err, &ee) || ee.python {
		t.Errorf("cp1252: want onehead's refusal, got %v", err)
	}
}
