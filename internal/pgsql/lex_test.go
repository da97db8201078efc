package pgsql

import (
	"fmt"
	"strings"
	"testing"
)

// show renders tokens as Kind(text) for comparison.
func show(toks []Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = fmt.Sprintf("%s(%s)", t.Kind, t.Text)
	}
	return strings.Join(parts, " ")
}

func TestLex(t *testing.T) {
	for _, tc := range []struct {
		name, sql, want string
	}{
		{"keywords and punctuation", "INSERT INTO t (a, b);",
			"Ident(INSERT) Ident(INTO) Ident(t) Punct(() Ident(a) Punct(,) Ident(b) Punct()) Punct(;)"},
		{"doubled quote", "'it''s'", "String('it''s')"},
		{"backslash is plain in a standard string", `'a\' b`, `String('a\') Ident(b)`},
		{"E string escapes the quote", `E'it\'s' x`, `String(E'it\'s') Ident(x)`},
		{"E string doubled quote", `e'a''b'`, `String(e'a''b')`},
		{"national, bit and hex strings", "N'x' B'101' X'ff'", "String(N'x') BitString(B'101') BitString(X'ff')"},
		{"unicode escapes", `U&'d\0061t' U&"col"`, `String(U&'d\0061t') QuotedIdent(U&"col")`},
		{"dollar quoting", "$$ON CONFLICT DO NOTHING$$ $tag$a $$ b$tag$", "String($$ON CONFLICT DO NOTHING$$) String($tag$a $$ b$tag$)"},
		{"dollar inside an identifier is not a quote", "a$b$ c", "Ident(a$b$) Ident(c)"},
		{"positional parameter", "$1 + $23", "Param($1) Op(+) Param($23)"},
		{"quoted identifier", `"Do ""Nothing""" x`, `QuotedIdent("Do ""Nothing""") Ident(x)`},
		{"line comment", "a -- ON CONFLICT DO NOTHING\nb", "Ident(a) Ident(b)"},
		{"nested block comment", "a /* x /* DO NOTHING */ y */ b", "Ident(a) Ident(b)"},
		{"comment ends an operator", "a +-- c\nb", "Ident(a) Op(+) Ident(b)"},
		{"cast and bind parameter", "'x'::text, :name, :: y", "String('x') Op(::) Ident(text) Punct(,) Param(:name) Punct(,) Op(::) Ident(y)"},
		{"psycopg parameters", "%s, %(price_id)s, 5 % 3, %%", "Param(%s) Punct(,) Param(%(price_id)s) Punct(,) Number(5) Op(%) Number(3) Punct(,) Op(%%)"},
		{"numbers", "42 3.14 .5 1e-9 1_000 0x1F", "Number(42) Number(3.14) Number(.5) Number(1e-9) Number(1_000) Number(0x1F)"},
		{"hole in an identifier and a string", "INSERT INTO " + Hole + ".t VALUES ('" + Hole + "')",
			"Ident(INSERT) Ident(INTO) Ident(" + Hole + ") Punct(.) Ident(t) Ident(VALUES) Punct(() String('" + Hole + "') Punct())"},
		{"non-ASCII identifier", "größe = 1", "Ident(größe) Op(=) Number(1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks, err := Lex(tc.sql)
			if err != nil {
				t.Fatal(err)
			}
			if got := show(toks); got != tc.want {
				t.Errorf("Lex(%q):\n got %s\nwant %s", tc.sql, got, tc.want)
			}
			for _, tok := range toks {
				if tc.sql[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %q at %d:%d reads %q", tok.Text, tok.Start, tok.End, tc.sql[tok.Start:tok.End])
				}
			}
		})
	}
}

func TestLexErrors(t *testing.T) {
	for _, tc := range []struct{ sql, want string }{
		{"'abc", "offset 0: unterminated quoted string"},
		{`E'abc\'`, "offset 0: unterminated quoted string"},
		{`x "abc`, "offset 2: unterminated quoted identifier"},
		{"$q$ abc $$", "offset 0: unterminated dollar-quoted string $q$"},
		{"a /* /* */", "offset 2: unterminated /* comment"},
	} {
		_, err := Lex(tc.sql)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Lex(%q) error = %v, want %s", tc.sql, err, tc.want)
		}
	}
}

func TestUnquote(t *testing.T) {
	for _, tc := range []struct{ sql, want string }{
		{"Configuration", "configuration"},
		{`"Configuration"`, "Configuration"},
		{`"a""b"`, `a"b`},
		{"ÄBC", "Äbc"},
	} {
		toks, err := Lex(tc.sql)
		if err != nil || len(toks) != 1 {
			t.Fatalf("Lex(%q) = %v, %v", tc.sql, toks, err)
		}
		if got := Unquote(toks[0]); got != tc.want {
			t.Errorf("Unquote(%s) = %q, want %q", tc.sql, got, tc.want)
		}
	}
}
