//go:build linux

package script

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadFile checks readFile against os.ReadFile's contract: the whole
// file across buffer boundaries, a non-nil empty slice for an empty file,
// and *fs.PathError values naming the file.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	sizes := []int{0, 1, 64<<10 - 1, 64 << 10, 64<<10 + 1, 3*64<<10 + 17}
	for _, n := range sizes {
		data := bytes.Repeat([]byte("revision = 'x'\n"), n/15+1)[:n]
		path := filepath.Join(dir, "f.py")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(path)
		if err != nil {
			t.Fatalf("size %d: %v", n, err)
		}
		if got == nil || !bytes.Equal(got, data) {
			t.Errorf("size %d: read %d bytes (nil %v), want %d", n, len(got), got == nil, n)
		}
	}

	tests := []struct {
		name, path, op string
		err            error
	}{
		{"missing", filepath.Join(dir, "missing.py"), "open", syscall.ENOENT},
		{"directory", dir, "read", syscall.EISDIR},
		{"through a file", filepath.Join(dir, "f.py", "x.py"), "open", syscall.ENOTDIR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readFile(tt.path)
			var pe *fs.PathError
			if !errors.As(err, &pe) || pe.Op != tt.op || pe.Path != tt.path || !errors.Is(err, tt.err) {
				t.Fatalf("readFile(%s) = %q, %v; want a %s PathError for %v", tt.path, got, err, tt.op, tt.err)
			}
			if got != nil {
				t.Errorf("data returned with the error: %q", got)
			}
		})
	}
}

// TestReadFileConcurrent reads files of different sizes at once: the pooled
// buffers must not leak one file's bytes into another's.
func TestReadFileConcurrent(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	var want [][]byte
	for i := range 16 {
		data := bytes.Repeat([]byte{byte('a' + i)}, 1000*i*i+i)
		path := filepath.Join(dir, string(rune('a'+i))+".py")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths, want = append(paths, path), append(want, data)
	}
	errs := make(chan error, len(paths)*8)
	for range 8 {
		for i, p := range paths {
			go func() {
				got, err := readFile(p)
				if err == nil && !bytes.Equal(got, want[i]) {
					err = errors.New(p + ": wrong content")
				}
				errs <- err
			}()
		}
	}
	for range len(paths) * 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestListDir checks listDir against os.ReadDir: the same names in the same
// order with the same types, on names that share long prefixes, differ in
// length, are not ASCII, and on directories, symlinks and other files.
func TestListDir(t *testing.T) {
	dir := t.TempDir()
	names := []string{"a", "ab", "abcdefgh", "abcdefgh1", "abcdefgi", "abcdefg", "B.py", "é.py", "~", "_", ".#x.py",
		"20260414_a.py", "20260414_b.py", "20260414_", "sub", "link", "dangling", "fifo"}
	for i := range 4000 { // more than one getdents buffer
		names = append(names, fmt.Sprintf("%08x_%d.py", i*2654435761%(1<<32), i))
	}
	for _, n := range names {
		var err error
		switch n {
		case "sub":
			err = os.Mkdir(filepath.Join(dir, n), 0o755)
		case "link":
			err = os.Symlink("sub", filepath.Join(dir, n))
		case "dangling":
			err = os.Symlink("missing", filepath.Join(dir, n))
		case "fifo":
			err = syscall.Mkfifo(filepath.Join(dir, n), 0o644)
		default:
			err = os.WriteFile(filepath.Join(dir, n), nil, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := listDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.name != w.Name() || g.typ.IsDir() != w.IsDir() || (g.typ&fs.ModeSymlink != 0) != (w.Type()&fs.ModeSymlink != 0) {
			t.Errorf("entry %d: got %q %v, want %q %v", i, g.name, g.typ, w.Name(), w.Type())
		}
	}
	if _, err := listDir(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("listing a missing directory: %v", err)
	}
}
