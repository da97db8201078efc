package hook

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/gitx"
	"github.com/onehead/onehead/internal/tree"
)

// Cache is what the hooks know about contents already checked, kept in
// the repository's git directory so that a rebase or push that leaves the
// migrations alone costs a few object reads. Everything in it is keyed by
// git object ids, which name content: an entry can be missing or old,
// never wrong.
type Cache struct {
	path string
	data cacheData
	// used marks the subtrees recalled or kept in this run: only those are
	// saved, so the file holds what the repository looks like now.
	used  map[string]bool
	dirty bool
}

type cacheData struct {
	Version string
	// Subtrees are discovery results by tree id, paths relative to the
	// subtree.
	Subtrees map[string]tree.Subtree
	// Verdicts are sets of trees read and found fine (each one head, no
	// error), newest first, with what their reading depended on.
	Verdicts []verdict
}

// verdict says that the trees found (paths relative to the top) were
// fine in a commit where every dependency had the given fingerprint.
type verdict struct {
	Found  []tree.Found
	Strict bool
	Deps   []dep
	// Covers, when set, answer for all of Deps at less cost (see
	// recorder.covers); Deps decide when a cover changed.
	Covers []dep
}

// maxVerdicts bounds the verdicts kept: a few branches' worth.
const maxVerdicts = 16

// memoDepth is how deep below the top discovery results are kept: deeper
// directories are walked again when an ancestor changed, which is cheap,
// and the cache stays small in repositories with many directories.
const memoDepth = 4

// OpenCache reads the cache at path; a missing, unreadable or foreign one
// is an empty cache. version names the reader: another onehead's entries
// are not trusted.
func OpenCache(path, version string) *Cache {
	c := &Cache{path: path, used: map[string]bool{}}
	if data, err := os.ReadFile(path); err == nil {
		var d cacheData
		if json.Unmarshal(data, &d) == nil && d.Version == version {
			c.data = d
		}
	}
	c.data.Version = version
	if c.data.Subtrees == nil {
		c.data.Subtrees = map[string]tree.Subtree{}
	}
	return c
}

// Save writes the cache back when it changed, atomically; a cache that
// cannot be written is no failure.
func (c *Cache) Save() {
	if c == nil || !c.dirty {
		return
	}
	for id := range c.data.Subtrees {
		if !c.used[id] {
			delete(c.data.Subtrees, id)
		}
	}
	data, err := json.Marshal(&c.data)
	if err != nil {
		return
	}
	writeAtomic(c.path, data)
}

// writeAtomic replaces a cache file whole; a cache that cannot be written
// is no failure.
func writeAtomic(path string, data []byte) {
	if os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".cache-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil && cerr == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}

// memo is the discovery memo over one snapshot.
type memo struct {
	c    *Cache
	snap *gitx.Snapshot
}

func (m memo) id(dir string) (string, int, bool) {
	rel, err := filepath.Rel(m.snap.Root, dir)
	if err != nil {
		return "", 0, false
	}
	depth := 0
	if rel != "." {
		depth = strings.Count(rel, string(filepath.Separator)) + 1
	}
	e, err := m.snap.Lookup(dir, true)
	if err != nil || e.Mode != gitx.ModeTree {
		return "", 0, false
	}
	return e.ID, depth, true
}

func (m memo) Recall(dir string) (tree.Subtree, bool) {
	id, _, ok := m.id(dir)
	if !ok {
		return tree.Subtree{}, false
	}
	sub, ok := m.c.data.Subtrees[id]
	if !ok {
		return tree.Subtree{}, false
	}
	m.c.used[id] = true
	return mapSubtree(sub, func(p string) string { return join(dir, p) }), true
}

func (m memo) Keep(dir string, sub tree.Subtree) {
	id, depth, ok := m.id(dir)
	if !ok || depth > memoDepth {
		return
	}
	m.c.used[id] = true
	if _, ok := m.c.data.Subtrees[id]; ok {
		return
	}
	m.c.data.Subtrees[id] = mapSubtree(sub, func(p string) string { return relTo(dir, p) })
	m.c.dirty = true
}

// verdict reports whether the found trees were found fine, with this
// strictness, where every dependency found what it finds in each snapshot.
func (c *Cache) verdict(found []tree.Found, strict bool, snaps ...*gitx.Snapshot) bool {
	rel := relFound(snaps[0].Root, found)
	for i, v := range c.data.Verdicts {
		if v.Strict != strict || !slices.Equal(v.Found, rel) ||
			slices.ContainsFunc(snaps, func(s *gitx.Snapshot) bool { return !v.holds(s) }) {
			continue
		}
		if i > 0 { // most recently used first
			c.data.Verdicts = slices.Insert(slices.Delete(c.data.Verdicts, i, i+1), 0, v)
			c.dirty = true
		}
		return true
	}
	return false
}

// holds reports whether the verdict holds in snap: its covers when they
// are unchanged, else each dependency.
func (v *verdict) holds(snap *gitx.Snapshot) bool {
	return (v.Covers != nil && holds(v.Covers, snap)) || holds(v.Deps, snap)
}

func (c *Cache) addVerdict(found []tree.Found, strict bool, deps, covers []dep, snap *gitx.Snapshot) {
	v := verdict{Found: relFound(snap.Root, found), Strict: strict, Deps: deps, Covers: covers}
	c.data.Verdicts = slices.Insert(c.data.Verdicts, 0, v)
	if len(c.data.Verdicts) > maxVerdicts {
		c.data.Verdicts = c.data.Verdicts[:maxVerdicts]
	}
	c.dirty = true
}

func relFound(root string, found []tree.Found) []tree.Found {
	out := make([]tree.Found, len(found))
	for i, f := range found {
		out[i] = mapFound(f, func(p string) string { return relTo(root, p) })
	}
	return out
}

func mapSubtree(s tree.Subtree, f func(string) string) tree.Subtree {
	out := tree.Subtree{}
	for _, x := range s.Found {
		out.Found = append(out.Found, mapFound(x, f))
	}
	for _, d := range s.ScriptDirs {
		out.ScriptDirs = append(out.ScriptDirs, f(d))
	}
	return out
}

func mapFound(x tree.Found, f func(string) string) tree.Found {
	opt := func(p string) string {
		if p == "" {
			return ""
		}
		return f(p)
	}
	return tree.Found{Dir: f(x.Dir), Ini: opt(x.Ini), PyProject: opt(x.PyProject), ScriptDir: opt(x.ScriptDir)}
}

func relTo(base, p string) string {
	r, err := filepath.Rel(base, p)
	if err != nil {
		return p
	}
	return r
}

func join(base, rel string) string {
	if filepath.IsAbs(rel) {
		return rel
	}
	return filepath.Join(base, rel)
}
