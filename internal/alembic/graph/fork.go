package graph

import (
	"maps"
	"slices"
	"strings"
)

// Fork is a set of heads that should be one: they carry the same branch
// labels (usually none), so `alembic upgrade head` (or `<label>@head`)
// cannot choose between them. Heads with different labels are independent
// branches kept on purpose (neutron's expand/contract, per-package labels).
type Fork struct {
	// Labels is the label set the heads share, sorted.
	Labels []string
	// Heads are the forked heads in load order.
	Heads []*Node
	// Chains holds, for each head, its revisions from the head down to the
	// last one before MeetsAt: what each side added since the fork.
	Chains [][]*Node
	// MeetsAt is the newest revision all heads descend from; nil when they
	// start from separate bases.
	MeetsAt *Node
}

// Forks groups the heads `alembic heads` lists by label set and returns the
// groups holding more than one head. With strict, every head counts against
// every other, labels or not: the tree must have exactly one head.
func (g *Graph) Forks(strict bool) []Fork {
	var (
		order  []string
		groups = map[string][]*Node{}
	)
	for _, h := range g.Heads() {
		key := ""
		if !strict {
			key = strings.Join(h.SortedLabels(), "\x00")
		}
		if slices.Contains(groups[key], h) {
			continue // a revision id declared twice is one head
		}
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], h)
	}
	var forks []Fork
	for _, key := range order {
		heads := groups[key]
		if len(heads) < 2 {
			continue
		}
		f := Fork{Heads: heads}
		if key != "" {
			f.Labels = strings.Split(key, "\x00")
		}
		f.MeetsAt, f.Chains = g.divergence(heads)
		forks = append(forks, f)
	}
	return forks
}

// divergence finds the newest common ancestor of heads and
// each head's chain down to it, following down revisions, first parent at a
// merge the first parent that is not common.
func (g *Graph) divergence(heads []*Node) (*Node, [][]*Node) {
	var common map[*Node]bool
	for _, h := range heads {
		anc := map[*Node]bool{}
		for _, n := range g.related([]*Node{h}, parents) {
			anc[n] = true
		}
		if common == nil {
			common = anc
			continue
		}
		for n := range common {
			if !anc[n] {
				delete(common, n)
			}
		}
	}
	chains := make([][]*Node, len(heads))
	for i, h := range heads {
		for n := h; n != nil && !common[n]; {
			chains[i] = append(chains[i], n)
			var next *Node
			for _, p := range n.Parents {
				if !common[p] {
					next = p
					break
				}
			}
			n = next
		}
	}
	// The newest common revision is one no other common revision descends
	// from; when history criss-crosses there are several, and the one
	// loaded last is shown.
	newest := maps.Clone(common)
	for n := range common {
		for _, anc := range g.related([]*Node{n}, parents)[1:] {
			delete(newest, anc)
		}
	}
	var meets *Node
	for n := range newest {
		if meets == nil || n.order > meets.order {
			meets = n
		}
	}
	return meets, chains
}
