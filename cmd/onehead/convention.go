package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/onehead/onehead/internal/atomicfile"
	"github.com/onehead/onehead/internal/convention"
	"github.com/onehead/onehead/internal/report"
	"github.com/onehead/onehead/internal/textdiff"
)

// ConventionCmd is `onehead convention`: what each tree tells its authors
// to do about forked heads, the text the git hooks show when they find a
// fork, and --write to give a tree without one the incident report's rule.
type ConventionCmd struct {
	Trees `embed:""`
	Write bool `help:"Add the default convention to the script directory's README.md (created if absent) of each tree without one; the diff shows what, each file is written atomically."`
}

// Help is the detail `onehead convention --help` shows below the usage line.
func (c *ConventionCmd) Help() string {
	return `A tree's convention is the first paragraph (or list item) of its script
directory's README.md that names 'alembic merge', else the first that
mentions heads; then the same in the README.md beside alembic.ini. Where
there is none, onehead suggests:
  ` + convention.Default + `

Exit status: 0 every tree has a convention (or --write added it), 1 a tree
has none, 2 a tree could not be read or a README not read or written.`
}

// Run shows each tree's convention: exit 0 when every tree has one (or
// --write added it), 1 when one lacks it, 2 when a tree or a README could
// not be read or written (the other trees are still shown).
func (c *ConventionCmd) Run(cli *Globals, e env) error {
	root, trees, err := c.open(cli, e)
	if err != nil {
		return err
	}
	w := e.Stdout
	var found, missing, added, broken int
	for _, t := range trees {
		name := t.Name(root)
		if t.Config == nil {
			broken++
			fmt.Fprintf(w, "%s: cannot read: %s\n", name, report.Describe(root, t.Err))
			continue
		}
		conv, err := convention.Find(nil, t.Config.ScriptDir, t.Config.Dir)
		switch {
		case err != nil:
			broken++
			fmt.Fprintf(w, "%s: cannot read: %s\n", name, relError(root, err))
		case !conv.Default:
			found++
			fmt.Fprintf(w, "%s: convention at %s:%d\n%s", name, rel(root, conv.Path), conv.Line, indent(conv.Text))
		case !c.Write:
			missing++
			fmt.Fprintf(w, "%s: no convention; the default, which --write adds to %s:\n%s",
				name, rel(root, conv.Path), indent(conv.Text))
		default:
			fmt.Fprintf(w, "%s: no convention; adding the default to %s:\n", name, rel(root, conv.Path))
			if err := writeDefault(w, rel(root, conv.Path), conv.Path); err != nil {
				broken++
				fmt.Fprintf(w, "%s: cannot write %s: %s\n", name, rel(root, conv.Path), relError(root, err))
				continue
			}
			added++
		}
	}
	count := fmt.Sprintf("%d trees", len(trees))
	if len(trees) == 1 {
		count = "1 tree"
	}
	switch {
	case len(trees) == 0:
		fmt.Fprintf(w, "no Alembic trees under %s\n", root)
	case found == len(trees):
		fmt.Fprintf(w, "%s, each with a convention\n", count)
	default:
		var parts []string
		for _, p := range []struct {
			n    int
			what string
		}{{found, "with a convention"}, {missing, "without"}, {added, "added"}, {broken, "failed"}} {
			if p.n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
			}
		}
		fmt.Fprintf(w, "%s: %s\n", count, strings.Join(parts, ", "))
	}
	switch {
	case broken > 0:
		return errExit(exitBroken)
	case missing > 0:
		return errExit(exitFound)
	}
	return nil
}

// writeDefault adds the default convention to the README at path (shown
// as name), printing the change as a diff before writing it.
func writeDefault(w io.Writer, name, path string) error {
	old, err := os.ReadFile(path)
	from := "a/" + filepath.ToSlash(name)
	if errors.Is(err, fs.ErrNotExist) {
		from = "/dev/null"
	} else if err != nil {
		return err
	}
	content := convention.Add(old)
	fmt.Fprint(w, textdiff.Unified(from, "b/"+filepath.ToSlash(name), string(old), string(content)))
	return atomicfile.Write(path, content)
}

// relError shows a file error with its path relative to root.
func relError(root string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s %s: %v", pe.Op, rel(root, pe.Path), pe.Err)
	}
	return err.Error()
}

// indent shows a paragraph below the line that names it.
func indent(text string) string {
	return "  " + strings.ReplaceAll(text, "\n", "\n  ") + "\n"
}
