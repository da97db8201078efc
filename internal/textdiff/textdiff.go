// Package textdiff shows a change to a text file as a unified diff, the
// form people read in review and `git apply` takes: lint --fix and
// convention --write show what they write this way.
package textdiff

import (
	"fmt"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// diffContext is how many unchanged lines surround a change, as diff -u.
const diffContext = 3

// Unified renders the change from old to new as `git diff` does (--- from,
// +++ to, @@ hunks with three lines of context); from and to are printed
// as given, so "a/name" and "b/name", or "/dev/null" for a file that is
// created. go-diff finds the changed lines; it has no unified output of
// its own (its patch text counts characters and URL-escapes them), so the
// hunks are built here. It returns "" when nothing changed.
func Unified(from, to, old, new string) string {
	if old == new {
		return ""
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // the smallest diff, always: output must not depend on the machine's speed
	a, b, lines := dmp.DiffLinesToRunes(old, new)
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(a, b, false), lines)

	type line struct {
		op   byte // ' ', '-' or '+'
		text string
	}
	var ls []line
	for _, d := range diffs {
		op := byte(' ')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = '-'
		case diffmatchpatch.DiffInsert:
			op = '+'
		}
		for _, l := range strings.SplitAfter(d.Text, "\n") {
			if l != "" {
				ls = append(ls, line{op, l})
			}
		}
	}

	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", from, to)
	oldLine, newLine := 1, 1 // numbers of ls[i] in each file
	for i := 0; i < len(ls); {
		if ls[i].op == ' ' {
			oldLine++
			newLine++
			i++
			continue
		}
		// A hunk: back up for context, then take changes until an
		// unchanged run long enough to end it.
		start := max(i-diffContext, 0)
		for k := start; k < i; k++ {
			oldLine--
			newLine--
		}
		end := i
		for end < len(ls) {
			for end < len(ls) && ls[end].op != ' ' {
				end++
			}
			run := end
			for run < len(ls) && ls[run].op == ' ' {
				run++
			}
			if run == len(ls) || run-end > 2*diffContext {
				end = min(end+diffContext, len(ls))
				break
			}
			end = run
		}
		var oldN, newN int
		for _, l := range ls[start:end] {
			if l.op != '+' {
				oldN++
			}
			if l.op != '-' {
				newN++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(oldLine, oldN), hunkRange(newLine, newN))
		for _, l := range ls[start:end] {
			out.WriteByte(l.op)
			out.WriteString(l.text)
			if !strings.HasSuffix(l.text, "\n") {
				out.WriteString("\n\\ No newline at end of file\n")
			}
		}
		oldLine += oldN
		newLine += newN
		i = end
	}
	return out.String()
}

// hunkRange is one side of a hunk header: start,count, with the count left
// out when it is 1 and the start being the line before when it is 0.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start-1)
	case 1:
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}
