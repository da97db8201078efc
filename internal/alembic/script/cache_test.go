package script

import (
	"os"
	"path/filepath"
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
	load := func(version string, later time.Duration) (string, bool) {
		t.Helper()
		d := &Directory{Locations: []string{versions}}
		d.Cache = d.OpenCache(cacheDir, version)
		// The ctime of a file cannot be set back: judge it from later on.
		d.Cache.now = func() time.Time { return time.Now().Add(later) }
		before := len(d.Cache.entries)
		revs, _, err := d.Load(false)
		if err != nil {
			t.Fatal(err)
		}
		return revs[0].ID, before > 0
	}

	write("revision = 'a1'\ndown_revision = None\n", time.Hour)
	if id, warm := load("v1", time.Hour); id != "a1" || warm {
		t.Fatalf("first load: %s, warm %v", id, warm)
	}
	if id, warm := load("v1", time.Hour); id != "a1" || !warm {
		t.Fatalf("second load: %s, warm %v", id, warm)
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
	if len(d.Cache.entries) != 0 {
		t.Fatalf("a file changed within %v was cached", racyWindow)
	}
}

func TestCacheCorrupt(t *testing.T) {
	for _, data := range []string{"", "garbage", cacheMagic, cacheMagic + "\x05", cacheMagic + "\x01\xff\xff\xff\xff\xff\x01"} {
		if _, err := decodeCache([]byte(data)); err == nil {
			t.Errorf("decodeCache(%q) accepted a malformed cache", data)
		}
	}
	want := map[string]cacheEntry{"/v/a.py": {id: FileID{Size: 3, Mtime: -1, Ino: 7}, rev: Revision{ID: "a", Down: []string{"b", "c"}, Doc: "doc\n", Path: "/v/a.py"}}}
	want["/v/a.py"] = func(e cacheEntry) cacheEntry { e.rev.Line.Down = 4; return e }(want["/v/a.py"])
	got, err := decodeCache(encodeCache(want))
	if err != nil {
		t.Fatal(err)
	}
	g, w := got["/v/a.py"], want["/v/a.py"]
	if g.id != w.id || g.rev.ID != w.rev.ID || len(g.rev.Down) != 2 || g.rev.Doc != w.rev.Doc || g.rev.Line != w.rev.Line || g.rev.Path != w.rev.Path {
		t.Errorf("round trip: got %+v, want %+v", g, w)
	}
}
