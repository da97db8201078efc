// Package report renders what `onehead check` found, for people (text),
// for programs (json) and for GitHub Actions (workflow annotations).
package report

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/graph"
	"github.com/onehead/onehead/internal/tree"
)

// Tree is what checking one Alembic tree found.
type Tree struct {
	// Name is how the tree is shown: its configuration file (or script
	// directory) relative to the checked root.
	Name string
	// Dir is the directory Alembic runs from, relative to the root.
	Dir string
	// Heads are the heads `alembic heads` lists; Forks those that should be
	// one.
	Heads []*graph.Node
	Forks []graph.Fork
	// Warnings are values onehead could not know where they do not decide
	// the graph, and what Alembic itself warns about.
	Warnings []alembic.Warning
	// Err is set when the tree could not be read.
	Err error
}

// Status is "ok", "forked" or "error".
func (t *Tree) Status() string {
	switch {
	case t.Err != nil:
		return "error"
	case len(t.Forks) > 0:
		return "forked"
	default:
		return "ok"
	}
}

// Report is the result of one check.
type Report struct {
	// Root is the absolute directory that was searched.
	Root  string
	Trees []*Tree
	// NoFix leaves the fix commands out of the text: for a merge that has
	// not happened yet, they would name heads the reader does not have.
	NoFix bool
}

// New is the report on opened trees, shown relative to root.
func New(root string, trees []tree.Opened, strict bool) *Report {
	r := &Report{Root: root}
	for _, t := range trees {
		rt := &Tree{Name: t.Name(root), Dir: r.rel(t.Dir), Warnings: t.Warnings, Err: t.Err}
		if t.Err == nil {
			rt.Heads = t.Graph.Heads()
			rt.Forks = t.Graph.Forks(strict)
		}
		r.Trees = append(r.Trees, rt)
	}
	return r
}

// Write renders r in format: "text", "json" or "github".
func Write(w io.Writer, format string, r *Report) error {
	switch format {
	case "text":
		return writeText(w, r)
	case "json":
		return writeJSON(w, r)
	case "github":
		return writeGitHub(w, r)
	}
	return fmt.Errorf("unknown report format %q (want text, json or github)", format)
}

func (r *Report) rel(path string) string {
	if rel, err := filepath.Rel(r.Root, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

// MergeMessage is the message onehead suggests for merging a fork.
func MergeMessage(f graph.Fork) string {
	ids := make([]string, len(f.Heads))
	for i, h := range f.Heads {
		ids[i] = h.ID
	}
	if len(ids) == 2 {
		return "merge " + ids[0] + " and " + ids[1]
	}
	return "merge " + strings.Join(ids[:len(ids)-1], ", ") + " and " + ids[len(ids)-1]
}

// FixCommands are the commands that merge a fork, run from the tree's
// directory: onehead's own and the plain Alembic one.
func FixCommands(dir string, f graph.Fork) (onehead, alembicCmd string) {
	cd := ""
	if dir != "" && dir != "." {
		cd = "cd " + shellQuote(dir) + " && "
	}
	var ids []string
	for _, h := range f.Heads {
		ids = append(ids, h.ID)
	}
	args := shellQuote(MergeMessage(f)) + " " + strings.Join(ids, " ")
	return cd + "onehead merge -m " + args, cd + "alembic merge -m " + args
}

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func writeText(w io.Writer, r *Report) error {
	var forked, broken int
	for _, t := range r.Trees {
		switch t.Status() {
		case "error":
			broken++
		case "forked":
			forked++
		}
		writeTree(w, r, t)
	}
	switch {
	case len(r.Trees) == 0:
		fmt.Fprintf(w, "no Alembic trees under %s\n", r.Root)
	case forked+broken == 0:
		fmt.Fprintf(w, "%d %s checked, none forked\n", len(r.Trees), plural(len(r.Trees), "tree", "trees"))
	default:
		fmt.Fprintf(w, "%d %s checked: %d forked, %d unreadable\n", len(r.Trees), plural(len(r.Trees), "tree", "trees"), forked, broken)
	}
	return nil
}

// WriteProblems renders, as text, only the trees that are forked or
// cannot be read: what a hook shows when it stops.
func (r *Report) WriteProblems(w io.Writer) {
	for _, t := range r.Trees {
		if t.Status() != "ok" {
			writeTree(w, r, t)
		}
	}
}

func writeTree(w io.Writer, r *Report, t *Tree) {
	switch t.Status() {
	case "error":
		fmt.Fprintf(w, "%s: cannot read: %s\n", t.Name, describe(t.Err, r))
	case "forked":
		writeForks(w, r, t)
	default:
		heads := make([]string, len(t.Heads))
		for i, h := range t.Heads {
			heads[i] = h.HeadLine()
		}
		switch len(heads) {
		case 0:
			fmt.Fprintf(w, "%s: ok, no revisions\n", t.Name)
		case 1:
			fmt.Fprintf(w, "%s: ok, one head: %s\n", t.Name, heads[0])
		default:
			fmt.Fprintf(w, "%s: ok, independent branches: %s\n", t.Name, strings.Join(heads, "; "))
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func writeForks(w io.Writer, r *Report, t *Tree) {
	for _, f := range t.Forks {
		label := ""
		if len(f.Labels) > 0 {
			label = " on branch " + strings.Join(f.Labels, ", ")
		}
		fmt.Fprintf(w, "%s: FORKED%s: %d heads, so `alembic upgrade head` fails\n", t.Name, label, len(f.Heads))
		for i, h := range f.Heads {
			fmt.Fprintf(w, "  %s\n", h.HeadLine())
			for _, n := range f.Chains[i] {
				fmt.Fprintf(w, "    %s  %s\n", r.rel(n.Path), n.ShortDoc())
			}
		}
		if f.MeetsAt != nil {
			fmt.Fprintf(w, "  the chains split after %s (%s)\n", f.MeetsAt.ID, r.rel(f.MeetsAt.Path))
		} else {
			fmt.Fprintf(w, "  the chains share no revision: each starts from its own base\n")
		}
		if !r.NoFix {
			own, plain := FixCommands(t.Dir, f)
			fmt.Fprintf(w, "  fix: %s\n   or: %s\n", own, plain)
		}
	}
}

// Describe renders err as check does, with the file it names relative to
// root.
func Describe(root string, err error) string { return describe(err, &Report{Root: root}) }

// describe renders an error with its file relative to the root.
func describe(err error, r *Report) string {
	var fe *alembic.FileError
	if errors.As(err, &fe) {
		c := *fe
		c.Path = r.rel(fe.Path)
		return c.Error()
	}
	var re *alembic.RevisionError
	if errors.As(err, &re) && re.Path != "" {
		return fmt.Sprintf("%s:%d: %s", r.rel(re.Path), re.Line, re.Message)
	}
	var failed *alembic.Failed
	if errors.As(err, &failed) {
		return "alembic would say: FAILED: " + failed.Message
	}
	return err.Error()
}
