package python

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestOpLen checks opLen against Python's list of operators: the token is
// the longest operator the text starts with.
func TestOpLen(t *testing.T) {
	ops := []string{"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
		"<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
		"(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "=", "@", "!"}
	alphabet := "()[]{},:;.+-*/%&|^~<>=@!a $?"
	var texts []string
	for _, a := range alphabet {
		for _, b := range alphabet {
			for _, c := range alphabet {
				texts = append(texts, string(a), string(a)+string(b), string(a)+string(b)+string(c))
			}
		}
	}
	for _, s := range texts {
		want := 0
		for _, op := range ops {
			if strings.HasPrefix(s, op) && len(op) > want {
				want = len(op)
			}
		}
		if got := opLen(s); got != want {
			t.Errorf("opLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// skippedBodies are function bodies that exercise what ParseModule checks
// without making tokens.
var skippedBodies = []string{
	"return 1",
	"x = ['a', \"b\", '''c\n''', \"\"\"d\"\"\", b'e', rb'\\d', f'{x!r:>{w}}', u'é', t'{y}']",
	"x󠄀 = 4\nnaïve = 1\nµ = 2\n𝔘 = 3",
	"€ = 1",
	"x = 1 $ 2",
	"x = '\\x4'",
	"x = '\\N{BULLET}'",
	"x = b'é'",
	"x = f'{'",
	"x = f'{a b}'",
	"x = f'}'",
	"x = 'abc\n",
	"x = '''abc",
	"x = (1,\n     2]",
	"x = (1,\n     2",
	"x = )",
	"x = [(\n])",
	"x = 1_\ny = 0x\nz = 1abc",
	"x = 0777",
	"x = ...5e",
	"x = ..5\ny = x.5\nz = 1if x else 2",
	"x = 1 \\\n  + 2",
	"x = 1 \\ + 2",
	"x = 1 \\",
	"# comment with 'quote and (bracket\nx = 1  # and ) here",
	"if x:\n\ty = 1\n        z = 2",
	"if x:\n        y = 1\n    z = 2\n  w = 3",
	"if x:\n    y = 1\n  z = 2",
	"def g():\n    def h():\n        return 'x'\n    return h\nclass C:\n    a = 1",
	"x = '\\\n'\ny = \"a\\\"b\"",
	"s = r'\\'\nt = '\\''",
	"x = \"abc'def\" 'ghi\"jkl' + ''  + \"\"",
	"x = 1\x01",
	"x = 1\x0c+ 2",
	"x = \"\"\"a\nb\"\"\" + '''c\nd'''\ny = (\n1)",
	"x = f'''{\n1}'''\ny = 1",
	"pass\n\n   \n# trailing",
	strings.Repeat("(", 199) + strings.Repeat(")", 199),
	strings.Repeat("(", 201) + strings.Repeat(")", 201),
	"x = 'ok'\ny = 'bad\\x'\nz = f'{1'",
}

// checkSkipped checks that ParseModule, which skips the body of a function
// without making tokens, reports what tokenizing the whole file reports.
func checkSkipped(t *testing.T, body string) {
	t.Helper()
	// Python reads CR as a line break; a form feed resets the indentation,
	// which could end the body at any line, into statements of any kind.
	body = strings.NewReplacer("\r", "\n", "\f", " ").Replace(body)
	src := "def f():\n    " + strings.ReplaceAll(body, "\n", "\n    ") + "\nx = 1\n"
	toks, terr := Tokenize([]byte(src))
	m, perr := ParseModule([]byte(src))
	var want error
	switch {
	case terr != nil:
		want = terr
	default:
		for i := range toks {
			if toks[i].Kind == TokString {
				if want = checkString(&toks[i], src); want != nil {
					break
				}
			}
		}
	}
	if want != nil {
		if perr == nil || perr.Error() != want.Error() {
			t.Errorf("%q: ParseModule error %v, want %v", src, perr, want)
		}
		return
	}
	var se *SyntaxError
	if errors.As(perr, &se) && strings.HasPrefix(se.Msg, "expected an indented block") {
		return
	}
	if perr != nil {
		t.Errorf("%q: %v", src, perr)
		return
	}
	// The statement after the function binds x, unless the body swallows
	// it (ending with a backslash, say): skipping must end where the block does.
	last, xToken, xBound := strings.Count(src, "\n"), false, false
	for i, depth := 1, 0; i < len(toks); i++ {
		switch tok, prev := toks[i], toks[i-1].Kind; {
		case tok.Kind == TokIndent:
			depth++
		case tok.Kind == TokDedent:
			depth--
		case tok.Line == last && tok.Text == "x" && depth == 0 && (prev == TokNewline || prev == TokDedent):
			xToken = true
		}
	}
	for _, b := range m.Bindings {
		xBound = xBound || b.Line == last && b.Name == "x"
	}
	if len(m.Bindings) == 0 || m.Bindings[0].Name != "f" || xBound != xToken {
		t.Errorf("%q: bindings %+v", src, m.Bindings)
	}
}

func TestSkippedBlocks(t *testing.T) {
	for _, body := range skippedBodies {
		checkSkipped(t, body)
	}
}

// FuzzSkippedBlock checks function bodies of any content as
// TestSkippedBlocks does.
func FuzzSkippedBlock(f *testing.F) {
	for _, body := range skippedBodies {
		f.Add(body)
	}
	f.Fuzz(checkSkipped)
}

// leanCases exercise the tokens that ParseModule leaves out: annotations
// past their first token, and the comments and line breaks of lines
// without code.
var leanCases = []string{
	"# c\n\n'''doc'''  # c\n# c\n\nx = 1  # c\n\n# c", "x = (1,  # c\n\n  2)\n", "x = 1 +  # c\n", "x = \\\n# c\n",
	"if x:\n\n    # c\n    y = 1\n  # c\nz = 2\n", "if x:\n# c\n\ny = 1\n", "def f():\n    # c\n\n# c\n    return 1\n",
	"  # c\n\tx = 1\n", "\n\n  \n# c\n  x = 1\n", "match x:\n    # c\n    case 1:\n        pass\n", "x = 1\n# c",
	"revision: str = 'a'\ndown_revision: Union[str, Sequence[str], None] = 'b'\nbranch_labels: str | None = None\n",
	"x: Optional[Dict[str, List[int]]] = {}\ny: a.b.C = 1\nz: T=2\n",
	"x: Union[str, None] == 1\n", "x: int |= 1\n", "x: int += 1\n", "x: T[0x] = 1\n", "x: T[1_] = 1\n", "x: T[0] = 1\n",
	"x: T[(y := 1)] = 2\n", "x: T, lambda = 1\n", "x: lambda = 1\n", "x: T[1, 2] = 3\n", "x: (int) = 1\n",
	"x: T[str] # comment\n", "x: T[str]; y = 1\n", "x: T[str,\n  int] = 1\n", "x: T[str) = 1\n", "x: T[str = 1\n",
	"x: T] = 1\n", "x: T.5 = 1\n", "x: T... = 1\n", "x: T b'x' = 1\n", "x: é = 1\n", "x: Té = 1\n", "x: T $ = 1\n",
	"if a:\n    x: T[int] = 1\nelse:\n    x: T[str] = 2\n", "match: T[int] = 1\ntype: T[int] = 2\ncase: T = 3\n",
	"x: T = y: U = 1\n", "x : T [ int ] = 1\n", "x: T\\\n  [int] = 1\n", "else: T = 1\n", "x: T = \n",
	"x: " + strings.Repeat("T[", 20) + strings.Repeat("]", 20) + " = 1\n",
}

// TestLeanTokens checks that leaving tokens out changes nothing: the same
// bindings, or the same error.
func TestLeanTokens(t *testing.T) {
	for _, src := range leanCases {
		checkLean(t, src)
	}
}

func checkLean(t *testing.T, src string) {
	t.Helper()
	want, werr := parseModule([]byte(src), false, nil)
	got, gerr := parseModule([]byte(src), true, nil)
	if werr != nil || gerr != nil {
		if werr == nil || gerr == nil || werr.Error() != gerr.Error() {
			t.Errorf("%q: error %v, want %v", src, gerr, werr)
		}
		return
	}
	if g, w := describeBindings(got), describeBindings(want); !slices.Equal(g, w) {
		t.Errorf("%q:\n got  %q\n want %q", src, g, w)
	}
	for _, b := range want.Bindings {
		gv, _, gerr := got.Value(b.Name, nil)
		wv, _, werr := want.Value(b.Name, nil)
		if fmt.Sprint(gv, gerr) != fmt.Sprint(wv, werr) {
			t.Errorf("%q: %s = %v, %v; want %v, %v", src, b.Name, gv, gerr, wv, werr)
		}
	}
}

// FuzzLeanTokens checks modules of any content as TestLeanTokens does.
func FuzzLeanTokens(f *testing.F) {
	for _, src := range leanCases {
		f.Add(src)
	}
	f.Add(typicalRevision)
	f.Fuzz(checkLean)
}

// largeRevision is a revision file ten times the size of typicalRevision,
// as autogenerate writes for a new schema: most of it is function bodies.
var largeRevision = func() string {
	var b strings.Builder
	b.WriteString(typicalRevision[:strings.Index(typicalRevision, "def upgrade")])
	b.WriteString("def upgrade() -> None:\n    \"\"\"Upgrade schema.\"\"\"\n")
	for i := range 24 {
		fmt.Fprintf(&b, `    op.create_table(
        "table_%d",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2), server_default=sa.text("0")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["table_%d.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_table_%d_name"), "table_%d", ["name"], unique=False)
`, i, i/2, i, i)
	}
	b.WriteString("\n\ndef downgrade() -> None:\n    \"\"\"Downgrade schema.\"\"\"\n")
	for i := range 24 {
		fmt.Fprintf(&b, "    op.drop_index(op.f(\"ix_table_%d_name\"), table_name=\"table_%d\")\n    op.drop_table(\"table_%d\")\n", i, i, i)
	}
	return b.String()
}()

func BenchmarkParseModuleLarge(b *testing.B) {
	src := []byte(largeRevision)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		m, err := ParseModule(src)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := m.Value("down_revision", nil); err != nil {
			b.Fatal(err)
		}
	}
}
