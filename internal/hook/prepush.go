package hook

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/gitx"
)

// Push is one line of what git tells the pre-push hook: a ref it is about
// to update on the remote.
type Push struct {
	LocalRef, LocalOID, RemoteRef, RemoteOID string
}

// Deletes reports whether the push deletes the remote ref.
func (p Push) Deletes() bool { return strings.Trim(p.LocalOID, "0") == "" }

// ParsePushes reads the pre-push hook's standard input.
func ParsePushes(in []byte) ([]Push, error) {
	var out []Push
	sc := bufio.NewScanner(bytes.NewReader(in))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 4 {
			return nil, fmt.Errorf("pre-push: unexpected line from git: %q (want <local ref> <local oid> <remote ref> <remote oid>)", line)
		}
		out = append(out, Push{LocalRef: f[0], LocalOID: f[1], RemoteRef: f[2], RemoteOID: f[3]})
	}
	return out, sc.Err()
}

// PrePush is the pre-push hook: it refuses a push that would put a forked
// Alembic graph on the remote, either in a pushed commit itself or once
// that commit is merged with the remote's default branch as last fetched.
type PrePush struct {
	Repo    *gitx.Repo
	Checker *Checker
	// Remote is the remote's name (or its URL when pushing to a URL).
	Remote string
	// Base, when set, is the branch pushes are merged into (ONEHEAD_BASE),
	// else the remote's default branch.
	Base   string
	Stderr io.Writer
}

// Run checks pushes and reports whether the push must be refused.
func (p *PrePush) Run(ctx context.Context, pushes []Push) (blocked bool, err error) {
	baseRef, baseOID := p.base()
	for _, push := range pushes {
		if push.Deletes() || !strings.HasPrefix(push.RemoteRef, "refs/heads/") {
			continue // deletions and tags publish no new graph
		}
		branch := strings.TrimPrefix(push.RemoteRef, "refs/heads/")
		checked, err := p.Checker.Commit(push.LocalOID)
		if err != nil {
			return false, fmt.Errorf("reading %s (%s): %w", push.LocalRef, short(push.LocalOID), err)
		}
		staged := p.stagedMerge(ctx, push, checked)
		if len(staged) > 0 {
			checked.Report.NoFix = true // a merge revision is already there
		}
		if p.problems(checked, fmt.Sprintf("pushing %s to %s", short(push.LocalOID), branch), staged) {
			blocked = true
			continue
		}
		if baseOID == "" || baseOID == push.LocalOID || baseRef == p.remoteTracking(branch) {
			continue
		}
		merged, err := p.merged(ctx, checked, push.LocalOID, baseOID)
		if err != nil {
			fmt.Fprintf(p.Stderr, "onehead: could not check %s merged with %s: %v\n", branch, shortRef(baseRef), err)
			continue
		}
		if merged == nil {
			continue
		}
		if merged.Report != nil {
			merged.Report.NoFix = true // its heads are not all on the branch yet
		}
		if p.problems(merged, fmt.Sprintf("%s merged with %s (%s, as last fetched)", branch, shortRef(baseRef), short(baseOID)),
			[]string{"fix: rebase onto it (git pull --rebase " + p.Remote + " " + strings.TrimPrefix(shortRef(baseRef), p.Remote+"/") +
				"): onehead's post-rewrite hook then writes the merge revision; commit it and push again"}) {
			blocked = true
		}
	}
	if blocked {
		fmt.Fprintln(p.Stderr, "onehead: push refused. To push anyway: git push --no-verify (or ONEHEAD_SKIP=1 git push).")
	}
	return blocked, nil
}

// problems reports forked trees of what, and trees onehead cannot read
// (which do not block: onehead cannot tell); it returns whether to block.
func (p *PrePush) problems(c *Checked, what string, advice []string) bool {
	forked, broken := c.Forked(), c.Broken()
	switch {
	case len(forked) > 0:
		fmt.Fprintf(p.Stderr, "onehead: %s would publish a forked Alembic graph:\n", what)
	case len(broken) > 0:
		fmt.Fprintf(p.Stderr, "onehead: %s: some Alembic trees cannot be read, so they were not checked (not blocking):\n", what)
	default:
		return false
	}
	c.Report.WriteProblems(p.Stderr)
	if len(forked) > 0 {
		for _, a := range advice {
			fmt.Fprintf(p.Stderr, "  %s\n", a)
		}
	}
	return len(forked) > 0
}

// stagedMerge is the advice for a forked pushed HEAD whose merge revision
// is already staged (the post-rewrite hook writes one): commit it, rather
// than write another.
func (p *PrePush) stagedMerge(ctx context.Context, push Push, c *Checked) []string {
	if len(c.Forked()) == 0 {
		return nil
	}
	head, err := p.Checker.Objects.Ref("HEAD")
	if err != nil || head != push.LocalOID {
		return nil
	}
	out, err := p.Repo.Git.Git(ctx, nil, "diff", "--cached", "--name-only", "--diff-filter=A", "-z")
	if err != nil {
		return nil
	}
	var advice []string
	for _, name := range strings.Split(string(out), "\x00") {
		path := filepath.Join(p.Repo.Top, name)
		for i, t := range c.Report.Trees {
			o := c.Opened[i]
			if name == "" || t.Status() != "forked" || o.Config == nil || !slices.ContainsFunc(o.Config.VersionLocations, func(loc string) bool {
				return strings.HasPrefix(path, loc+string(filepath.Separator))
			}) {
				continue
			}
			advice = append(advice, fmt.Sprintf("fix: %s is staged, not committed: if it is the merge revision, commit it (git commit -m %q) and push again",
				name, "Merge Alembic heads"))
		}
	}
	return advice
}

// merged checks the pushed commit merged with the base. When the pushed
// commit's trees read exactly what they read at the base, the merge reads
// it too: no merge needed.
func (p *PrePush) merged(ctx context.Context, pushed *Checked, local, base string) (*Checked, error) {
	baseChecked, err := p.Checker.Commit(base)
	if err != nil {
		return nil, err
	}
	if p.Checker.readsAlike(pushed, baseChecked) {
		return nil, nil
	}
	if len(baseChecked.Forked()) > 0 {
		// Not this push's doing: every branch merged into it is forked.
		fmt.Fprintf(p.Stderr, "onehead: note: %s is forked itself; not checking this push merged with it\n", short(base))
		return nil, nil
	}
	out, err := p.Repo.Git.Git(ctx, nil, "merge-tree", "--write-tree", "--no-messages", base, local)
	switch gitx.ExitCode(err) {
	case -1, 0:
		if err != nil {
			return nil, err
		}
	case 1:
		fmt.Fprintf(p.Stderr, "onehead: note: %s does not merge cleanly with %s; not checked merged\n", short(local), short(base))
		return nil, nil
	default:
		return nil, fmt.Errorf("%w (git 2.38 or newer is needed for merge-tree --write-tree)", err)
	}
	lines := gitx.Lines(out)
	if len(lines) == 0 {
		return nil, fmt.Errorf("git merge-tree printed nothing")
	}
	return p.Checker.Tree(lines[0])
}

// base is the branch pushes end up merged into: onehead.base, else the
// remote's default branch (refs/remotes/<remote>/HEAD, main, master).
func (p *PrePush) base() (ref, oid string) {
	obj := p.Checker.Objects
	var candidates []string
	if p.Base != "" {
		candidates = []string{p.Base, "refs/remotes/" + p.Base, "refs/heads/" + p.Base}
	} else if p.Remote != "" && !strings.Contains(p.Remote, "/") && !strings.Contains(p.Remote, ":") {
		head := "refs/remotes/" + p.Remote + "/HEAD"
		if target, err := obj.Symref(head); err == nil && target != "" {
			candidates = append(candidates, target)
		}
		candidates = append(candidates, p.remoteTracking("main"), p.remoteTracking("master"))
	}
	for _, c := range candidates {
		if id, err := obj.Ref(c); err == nil && id != "" {
			return c, id
		}
	}
	return "", ""
}

func (p *PrePush) remoteTracking(branch string) string {
	return "refs/remotes/" + p.Remote + "/" + branch
}

func short(oid string) string {
	if len(oid) > 10 {
		return oid[:10]
	}
	return oid
}

func shortRef(ref string) string {
	for _, prefix := range []string{"refs/remotes/", "refs/heads/"} {
		if s, ok := strings.CutPrefix(ref, prefix); ok {
			return s
		}
	}
	return ref
}
