package script

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Cache remembers what Load read from each revision file, keyed by the
// file's identity (size, modification and change times, inode), so that an
// unchanged file is not read and parsed again: hooks run on every rebase and
// push, and a tree can hold 100,000 revisions. It is the check git itself
// makes on its index. A file changed less than [racyWindow] before it was
// read is never remembered, so a change within one timestamp tick cannot
// hide behind an unchanged identity.
//
// Only revisions read without warnings and without following imports are
// remembered: anything else depends on more than the file itself.
type Cache struct {
	path    string
	mu      sync.Mutex
	entries map[string]cacheEntry
	dirty   bool // an entry was stored
	hits    int  // lookups answered
	now     func() time.Time
	dirs    map[string]int // directories open for stat, by path
}

// FileID is what identifies a file's content without reading it.
type FileID struct {
	Size, Mtime, Ctime int64 // times in nanoseconds
	Ino, Dev           uint64
}

type cacheEntry struct {
	id  FileID
	rev Revision
}

// racyWindow is how recent a change may be and still be trusted.
const racyWindow = 2 * time.Second

// cacheMagic starts every cache file; change it when the layout changes.
const cacheMagic = "onehead-revisions-1\n"

// OpenCache returns the cache of d's revision files kept in dir. version
// names the reader (onehead's build): a cache written by another build is
// not used. A missing or unreadable cache is an empty one; the cache only
// ever saves work.
func (d *Directory) OpenCache(dir, version string) *Cache {
	key := sha256.New()
	key.Write([]byte(version))
	for _, loc := range d.Locations {
		key.Write([]byte("\x00" + loc))
	}
	if d.Recursive {
		key.Write([]byte("\x00recursive"))
	}
	c := &Cache{
		path:    filepath.Join(dir, "revisions-"+hex.EncodeToString(key.Sum(nil)[:12])),
		entries: map[string]cacheEntry{},
		now:     time.Now,
	}
	if data, err := os.ReadFile(c.path); err == nil {
		if entries, err := decodeCache(data); err == nil {
			c.entries = entries
		}
	}
	return c
}

func (c *Cache) lookup(path string, id FileID) (*Revision, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[path]
	if !ok || e.id != id {
		return nil, false
	}
	c.hits++
	rev := e.rev
	return &rev, true
}

func (c *Cache) store(path string, id FileID, rev *Revision) {
	if c.now().UnixNano()-id.Mtime < int64(racyWindow) || c.now().UnixNano()-id.Ctime < int64(racyWindow) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[path] = cacheEntry{id: id, rev: *rev}
	c.dirty = true
}

// Save writes the cache if Load learned anything, atomically, keeping only
// the files of this run.
func (c *Cache) Save(files []string) error {
	if !c.dirty && c.hits == len(files) && len(c.entries) == len(files) {
		return nil // every file was answered from the cache, which holds no others
	}
	keep := make(map[string]cacheEntry, len(files))
	for _, f := range files {
		if e, ok := c.entries[f]; ok {
			keep[f] = e
		}
	}
	if !c.dirty && len(keep) == len(c.entries) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.path), ".revisions-*")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(tmp)
	_, err = w.Write(encodeCache(keep))
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

func encodeCache(entries map[string]cacheEntry) []byte {
	b := []byte(cacheMagic)
	b = binary.AppendUvarint(b, uint64(len(entries)))
	str := func(s string) { b = binary.AppendUvarint(b, uint64(len(s))); b = append(b, s...) }
	strs := func(ss []string) {
		b = binary.AppendUvarint(b, uint64(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	for path, e := range entries {
		str(path)
		for _, v := range []int64{e.id.Size, e.id.Mtime, e.id.Ctime, int64(e.id.Ino), int64(e.id.Dev)} {
			b = binary.AppendVarint(b, v)
		}
		r := e.rev
		str(r.ID)
		strs(r.Down)
		strs(r.BranchLabels)
		strs(r.DependsOn)
		str(r.Doc)
		for _, v := range []int{r.Line.Revision, r.Line.Down, r.Line.BranchLabels, r.Line.DependsOn} {
			b = binary.AppendVarint(b, int64(v))
		}
	}
	return b
}

var errBadCache = errors.New("malformed cache")

func decodeCache(data []byte) (map[string]cacheEntry, error) {
	rest, ok := bytes.CutPrefix(data, []byte(cacheMagic))
	if !ok {
		return nil, errBadCache
	}
	var bad bool
	uvarint := func() uint64 {
		v, n := binary.Uvarint(rest)
		if n <= 0 {
			bad = true
			return 0
		}
		rest = rest[n:]
		return v
	}
	varint := func() int64 {
		v, n := binary.Varint(rest)
		if n <= 0 {
			bad = true
			return 0
		}
		rest = rest[n:]
		return v
	}
	str := func() string {
		n := uvarint()
		if bad || n > uint64(len(rest)) {
			bad = true
			return ""
		}
		s := strings.Clone(string(rest[:n]))
		rest = rest[n:]
		return s
	}
	strs := func() []string {
		n := uvarint()
		if bad || n > uint64(len(rest)) {
			bad = true
			return nil
		}
		var out []string
		for range n {
			out = append(out, str())
		}
		return out
	}
	count := uvarint()
	if bad || count > uint64(len(rest)) {
		return nil, errBadCache
	}
	entries := make(map[string]cacheEntry, count)
	for range count {
		path := str()
		var e cacheEntry
		e.id = FileID{Size: varint(), Mtime: varint(), Ctime: varint(), Ino: uint64(varint()), Dev: uint64(varint())}
		e.rev.Path = path
		e.rev.ID = str()
		e.rev.Down = strs()
		e.rev.BranchLabels = strs()
		e.rev.DependsOn = strs()
		e.rev.Doc = str()
		e.rev.Line.Revision, e.rev.Line.Down = int(varint()), int(varint())
		e.rev.Line.BranchLabels, e.rev.Line.DependsOn = int(varint()), int(varint())
		if bad {
			return nil, errBadCache
		}
		entries[path] = e
	}
	return entries, nil
}
