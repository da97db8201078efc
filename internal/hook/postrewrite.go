package hook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/onehead/onehead/internal/alembic/graph"
	"github.com/onehead/onehead/internal/convention"
	"github.com/onehead/onehead/internal/gitx"
	"github.com/onehead/onehead/internal/merge"
	"github.com/onehead/onehead/internal/report"
	"github.com/onehead/onehead/internal/tree"
)

// PostRewrite is the post-rewrite hook after a rebase: when the rebased
// HEAD has a forked Alembic graph, it writes the merge revision (the same
// file for everyone who merges the same heads), stages it, and says what
// happened and what to do next. It never commits.
type PostRewrite struct {
	Repo    *gitx.Repo
	Checker *Checker
	// AutoMerge says whether to write and stage the merge, or only report
	// (ONEHEAD_AUTOMERGE=0, onehead.autoMerge false); asked only when a
	// tree is forked, as reading git's configuration costs a git process.
	AutoMerge func() (bool, error)
	// Rewritten are the commits the rebase wrote (new ids), to tell the
	// branch's own revisions from those it was rebased onto.
	Rewritten map[string]bool
	// Settings say how the work tree is read for the merge.
	Settings tree.Settings
	Stderr   io.Writer
}

// ParseRewritten reads the "<old> <new>" lines git gives post-rewrite (or
// that rebase keeps in rebase-merge/rewritten-list) and returns the new
// ids.
func ParseRewritten(in []byte) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(string(in), "\n") {
		if f := strings.Fields(line); len(f) >= 2 {
			out[f[1]] = true
		}
	}
	return out
}

// RewrittenList is what the rebase in progress has rewritten so far,
// read from its state directory: under the pre-commit framework the
// hook's standard input is empty.
func RewrittenList(repo *gitx.Repo) []byte {
	data, _ := os.ReadFile(filepath.Join(repo.GitDir, "rebase-merge", "rewritten-list"))
	return data
}

// Run checks HEAD after the rebase. unresolved reports a fork left
// without a merge revision staged.
func (p *PostRewrite) Run(ctx context.Context) (unresolved bool, err error) {
	head, err := p.Checker.Objects.Ref("HEAD")
	if err != nil || head == "" {
		return false, fmt.Errorf("reading HEAD: %v", err)
	}
	checked, err := p.Checker.Commit(head)
	if err != nil {
		return false, err
	}
	if len(checked.Forked()) == 0 {
		if len(checked.Broken()) > 0 {
			fmt.Fprintln(p.Stderr, "onehead: after the rebase, some Alembic trees cannot be read, so they were not checked:")
			checked.Report.WriteProblems(p.Stderr)
		}
		return false, nil
	}
	auto, err := p.AutoMerge()
	if err != nil {
		return false, err
	}
	if auto {
		if reason := p.unsafe(ctx); reason != "" {
			fmt.Fprintf(p.Stderr, "onehead: not writing the merge revision: %s\n", reason)
			auto = false
		}
	}
	var staged []string
	var conventions []string
	for i, t := range checked.Report.Trees {
		if t.Status() != "forked" {
			continue
		}
		opened := checked.Opened[i]
		for _, f := range t.Forks {
			p.describe(ctx, checked.Report, t, f)
			own, plain := report.FixCommands(t.Dir, f)
			if !auto {
				fmt.Fprintf(p.Stderr, "  fix: %s\n   or: %s\n", own, plain)
				unresolved = true
				continue
			}
			path, err := p.merge(ctx, opened, f)
			if err != nil {
				fmt.Fprintf(p.Stderr, "onehead: could not write the merge revision: %v\n  run instead: %s\n", err, own)
				unresolved = true
				continue
			}
			staged = append(staged, relTo(p.Repo.Top, path))
			fmt.Fprintf(p.Stderr, "onehead: wrote and staged %s (an empty merge revision: %s)\n", relTo(p.Repo.Top, path), report.MergeMessage(f))
		}
		if c := p.convention(checked.Snapshot, opened); c != "" {
			conventions = append(conventions, c)
		}
	}
	if len(staged) > 0 {
		it := "it"
		if len(staged) > 1 {
			it = "them"
		}
		fmt.Fprintf(p.Stderr, "onehead: next: review %s (git diff --cached -- %s) and commit %s: git commit -m %q\n",
			it, strings.Join(staged, " "), it, "Merge Alembic heads")
	}
	for _, c := range conventions {
		fmt.Fprintln(p.Stderr, c)
	}
	return unresolved, nil
}

// describe says which heads the rebase left and which commit brought each.
func (p *PostRewrite) describe(ctx context.Context, r *report.Report, t *report.Tree, f graph.Fork) {
	fmt.Fprintf(p.Stderr, "onehead: after the rebase, %s has %d heads:\n", t.Name, len(f.Heads))
	for _, h := range f.Heads {
		fmt.Fprintf(p.Stderr, "  %s  %s\n", h.HeadLine(), relTo(p.Repo.Top, h.Path))
		if by := p.broughtBy(ctx, h.Path); by != "" {
			fmt.Fprintf(p.Stderr, "    added by %s\n", by)
		}
	}
}

// broughtBy is the commit that added a revision file to HEAD's history,
// and whether it is one the rebase rewrote or one it was rebased onto.
func (p *PostRewrite) broughtBy(ctx context.Context, path string) string {
	out, err := p.Repo.Git.Git(ctx, nil, "log", "-1", "--format=%H %h %s", "--diff-filter=A", "HEAD", "--", relTo(p.Repo.Top, path))
	if err != nil {
		return ""
	}
	full, rest, ok := strings.Cut(strings.TrimSpace(string(out)), " ")
	if !ok {
		return ""
	}
	if p.Rewritten[full] {
		return rest + " (this branch)"
	}
	return rest + " (upstream)"
}

// unsafe says why writing into the work tree and index now would be
// wrong, or "" when it is safe.
func (p *PostRewrite) unsafe(ctx context.Context) string {
	out, err := p.Repo.Git.Git(ctx, nil, "ls-files", "--unmerged")
	switch {
	case err != nil:
		return "cannot read the index: " + err.Error()
	case len(bytes.TrimSpace(out)) > 0:
		return "the index has unmerged paths; resolve them first"
	}
	return ""
}

// merge writes and stages the merge revision of one fork in the work
// tree: a deterministic id and date, so that everyone who merges the same
// heads writes the same file and git merges their branches cleanly.
//
// The file is staged here, by git run from the work tree's top, not by
// merge's Stage (git -C <versions dir>): in a linked worktree git gives
// hooks GIT_DIR, and git then takes its working directory for the top of
// the work tree, which would stage the file at the wrong path.
func (p *PostRewrite) merge(ctx context.Context, t tree.Opened, f graph.Fork) (string, error) {
	opts := t.Options
	opts.FS = nil
	msg := report.MergeMessage(f)
	ids := make([]string, len(f.Heads))
	for i, h := range f.Heads {
		ids[i] = h.ID
	}
	var out bytes.Buffer
	res, err := merge.Merge(merge.Request{
		Config: opts, Settings: p.Settings, Revisions: ids, Message: &msg,
		RevID: merge.AutoID, DateFromParents: true, Now: p.parentsCommitDate(ctx, f),
		Local: time.UTC, Stdout: &out, Stderr: p.Stderr,
	})
	var failed *merge.Failure
	if errors.As(err, &failed) {
		return "", fmt.Errorf("%s (%s)", failed.Message, failed.Detail)
	}
	if err != nil {
		return "", err
	}
	if err := p.Repo.Add(ctx, res.Path); err != nil {
		os.Remove(res.Path)
		return "", fmt.Errorf("staging it failed (the new file was removed): %v", err)
	}
	return res.Path, nil
}

// convention is the team's rule for forked heads, as HEAD's README
// states it, or onehead's default with how to adopt it.
func (p *PostRewrite) convention(snap *gitx.Snapshot, t tree.Opened) string {
	if t.Config == nil {
		return ""
	}
	c, err := convention.Find(snap, t.Config.ScriptDir, t.Config.Dir)
	if err != nil {
		return ""
	}
	if c.Default {
		return fmt.Sprintf("onehead: the usual rule (onehead convention --write adds it to %s):\n%s", relTo(p.Repo.Top, c.Path), indent(c.Text))
	}
	return fmt.Sprintf("onehead: your team's rule (%s:%d):\n%s", relTo(p.Repo.Top, c.Path), c.Line, indent(c.Text))
}

// parentsCommitDate is the clock for parents without a "Create Date:"
// line: the author date of the newest commit that added one of their
// files, which a rebase keeps, so everyone merging the same heads gets
// the same date. Nil when git cannot tell.
func (p *PostRewrite) parentsCommitDate(ctx context.Context, f graph.Fork) func() time.Time {
	args := []string{"log", "-1", "--format=%at", "--diff-filter=A", "HEAD", "--"}
	for _, h := range f.Heads {
		args = append(args, relTo(p.Repo.Top, h.Path))
	}
	out, err := p.Repo.Git.Git(ctx, nil, args...)
	secs, perr := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64)
	if err != nil || perr != nil {
		return nil
	}
	return func() time.Time { return time.Unix(secs, 0) }
}

func indent(text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}
