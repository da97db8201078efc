package graph

import (
	"strings"
)

// HeadLine is one line of `alembic heads`: the id, its branch labels and
// whether it is a head or only an effective head.
func (n *Node) HeadLine() string {
	return n.line(false)
}

// BranchLine is a revision as `alembic branches` shows it, with the branch
// and merge point markers; withDoc appends the short docstring as
// `branches --verbose` does for the children of a branch point.
func (n *Node) BranchLine(withDoc bool) string {
	s := n.line(true)
	if withDoc {
		s += ", " + n.ShortDoc()
	}
	return s
}

// line is Alembic's Script._head_only with include_branches set.
func (n *Node) line(treeIndicators bool) string {
	var b strings.Builder
	b.WriteString(n.ID)
	if len(n.Labels) > 0 {
		b.WriteString(" (" + strings.Join(n.SortedLabels(), ", ") + ")")
	}
	switch {
	case n.IsRealHead():
		b.WriteString(" (head)")
	case n.IsHead():
		b.WriteString(" (effective head)")
	}
	if treeIndicators {
		if n.IsBranchPoint() {
			b.WriteString(" (branchpoint)")
		}
		if n.IsMergePoint() {
			b.WriteString(" (mergepoint)")
		}
	}
	return b.String()
}

// LogEntry is Alembic's Script.log_entry: the block `heads --verbose` and
// `branches --verbose` print for a revision, ending in a newline.
func (n *Node) LogEntry() string {
	var b strings.Builder
	b.WriteString("Rev: " + n.ID)
	if n.IsHead() {
		b.WriteString(" (head)")
	}
	if n.IsBranchPoint() {
		b.WriteString(" (branchpoint)")
	}
	if n.IsMergePoint() {
		b.WriteString(" (mergepoint)\nMerges: ")
	} else {
		b.WriteString("\nParent: ")
	}
	b.WriteString(n.formatDown() + "\n")
	if len(n.DependsOn) > 0 {
		b.WriteString("Also depends on: " + strings.Join(n.DependsOn, ", ") + "\n")
	}
	if n.IsBranchPoint() {
		b.WriteString("Branches into: " + strings.Join(ids(n.Next), ", ") + "\n")
	}
	if len(n.Labels) > 0 {
		b.WriteString("Branch names: " + strings.Join(n.SortedLabels(), ", ") + "\n")
	}
	b.WriteString("Path: " + n.Path + "\n\n")
	for i, para := range splitLines(n.LongDoc()) {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("    " + para)
	}
	b.WriteString("\n")
	return b.String()
}

// formatDown is Alembic's _format_down_revision.
func (n *Node) formatDown() string {
	if n.IsBase() || (len(n.Down) == 1 && n.Down[0] == "") {
		return "<base>"
	}
	return strings.Join(n.Down, ", ")
}

// splitLines is Python's str.splitlines: it also breaks at \r, \v, \f,
// \x1c-\x1e, \x85, U+2028 and U+2029.
func splitLines(s string) []string {
	var lines []string
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		case '\r':
			lines = append(lines, string(rs[start:i]))
			if i+1 < len(rs) && rs[i+1] == '\n' {
				i++
			}
			start = i + 1
			continue
		default:
			continue
		}
		lines = append(lines, string(rs[start:i]))
		start = i + 1
	}
	if start < len(rs) {
		lines = append(lines, string(rs[start:]))
	}
	return lines
}
