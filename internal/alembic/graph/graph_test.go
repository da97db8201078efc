package graph

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/script"
)

// revs builds revisions from a compact spec, in load order:
// "id<-down1,down2 [label,label] {dep,dep}"; "id" alone is a base.
func revs(specs ...string) []*script.Revision {
	var out []*script.Revision
	for _, s := range specs {
		r := &script.Revision{Path: "/v/" + s + ".py"}
		if a, b, ok := strings.Cut(s, "{"); ok {
			r.DependsOn = strings.Split(strings.TrimSuffix(b, "}"), ",")
			s = strings.TrimSpace(a)
		}
		if a, b, ok := strings.Cut(s, "["); ok {
			r.BranchLabels = strings.Split(strings.TrimSuffix(b, "]"), ",")
			s = strings.TrimSpace(a)
		}
		id, down, ok := strings.Cut(s, "<-")
		r.ID = id
		if ok {
			r.Down = strings.Split(down, ",")
		}
		r.Path = "/v/" + id + ".py"
		out = append(out, r)
	}
	return out
}

func build(t *testing.T, specs ...string) *Graph {
	t.Helper()
	g, _, err := Build(revs(specs...))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func lines(nodes []*Node) string {
	var s []string
	for _, n := range nodes {
		s = append(s, n.HeadLine())
	}
	return strings.Join(s, "; ")
}

// The expected lines below are what Alembic 1.19.2 printed for the same
// graphs (reference §3, §9 T1, T6-T9).
func TestHeads(t *testing.T) {
	tests := []struct {
		name      string
		specs     []string
		heads     string
		realHeads string
	}{
		{"linear", []string{"a", "b<-a", "c<-b"}, "c (head)", "c (head)"},
		{"two heads in file order", []string{"a", "b<-a", "c<-a"}, "b (head); c (head)", "b (head); c (head)"},
		{"merged", []string{"a", "b<-a", "c<-a", "m<-b,c"}, "m (head)", "m (head)"},
		{"effective head", []string{"a", "b<-a", "c<-a {b}"}, "b (effective head); c (head)", "c (head)"},
		{"labels propagate to descendants", []string{"a", "b<-a [feature]", "c<-b", "d<-a [other]"},
			"c (feature) (head); d (other) (head)", "c (feature) (head); d (other) (head)"},
		{"merge of labelled branches", []string{"a", "b<-a [x]", "c<-a [y]", "m<-b,c"}, "m (x, y) (head)", "m (x, y) (head)"},
		{"duplicate id printed twice", []string{"a", "b<-a", "b<-a"}, "b (head); b (head)", "b (head); b (head)"},
		{"empty", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := build(t, tt.specs...)
			if got := lines(g.Heads()); got != tt.heads {
				t.Errorf("heads: got %q, want %q", got, tt.heads)
			}
			if got := lines(g.RealHeads()); got != tt.realHeads {
				t.Errorf("real heads: got %q, want %q", got, tt.realHeads)
			}
		})
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name  string
		specs []string
		want  string
		// revisionError: Alembic raises a RevisionError (FAILED under
		// branches) rather than crashing.
		revisionError bool
	}{
		{"missing parent", []string{"a", "b<-zzzz"}, `down_revision names "zzzz"`, false},
		{"partial id", []string{"aaaa0001", "b<-aaaa"}, `write the full revision id "aaaa0001"`, false},
		{"label as parent", []string{"a [lbl]", "b<-lbl"}, `"lbl" is a branch label`, false},
		{"file name as parent", []string{"a", "b<-a.py"}, "that is the file name of revision", false},
		{"empty string parent", []string{"a", "b<-"}, "an empty string is not a base", false},
		{"missing dependency", []string{"a", "b<-a {nope}"}, `depends_on names "nope"`, false},
		{"cycle with a base", []string{"a", "b<-c", "c<-b"}, "Cycle is detected in revisions (b, c)", true},
		{"no base", []string{"c<-b", "b<-c"}, "Cycle is detected in revisions (c, b)", true},
		{"dependency cycle", []string{"a", "b<-a {c}", "c<-a {b}"}, "Dependency cycle is detected in revisions (a, b, c)", true},
		{"label clash", []string{"a [x]", "b<-a [x]"}, "Branch name 'x' in revision b already used by revision a", true},
		{"label is an id", []string{"a", "b<-a [a]"}, "Branch name 'a' in revision b already used by revision a", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Build(revs(tt.specs...))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			var re *alembic.RevisionError
			if errors.As(err, &re) != tt.revisionError {
				t.Errorf("RevisionError: got %v, want %v (%T)", !tt.revisionError, tt.revisionError, err)
			}
		})
	}
}

func TestForks(t *testing.T) {
	tests := []struct {
		name   string
		specs  []string
		strict bool
		// want lists each fork as "heads | chains | meets at".
		want []string
	}{
		{"one head", []string{"a", "b<-a"}, false, nil},
		{"the report's fork", []string{"base", "retracted<-base", "cached<-base", "drop<-retracted",
			"payment<-cached", "correlation<-payment", "plaintext<-correlation"}, false,
			[]string{"drop plaintext | drop,retracted / plaintext,correlation,payment,cached | base"}},
		{"merged fork", []string{"a", "b<-a", "c<-a", "m<-b,c"}, false, nil},
		{"separate bases", []string{"a", "b"}, false, []string{"a b | a / b | -"}},
		{"labelled branches are not forks", []string{"a [expand]", "b [contract]"}, false, nil},
		{"strict counts labelled branches", []string{"a [expand]", "b [contract]"}, true, []string{"a b | a / b | -"}},
		{"fork inside a label", []string{"a [expand]", "b<-a", "c<-a"}, false, []string{"b c | b / c | a"}},
		{"unequal chains", []string{"a", "b<-a", "c<-a", "d<-c", "e<-d"}, false, []string{"b e | b / e,d,c | a"}},
		{"three heads", []string{"a", "b<-a", "c<-a", "d<-a"}, false, []string{"b c d | b / c / d | a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := build(t, tt.specs...)
			var got []string
			for _, f := range g.Forks(tt.strict) {
				var heads, chains []string
				for i, h := range f.Heads {
					heads = append(heads, h.ID)
					var ids []string
					for _, n := range f.Chains[i] {
						ids = append(ids, n.ID)
					}
					chains = append(chains, strings.Join(ids, ","))
				}
				meets := "-"
				if f.MeetsAt != nil {
					meets = f.MeetsAt.ID
				}
				got = append(got, strings.Join(heads, " ")+" | "+strings.Join(chains, " / ")+" | "+meets)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAcyclicShortcut checks, on random graphs with and without cycles,
// that detectCycles' shortcut for graphs without cycles never hides what
// its four walks would find.
func TestAcyclicShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	shortcuts := 0
	for range 3000 {
		n := 1 + rng.IntN(12)
		var specs []string
		for i := range n {
			spec := fmt.Sprintf("r%d", i)
			var downs []string
			for range rng.IntN(3) {
				downs = append(downs, fmt.Sprintf("r%d", rng.IntN(n)))
			}
			if len(downs) > 0 {
				spec += "<-" + strings.Join(slices.Compact(slices.Sorted(slices.Values(downs))), ",")
			}
			if rng.IntN(4) == 0 {
				spec += fmt.Sprintf(" {r%d}", rng.IntN(n))
			}
			specs = append(specs, spec)
		}
		g, _, err := Build(revs(specs...))
		if err != nil || !g.acyclic {
			continue
		}
		shortcuts++
		g.acyclic = false
		if err := g.detectCycles(); err != nil {
			t.Fatalf("%q: the shortcut passed a graph detectCycles refuses: %v", specs, err)
		}
	}
	if shortcuts < 100 {
		t.Fatalf("only %d graphs took the shortcut", shortcuts)
	}
}

// TestBuildLarge builds graphs large enough for the parent lookups to be
// shared between cores: a random forest in shuffled load order (heads,
// children and parents must be what a reference computation says), and
// the same with missing parents in several of the runs the lookups are
// split into (the error names the first in load order, as Alembic's).
func TestBuildLarge(t *testing.T) {
	const n = 3 * parallelLinks
	rng := rand.New(rand.NewPCG(3, 4))
	specs := make([]string, n)
	referenced := make([]bool, n)
	children := make([][]string, n)
	for i := range n {
		specs[i] = fmt.Sprintf("r%05d", i)
		if i > 0 && rng.IntN(50) != 0 {
			var downs []int
			for range 1 + rng.IntN(2) {
				downs = append(downs, rng.IntN(i))
			}
			downs = slices.Compact(slices.Sorted(slices.Values(downs)))
			var names []string
			for _, d := range downs {
				names = append(names, fmt.Sprintf("r%05d", d))
				referenced[d] = true
				children[d] = append(children[d], specs[i])
			}
			specs[i] += "<-" + strings.Join(names, ",")
		}
	}
	// Load order is not creation order: shuffle, and name children in
	// load order.
	order := rng.Perm(n)
	shuffled := make([]string, n)
	for k, i := range order {
		shuffled[k] = specs[i]
	}
	g := build(t, shuffled...)
	var want []string
	for _, i := range order {
		if !referenced[i] {
			want = append(want, fmt.Sprintf("r%05d (head)", i))
		}
	}
	if got := lines(g.Heads()); got != strings.Join(want, "; ") {
		t.Fatalf("heads differ: %d heads, want %d", len(g.Heads()), len(want))
	}
	position := map[string]int{}
	for k, i := range order {
		position[fmt.Sprintf("r%05d", i)] = k
	}
	for _, i := range order[:200] {
		node := g.byID[fmt.Sprintf("r%05d", i)]
		wantNext := slices.Clone(children[i])
		slices.SortFunc(wantNext, func(a, b string) int { return position[a] - position[b] })
		var got []string
		for _, c := range node.Next {
			got = append(got, c.ID)
		}
		if !slices.Equal(got, wantNext) {
			t.Fatalf("%s: next %q, want %q", node.ID, got, wantNext)
		}
		if len(node.Parents) != len(node.Down) {
			t.Fatalf("%s: %d parents for %d down revisions", node.ID, len(node.Parents), len(node.Down))
		}
	}
	// Missing parents in different runs and twice in one (runs are one
	// per core, in thirds on three): the error is the first in load order.
	for _, at := range [][]int{{n - 10, n/2 + 5}, {2*n/3 + 1, n - 1}, {n/3 + 7}} {
		broken := slices.Clone(shuffled)
		for _, k := range at {
			id, _, _ := strings.Cut(broken[k], "<-")
			broken[k] = fmt.Sprintf("%s<-nowhere%d", id, k)
		}
		_, _, err := Build(revs(broken...))
		first := slices.Min(at)
		var fe *alembic.FileError
		if !errors.As(err, &fe) || !strings.Contains(fe.Msg, fmt.Sprintf(`"nowhere%d"`, first)) {
			t.Errorf("missing parents at %v: %v, want the one at %d", at, err, first)
		}
	}
}
