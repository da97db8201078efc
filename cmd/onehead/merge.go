package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/log"

	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/gitx"
	"github.com/onehead/onehead/internal/merge"
)

// MergeCmd is `onehead merge`: alembic merge, writing the same file at the
// same path, plus opt-in flags for merges that two people can make
// identically.
type MergeCmd struct {
	Message         *string  `short:"m" name:"message" placeholder:"MESSAGE" help:"Message string to use with 'revision'."`
	BranchLabel     *string  `name:"branch-label" placeholder:"BRANCH_LABEL" help:"Specify a branch label to apply to the new revision."`
	RevID           string   `name:"rev-id" placeholder:"REV_ID" help:"Specify a hardcoded revision id instead of generating one. onehead only: 'auto' derives the id from the sorted parent ids, following the tree's own id pattern (YYYYMMDD_<slug> stamps, zero-padded sequence numbers, else 12 hex digits), so everyone merging the same heads gets the same id."`
	Splice          bool     `help:"Allow a non-head revision as the 'head' to splice onto."`
	DateFromParents bool     `name:"date-from-parents" help:"onehead only: take the Create Date from the newest parent's 'Create Date:' line instead of the clock; with --rev-id auto, two people merging the same heads write byte-identical files. (SOURCE_DATE_EPOCH, when set, also replaces the clock.)"`
	Stage           bool     `help:"onehead only: run 'git add -- <file>' on the new file when it is inside a git work tree."`
	Revisions       []string `arg:"" optional:"" name:"revisions" help:"One or more revisions, or 'heads' for all heads (also: unique id prefixes, branch labels, 'label@head')."`
}

// mergeUsage is the usage line argparse prints with its errors.
const mergeUsage = "usage: onehead merge [-h] [-m MESSAGE] [--branch-label BRANCH_LABEL] [--rev-id REV_ID] [--splice]\n" +
	"                     [--date-from-parents] [--stage] revisions [revisions ...]\n"

// Run writes the merge revision, printing what alembic merge prints on
// stdout, then the heads after the merge on stderr.
func (c *MergeCmd) Run(cli *Globals, e env, logger *log.Logger) error {
	if len(c.Revisions) == 0 {
		fmt.Fprint(e.Stderr, mergeUsage+"onehead merge: error: the following arguments are required: revisions\n")
		return errExit(exitBroken)
	}
	dir, err := e.dir()
	if err != nil {
		return err
	}
	req := merge.Request{
		Config:    config.Options{Dir: dir, Files: cli.Config, Name: cli.Name, Getenv: e.Getenv},
		Settings:  cli.settings(e),
		Revisions: c.Revisions, Message: c.Message, RevID: c.RevID, BranchLabel: c.BranchLabel, Splice: c.Splice,
		DateFromParents: c.DateFromParents,
		Stdout:          e.Stdout, Stderr: e.Stderr,
	}
	if c.Stage {
		req.Stage = func(path string) (bool, error) { return gitx.Stage(context.Background(), path, dir, e.Getenv) }
	}
	if req.Now, err = sourceDateEpoch(e.Getenv("SOURCE_DATE_EPOCH")); err != nil {
		return err
	}
	// Python reads TZ for a naive create_date; so does Go, but only from
	// the process environment, which in-process runs do not share.
	if tz := strings.TrimPrefix(e.Getenv("TZ"), ":"); tz != "" {
		if loc, err := time.LoadLocation(tz); err == nil {
			req.Local = loc
		}
	}
	res, err := merge.Merge(req)
	for _, w := range res.Warnings {
		logger.Warn(w.String())
	}
	var failure *merge.Failure
	if errors.As(err, &failure) {
		logger.Error(failure.Detail)
	}
	if err != nil {
		return err
	}
	switch {
	case res.Staged:
		logger.Info("staged " + res.Path)
	case c.Stage:
		logger.Warn("--stage: " + filepath.Dir(res.Path) + " is not inside a git work tree; nothing staged")
	}
	fmt.Fprintln(e.Stderr, "onehead: heads after merge:")
	for _, h := range res.Heads {
		fmt.Fprintln(e.Stderr, "  "+h.HeadLine())
	}
	return nil
}

// sourceDateEpoch is the reproducible-builds clock: a fixed time in Unix
// seconds, or nil (the real clock) when unset.
func sourceDateEpoch(v string) (func() time.Time, error) {
	if v == "" {
		return nil, nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", v)
	}
	return func() time.Time { return time.Unix(secs, 0) }, nil
}
