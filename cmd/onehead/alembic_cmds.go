package main

import (
	"errors"
	"fmt"

	"github.com/charmbracelet/log"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/tree"
)

// HeadsCmd is `onehead heads`: alembic heads, byte for byte.
type HeadsCmd struct {
	Verbose             bool `short:"v" help:"Use more verbose output."`
	ResolveDependencies bool `help:"Treat dependency versions as down revisions."`
}

// Run prints each head as alembic does.
func (c *HeadsCmd) Run(cli *Globals, e env, logger *log.Logger) error {
	t, err := cli.open(e, logger)
	if err != nil {
		// With --resolve-dependencies alembic builds the graph inside its
		// error handler (get_revisions("heads")); without, it does not.
		if c.ResolveDependencies {
			return asFailed(err)
		}
		return err
	}
	heads := t.Graph.Heads()
	if c.ResolveDependencies {
		heads = t.Graph.RealHeads()
	}
	for _, h := range heads {
		if c.Verbose {
			fmt.Fprintln(e.Stdout, h.LogEntry())
		} else {
			fmt.Fprintln(e.Stdout, h.HeadLine())
		}
	}
	return nil
}

// BranchesCmd is `onehead branches`: alembic branches, byte for byte.
type BranchesCmd struct {
	Verbose bool `short:"v" help:"Use more verbose output."`
}

// Run prints each branch point and the revisions it branches into.
func (c *BranchesCmd) Run(cli *Globals, e env, logger *log.Logger) error {
	t, err := cli.open(e, logger)
	if err != nil {
		// alembic branches walks the graph inside its error handler.
		return asFailed(err)
	}
	walk, err := t.Graph.Walk()
	if err != nil {
		return err
	}
	for _, n := range walk {
		if !n.IsBranchPoint() {
			continue
		}
		head := n.BranchLine(false)
		if c.Verbose {
			head = n.LogEntry()
		}
		fmt.Fprintln(e.Stdout, head)
		for _, child := range n.Next {
			fmt.Fprintf(e.Stdout, "%*s -> %s\n", len(n.ID), "", child.BranchLine(c.Verbose))
		}
		fmt.Fprintln(e.Stdout)
	}
	return nil
}

// asFailed turns what Alembic raises as a RevisionError into the
// "FAILED:" line Alembic prints when its command catches it.
func asFailed(err error) error {
	var re *alembic.RevisionError
	if errors.As(err, &re) {
		return &alembic.Failed{Message: re.Message}
	}
	return err
}

// open reads the tree alembic would read with the global options, and
// logs its warnings.
func (cli *Globals) open(e env, logger *log.Logger) (*tree.Tree, error) {
	dir, err := e.dir()
	if err != nil {
		return nil, err
	}
	t, err := tree.Open(config.Options{Dir: dir, Files: cli.Config, Name: cli.Name, Getenv: e.Getenv}, cli.settings(e))
	for _, w := range t.Warnings {
		logger.Warn(w.String())
	}
	return t, err
}
