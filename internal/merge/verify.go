package merge

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/graph"
	"github.com/onehead/onehead/internal/alembic/script"
)

// readBack reads the revision file at path through onehead's script
// reader, as Alembic's Script._from_path reloads it after writing. data,
// when not nil, stands in for the file's content (the file is checked
// before it is written); imports still resolve on disk. A nil revision
// means the reader skips the file by its name, as Alembic does.
func readBack(path string, data []byte, strict bool) (*script.Revision, []alembic.Warning, error) {
	// The reader lists directories with filepath's clean paths.
	path = filepath.Clean(path)
	dir := script.Directory{Locations: []string{filepath.Dir(path)}, FS: pendingFS{path: path, data: data}}
	revs, warns, err := dir.Load(strict)
	if err != nil || len(revs) == 0 {
		return nil, warns, err
	}
	return revs[0], warns, nil
}

// pendingFS shows a directory holding only the file at path, with data as
// its content when data is not nil, and the real file system for
// everything else (imported modules).
type pendingFS struct {
	path string
	data []byte
}

func (p pendingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == filepath.Dir(p.path) {
		return []fs.DirEntry{pendingInfo{name: filepath.Base(p.path)}}, nil
	}
	return os.ReadDir(name)
}

func (p pendingFS) ReadFile(name string) ([]byte, error) {
	if name == p.path && p.data != nil {
		return p.data, nil
	}
	return os.ReadFile(name)
}

func (p pendingFS) Stat(name string) (fs.FileInfo, error) {
	info, err := os.Stat(name)
	if err != nil && name == filepath.Dir(p.path) {
		// The directory may not exist yet.
		return pendingInfo{name: filepath.Base(name), dir: true}, nil
	}
	return info, err
}

// EvalSymlinks leaves the file and its directory as they are: the reader
// then lists and reads them under the names pendingFS answers for.
func (p pendingFS) EvalSymlinks(path string) (string, error) {
	if path == p.path || path == filepath.Dir(p.path) {
		return path, nil
	}
	return filepath.EvalSymlinks(path)
}

func (p pendingFS) Readlink(name string) (string, error) { return os.Readlink(name) }

// pendingInfo describes the pending file, or its directory before it
// exists, as a directory entry and as file info.
type pendingInfo struct {
	name string
	dir  bool
}

func (i pendingInfo) Name() string               { return i.name }
func (i pendingInfo) IsDir() bool                { return i.dir }
func (i pendingInfo) Type() fs.FileMode          { return i.Mode().Type() }
func (i pendingInfo) Info() (fs.FileInfo, error) { return i, nil }
func (i pendingInfo) Size() int64                { return 0 }
func (i pendingInfo) ModTime() time.Time         { return time.Time{} }
func (i pendingInfo) Sys() any                   { return nil }

func (i pendingInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o755
	}
	return 0o644
}

// confirm checks that the file reads back as the revision the merge meant
// to write: its id and down revisions, and the branch label if one was
// asked for (with Alembic's message when the template drops it). A file
// that reads back differently would leave a graph other than the one the
// user asked for, or one Alembic cannot load.
func confirm(path string, rev *script.Revision, revID string, parents []*graph.Node, label *string) error {
	if rev == nil {
		return fmt.Errorf("%s: Alembic skips files named like this (file_template gives a name starting with .# or __init__), so the merge would be invisible; onehead does not write it", path)
	}
	want := ids(parents)
	switch {
	case rev.ID != revID:
		return &alembic.FileError{Path: path, Line: rev.Line.Revision,
			Msg: fmt.Sprintf("the rendered file declares revision %q, not %q; check script.py.mako", rev.ID, revID)}
	case !slices.Equal(rev.Down, want):
		return &alembic.FileError{Path: path, Line: rev.Line.Down,
			Msg: fmt.Sprintf("the rendered file declares down_revision %s, not %s; check script.py.mako (Alembic would write it and then fail to load the tree)",
				pyTuple(rev.Down), pyTuple(want))}
	case label != nil && *label != "" && len(rev.BranchLabels) == 0:
		return alembic.Failf("Version %s specified branch_labels %s, however the migration file %s does not have them; have you upgraded your script.py.mako to include the 'branch_labels' section?",
			rev.ID, *label, path)
	}
	return nil
}

// pyTuple shows ids as the down_revision value they make.
func pyTuple(ids []string) string {
	if len(ids) == 0 {
		return "None"
	}
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = reprStr(id)
	}
	return "(" + strings.Join(q, ", ") + ")"
}
