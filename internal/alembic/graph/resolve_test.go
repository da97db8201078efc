package graph

import (
	"errors"
	"strings"
	"testing"
)

// TestResolve checks revision arguments against what Alembic 1.19.2's
// RevisionMap.get_revisions returned for the same graph (run through
// Python on alembic.script.revision directly): the revisions, or the
// exception, its argument and message.
func TestResolve(t *testing.T) {
	g := build(t,
		"1111aaaa0001",
		"2222bbbb0002<-1111aaaa0001 [feature]",
		"2222cccc0003<-1111aaaa0001",
		"3333dddd0004<-2222cccc0003 [other]",
		"4444eeee0005<-1111aaaa0001 {2222bbbb0002}",
	)
	type want struct {
		ids   string // resolved ids joined by spaces
		heads string // a MultipleHeads error: "argument: heads"
		arg   string // a ResolutionError: its argument
		msg   string // and its message
	}
	tests := []struct {
		args []string
		want want
	}{
		{[]string{"heads"}, want{ids: "3333dddd0004 4444eeee0005"}},
		{[]string{"@heads"}, want{ids: "3333dddd0004 4444eeee0005"}},
		{[]string{"head"}, want{heads: "head: 2222bbbb0002 3333dddd0004 4444eeee0005"}},
		{[]string{"@head"}, want{heads: "head: 2222bbbb0002 3333dddd0004 4444eeee0005"}},
		{[]string{"base"}, want{}},
		{[]string{"1111"}, want{ids: "1111aaaa0001"}},
		{[]string{"1111aaaa0001"}, want{ids: "1111aaaa0001"}},
		{[]string{"2222", "1111"}, want{arg: "2222", msg: "Multiple revisions start with '2222': '2222bbbb0002', '2222cccc0003'..."}},
		{[]string{"22"}, want{arg: "22", msg: "Multiple revisions start with '22': '2222bbbb0002', '2222cccc0003'..."}},
		{[]string{"9"}, want{arg: "9", msg: "No such revision or branch '9'; please ensure at least four characters are present for partial revision identifier matches"}},
		{[]string{"0"}, want{arg: "0", msg: "No such revision or branch '0'; please ensure at least four characters are present for partial revision identifier matches"}},
		{[]string{"99999"}, want{arg: "99999", msg: "No such revision or branch '99999'"}},
		{[]string{" 1111"}, want{arg: " 1111", msg: "No such revision or branch ' 1111'"}},
		{[]string{"+1111"}, want{arg: "+1111", msg: "No such revision or branch '+1111'"}},
		{[]string{"feature"}, want{ids: "2222bbbb0002"}},
		{[]string{"feat"}, want{ids: "2222bbbb0002"}},
		{[]string{"feature@head"}, want{ids: "2222bbbb0002"}},
		{[]string{"other@head"}, want{ids: "3333dddd0004"}},
		{[]string{"othe@head"}, want{ids: "3333dddd0004"}},
		{[]string{"4444@head"}, want{ids: "4444eeee0005"}},
		{[]string{"feature@heads"}, want{ids: "2222bbbb0002"}},
		{[]string{"other@heads"}, want{ids: "3333dddd0004"}},
		{[]string{"3333dddd0004@heads"}, want{ids: "3333dddd0004"}},
		{[]string{"2222bbbb0002@heads"}, want{ids: "2222bbbb0002"}},
		{[]string{"feature@2222"}, want{ids: "2222bbbb0002"}},
		{[]string{"other@1111"}, want{ids: "1111aaaa0001"}},
		{[]string{"feature@3333"}, want{arg: "3333", msg: "No such revision or branch '3333'"}},
		{[]string{"feature@4444"}, want{arg: "4444", msg: "No such revision or branch '4444'"}},
		{[]string{"feature@3333dddd0004"}, want{arg: "3333dddd0004", msg: "Revision 3333dddd0004 is not a member of branch 'feature'"}},
		{[]string{"nosuch@head"}, want{arg: "nosuch", msg: "No such revision or branch 'nosuch'"}},
		{[]string{"nosuch@1111"}, want{arg: "nosuch", msg: "No such branch: 'nosuch'"}},
		{[]string{"base@heads"}, want{arg: "base", msg: "No such branch: 'base'"}},
		{[]string{"heads@heads"}, want{arg: "heads", msg: "No such branch: 'heads'"}},
		{[]string{"1111aaaa0001", "heads", "1111"}, want{ids: "1111aaaa0001 3333dddd0004 4444eeee0005 1111aaaa0001"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			nodes, err := g.Resolve(tt.args)
			var (
				got = want{ids: strings.Join(ids(nodes), " ")}
				mh  *MultipleHeadsError
				re  *ResolutionError
			)
			switch {
			case errors.As(err, &mh):
				got.heads = mh.Argument + ": " + strings.Join(mh.Heads, " ")
			case errors.As(err, &re):
				got.arg, got.msg = re.Argument, re.Message
			case err != nil:
				t.Fatalf("unexpected error %v", err)
			}
			if got != tt.want {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestResolveRefused covers what Alembic does not resolve to revisions:
// relative walks (which onehead refuses) and the empty argument (an
// assertion failure in Alembic).
func TestResolveRefused(t *testing.T) {
	g := build(t, "a0001", "b0002<-a0001")
	for _, arg := range []string{"-1", " -2 ", "-1_0", "-\u0661", "feature@-1", ""} {
		_, err := g.Resolve([]string{arg})
		var re *ResolutionError
		if err == nil || errors.As(err, &re) {
			t.Errorf("%q: want a refusal, got %v", arg, err)
		}
	}
	// int() of these is not negative, so Alembic looks them up as ids.
	for _, arg := range []string{"-0", "-", "-1a", "-_1", "-1__0"} {
		_, err := g.Resolve([]string{arg})
		var re *ResolutionError
		if !errors.As(err, &re) {
			t.Errorf("%q: want a ResolutionError, got %v", arg, err)
		}
	}
}

// TestResolveDuplicateID shows why merge must check for repeats: a head
// whose id two files declare is listed twice by "heads", and both entries
// resolve to the revision that won the id.
func TestResolveDuplicateID(t *testing.T) {
	g := build(t, "a0001", "b0002<-a0001", "b0002<-a0001")
	nodes, err := g.Resolve([]string{"heads"})
	if err != nil {
		t.Fatal(err)
	}
	if len(nodes) != 2 || nodes[0] != nodes[1] {
		t.Errorf("want the same revision twice, got %v", ids(nodes))
	}
}
