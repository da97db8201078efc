package graph

import (
	"slices"
	"strings"
)

// Walk returns every revision reachable from the real heads, newest first,
// in the topological order of Alembic's walk_revisions: the order in which
// `alembic branches` and `alembic history` list revisions.
//
// On some graphs with depends_on, Alembic's walk never ends: two heads each
// wait for the other. Walk detects that and returns an error naming them
// instead of hanging too.
func (g *Graph) Walk() ([]*Node, error) {
	heads := g.RealHeads()
	todo := map[string]bool{}
	for _, n := range g.related(heads, (*Node).normalizedParents) {
		todo[n.ID] = true
	}
	ancestors := func(id string) map[string]bool {
		set := map[string]bool{}
		for _, n := range g.related([]*Node{g.byID[id]}, (*Node).normalizedParents) {
			set[n.ID] = true
		}
		return set
	}
	var current []string
	for _, id := range g.ids {
		if todo[id] && slices.ContainsFunc(heads, func(h *Node) bool { return h.ID == id }) {
			current = append(current, id)
		}
	}
	ancestorsOf := make([]map[string]bool, len(current))
	for i, id := range current {
		ancestorsOf[i] = ancestors(id)
	}
	var out []*Node
	idx, waits := 0, 0
	for len(current) > 0 {
		candidate := current[idx]
		if waits > len(current) {
			return nil, &WalkError{Heads: slices.Clone(current)}
		}
		blocked := false
		for i, anc := range ancestorsOf {
			// Another head descends from the candidate: walk it first.
			if i != idx && anc[candidate] {
				idx, blocked = i, true
				break
			}
		}
		if blocked {
			waits++
			continue
		}
		waits = 0
		if todo[candidate] {
			out = append(out, g.byID[candidate])
			delete(todo, candidate)
		}
		rev := g.byID[candidate]
		var add []string
		for _, d := range rev.normalizedDown() {
			if todo[d] && !slices.Contains(current, d) {
				add = append(add, d)
			}
		}
		switch {
		case len(add) == 0:
			current = slices.Delete(current, idx, idx+1)
			ancestorsOf = slices.Delete(ancestorsOf, idx, idx+1)
			idx = max(idx-1, 0)
		case len(rev.NormalizedDeps) == 0 && len(rev.Down) == 1:
			current[idx] = add[0]
			delete(ancestorsOf[idx], candidate)
		default:
			current[idx] = add[0]
			ancestorsOf[idx] = ancestors(add[0])
			for _, a := range add[1:] {
				current = append(current, a)
				ancestorsOf = append(ancestorsOf, ancestors(a))
			}
		}
	}
	return out, nil
}

// WalkError is a graph Alembic's topological walk never finishes on.
type WalkError struct {
	// Heads are the revisions waiting for each other.
	Heads []string
}

func (e *WalkError) Error() string {
	return "alembic would never finish walking this graph: revisions " + strings.Join(e.Heads, ", ") +
		" each wait for another (depends_on that crosses branches); alembic branches and history hang here"
}

// normalizedParents are the nodes of normalizedDown.
func (n *Node) normalizedParents() []*Node {
	out := slices.Clone(n.Parents)
	for _, p := range n.allParents {
		if slices.Contains(n.NormalizedDeps, p.ID) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}
