// Package script reads an Alembic script directory the way Alembic's
// ScriptDirectory does — the same files, in the same order, with the same
// identifiers — without running any of them.
package script

import (
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/python"
)

// Revision is one revision file as Alembic's Script object sees it.
type Revision struct {
	// ID is the revision id (`revision = ...`, or a legacy hex file name).
	ID string
	// Down holds the versioned down revisions in the order written; empty
	// means a base. Alembic 1.19 keeps `down_revision = ''` as [""], which
	// names a revision that does not exist.
	Down []string
	// BranchLabels are the labels written in this file (not propagated).
	BranchLabels []string
	// DependsOn are the `depends_on` entries: revision ids or branch labels.
	DependsOn []string
	// Doc is the module docstring as Python's __doc__ holds it.
	Doc string
	// Path is the file's path as Alembic prints it: absolute, with
	// symlinks resolved (Alembic loads each file by its resolved path).
	Path string
	// Line is where each identifier is bound, for messages; 0 if not bound.
	Line struct{ Revision, Down, BranchLabels, DependsOn int }
}

// illegalIDChars are the characters Alembic's Revision.verify_rev_id rejects
// (`:` since 1.17.1).
const illegalIDChars = "-+:@"

// IsBase reports whether the revision has no down revision.
func (r *Revision) IsBase() bool { return len(r.Down) == 0 }

// IsMergePoint reports whether the revision has several down revisions.
func (r *Revision) IsMergePoint() bool { return len(r.Down) > 1 }

// LongDoc is Alembic's Script.longdoc: the docstring, stripped as Python
// strips.
func (r *Revision) LongDoc() string { return python.Strip(r.Doc) }

// ShortDoc is Alembic's Script.doc: the first paragraph of LongDoc.
func (r *Revision) ShortDoc() string {
	doc, _, _ := strings.Cut(r.LongDoc(), "\n\n")
	return doc
}

// verify does what Alembic's Revision constructor checks before the graph
// exists: self-loops first, then illegal characters in the id. Alembic
// looks for a self-loop only when down_revision is true in Python's sense:
// an empty string is not, a tuple holding one is, and both are Down [""]
// here, so the caller says which was written.
func (r *Revision) verify(downTruthy bool) error {
	if downTruthy && slices.Contains(r.Down, r.ID) {
		return &alembic.RevisionError{
			Message: "Self-loop is detected in revisions (" + r.ID + ")",
			Path:    r.Path, Line: r.Line.Down,
		}
	}
	if slices.Contains(r.DependsOn, r.ID) {
		return &alembic.RevisionError{
			Message: "Dependency self-loop is detected in revisions (" + r.ID + ")",
			Path:    r.Path, Line: r.Line.DependsOn,
		}
	}
	return VerifyID(r.ID, r.Path, r.Line.Revision)
}

// VerifyID rejects a revision id with characters Alembic does not allow,
// with Alembic's message. Path and line locate it for the caller; they may be
// empty for an id typed on the command line.
func VerifyID(id, path string, line int) error {
	var bad []string
	for _, c := range illegalIDChars {
		if strings.ContainsRune(id, c) {
			bad = append(bad, string(c))
		}
	}
	if len(bad) == 0 {
		return nil
	}
	slices.Sort(bad)
	return &alembic.RevisionError{
		Message: "Character(s) '" + strings.Join(bad, ", ") + "' not allowed in revision identifier '" + id + "'",
		Path:    path, Line: line,
	}
}
