package hook

import (
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/onehead/onehead/internal/gitx"
)

// dep is one thing reading a tree looked at in a commit, and what it
// found there: an object id, a resolved path, or "!" for nothing. Reading
// the same trees in another commit where every dep finds the same gives
// the same result.
type dep struct {
	Op   string // dir, read, stat, lstat, eval, link
	Path string // relative to the top of the work tree
	Seen string
}

// fingerprint is what op on path finds in snap.
func fingerprint(snap *gitx.Snapshot, op, path string) string {
	seen, _ := resolve(snap, op, path)
	return seen
}

// resolve is fingerprint, and whether a symlink was followed on the way.
func resolve(snap *gitx.Snapshot, op, path string) (seen string, linked bool) {
	abs := filepath.Join(snap.Root, path)
	if op == "eval" {
		p, err := snap.EvalSymlinks(abs)
		if err != nil {
			return "!", true // unknown: as if it went anywhere
		}
		return relTo(snap.Root, p), p != abs
	}
	e, linked, err := snap.Resolve(abs, op != "lstat" && op != "link")
	if err != nil {
		return "!", linked
	}
	return e.ID, linked
}

// holds reports whether every dep finds the same in snap.
func holds(deps []dep, snap *gitx.Snapshot) bool {
	for _, d := range deps {
		if fingerprint(snap, d.Op, d.Path) != d.Seen {
			return false
		}
	}
	return true
}

// recorder is a snapshot that notes what is read through it.
type recorder struct {
	*gitx.Snapshot
	mu   sync.Mutex // revision files are read concurrently
	deps []dep
	seen map[[2]string]bool
	// linked marks the paths reached through a symlink, which may lead
	// anywhere.
	linked map[string]bool
	// listed are the directories listed without a symlink on the way:
	// their tree ids answer for every file in them (see needed), so a
	// read of such a file is not noted at all.
	listed map[string]bool
}

func newRecorder(snap *gitx.Snapshot) *recorder {
	return &recorder{Snapshot: snap, seen: map[[2]string]bool{}, linked: map[string]bool{}, listed: map[string]bool{}}
}

func (r *recorder) note(op, name string) {
	r.noteFound(op, name, func(path string) (string, bool) { return resolve(r.Snapshot, op, path) })
}

// noteFound is note for a caller that may already know what op on name
// finds: find is asked only for what is not noted yet.
func (r *recorder) noteFound(op, name string, find func(path string) (seen string, linked bool)) {
	path := relTo(r.Root, name)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.seen[[2]string{op, path}] {
		return
	}
	seen, linked := find(path)
	if op == "read" && !linked && r.listed[filepath.Dir(path)] {
		return // answered for by the directory's dep
	}
	r.seen[[2]string{op, path}] = true
	if linked {
		r.linked[path] = true
	}
	if op == "dir" && seen != "!" && !linked {
		r.listed[path] = true
	}
	r.deps = append(r.deps, dep{Op: op, Path: path, Seen: seen})
}

func (r *recorder) ReadDir(name string) ([]fs.DirEntry, error) {
	r.note("dir", name)
	return r.Snapshot.ReadDir(name)
}

func (r *recorder) ReadFile(name string) ([]byte, error) {
	r.note("read", name)
	return r.Snapshot.ReadFile(name)
}

func (r *recorder) Stat(name string) (fs.FileInfo, error) {
	r.note("stat", name)
	return r.Snapshot.Stat(name)
}

func (r *recorder) Lstat(name string) (fs.FileInfo, error) {
	r.note("lstat", name)
	return r.Snapshot.Lstat(name)
}

func (r *recorder) EvalSymlinks(name string) (string, error) {
	r.note("eval", name)
	return r.Snapshot.EvalSymlinks(name)
}

func (r *recorder) Readlink(name string) (string, error) {
	r.note("link", name)
	return r.Snapshot.Readlink(name)
}

// needed drops the deps that a listed directory's tree id already
// answers for: anything below it reached without a symlink. A version
// location of ten thousand files is then one dep, not ten thousand.
func (r *recorder) needed() []dep {
	var dirs []string
	for _, d := range r.deps {
		if d.Op == "dir" && d.Seen != "!" && !r.linked[d.Path] {
			dirs = append(dirs, d.Path)
		}
	}
	var out []dep
	for _, d := range r.deps {
		if d.Op != "dir" && r.below(d.Path, dirs) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// below reports whether path lies under one of dirs with no symlink on
// the way.
func (r *recorder) below(path string, dirs []string) bool {
	for _, dir := range dirs {
		if (dir == "." || strings.HasPrefix(path, dir+string(filepath.Separator))) && !r.linked[path] {
			return true
		}
	}
	return false
}

// covers are deps on the top-level entries that hold every dep: git names
// a tree by its content, so when each of those entries is the same object,
// everything read below it is the same, and checking them reads only the
// commit's root tree (often a loose object a rebase just wrote). Nil when
// a dep's path goes through a symlink, which may lead anywhere.
func (r *recorder) covers() []dep {
	if len(r.linked) > 0 {
		return nil
	}
	tops := map[string]bool{}
	for _, d := range r.deps {
		top, _, _ := strings.Cut(d.Path, string(filepath.Separator))
		if top == "." {
			return nil // the top directory itself: it changes with every commit
		}
		tops[top] = true
	}
	out := make([]dep, 0, len(tops))
	for top := range tops {
		out = append(out, dep{Op: "lstat", Path: top, Seen: fingerprint(r.Snapshot, "lstat", top)})
	}
	slices.SortFunc(out, func(a, b dep) int { return strings.Compare(a.Path, b.Path) })
	return out
}
