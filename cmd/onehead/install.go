package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"github.com/onehead/onehead/internal/gitx"
	"github.com/onehead/onehead/internal/install"
)

// hookNames is the --hook flag install and uninstall share.
type hookNames struct {
	Hook []string `default:"post-rewrite,pre-push" placeholder:"HOOK" help:"Which hooks: post-rewrite (merge the Alembic heads a rebase forked), pre-push (refuse to push forked heads)."`
}

// InstallCmd is `onehead install`: onehead's git hooks in the repository
// around the working directory.
type InstallCmd struct {
	hookNames `embed:""`
	Force     bool `help:"Install into a core.hooksPath directory, which another tool probably manages, and over a hook whose <hook>.pre-onehead is taken (that one is kept as <hook>.pre-onehead.1, or the next free number)."`
}

func (c *InstallCmd) Run(e env) error {
	repo, err := openRepo(e)
	if err != nil {
		return err
	}
	// The shims run this very binary, wherever a link to it pointed from.
	bin, err := os.Executable()
	if err == nil {
		bin, err = filepath.EvalSymlinks(bin)
	}
	if err != nil {
		return err
	}
	err = install.Install(context.Background(), repo, install.Options{
		Hooks: c.Hook, Force: c.Force, Binary: bin, Stderr: e.Stderr,
	})
	if errors.Is(err, install.ErrRefused) {
		return errExit(exitBroken) // said why already
	}
	return err
}

// UninstallCmd is `onehead uninstall`.
type UninstallCmd struct {
	hookNames `embed:""`
}

func (c *UninstallCmd) Run(e env) error {
	repo, err := openRepo(e)
	if err != nil {
		return err
	}
	return install.Uninstall(repo, c.Hook, e.Stderr)
}

func openRepo(e env) (*gitx.Repo, error) {
	dir, err := e.dir()
	if err != nil {
		return nil, err
	}
	return gitx.Open(context.Background(), gitx.CLI{Dir: dir})
}
