package hook

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"

	"github.com/onehead/onehead/internal/alembic/script"
	"github.com/onehead/onehead/internal/gitx"
)

// Revisions keeps the revisions read from git blobs, by blob id, so that
// a commit that adds one migration to a tree of thousands reads one file.
// It lives beside the hook cache and is read only when a tree must be read
// again: a hook whose cache answers never opens it.
type Revisions struct {
	path, version string
	once          sync.Once
	mu            sync.Mutex
	byKey         map[string]*script.Revision
	used          map[string]bool
	dirty         bool
}

// OpenRevisions names the store at path; version names the reader.
func OpenRevisions(path, version string) *Revisions {
	return &Revisions{path: path, version: version, used: map[string]bool{}}
}

// load reads the store: a line naming the onehead that wrote it, then the
// revisions in the revision cache's format, each with its key as Path.
func (r *Revisions) load() {
	r.once.Do(func() {
		r.byKey = map[string]*script.Revision{}
		data, err := os.ReadFile(r.path)
		if err != nil {
			return
		}
		version, body, ok := bytes.Cut(data, []byte("\n"))
		if !ok || string(version) != r.version {
			return
		}
		revs, err := script.DecodeRevisions(body)
		if err != nil {
			return
		}
		for _, rev := range revs {
			r.byKey[rev.Path] = rev
		}
	})
}

func (r *Revisions) Recall(key string) (*script.Revision, bool) {
	r.load()
	r.mu.Lock()
	defer r.mu.Unlock()
	rev, ok := r.byKey[key]
	if ok {
		r.used[key] = true
	}
	return rev, ok
}

func (r *Revisions) Keep(key string, rev *script.Revision) {
	r.load()
	kept := *rev
	kept.Path = key // the path is set on recall: the same blob may lie elsewhere
	r.mu.Lock()
	defer r.mu.Unlock()
	r.byKey[key] = &kept
	r.used[key] = true
	r.dirty = true
}

// Save writes the store when it changed, keeping the revisions this run
// used: those of the trees as they are now.
func (r *Revisions) Save() {
	if r == nil || !r.dirty {
		return
	}
	revs := make([]*script.Revision, 0, len(r.used))
	for k := range r.used {
		revs = append(revs, r.byKey[k])
	}
	writeAtomic(r.path, append([]byte(r.version+"\n"), script.EncodeRevisions(revs)...))
}

// contents names the blobs of one commit for Revisions.
type contents struct {
	rec   *recorder
	store *Revisions
}

// Key is the file's blob id and base name (a legacy revision file takes
// its id from its name). The reading depends on the blob as if it read it.
func (c contents) Key(path string) (string, bool) {
	e, linked, err := c.rec.Resolve(path, true)
	if err != nil || e.Mode == gitx.ModeTree || e.Mode == gitx.ModeSubmodule {
		return "", false
	}
	// What reading it would note, found once: a version location can
	// hold ten thousand files.
	c.rec.noteFound("read", path, func(string) (string, bool) { return e.ID, linked })
	return e.ID + "\x00" + filepath.Base(path), true
}

func (c contents) Recall(key string) (*script.Revision, bool) { return c.store.Recall(key) }
func (c contents) Keep(key string, rev *script.Revision)      { c.store.Keep(key, rev) }
