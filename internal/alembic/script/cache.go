package script

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
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
//
// The cache file lists its entries in the load order of the run that wrote
// it, which is nearly always the next run's order too: an entry is found
// by its position first, and by its path only when the tree has changed.
type Cache struct {
	path string
	now  func() time.Time
	// loaded is closed once the cache file is read: OpenCache reads it
	// while the version directories are listed.
	loaded chan struct{}
	// old are the entries read from the cache file; byPath indexes them,
	// made on the first lookup that their order does not answer.
	old        []cacheEntry
	byPathOnce sync.Once
	byPath     map[string]int
	hits       atomic.Int64 // lookups answered by an entry at its position

	// files are the files of the last Load, in load order; fresh are the
	// entries it stored, by load position (rev is nil where none was);
	// each goroutine of Load writes its own.
	files  []string
	fresh  []cacheEntry
	stored atomic.Int64
}

// FileID is what identifies a file's content without reading it.
type FileID struct {
	Size, Mtime, Ctime int64 // times in nanoseconds
	Ino, Dev           uint64
}

type cacheEntry struct {
	id  FileID
	rev *Revision
}

// racyWindow is how recent a change may be and still be trusted.
const racyWindow = 2 * time.Second

// cacheMagic starts every cache file; change it when the layout changes.
const cacheMagic = "onehead-revisions-2\n"

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
		path:   filepath.Join(dir, "revisions-"+hex.EncodeToString(key.Sum(nil)[:12])),
		now:    time.Now,
		loaded: make(chan struct{}),
	}
	go func() {
		defer close(c.loaded)
		if data, err := os.ReadFile(c.path); err == nil {
			if entries, err := decodeCache(data); err == nil {
				c.old = entries
			}
		}
	}()
	return c
}

// entries returns the entries read from the cache file, once they are.
func (c *Cache) entries() []cacheEntry {
	<-c.loaded
	return c.old
}

// start prepares the cache for a Load of files.
func (c *Cache) start(files []string) {
	c.files = files
	c.fresh = make([]cacheEntry, len(files))
	c.hits.Store(0)
	c.stored.Store(0)
}

// known reports whether an entry for the file at load position i exists,
// whatever its identity: only then is the file's identity worth taking
// before it is opened.
func (c *Cache) known(i int, path string) bool {
	old := c.entries()
	if i < len(old) && old[i].rev.Path == path {
		return true
	}
	_, ok := c.paths()[path]
	return ok
}

// paths indexes the entries read from the cache file by path, once a
// lookup needs it: nearly always their order answers.
func (c *Cache) paths() map[string]int {
	c.byPathOnce.Do(func() {
		old := c.entries()
		c.byPath = make(map[string]int, len(old))
		for k := range old {
			c.byPath[old[k].rev.Path] = k
		}
	})
	return c.byPath
}

// lookup returns the revision remembered for the file at load position i
// if the file's identity is still id. The revision is the cache's own:
// callers do not modify revisions.
func (c *Cache) lookup(i int, path string, id FileID) (*Revision, bool) {
	old := c.entries()
	if i < len(old) && old[i].rev.Path == path {
		if old[i].id != id {
			return nil, false
		}
		c.hits.Add(1)
		return old[i].rev, true
	}
	if k, ok := c.paths()[path]; ok && old[k].id == id {
		return old[k].rev, true
	}
	return nil, false
}

// store remembers rev, read from the file at load position i whose
// identity was id before it was read, unless the file changed too recently
// to be told apart from a change still to come.
func (c *Cache) store(i int, id FileID, rev *Revision) {
	if c.now().UnixNano()-id.Mtime < int64(racyWindow) || c.now().UnixNano()-id.Ctime < int64(racyWindow) {
		return
	}
	c.fresh[i] = cacheEntry{id: id, rev: rev}
	c.stored.Add(1)
}

// Save writes the cache if the last Load learned anything, atomically,
// keeping only the files of that load, in their load order. A cache that
// cannot be written only costs the next run time.
func (c *Cache) Save() error {
	files := c.files
	old := c.entries()
	stored := c.stored.Load() > 0
	if !stored && int(c.hits.Load()) == len(files) && len(old) == len(files) {
		return nil // every file was answered in place: the cache is as it would be written
	}
	keep := make([]cacheEntry, 0, len(files))
	for i, f := range files {
		if c.fresh[i].rev != nil {
			keep = append(keep, c.fresh[i])
		} else if k, ok := c.find(old, i, f); ok {
			keep = append(keep, old[k])
		}
	}
	if !stored && len(keep) == len(old) && slices.EqualFunc(keep, old, func(a, b cacheEntry) bool { return a.rev.Path == b.rev.Path }) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.path), ".revisions-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(encodeCache(keep))
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

// find is the position in old of the entry for the file at load position
// i, path.
func (c *Cache) find(old []cacheEntry, i int, path string) (int, bool) {
	if i < len(old) && old[i].rev.Path == path {
		return i, true
	}
	k, ok := c.paths()[path]
	return k, ok
}

func encodeCache(entries []cacheEntry) []byte {
	// Sized first, nearly always enough (the numbers of an entry take
	// about 60 bytes): grown by doubling, the cache of 100,000 revisions
	// would pass through twice its size in discarded copies.
	size := len(cacheMagic) + binary.MaxVarintLen64
	for _, e := range entries {
		r := e.rev
		size += 64 + len(r.Path) + len(r.ID) + len(r.Doc)
		for _, l := range [][]string{r.Down, r.BranchLabels, r.DependsOn} {
			for _, s := range l {
				size += 2 + len(s)
			}
		}
	}
	b := make([]byte, 0, size)
	b = append(b, cacheMagic...)
	b = binary.AppendUvarint(b, uint64(len(entries)))
	str := func(s string) { b = binary.AppendUvarint(b, uint64(len(s))); b = append(b, s...) }
	strs := func(ss []string) {
		b = binary.AppendUvarint(b, uint64(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	for _, e := range entries {
		r := e.rev
		str(r.Path)
		for _, v := range []int64{e.id.Size, e.id.Mtime, e.id.Ctime, int64(e.id.Ino), int64(e.id.Dev)} {
			b = binary.AppendVarint(b, v)
		}
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

// decodeCache reads a cache file. Its strings are slices of data, which
// the caller hands over and must not modify, and its lists slices of a few
// shared arrays: a cache of 100,000 revisions (24 MB) is read in a few
// allocations, without a copy.
func decodeCache(data []byte) ([]cacheEntry, error) {
	if !bytes.HasPrefix(data, []byte(cacheMagic)) {
		return nil, errBadCache
	}
	d := cacheDecoder{data: data, text: unsafe.String(unsafe.SliceData(data), len(data)), pos: len(cacheMagic)}
	count := d.uvarint()
	if d.bad || count > uint64(len(data)) {
		return nil, errBadCache
	}
	entries := make([]cacheEntry, count)
	revs := make([]Revision, count)
	for i := range entries {
		e := &entries[i]
		e.rev = &revs[i]
		e.rev.Path = d.str()
		e.id = FileID{Size: d.varint(), Mtime: d.varint(), Ctime: d.varint(), Ino: uint64(d.varint()), Dev: uint64(d.varint())}
		e.rev.ID = d.str()
		e.rev.Down = d.strs()
		e.rev.BranchLabels = d.strs()
		e.rev.DependsOn = d.strs()
		e.rev.Doc = d.str()
		e.rev.Line.Revision, e.rev.Line.Down = int(d.varint()), int(d.varint())
		e.rev.Line.BranchLabels, e.rev.Line.DependsOn = int(d.varint()), int(d.varint())
		if d.bad {
			return nil, errBadCache
		}
	}
	if d.pos != len(data) {
		return nil, errBadCache
	}
	return entries, nil
}

// cacheDecoder reads numbers from data and strings from text, the same
// bytes as one string, at pos.
type cacheDecoder struct {
	data []byte
	text string
	pos  int
	bad  bool
	// lists is spare room for lists of strings.
	lists []string
}

func (d *cacheDecoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.pos += n
	return v
}

func (d *cacheDecoder) varint() int64 {
	v, n := binary.Varint(d.data[d.pos:])
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.pos += n
	return v
}

func (d *cacheDecoder) str() string {
	n := d.uvarint()
	if d.bad || n > uint64(len(d.data)-d.pos) {
		d.bad = true
		return ""
	}
	s := d.text[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return s
}

// strs reads a list; an empty one is nil, as the reader leaves it.
func (d *cacheDecoder) strs() []string {
	n := d.uvarint()
	if d.bad || n > uint64(len(d.data)-d.pos) {
		d.bad = true
		return nil
	}
	if n == 0 {
		return nil
	}
	if int(n) > cap(d.lists)-len(d.lists) {
		d.lists = make([]string, 0, max(int(n), 4096))
	}
	at := len(d.lists)
	d.lists = d.lists[:at+int(n)]
	out := d.lists[at : at+int(n) : at+int(n)]
	for i := range out {
		out[i] = d.str()
	}
	return out
}
