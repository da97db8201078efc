// Package graph builds the revision graph of one Alembic script directory
// exactly as Alembic's RevisionMap does: heads, effective heads, bases,
// branch and merge points, propagated branch labels, and Alembic's errors for
// graphs it cannot use.
package graph

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/script"
)

// Node is a revision in the graph.
type Node struct {
	*script.Revision

	// Labels is the revision's branch labels after Alembic's propagation
	// to descendants and ancestors.
	Labels map[string]bool
	// Next are the revisions naming this one in their down_revision, in
	// load order. AllNext adds those that depend on it.
	Next, AllNext []*Node
	// Deps are the depends_on entries resolved to revision ids.
	Deps []string
	// NormalizedDeps are Deps without those an ancestor already depends on.
	NormalizedDeps []string
	// Parents are the down revisions, resolved; allParents adds the
	// resolved dependencies.
	Parents, allParents []*Node

	// order is the node's position in load order.
	order int
	// winner is the node holding this node's id in the graph: itself,
	// unless a file loaded later declares the same id.
	winner *Node
}

// IsHead reports whether no revision names this one as down revision. A
// head that another revision depends on is an effective head.
func (n *Node) IsHead() bool { return len(n.Next) == 0 }

// IsRealHead reports whether no revision names or depends on this one.
func (n *Node) IsRealHead() bool { return len(n.AllNext) == 0 }

// IsBranchPoint reports whether several revisions name this one as down
// revision.
func (n *Node) IsBranchPoint() bool { return len(n.Next) > 1 }

// SortedLabels returns the propagated labels in a stable order. Alembic
// prints a Python set here, whose order varies from run to run.
func (n *Node) SortedLabels() []string { return slices.Sorted(maps.Keys(n.Labels)) }

// allDown is Alembic's _all_down_revisions: down revisions then resolved
// dependencies, without repeats.
func (n *Node) allDown() []string {
	if len(n.Deps) == 0 && len(n.Down) <= 1 {
		return n.Down // nothing to repeat: most revisions
	}
	return dedupe(append(slices.Clone(n.Down), n.Deps...))
}

// normalizedDown is Alembic's _normalized_down_revisions.
func (n *Node) normalizedDown() []string {
	return dedupe(append(slices.Clone(n.Down), n.NormalizedDeps...))
}

// Graph is the revision graph of one script directory.
type Graph struct {
	// Nodes holds every revision file in load order, including a revision
	// whose id another file repeats.
	Nodes []*Node
	// heads and realHeads are in load order and may hold the same id twice
	// when two files declare it, as Alembic's do.
	heads, realHeads []*Node
	byID             map[string]*Node
	// ids are the distinct revision ids in the order Alembic's map keeps
	// them (first appearance); distinct holds the node that won each.
	ids      []string
	distinct []*Node
	// labels maps each branch label to the revision that declares it.
	labels map[string]*Node
	// acyclic is set when the revisions are known to form no cycle (see
	// [Graph.link]).
	acyclic bool
}

// Build links revisions, given in load order, into a graph, checking what
// Alembic checks in the order Alembic checks it. Warnings are what Alembic
// warns about without failing.
func Build(revs []*script.Revision) (*Graph, []alembic.Warning, error) {
	g := &Graph{byID: make(map[string]*Node, len(revs)), labels: map[string]*Node{},
		Nodes: make([]*Node, len(revs)), ids: make([]string, 0, len(revs))}
	nodes := make([]Node, len(revs))
	for i, r := range revs {
		n := &nodes[i]
		n.Revision, n.order, n.winner = r, i, n
		g.Nodes[i] = n
		g.byID[r.ID] = n
	}
	// Ids are nearly always unique, which the map's size shows: only
	// otherwise are the nodes mapped again one by one, to warn about each
	// repeat and to find the file that wins each id.
	var warns []alembic.Warning
	if len(g.byID) == len(g.Nodes) {
		g.distinct = g.Nodes
		for _, n := range g.Nodes {
			g.ids = append(g.ids, n.ID)
		}
	} else {
		clear(g.byID)
		for _, n := range g.Nodes {
			if prev, dup := g.byID[n.ID]; dup {
				warns = append(warns, alembic.Warning{Path: n.Path, Line: n.Line.Revision,
					Msg: fmt.Sprintf("Revision %s is present more than once (also in %s); this file wins", n.ID, prev.Path)})
			} else {
				g.ids = append(g.ids, n.ID)
			}
			g.byID[n.ID] = n
		}
		for _, n := range g.Nodes {
			n.winner = g.byID[n.ID]
		}
		g.distinct = make([]*Node, len(g.ids))
		for i, id := range g.ids {
			g.distinct[i] = g.byID[id]
		}
	}
	if err := g.mapLabels(); err != nil {
		return nil, warns, err
	}
	if err := g.resolveDeps(); err != nil {
		return nil, warns, err
	}
	if err := g.link(); err != nil {
		return nil, warns, err
	}
	// Only the file loaded last for an id takes part in linking, but every
	// file stays a head candidate: Alembic prints a duplicated head twice.
	for _, n := range g.Nodes {
		if len(n.Next) == 0 {
			g.heads = append(g.heads, n)
		}
		if len(n.AllNext) == 0 {
			g.realHeads = append(g.realHeads, n)
		}
	}
	g.normalizeDeps()
	if err := g.detectCycles(); err != nil {
		return nil, warns, err
	}
	g.propagateLabels()
	return g, warns, nil
}

// link resolves each revision's down revisions and dependencies to nodes
// and records the edges both ways, as Alembic's add_nextrev does. The edge
// lists are slices of a few shared arrays, sized by a first pass, rather
// than grown one node at a time: a tree can hold 100,000 revisions, and
// each pass over them costs a cache miss per node it touches.
func (g *Graph) link() error {
	// First every parent, in Alembic's order, so that the first missing
	// one is the error Alembic gives. Each edge is kept as the parent's
	// position in load order, and whether it is a down revision or only a
	// dependency. On a large tree the lookups are shared out between the
	// processor's cores, in consecutive runs of revisions.
	children, allChildren := make([]atomic.Int32, len(g.Nodes)), make([]atomic.Int32, len(g.Nodes))
	runs := make([]parentRun, 1)
	if len(g.distinct) >= parallelLinks {
		runs = make([]parentRun, runtime.GOMAXPROCS(0))
	}
	var wg sync.WaitGroup
	for k := range runs {
		from, to := k*len(g.distinct)/len(runs), (k+1)*len(g.distinct)/len(runs)
		wg.Go(func() { runs[k] = g.resolveParents(from, to, children, allChildren) })
	}
	wg.Wait()
	start := make([]int32, 0, len(g.distinct)+1)
	var edges []edge
	for _, r := range runs {
		if r.err != nil {
			return r.err
		}
		for _, s := range r.start {
			start = append(start, int32(len(edges))+s)
		}
		edges = append(edges, r.edges...)
	}
	start = append(start, int32(len(edges)))
	all := make([]*Node, len(edges))
	parentArena := make([]*Node, 0, len(edges))
	nextArena, allNextArena := make([]*Node, len(edges)), make([]*Node, len(edges))
	var nextAt, allNextAt int32
	allCount := make([]int32, len(g.Nodes)) // for acyclic
	for k, n := range g.Nodes {
		c, a := children[k].Load(), allChildren[k].Load()
		n.Next, nextAt = nextArena[nextAt:nextAt:nextAt+c], nextAt+c
		n.AllNext, allNextAt = allNextArena[allNextAt:allNextAt:allNextAt+a], allNextAt+a
		allCount[k] = a
	}
	for i, n := range g.distinct {
		from := len(parentArena)
		for j := start[i]; j < start[i+1]; j++ {
			// allDown holds no repeats, and no two ids resolve to the
			// same node: n is new to parent's lists.
			parent := g.Nodes[edges[j].parent]
			all[j] = parent
			parent.AllNext = append(parent.AllNext, n)
			if edges[j].down {
				parent.Next = append(parent.Next, n)
				parentArena = append(parentArena, parent)
			}
		}
		n.allParents = all[start[i]:start[i+1]:start[i+1]]
		n.Parents = parentArena[from:len(parentArena):len(parentArena)]
	}
	if len(g.distinct) == len(g.Nodes) {
		g.acyclic = acyclic(edges, start, allCount)
	}
	return nil
}

// parallelLinks is how many revisions make it worth sharing the parent
// lookups between cores: below it, starting goroutines costs more.
const parallelLinks = 16384

// parentRun is the resolved parents of a run of consecutive revisions:
// start[i] is where the i-th revision's edges begin in edges.
type parentRun struct {
	edges []edge
	start []int32
	err   error
}

// resolveParents resolves the parents of g.distinct[from:to], counting
// each parent's children (of both kinds) in children and allChildren,
// which other runs add to at the same time. It stops at the first parent
// that resolves to nothing.
func (g *Graph) resolveParents(from, to int, children, allChildren []atomic.Int32) parentRun {
	r := parentRun{edges: make([]edge, 0, to-from), start: make([]int32, 0, to-from)} // nearly all have one parent
	for _, n := range g.distinct[from:to] {
		r.start = append(r.start, int32(len(r.edges)))
		for _, down := range n.allDown() {
			// As add_nextrev: a down revision when the parent's id is one
			// of the child's down revisions (found by id, the parent's id
			// is down itself).
			parent, ok := g.byID[down]
			isDown := slices.Contains(n.Down, down)
			if !ok && !isDown {
				if parent, ok = g.labels[down]; ok {
					isDown = slices.Contains(n.Down, parent.ID)
				}
			}
			// Alembic links through branch labels too, then fails on a
			// label in down_revision when it walks ids only; either way the
			// graph is unusable, so stop here.
			if !ok {
				r.err = g.missing(n, down)
				return r
			}
			r.edges = append(r.edges, edge{parent: int32(parent.order), down: isDown})
			allChildren[parent.order].Add(1)
			if isDown {
				children[parent.order].Add(1)
			}
		}
	}
	return r
}

// edge is a resolved entry of a revision's allDown.
type edge struct {
	parent int32 // the parent's position in load order
	down   bool  // a down revision, not only a dependency
}

// acyclic reports whether no node is its own ancestor along down revisions
// and dependencies together (Kahn's algorithm on node positions, which is
// several times faster than following the nodes' pointers). It is given,
// for each node in order, its resolved parents, edges[start[i]:start[i+1]],
// and the number of edges from it to its children, children[i].
//
// In such a graph every revision lies on a path from a head to a base,
// along either kind of edge, so detectCycles has nothing to find. A
// repeated id breaks that (the files that lose it take no part in linking,
// though Alembic walks them): then the caller does not ask.
func acyclic(edges []edge, start, children []int32) bool {
	nodes := len(children)
	// The children of node i are child[childAt[i]:childAt[i+1]].
	childAt := make([]int32, nodes+1)
	for i, c := range children {
		childAt[i+1] = childAt[i] + c
	}
	child := make([]int32, len(edges))
	fill := slices.Clone(childAt[:nodes])
	waiting := make([]int32, nodes) // parents not yet taken
	var ready []int32
	for i := range nodes {
		for _, e := range edges[start[i]:start[i+1]] {
			child[fill[e.parent]] = int32(i)
			fill[e.parent]++
		}
		if waiting[i] = start[i+1] - start[i]; waiting[i] == 0 {
			ready = append(ready, int32(i))
		}
	}
	for k := 0; k < len(ready); k++ {
		p := ready[k]
		for _, c := range child[childAt[p]:childAt[p+1]] {
			if waiting[c]--; waiting[c] == 0 {
				ready = append(ready, c)
			}
		}
	}
	return len(ready) == nodes
}

// addLabels adds propagated labels; most nodes never get one, so the map
// is made on first use.
func (n *Node) addLabels(labels []string) {
	if n.Labels == nil {
		n.Labels = map[string]bool{}
	}
	for _, l := range labels {
		n.Labels[l] = true
	}
}

// Lookup returns the revision with exactly this id or branch label.
func (g *Graph) Lookup(name string) (*Node, bool) {
	if n, ok := g.byID[name]; ok {
		return n, true
	}
	n, ok := g.labels[name]
	return n, ok
}

// Heads returns what `alembic heads` lists: revisions no other revision
// names as down revision, in load order, effective heads included.
func (g *Graph) Heads() []*Node { return g.resolved(g.heads) }

// RealHeads returns the heads that no revision depends on either: what
// Alembic means by "heads" as a revision argument.
func (g *Graph) RealHeads() []*Node { return g.resolved(g.realHeads) }

// resolved maps head candidates to the node Alembic prints for their id:
// the file that won the id.
func (g *Graph) resolved(nodes []*Node) []*Node {
	out := make([]*Node, len(nodes))
	for i, n := range nodes {
		out[i] = n.winner
	}
	return out
}

// mapLabels registers branch labels beside revision ids, refusing a label
// that is already a revision id or another revision's label.
func (g *Graph) mapLabels() error {
	for _, n := range g.Nodes {
		for _, label := range n.BranchLabels {
			other, taken := g.Lookup(label)
			if taken {
				return &alembic.RevisionError{
					Message: fmt.Sprintf("Branch name '%s' in revision %s already used by revision %s", label, n.ID, other.ID),
					Path:    n.Path, Line: n.Line.BranchLabels,
				}
			}
			g.labels[label] = n
		}
	}
	return nil
}

// resolveDeps turns depends_on entries (ids or labels, exact) into ids.
func (g *Graph) resolveDeps() error {
	for _, n := range g.Nodes {
		n.Deps = nil
		for _, dep := range n.DependsOn {
			target, ok := g.Lookup(dep)
			if !ok {
				return &alembic.FileError{Path: n.Path, Line: n.Line.DependsOn,
					Msg:  fmt.Sprintf("depends_on names %q, which is neither a revision id nor a branch label in this tree", dep),
					Hint: g.suggest(dep)}
			}
			n.Deps = append(n.Deps, target.ID)
		}
	}
	return nil
}

// missing explains a down revision that names nothing, guessing the usual
// mistakes: a partial id, a branch label, a file name.
func (g *Graph) missing(n *Node, down string) error {
	return &alembic.FileError{Path: n.Path, Line: n.Line.Down,
		Msg:  fmt.Sprintf("down_revision names %q, which no revision file in this tree defines", down),
		Hint: g.suggest(down)}
}

// suggest names what a reference that resolves to nothing probably meant.
func (g *Graph) suggest(ref string) string {
	if ref == "" {
		return "an empty string is not a base in Alembic 1.12.1 and later; write None for a base revision"
	}
	if n, ok := g.labels[ref]; ok {
		return fmt.Sprintf("%q is a branch label; down_revision needs the revision id %q", ref, n.ID)
	}
	var prefixed []string
	for _, id := range g.ids {
		if strings.HasPrefix(id, ref) {
			prefixed = append(prefixed, id)
		}
	}
	if len(prefixed) == 1 {
		return fmt.Sprintf("write the full revision id %q; Alembic does not resolve partial ids here", prefixed[0])
	}
	stem := strings.TrimSuffix(ref, ".py")
	for _, n := range g.Nodes {
		base := n.Path[strings.LastIndexByte(n.Path, '/')+1:]
		if strings.TrimSuffix(base, ".py") == stem {
			return fmt.Sprintf("that is the file name of revision %q; down_revision needs the revision id", n.ID)
		}
	}
	return "add the missing revision file, or correct the id"
}

// normalizeDeps drops dependencies that an ancestor already depends on,
// as Alembic's _normalize_depends_on does.
func (g *Graph) normalizeDeps() {
	for _, n := range g.Nodes {
		if len(n.Deps) == 0 {
			n.NormalizedDeps = nil
			continue
		}
		keep := slices.Clone(n.Deps)
		for _, anc := range g.related([]*Node{n}, parents) {
			if anc == n {
				continue
			}
			keep = slices.DeleteFunc(keep, func(d string) bool { return slices.Contains(anc.Deps, d) })
		}
		n.NormalizedDeps = keep
	}
}

// related walks from targets along next, depth first, as Alembic's
// _iterate_related_revisions does, yielding each node once.
func (g *Graph) related(targets []*Node, next func(*Node) []*Node) []*Node {
	var out []*Node
	g.visit(targets, next, func(n *Node) { out = append(out, n) })
	return out
}

// visit calls f on each node related yields, in the same order.
func (g *Graph) visit(targets []*Node, next func(*Node) []*Node, f func(*Node)) {
	seen := make([]bool, len(g.Nodes))
	var stack []*Node
	for _, t := range targets {
		stack = append(stack[:0], t)
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[n.order] {
				continue
			}
			seen[n.order] = true
			stack = append(stack, next(n)...)
			f(n)
		}
	}
}

// Edges to follow in a walk.
func parents(n *Node) []*Node    { return n.Parents }
func allParents(n *Node) []*Node { return n.allParents }
func children(n *Node) []*Node   { return n.Next }
func allChildren(n *Node) []*Node {
	return n.AllNext
}

func ids(nodes []*Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

// detectCycles reports revisions that cannot be reached both from a head
// and from a base, first along down revisions, then along dependencies.
func (g *Graph) detectCycles() error {
	if len(g.ids) == 0 || g.acyclic {
		return nil
	}
	var bases, realBases []*Node
	for _, n := range g.Nodes {
		if n.IsBase() {
			bases = append(bases, n)
			if len(n.DependsOn) == 0 {
				realBases = append(realBases, n)
			}
		}
	}
	check := func(kind string, heads, bases []*Node, down, up func(*Node) []*Node) error {
		if len(heads) == 0 || len(bases) == 0 {
			return g.cycle(kind, g.ids)
		}
		// Marks are by id, on the node that won the id.
		fromHeads := make([]bool, len(g.Nodes))
		g.visit(heads, down, func(n *Node) { fromHeads[n.winner.order] = true })
		reach := make([]bool, len(g.Nodes))
		g.visit(bases, up, func(n *Node) {
			if w := n.winner.order; fromHeads[w] {
				reach[w] = true
			}
		})
		var lost []string
		for _, n := range g.distinct {
			if !reach[n.order] {
				lost = append(lost, n.ID)
			}
		}
		if len(lost) > 0 {
			slices.Sort(lost)
			return g.cycle(kind, lost)
		}
		return nil
	}
	if err := check("Cycle", g.heads, bases, parents, children); err != nil {
		return err
	}
	return check("Dependency cycle", g.realHeads, realBases, allParents, allChildren)
}

func (g *Graph) cycle(kind string, revs []string) error {
	err := &alembic.RevisionError{Message: fmt.Sprintf("%s is detected in revisions (%s)", kind, strings.Join(revs, ", "))}
	if n, ok := g.byID[revs[0]]; ok {
		err.Path, err.Line = n.Path, n.Line.Down
	}
	return err
}

// propagateLabels spreads each revision's labels to its descendants and
// down to its ancestors until a branch point or merge point, as Alembic's
// _add_branches does. Like Alembic, the downward walk starts from the last
// descendant the depth-first walk reaches.
func (g *Graph) propagateLabels() {
	for _, n := range g.Nodes {
		if len(n.BranchLabels) == 0 {
			continue
		}
		desc := g.related([]*Node{n}, children)
		for _, d := range desc {
			d.addLabels(n.BranchLabels)
		}
		for p := desc[len(desc)-1]; p != nil && len(p.AllNext) <= 1 && !p.IsMergePoint(); {
			p.addLabels(n.BranchLabels)
			if len(p.Parents) == 0 {
				break
			}
			p = p.Parents[0]
		}
	}
}

func dedupe(s []string) []string {
	out := s[:0:0]
	for _, x := range s {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
