package atomicfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestWrite(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	for _, tc := range []struct {
		name     string
		existing bool
		mode     os.FileMode
	}{
		{"an existing file keeps its mode", true, 0o640},
		{"a new file gets 0666 less the umask", false, 0o644},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "v.py")
			if tc.existing {
				if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(path, tc.mode); err != nil {
					t.Fatal(err)
				}
			}
			if err := Write(path, []byte("new")); err != nil {
				t.Fatal(err)
			}
			data, _ := os.ReadFile(path)
			info, _ := os.Stat(path)
			entries, _ := os.ReadDir(filepath.Dir(path))
			if string(data) != "new" || info.Mode().Perm() != tc.mode || len(entries) != 1 {
				t.Errorf("content %q, mode %v, %d files in the directory", data, info.Mode().Perm(), len(entries))
			}
		})
	}
}

func TestWriteFails(t *testing.T) {
	dir := t.TempDir()
	if err := Write(filepath.Join(dir, "missing", "v.py"), []byte("new")); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
	if err := os.Mkdir(filepath.Join(dir, "d"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(filepath.Join(dir, "d"), []byte("new")); err == nil {
		t.Error("replacing a directory succeeded")
	}
	if err := os.Symlink("missing/v.py", filepath.Join(dir, "dangling")); err != nil {
		t.Fatal(err)
	}
	if err := Write(filepath.Join(dir, "dangling"), []byte("new")); err == nil {
		t.Error("writing through a dangling link succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the directory, want d and dangling", len(entries))
	}
}

func TestWriteFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "target.md"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "README.md")
	if err := os.Symlink("target.md", link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "target.md"))
	if l, err := os.Lstat(link); err != nil || l.Mode()&os.ModeSymlink == 0 || string(data) != "new" {
		t.Errorf("the link was replaced, or the target not written (%q)", data)
	}
}
