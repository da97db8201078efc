// Package hook is onehead inside git: the post-rewrite hook that writes
// the merge revision after a rebase left several heads, and the pre-push
// hook that refuses to publish a forked graph. It is the one package that
// knows both git and Alembic: trees are read from commits (gitx) and
// checked as `onehead check` checks the work tree.
package hook

import (
	"slices"

	"github.com/onehead/onehead/internal/gitx"
	"github.com/onehead/onehead/internal/report"
	"github.com/onehead/onehead/internal/tree"
)

// Checker checks the Alembic trees of commits.
type Checker struct {
	// Top is the work tree's top: trees are shown relative to it.
	Top     string
	Objects gitx.Objects
	// Settings say how trees are read; FS is set per commit.
	Settings tree.Settings
	// Cache, when set, spares reading trees whose content was checked
	// before; Revisions, revision files whose content was read before.
	Cache     *Cache
	Revisions *Revisions
}

// Checked is what checking one commit's trees found.
type Checked struct {
	Snapshot *gitx.Snapshot
	Found    []tree.Found
	// Opened and Report are nil when the cache knew every tree was fine.
	Opened []tree.Opened
	Report *report.Report
}

// Forked lists the forked trees.
func (c *Checked) Forked() []*report.Tree { return c.trees("forked") }

// Broken lists the trees that could not be read.
func (c *Checked) Broken() []*report.Tree { return c.trees("error") }

func (c *Checked) trees(status string) []*report.Tree {
	if c.Report == nil {
		return nil
	}
	var out []*report.Tree
	for _, t := range c.Report.Trees {
		if t.Status() == status {
			out = append(out, t)
		}
	}
	return out
}

// Commit checks the trees of a commit (or of a tag pointing at one).
func (c *Checker) Commit(id string) (*Checked, error) {
	treeID, err := c.Objects.CommitTree(id)
	if err != nil {
		return nil, err
	}
	return c.Tree(treeID)
}

// Tree checks the Alembic trees found in a root tree object.
func (c *Checker) Tree(treeID string) (*Checked, error) {
	snap := gitx.NewSnapshot(c.Objects, c.Top, treeID)
	w := tree.Walk{FS: snap}
	if c.Cache != nil {
		w.Memo = memo{c: c.Cache, snap: snap}
	}
	found, err := w.Discover(c.Top)
	if err != nil {
		return nil, err
	}
	out := &Checked{Snapshot: snap, Found: found}
	if c.Cache != nil && c.Cache.verdict(found, c.Settings.Strict, snap) {
		return out, nil
	}
	rec := newRecorder(snap)
	s := c.Settings
	s.FS = rec
	if c.Revisions != nil {
		s.Contents = contents{rec: rec, store: c.Revisions}
	}
	out.Opened = tree.OpenAll(found, s)
	out.Report = report.New(c.Top, out.Opened, s.Strict)
	fine := !slices.ContainsFunc(out.Report.Trees, func(t *report.Tree) bool { return t.Status() != "ok" })
	if c.Cache != nil && fine {
		c.Cache.addVerdict(found, s.Strict, rec.needed(), rec.covers(), snap)
	}
	return out, nil
}

// readsAlike reports whether two commits' trees are known to read the
// same: the same trees found, and a cached verdict whose every dependency
// finds the same in both. A three-way merge of two sides that agree on
// every path read agrees with them there, so the merge reads the same too.
func (c *Checker) readsAlike(a, b *Checked) bool {
	return c.Cache != nil && slices.Equal(relFound(a.Snapshot.Root, a.Found), relFound(b.Snapshot.Root, b.Found)) &&
		c.Cache.verdict(a.Found, c.Settings.Strict, a.Snapshot, b.Snapshot)
}
