package main

import (
	"fmt"

	"github.com/charmbracelet/log"

	"github.com/onehead/onehead/internal/lint"
)

// LintCmd is `onehead lint`: seed migrations that do not heal existing
// databases, forked graphs and identifiers only Python can compute, in
// every revision file of every tree check finds.
type LintCmd struct {
	Trees   `embed:""`
	Format  string `short:"f" enum:"text,json,github" default:"text" help:"Output format: text, json or github (workflow annotations)."`
	Fix     bool   `help:"Rewrite what can be fixed surely (the diff shows what), each file atomically. Without it, the diff is only shown."`
	Explain string `placeholder:"RULE" help:"Explain a rule (seed-do-nothing, multiple-heads, non-static-identifier) and exit."`
}

// Help is the detail `onehead lint --help` shows below the usage line.
func (c *LintCmd) Help() string {
	return `Rules (onehead lint --explain RULE):
  seed-do-nothing        a seed that never heals a database already holding
                         its rows: ON CONFLICT DO NOTHING (SQL or Core), or a
                         plain INSERT or bulk_insert into a table an earlier
                         revision seeds
  multiple-heads         forked heads, as 'onehead check' finds them
  non-static-identifier  revision, down_revision, branch_labels or depends_on
                         that only Python can compute

Silence a finding with a comment on its statement,
  # onehead: ignore[seed-do-nothing]
or per tree, in .onehead.toml or pyproject.toml beside alembic.ini:
  [lint]                           # [tool.onehead.lint] in pyproject.toml
  ignore = ["non-static-identifier"]
  [lint.per-file-ignores]          # [tool.onehead.lint.per-file-ignores]
  "versions/036_*.py" = ["seed-do-nothing"]

--format json writes {schema, root, trees[], findings[{rule, file, line, column,
message, fix: fixable|fixed|refused, refused}], fixes[{file, findings, applied,
diff}], summary{trees, files, findings, fixed, errors, status}}.

Exit status: 0 nothing left to fix, 1 findings, 2 a tree, a file or the
configuration could not be read, or a fix could not be written.`
}

// Run lints: exit 0 when nothing is left to fix, 1 when findings are, 2
// when a tree or a file cannot be read or a fix cannot be written.
func (c *LintCmd) Run(cli *Globals, e env, logger *log.Logger) error {
	if c.Explain != "" {
		text, err := lint.Explain(c.Explain)
		if err != nil {
			return err
		}
		fmt.Fprint(e.Stdout, text)
		return nil
	}
	root, trees, err := c.open(cli, e)
	if err != nil {
		return err
	}
	var targets []lint.Target
	for _, t := range trees {
		targets = append(targets, lint.Target{Opened: t, Name: t.Name(root), Dir: rel(root, t.Dir)})
	}
	res := lint.Run(targets, lint.Options{Root: root, Strict: cli.Strict})
	if c.Format == "text" {
		res.LogWarnings(targets, logger)
	}

	var applyErr error
	switch c.Format {
	case "json":
		if c.Fix {
			applyErr = res.Apply()
		}
		if err := res.WriteJSON(e.Stdout); err != nil {
			return err
		}
	case "github":
		if c.Fix {
			applyErr = res.Apply()
		}
		res.WriteGitHub(e.Stdout)
	default:
		// The diffs are shown before anything is written.
		res.WriteFindings(e.Stdout)
		if c.Fix {
			applyErr = res.Apply()
		}
		res.WriteSummary(e.Stdout)
	}
	if applyErr != nil {
		return applyErr
	}
	switch res.Status() {
	case "error":
		return errExit(exitBroken)
	case "findings":
		return errExit(exitFound)
	}
	return nil
}
