package script

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestCache checks that a cached revision is used only while its file is
// unchanged, that recent changes are never cached, and that another reader
// version starts afresh.
func TestCache(t *testing.T) {
	dir := t.TempDir()
	versions := filepath.Join(dir, "versions")
	if err := os.MkdirAll(versions, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(versions, "a1.py")
	write := func(content string, age time.Duration) {
		t.Helper()
		if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-age)
		if err := os.Chtimes(file, old, old); err != nil {
			t.Fatal(err)
		}
	}
	cacheDir := filepath.Join(dir, "cache")
	var hits int64 // of the last load
	load := func(version string, later time.Duration) (string, bool) {
		t.Helper()
		d := &Directory{Locations: []string{versions}}
		d.Cache = d.OpenCache(cacheDir, version)
		// The ctime of a file cannot be set back: judge it from later on.
		d.Cache.now = func() time.Time { return time.Now().Add(later) }
		before := len(d.Cache.entries())
		revs, _, err := d.Load(false)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Cache.Save(); err != nil {
			t.Fatal(err)
		}
		hits = d.Cache.hits.Load()
		return revs[0].ID, before > 0
	}

	write("revision = 'a1'\ndown_revision = None\n", time.Hour)
	if id, warm := load("v1", time.Hour); id != "a1" || warm {
		t.Fatalf("first load: %s, warm %v", id, warm)
	}
	// The first load took the file's identity from the open file, the
	// second by its name: the same identity, so the second reads nothing.
	if id, warm := load("v1", time.Hour); id != "a1" || !warm || hits != 1 {
		t.Fatalf("second load: %s, warm %v, %d hits", id, warm, hits)
	}
	// Same size, new content: the identity changed, the file is read.
	write("revision = 'b1'\ndown_revision = None\n", time.Hour)
	if id, _ := load("v1", time.Hour); id != "b1" {
		t.Fatalf("after a change: got %s, want b1", id)
	}
	// Another build of onehead does not trust this one's cache.
	if _, warm := load("v2", time.Hour); warm {
		t.Fatal("a new reader version used the old cache")
	}
	// A file changed just now is read but not remembered.
	racy := t.TempDir()
	d := &Directory{Locations: []string{versions}}
	d.Cache = d.OpenCache(racy, "v1")
	if _, _, err := d.Load(false); err != nil {
		t.Fatal(err)
	}
	if d.Cache.stored.Load() != 0 {
		t.Fatalf("a file changed within %v was cached", racyWindow)
	}
}

// TestCacheMoved checks that a cached revision is found by its path when
// files before it were added or removed, and that the cache is then
// rewritten in the new load order.
func TestCacheMoved(t *testing.T) {
	dir := t.TempDir()
	versions := filepath.Join(dir, "versions")
	if err := os.MkdirAll(versions, 0o755); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	write := func(name, src string) {
		t.Helper()
		path := filepath.Join(versions, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
	}
	write("b.py", "revision = 'b'\ndown_revision = 'a'\n")
	write("c.py", "revision = 'c'\ndown_revision = 'b'\n")
	cacheDir := filepath.Join(dir, "cache")
	load := func() (*Directory, []*Revision) {
		t.Helper()
		d := &Directory{Locations: []string{versions}}
		d.Cache = d.OpenCache(cacheDir, "v1")
		d.Cache.now = func() time.Time { return time.Now().Add(time.Hour) }
		revs, _, err := d.Load(false)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Cache.Save(); err != nil {
			t.Fatal(err)
		}
		return d, revs
	}
	load()
	write("a.py", "revision = 'a'\ndown_revision = None\n")
	d, revs := load()
	cached := d.Cache.entries()
	if len(revs) != 3 || revs[1] != cached[0].rev || revs[2] != cached[1].rev {
		t.Fatalf("b and c were not answered from the cache after a file was added before them")
	}
	d, revs = load()
	cached = d.Cache.entries()
	if len(cached) != 3 || revs[0] != cached[0].rev || revs[2] != cached[2].rev || d.Cache.hits.Load() != 3 {
		t.Fatalf("the cache was not rewritten in load order: %d entries, %d hits in place", len(cached), d.Cache.hits.Load())
	}
}

func TestCacheCorrupt(t *testing.T) {
	for _, data := range []string{"", "garbage", cacheMagic, cacheMagic + "\x05", cacheMagic + "\x01\xff\xff\xff\xff\xff\x01"} {
		if _, err := decodeCache([]byte(data)); err == nil {
			t.Errorf("decodeCache(%q) accepted a malformed cache", data)
		}
	}
	want := []cacheEntry{
		{id: FileID{Size: 3, Mtime: -1, Ino: 7}, rev: &Revision{ID: "a", Down: []string{"b", "c"}, Doc: "doc\n", Path: "/v/a.py"}},
		{id: FileID{Size: 1 << 40, Ctime: 5, Dev: 1<<64 - 1}, rev: &Revision{ID: "b", BranchLabels: []string{"x"}, DependsOn: []string{"a", ""}, Path: "/v/b.py"}},
	}
	want[0].rev.Line.Down = 4
	want[1].rev.Line = struct{ Revision, Down, BranchLabels, DependsOn int }{1, 2, 3, 4}
	got, err := decodeCache(encodeCache(want))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
	if _, err := decodeCache(append(encodeCache(want), 0)); err == nil {
		t.Error("decodeCache accepted trailing bytes")
	}
}
