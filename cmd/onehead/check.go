package main

import (
	"github.com/charmbracelet/log"

	"github.com/onehead/onehead/internal/report"
)

// CheckCmd is `onehead check`: the CI guard for every tree at once.
type CheckCmd struct {
	Trees  `embed:""`
	Format string `short:"f" enum:"text,json,github" default:"text" help:"Output format: text, json (schema in README) or github (workflow annotations)."`
}

// Run checks every tree under the path: exit 0 when none is forked, 1 when
// one is, 2 when a tree cannot be read (the others are still checked).
func (c *CheckCmd) Run(cli *Globals, e env, logger *log.Logger) error {
	root, trees, err := c.open(cli, e)
	if err != nil {
		return err
	}
	r := report.New(root, trees, cli.Strict)
	if c.Format == "text" {
		for _, t := range r.Trees {
			for _, w := range t.Warnings {
				w.Path = rel(root, w.Path)
				logger.Warn(w.String())
			}
		}
	}
	if err := report.Write(e.Stdout, c.Format, r); err != nil {
		return err
	}
	status := exitOK
	for _, t := range r.Trees {
		switch t.Status() {
		case "error":
			return errExit(exitBroken)
		case "forked":
			status = exitFound
		}
	}
	return errExitOrNil(status)
}

func errExitOrNil(code int) error {
	if code == exitOK {
		return nil
	}
	return errExit(code)
}
