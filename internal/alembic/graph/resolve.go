package graph

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ResolutionError is Alembic's ResolutionError: a revision argument that
// names no revision, or more than one. Commands show it as "Can't locate
// revision identified by '<Argument>'"; Message is Alembic's own
// explanation, which those commands do not print.
type ResolutionError struct {
	Message string
	// Argument is the text Alembic could not resolve: the argument without
	// its "label@" part, or the label when the label is what is unknown.
	Argument string
}

func (e *ResolutionError) Error() string { return e.Message }

// MultipleHeadsError is Alembic's MultipleHeads: "head" (or "label@head")
// where there are several heads to choose from.
type MultipleHeadsError struct {
	Heads    []string
	Argument string
}

func (e *MultipleHeadsError) Error() string {
	return fmt.Sprintf("Multiple heads are present for given argument '%s'; %s", e.Argument, strings.Join(e.Heads, ", "))
}

// Resolve turns revision arguments into revisions as Alembic's
// RevisionMap.get_revisions does for a list, in argument order: "heads"
// (the real heads, effective heads left out), "head" (the one head,
// effective heads counted), "base" (nothing), a full id or branch label, a
// unique prefix of four or more characters, each optionally narrowed by a
// "label@" prefix ("label@heads" filters every head by lineage). The result
// may repeat a revision, as Alembic's does; callers decide whether that is
// an error.
//
// Relative arguments ("-1", "label@-2") walk the graph in Alembic; onehead
// refuses them rather than guess at their corner cases.
func (g *Graph) Resolve(args []string) ([]*Node, error) {
	var out []*Node
	for _, arg := range args {
		names, label, err := g.resolveNumber(arg)
		if err != nil {
			return nil, err
		}
		if len(names) == 1 && negativeInt(names[0]) {
			return nil, fmt.Errorf("relative revision argument %q: onehead does not walk the graph for it; name the revisions instead", arg)
		}
		for _, id := range names {
			n, err := g.forIdent(id, label)
			if err != nil {
				return nil, err
			}
			out = append(out, n)
		}
	}
	return out, nil
}

// resolveNumber is Alembic's _resolve_revision_number: the ids an argument
// stands for before prefixes are matched, and its branch label ("" for
// none; Alembic treats an empty label as none too).
func (g *Graph) resolveNumber(arg string) (names []string, label string, err error) {
	if before, after, found := strings.Cut(arg, "@"); found {
		label, arg = before, after
	}
	switch arg {
	case "heads":
		if label == "" {
			return ids(g.RealHeads()), "", nil
		}
		names, err = g.filterForLineage(ids(g.Heads()), label)
		return names, label, err
	case "head":
		heads := ids(g.Heads())
		name := "head"
		if label != "" {
			name = label + "@head"
			if heads, err = g.filterForLineage(heads, label); err != nil {
				return nil, "", err
			}
		}
		if len(heads) > 1 {
			return nil, "", &MultipleHeadsError{Heads: heads, Argument: name}
		}
		return heads, label, nil
	case "base":
		return nil, label, nil
	}
	return []string{arg}, label, nil
}

// forIdent is Alembic's _revision_for_ident: an exact id or label, else a
// unique prefix, checked against the branch when one is given.
func (g *Graph) forIdent(id, branch string) (*Node, error) {
	var branchRev *Node
	if branch != "" {
		var err error
		if branchRev, err = g.resolveBranch(branch); err != nil {
			return nil, err
		}
	}
	n, ok := g.Lookup(id)
	if !ok {
		if id == "" {
			// Alembic fails an assertion here (a traceback).
			return nil, fmt.Errorf("an empty revision argument names no revision")
		}
		var matches []string
		for _, key := range g.mapKeys() {
			if utf8.RuneCountInString(key) > 3 && strings.HasPrefix(key, id) {
				matches = append(matches, key)
			}
		}
		if branchRev != nil {
			var err error
			if matches, err = g.filterForLineage(matches, branch); err != nil {
				return nil, err
			}
		}
		switch {
		case len(matches) == 0:
			hint := ""
			if utf8.RuneCountInString(id) < 4 {
				hint = "; please ensure at least four characters are present for partial revision identifier matches"
			}
			return nil, &ResolutionError{Message: fmt.Sprintf("No such revision or branch '%s'%s", id, hint), Argument: id}
		case len(matches) > 1:
			quoted := make([]string, 0, 3)
			for _, m := range matches[:min(3, len(matches))] {
				quoted = append(quoted, "'"+m+"'")
			}
			return nil, &ResolutionError{
				Message:  fmt.Sprintf("Multiple revisions start with '%s': %s...", id, strings.Join(quoted, ", ")),
				Argument: id,
			}
		}
		n, _ = g.Lookup(matches[0])
	}
	if branchRev != nil {
		shares, err := g.sharesLineage(n.ID, []string{branchRev.ID})
		if err != nil {
			return nil, err
		}
		if !shares {
			return nil, &ResolutionError{
				Message:  fmt.Sprintf("Revision %s is not a member of branch '%s'", n.ID, branch),
				Argument: id,
			}
		}
	}
	return n, nil
}

// resolveBranch is Alembic's _resolve_branch: the revision a label (or an
// id, or an id prefix) names.
func (g *Graph) resolveBranch(label string) (*Node, error) {
	if n, ok := g.Lookup(label); ok {
		return n, nil
	}
	n, err := g.forIdent(label, "")
	if _, unknown := err.(*ResolutionError); unknown {
		return nil, &ResolutionError{Message: fmt.Sprintf("No such branch: '%s'", label), Argument: label}
	}
	return n, err
}

// filterForLineage is Alembic's filter_for_lineage: the targets that are
// ancestors or descendants (along down revisions) of what checkAgainst
// names, or of its branch label.
func (g *Graph) filterForLineage(targets []string, checkAgainst string) ([]string, error) {
	names, label, err := g.resolveNumber(checkAgainst)
	if err != nil {
		return nil, err
	}
	var shares []string
	if label != "" {
		shares = append(shares, label)
	}
	shares = append(shares, names...)
	var out []string
	for _, t := range targets {
		ok, err := g.sharesLineage(t, shares)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, t)
		}
	}
	return out, nil
}

// sharesLineage is Alembic's _shares_lineage without dependencies: whether
// any of against is the target, one of its ancestors or one of its
// descendants. An empty against is shared by everything.
func (g *Graph) sharesLineage(target string, against []string) (bool, error) {
	if len(against) == 0 {
		return true, nil
	}
	t, err := g.forIdent(target, "")
	if err != nil {
		return false, err
	}
	want := make([]*Node, 0, len(against))
	for _, a := range against {
		n, err := g.forIdent(a, "")
		if err != nil {
			return false, err
		}
		want = append(want, n)
	}
	for _, walk := range []func(*Node) []*Node{children, parents} {
		for _, n := range g.related([]*Node{t}, walk) {
			if slices.Contains(want, n) {
				return true, nil
			}
		}
	}
	return false, nil
}

// mapKeys are the names in Alembic's revision map, in its order: revision
// ids in load order, then branch labels. Alembic adds labels from a set, so
// their order varies between its runs; onehead sorts them.
func (g *Graph) mapKeys() []string {
	keys := slices.Clone(g.ids)
	for _, l := range slices.Sorted(maps.Keys(g.labels)) {
		keys = append(keys, l)
	}
	return keys
}

// negativeInt reports whether Python's int(s) is a negative number, which
// makes Alembic treat the argument as a relative walk down from the heads:
// surrounding whitespace, a minus sign, then decimal digits of any script,
// single underscores allowed between digits, not all zero.
func negativeInt(s string) bool {
	s = strings.TrimFunc(s, unicode.IsSpace)
	rest, ok := strings.CutPrefix(s, "-")
	if !ok || rest == "" {
		return false
	}
	nonzero, prevDigit := false, false
	for _, r := range rest {
		switch {
		case unicode.Is(unicode.Nd, r):
			prevDigit = true
			nonzero = nonzero || digitValue(r) != 0
		case r == '_' && prevDigit:
			prevDigit = false
		default:
			return false
		}
	}
	return prevDigit && nonzero
}

// digitValue is the value of a decimal digit of any script: Unicode lays
// decimal digits out in runs of ten, zero first, some runs back to back.
func digitValue(r rune) int {
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}
