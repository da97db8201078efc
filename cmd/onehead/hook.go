package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/log"

	"github.com/onehead/onehead/internal/gitx"
	"github.com/onehead/onehead/internal/hook"
)

// HookCmd holds the git hooks. Git runs them from the work tree's top;
// they write to stderr only (git shows a pre-push hook's stdout as its
// own).
type HookCmd struct {
	PostRewrite PostRewriteCmd `cmd:"" name:"post-rewrite" help:"After 'git rebase': when HEAD's Alembic graph is forked, write the merge revision, stage it and say what to do next. ONEHEAD_AUTOMERGE=0 (or git config onehead.autoMerge false) only reports; ONEHEAD_SKIP=1 does nothing."`
	PrePush     PrePushCmd     `cmd:"" name:"pre-push" help:"Before 'git push': refuse (exit 1) to publish a forked Alembic graph, in the pushed commits or once merged with the remote's default branch as fetched (ONEHEAD_BASE names another, e.g. origin/develop). ONEHEAD_SKIP=1 or 'git push --no-verify' skips the check. What was checked is kept in <git dir>/onehead/hooks.cache."`
}

// PostRewriteCmd is git's post-rewrite hook.
type PostRewriteCmd struct {
	Command string   `arg:"" optional:"" env:"PRE_COMMIT_REWRITE_COMMAND" help:"What rewrote the commits, as git passes it: amend or rebase. Only rebase is acted on."`
	Extra   []string `arg:"" optional:"" passthrough:"" hidden:"" help:"Further arguments git may pass one day."`
}

// PrePushCmd is git's pre-push hook.
type PrePushCmd struct {
	Remote string   `arg:"" optional:"" env:"PRE_COMMIT_REMOTE_NAME" help:"The remote's name (or URL), as git passes it."`
	URL    string   `arg:"" optional:"" env:"PRE_COMMIT_REMOTE_URL" help:"The remote's URL, as git passes it."`
	Extra  []string `arg:"" optional:"" passthrough:"" hidden:""`
}

// skip reports whether the user asked the hooks to stand aside.
func skip(e env) bool { return e.Getenv("ONEHEAD_SKIP") == "1" }

func (c *PostRewriteCmd) Run(cli *Globals, e env, logger *log.Logger) error {
	if c.Command != "rebase" || skip(e) {
		return nil // amends, fixups included, rewrite nothing a rebase did not
	}
	ctx := context.Background()
	h, err := openHookRepo(ctx, cli, e)
	if err != nil {
		return err
	}
	defer h.close()
	input := readStdin(e)
	if len(input) == 0 {
		input = hook.RewrittenList(h.repo)
	}
	auto := func() (bool, error) {
		if v := e.Getenv("ONEHEAD_AUTOMERGE"); v != "" {
			return v != "0", nil
		}
		return h.repo.ConfigBool(ctx, "onehead.autoMerge", true)
	}
	p := &hook.PostRewrite{Repo: h.repo, Checker: h.checker, AutoMerge: auto,
		Rewritten: hook.ParseRewritten(input), Settings: cli.settings(e), Stderr: e.Stderr}
	unresolved, err := p.Run(ctx)
	if err != nil {
		return err
	}
	if unresolved {
		return errExit(exitFound)
	}
	return nil
}

func (c *PrePushCmd) Run(cli *Globals, e env, logger *log.Logger) error {
	if skip(e) {
		fmt.Fprintln(e.Stderr, "onehead: ONEHEAD_SKIP=1: not checking this push")
		return nil
	}
	if err := c.check(cli, e); err != nil {
		var exit errExit
		if !errors.As(err, &exit) {
			// The push stops (git stops on any failure): say how to go on.
			err = fmt.Errorf("%w\nonehead: the push was not checked, so it stops; to push without the check: git push --no-verify", err)
		}
		return err
	}
	return nil
}

func (c *PrePushCmd) check(cli *Globals, e env) error {
	ctx := context.Background()
	pushes, err := hook.ParsePushes(readStdin(e))
	if err != nil {
		return err
	}
	h, err := openHookRepo(ctx, cli, e)
	if err != nil {
		return err
	}
	defer h.close()
	if len(pushes) == 0 && e.Getenv("PRE_COMMIT") == "1" {
		if pushes, err = preCommitPushes(h, e); err != nil {
			return err
		}
	}
	p := &hook.PrePush{Repo: h.repo, Checker: h.checker, Remote: c.Remote, Base: e.Getenv("ONEHEAD_BASE"), Stderr: e.Stderr}
	blocked, err := p.Run(ctx, pushes)
	if err != nil {
		return err
	}
	if blocked {
		return errExit(exitFound)
	}
	return nil
}

// preCommitPushes is the push the pre-commit framework describes in its
// environment: it gives hooks no standard input, and only the first ref
// with something to push.
func preCommitPushes(h *hookRepo, e env) ([]hook.Push, error) {
	local, remote := e.Getenv("PRE_COMMIT_TO_REF"), e.Getenv("PRE_COMMIT_REMOTE_BRANCH")
	if local == "" {
		local = e.Getenv("PRE_COMMIT_LOCAL_BRANCH")
	}
	if local == "" {
		return nil, nil
	}
	oid, err := h.checker.Objects.Ref(local)
	if err != nil || oid == "" {
		return nil, fmt.Errorf("pre-commit names %s, which git cannot resolve (%v)", local, err)
	}
	if remote == "" {
		remote = "refs/heads/" + strings.TrimPrefix(e.Getenv("PRE_COMMIT_LOCAL_BRANCH"), "refs/heads/")
	}
	return []hook.Push{{LocalRef: local, LocalOID: oid, RemoteRef: remote}}, nil
}

// hookRepo is the repository a hook runs in, with its object reader and
// checker.
type hookRepo struct {
	repo    *gitx.Repo
	checker *hook.Checker
}

func openHookRepo(ctx context.Context, cli *Globals, e env) (*hookRepo, error) {
	dir, err := e.dir()
	if err != nil {
		return nil, err
	}
	repo, err := gitx.Find(ctx, gitx.CLI{Dir: dir}, dir, e.Getenv)
	if err != nil {
		return nil, err
	}
	s := cli.settings(e)
	c := &hook.Checker{Top: repo.Top, Objects: gitx.OpenObjects(ctx, repo),
		Settings: s}
	c.Settings.CacheDir = ""
	if !cli.NoCache {
		dir := filepath.Join(repo.CommonDir, "onehead")
		c.Cache = hook.OpenCache(filepath.Join(dir, "hooks.cache"), s.Version)
		c.Revisions = hook.OpenRevisions(filepath.Join(dir, "revisions"), s.Version)
	}
	return &hookRepo{repo: repo, checker: c}, nil
}

func (h *hookRepo) close() {
	h.checker.Cache.Save()
	h.checker.Revisions.Save()
	h.checker.Objects.Close()
}

// readStdin reads what git pipes to a hook; a terminal (a hook run by
// hand) gives nothing.
func readStdin(e env) []byte {
	if e.Stdin == nil {
		return nil
	}
	if f, ok := e.Stdin.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			return nil
		}
	}
	data, _ := io.ReadAll(e.Stdin)
	return data
}
