package lint

import (
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/pgsql"
	"github.com/onehead/onehead/internal/python"
)

func parseSource(t *testing.T, src string) *source {
	t.Helper()
	toks, err := python.Tokenize([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return newSource(src, toks)
}

// TestSQLOf reads the first argument of the call in each snippet as SQL,
// and checks that every SQL byte maps back to where the source holds it:
// exactly for text written as is, to the escape or field otherwise.
func TestSQLOf(t *testing.T) {
	H := pgsql.Hole
	for _, tc := range []struct {
		name, src, sql string
		format         byte
	}{
		{"plain", `f("INSERT x")`, "INSERT x", 0},
		{"implicit concatenation over lines", "f(\"a \"\n  'b' # c\n  \"\"\"c\"\"\")", "a bc", 0},
		{"plus, with a name between", `f("a" + NAME + 'c')`, "a" + H + "c", 0},
		{"escapes", `f('it\'s\n\x41\101\u00e9\d')`, "it's\nAAé\\d", 0},
		{"line continuation", "f('a\\\nb')", "ab", 0},
		{"raw keeps backslashes", `f(r'\d\'')`, `\d\'`, 0},
		{"f-string fields and doubled braces", `f(f"{{x}} {a!r:>{w}} {'}'} {d['k']}")`, "{x} " + H + " " + H + " " + H, 0},
		{"percent formatting", `f("a '%s'" % (x,))`, "a '%s'", '%'},
		{"str.format", `f("a {} b".format(x))`, "a {} b", '{'},
		{"dedent and strip", `f(textwrap.dedent("""  a""").strip())`, "  a", 0},
		{"parenthesized", `f(("a" "b"))`, "ab", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := parseSource(t, tc.src)
			args := s.args(1)
			if len(args) == 0 {
				t.Fatal("no argument")
			}
			st, ok := s.sqlOf(args[0].span)
			if !ok {
				t.Fatalf("sqlOf refused %s", tc.src)
			}
			if st.sql != tc.sql || st.format != tc.format {
				t.Errorf("sql = %q (format %q), want %q (format %q)", st.sql, st.format, tc.sql, tc.format)
			}
			for _, p := range st.pieces {
				if p.verbatim && st.sql[p.sql:p.sql+p.n] != tc.src[p.src:p.src+p.srcN] {
					t.Errorf("verbatim piece %q maps to %q", st.sql[p.sql:p.sql+p.n], tc.src[p.src:p.src+p.srcN])
				}
				if got := st.srcOffset(p.sql); got != p.src && p.n > 0 {
					t.Errorf("srcOffset(%d) = %d, want %d", p.sql, got, p.src)
				}
			}
		})
	}
}

func TestSQLOfRefuses(t *testing.T) {
	for _, src := range []string{`f(name)`, `f(b"INSERT")`, `f(x + y)`, `f(g("a"))`, `f("a" * 2)`} {
		s := parseSource(t, src)
		if st, ok := s.sqlOf(s.args(1)[0].span); ok {
			t.Errorf("sqlOf(%s) = %q, want no SQL", src, st.sql)
		}
	}
}

func TestEncode(t *testing.T) {
	const clause = "SET v = NULLIF(t.v, '')"
	for _, tc := range []struct {
		lit    string
		format byte
		want   string
		ok     bool
	}{
		{`"x"`, 0, clause, true},
		{`'x'`, 0, `SET v = NULLIF(t.v, \'\')`, true},
		{`'''x'''`, 0, clause, true},
		{`r"x"`, 0, clause, true},
		{`r'x'`, 0, "", false},
		{`f"x"`, 0, clause, true},
		{`"x"`, '%', clause, true},
	} {
		got, ok := parseLiteral(tc.lit).encode(clause, tc.format)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s.encode = %q, %v; want %q, %v", tc.lit, got, ok, tc.want, tc.ok)
		}
	}
	if got, _ := parseLiteral(`f"x"`).encode(`a{b}%\`, '%'); got != `a{{b}}%%\\` {
		t.Errorf("braces, percent and backslash: %q", got)
	}
	if _, ok := parseLiteral(`"x"`).encode("a\nb", 0); ok {
		t.Error("a line break went into a single-quoted literal")
	}
}

func TestClassify(t *testing.T) {
	p := params{"s": kindString, "n": kindNull, "i": kindOther}
	for _, tc := range []struct {
		expr string
		want valueKind
		why  string
	}{
		{"'x'", kindString, ""},
		{"E'x' 'y'", kindString, ""},
		{"$$x$$", kindString, ""},
		{"'" + pgsql.Hole + "'", kindString, ""},
		{"NULL", kindNull, ""},
		{"DEFAULT", kindNull, ""},
		{"42", kindOther, ""},
		{"true", kindOther, ""},
		{"now()", kindOther, ""},
		{"'{\"a\": 1}'::jsonb", kindOther, ""},
		{"'x'::character varying(20)", kindString, ""},
		{"CAST('5' AS integer)", kindOther, ""},
		{"CAST('5' AS text)", kindString, ""},
		{":s", kindString, ""},
		{":n", kindNull, ""},
		{"%(i)s", kindOther, ""},
		{":other", kindUnknown, "bind parameter :other"},
		{"$1", kindUnknown, "bind parameter $1"},
		{pgsql.Hole, kindUnknown, "f-string field"},
		{"'[1, 2]'", kindUnknown, "looks like JSON"},
		{"'2026-04-22'", kindUnknown, "looks like a date"},
		{"'2026-04-22 10:00:00+00'", kindUnknown, "looks like a date"},
		{"'0B1E2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D'", kindUnknown, "looks like a UUID"},
		{"'2026'", kindString, ""},
	} {
		toks, err := pgsql.Lex(tc.expr)
		if err != nil {
			t.Fatal(err)
		}
		got, why := classify(toks, p)
		if got != tc.want || !strings.Contains(why, tc.why) || (tc.why == "") != (why == "") {
			t.Errorf("classify(%s) = %v, %q; want %v, %q", tc.expr, got, why, tc.want, tc.why)
		}
	}
}

func TestEncodeLike(t *testing.T) {
	const old, text = "a\nb\n", "a\nB\nc\n"
	for _, tc := range []struct {
		name, raw, want string
		ok              bool
	}{
		{"UTF-8", "a\nb\n", "a\nB\nc\n", true},
		{"byte order mark", "\xEF\xBB\xBFa\nb\n", "\xEF\xBB\xBFa\nB\nc\n", true},
		{"CRLF", "a\r\nb\r\n", "a\r\nB\r\nc\r\n", true},
		{"mixed line endings", "a\r\nb\n", "", false},
		{"another encoding", "a\nb\xE9\n", "", false},
	} {
		got, ok := encodeLike([]byte(tc.raw), old, text)
		if string(got) != tc.want || ok != tc.ok {
			t.Errorf("%s: encodeLike = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
