package python

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func describeTokens(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = fmt.Sprintf("%s %s %d:%d", t.Kind, strconv.Quote(t.Text), t.Line, t.Col)
	}
	return out
}

// TestTokenizeCPython compares with CPython 3.11's tokenize module (which,
// like this package, returns an f-string as one STRING token).
func TestTokenizeCPython(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"x = 1\n", []string{
			"NAME \"x\" 1:1",
			"OP \"=\" 1:3",
			"NUMBER \"1\" 1:5",
			"NEWLINE \"\\n\" 1:6",
			"ENDMARKER \"\" 2:1",
		}},
		{"revision: str = 'abc'  # c\n", []string{
			"NAME \"revision\" 1:1",
			"OP \":\" 1:9",
			"NAME \"str\" 1:11",
			"OP \"=\" 1:15",
			"STRING \"'abc'\" 1:17",
			"COMMENT \"# c\" 1:24",
			"NEWLINE \"\\n\" 1:27",
			"ENDMARKER \"\" 2:1",
		}},
		{"a = (1,\n     2)  # x\n\n# only\nb = 3", []string{
			"NAME \"a\" 1:1",
			"OP \"=\" 1:3",
			"OP \"(\" 1:5",
			"NUMBER \"1\" 1:6",
			"OP \",\" 1:7",
			"NL \"\\n\" 1:8",
			"NUMBER \"2\" 2:6",
			"OP \")\" 2:7",
			"COMMENT \"# x\" 2:10",
			"NEWLINE \"\\n\" 2:13",
			"NL \"\\n\" 3:1",
			"COMMENT \"# only\" 4:1",
			"NL \"\\n\" 4:7",
			"NAME \"b\" 5:1",
			"OP \"=\" 5:3",
			"NUMBER \"3\" 5:5",
			"NEWLINE \"\" 5:6",
			"ENDMARKER \"\" 6:1",
		}},
		{"if x:\n    y = 1\n\n    z = 2\nw = 3\n", []string{
			"NAME \"if\" 1:1",
			"NAME \"x\" 1:4",
			"OP \":\" 1:5",
			"NEWLINE \"\\n\" 1:6",
			"INDENT \"    \" 2:1",
			"NAME \"y\" 2:5",
			"OP \"=\" 2:7",
			"NUMBER \"1\" 2:9",
			"NEWLINE \"\\n\" 2:10",
			"NL \"\\n\" 3:1",
			"NAME \"z\" 4:5",
			"OP \"=\" 4:7",
			"NUMBER \"2\" 4:9",
			"NEWLINE \"\\n\" 4:10",
			"DEDENT \"\" 5:1",
			"NAME \"w\" 5:1",
			"OP \"=\" 5:3",
			"NUMBER \"3\" 5:5",
			"NEWLINE \"\\n\" 5:6",
			"ENDMARKER \"\" 6:1",
		}},
		{"if x:\n\ty = 1\n\tif z:\n\t\tq = 2\nw = 3\n", []string{
			"NAME \"if\" 1:1",
			"NAME \"x\" 1:4",
			"OP \":\" 1:5",
			"NEWLINE \"\\n\" 1:6",
			"INDENT \"\\t\" 2:1",
			"NAME \"y\" 2:2",
			"OP \"=\" 2:4",
			"NUMBER \"1\" 2:6",
			"NEWLINE \"\\n\" 2:7",
			"NAME \"if\" 3:2",
			"NAME \"z\" 3:5",
			"OP \":\" 3:6",
			"NEWLINE \"\\n\" 3:7",
			"INDENT \"\\t\\t\" 4:1",
			"NAME \"q\" 4:3",
			"OP \"=\" 4:5",
			"NUMBER \"2\" 4:7",
			"NEWLINE \"\\n\" 4:8",
			"DEDENT \"\" 5:1",
			"DEDENT \"\" 5:1",
			"NAME \"w\" 5:1",
			"OP \"=\" 5:3",
			"NUMBER \"3\" 5:5",
			"NEWLINE \"\\n\" 5:6",
			"ENDMARKER \"\" 6:1",
		}},
		{"s = '''a\nb''' + \"c\" + r'\\d' + b'e' + f'{x!r:>3}' + Rb\"\" + u'é'\n", []string{
			"NAME \"s\" 1:1",
			"OP \"=\" 1:3",
			"STRING \"'''a\\nb'''\" 1:5",
			"OP \"+\" 2:6",
			"STRING \"\\\"c\\\"\" 2:8",
			"OP \"+\" 2:12",
			"STRING \"r'\\\\d'\" 2:14",
			"OP \"+\" 2:20",
			"STRING \"b'e'\" 2:22",
			"OP \"+\" 2:27",
			"STRING \"f'{x!r:>3}'\" 2:29",
			"OP \"+\" 2:41",
			"STRING \"Rb\\\"\\\"\" 2:43",
			"OP \"+\" 2:48",
			"STRING \"u'é'\" 2:50",
			"NEWLINE \"\\n\" 2:54",
			"ENDMARKER \"\" 3:1",
		}},
		{"x = 1; y = 2\n", []string{
			"NAME \"x\" 1:1",
			"OP \"=\" 1:3",
			"NUMBER \"1\" 1:5",
			"OP \";\" 1:6",
			"NAME \"y\" 1:8",
			"OP \"=\" 1:10",
			"NUMBER \"2\" 1:12",
			"NEWLINE \"\\n\" 1:13",
			"ENDMARKER \"\" 2:1",
		}},
		{"x = 1 + \\\n    2\n", []string{
			"NAME \"x\" 1:1",
			"OP \"=\" 1:3",
			"NUMBER \"1\" 1:5",
			"OP \"+\" 1:7",
			"NUMBER \"2\" 2:5",
			"NEWLINE \"\\n\" 2:6",
			"ENDMARKER \"\" 3:1",
		}},
		{"d = {'a': [1,\n  2], **e}\n", []string{
			"NAME \"d\" 1:1",
			"OP \"=\" 1:3",
			"OP \"{\" 1:5",
			"STRING \"'a'\" 1:6",
			"OP \":\" 1:9",
			"OP \"[\" 1:11",
			"NUMBER \"1\" 1:12",
			"OP \",\" 1:13",
			"NL \"\\n\" 1:14",
			"NUMBER \"2\" 2:3",
			"OP \"]\" 2:4",
			"OP \",\" 2:5",
			"OP \"**\" 2:7",
			"NAME \"e\" 2:9",
			"OP \"}\" 2:10",
			"NEWLINE \"\\n\" 2:11",
			"ENDMARKER \"\" 3:1",
		}},
		{"é = 'ü'; z = é\n", []string{
			"NAME \"é\" 1:1",
			"OP \"=\" 1:3",
			"STRING \"'ü'\" 1:5",
			"OP \";\" 1:8",
			"NAME \"z\" 1:10",
			"OP \"=\" 1:12",
			"NAME \"é\" 1:14",
			"NEWLINE \"\\n\" 1:15",
			"ENDMARKER \"\" 2:1",
		}},
		{"x = 0x_1f + 1_000 + 1.5e-3j + .5 + 0o7 + 0b1\n", []string{
			"NAME \"x\" 1:1",
			"OP \"=\" 1:3",
			"NUMBER \"0x_1f\" 1:5",
			"OP \"+\" 1:11",
			"NUMBER \"1_000\" 1:13",
			"OP \"+\" 1:19",
			"NUMBER \"1.5e-3j\" 1:21",
			"OP \"+\" 1:29",
			"NUMBER \".5\" 1:31",
			"OP \"+\" 1:34",
			"NUMBER \"0o7\" 1:36",
			"OP \"+\" 1:40",
			"NUMBER \"0b1\" 1:42",
			"NEWLINE \"\\n\" 1:45",
			"ENDMARKER \"\" 2:1",
		}},
		{"def f(a, *b, **c) -> None:\n    return a ** 2 // 3 @ b\n", []string{
			"NAME \"def\" 1:1",
			"NAME \"f\" 1:5",
			"OP \"(\" 1:6",
			"NAME \"a\" 1:7",
			"OP \",\" 1:8",
			"OP \"*\" 1:10",
			"NAME \"b\" 1:11",
			"OP \",\" 1:12",
			"OP \"**\" 1:14",
			"NAME \"c\" 1:16",
			"OP \")\" 1:17",
			"OP \"->\" 1:19",
			"NAME \"None\" 1:22",
			"OP \":\" 1:26",
			"NEWLINE \"\\n\" 1:27",
			"INDENT \"    \" 2:1",
			"NAME \"return\" 2:5",
			"NAME \"a\" 2:12",
			"OP \"**\" 2:14",
			"NUMBER \"2\" 2:17",
			"OP \"//\" 2:19",
			"NUMBER \"3\" 2:22",
			"OP \"@\" 2:24",
			"NAME \"b\" 2:26",
			"NEWLINE \"\\n\" 2:27",
			"DEDENT \"\" 3:1",
			"ENDMARKER \"\" 3:1",
		}},
		{"x  =  'a'  'b'\n", []string{
			"NAME \"x\" 1:1",
			"OP \"=\" 1:4",
			"STRING \"'a'\" 1:7",
			"STRING \"'b'\" 1:12",
			"NEWLINE \"\\n\" 1:15",
			"ENDMARKER \"\" 2:1",
		}},
		{"f(a:=1, b>=2, c!=3, d->e)\n", []string{
			"NAME \"f\" 1:1",
			"OP \"(\" 1:2",
			"NAME \"a\" 1:3",
			"OP \":=\" 1:4",
			"NUMBER \"1\" 1:6",
			"OP \",\" 1:7",
			"NAME \"b\" 1:9",
			"OP \">=\" 1:10",
			"NUMBER \"2\" 1:12",
			"OP \",\" 1:13",
			"NAME \"c\" 1:15",
			"OP \"!=\" 1:16",
			"NUMBER \"3\" 1:18",
			"OP \",\" 1:19",
			"NAME \"d\" 1:21",
			"OP \"->\" 1:22",
			"NAME \"e\" 1:24",
			"OP \")\" 1:25",
			"NEWLINE \"\\n\" 1:26",
			"ENDMARKER \"\" 2:1",
		}},
		{"class A:\n    pass\n", []string{
			"NAME \"class\" 1:1",
			"NAME \"A\" 1:7",
			"OP \":\" 1:8",
			"NEWLINE \"\\n\" 1:9",
			"INDENT \"    \" 2:1",
			"NAME \"pass\" 2:5",
			"NEWLINE \"\\n\" 2:9",
			"DEDENT \"\" 3:1",
			"ENDMARKER \"\" 3:1",
		}},
		{"x = ...\n", []string{
			"NAME \"x\" 1:1",
			"OP \"=\" 1:3",
			"OP \"...\" 1:5",
			"NEWLINE \"\\n\" 1:8",
			"ENDMARKER \"\" 2:1",
		}},
	}
	for _, tt := range tests {
		toks, err := Tokenize([]byte(tt.src))
		if err != nil {
			t.Errorf("Tokenize(%q): %v", tt.src, err)
			continue
		}
		if got := describeTokens(toks); !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q):\n got  %q\n want %q", tt.src, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"CRLF", "a = (1,\r\n 2)\r\n", []string{`NAME "a" 1:1`, `OP "=" 1:3`, `OP "(" 1:5`, `NUMBER "1" 1:6`, `OP "," 1:7`, `NL "\n" 1:8`,
			`NUMBER "2" 2:2`, `OP ")" 2:3`, `NEWLINE "\n" 2:4`, `ENDMARKER "" 3:1`}},
		{"lone CR", "a = 1\rb = 2\r", []string{`NAME "a" 1:1`, `OP "=" 1:3`, `NUMBER "1" 1:5`, `NEWLINE "\n" 1:6`,
			`NAME "b" 2:1`, `OP "=" 2:3`, `NUMBER "2" 2:5`, `NEWLINE "\n" 2:6`, `ENDMARKER "" 3:1`}},
		{"BOM", "\ufeffx = 'é'\n", []string{`NAME "x" 1:1`, `OP "=" 1:3`, `STRING "'é'" 1:5`, `NEWLINE "\n" 1:8`, `ENDMARKER "" 2:1`}},
		{"rune columns", "'ééé' + x\n", []string{`STRING "'ééé'" 1:1`, `OP "+" 1:7`, `NAME "x" 1:9`, `NEWLINE "\n" 1:10`, `ENDMARKER "" 2:1`}},
		{"multi-line string then token", "x = '''a\nbé''' + y\n", []string{`NAME "x" 1:1`, `OP "=" 1:3`, `STRING "'''a\nbé'''" 1:5`,
			`OP "+" 2:7`, `NAME "y" 2:9`, `NEWLINE "\n" 2:10`, `ENDMARKER "" 3:1`}},
		{"string prefixes", "rb'' Br'' bR'' RB'' Rb'' f'' F'' fR'' Rf'' u'' U'' b'' t''\n", []string{`STRING "rb''" 1:1`, `STRING "Br''" 1:6`,
			`STRING "bR''" 1:11`, `STRING "RB''" 1:16`, `STRING "Rb''" 1:21`, `STRING "f''" 1:26`, `STRING "F''" 1:30`, `STRING "fR''" 1:34`,
			`STRING "Rf''" 1:39`, `STRING "u''" 1:44`, `STRING "U''" 1:48`, `STRING "b''" 1:52`, `STRING "t''" 1:56`, `NEWLINE "\n" 1:59`, `ENDMARKER "" 2:1`}},
		{"not a prefix", "ur'x'\n", []string{`NAME "ur" 1:1`, `STRING "'x'" 1:3`, `NEWLINE "\n" 1:6`, `ENDMARKER "" 2:1`}},
		{"escaped quotes", `'a\'b' "c\"d" r'\'' '\\'` + "\n", []string{`STRING "'a\\'b'" 1:1`, `STRING "\"c\\\"d\"" 1:8`,
			`STRING "r'\\''" 1:15`, `STRING "'\\\\'" 1:21`, `NEWLINE "\n" 1:25`, `ENDMARKER "" 2:1`}},
		{"backslash newline in string", "'a\\\nb'\n", []string{`STRING "'a\\\nb'" 1:1`, `NEWLINE "\n" 2:3`, `ENDMARKER "" 3:1`}},
		{"f-string with nested quotes (3.12)", `f"{x["a"]!r:>{w}} {'}'}"` + "\n", []string{`STRING "f\"{x[\"a\"]!r:>{w}} {'}'}\"" 1:1`, `NEWLINE "\n" 1:25`, `ENDMARKER "" 2:1`}},
		{"f-string escapes", `f'{{x}} \{y} \N{DASH}'` + "\n", []string{`STRING "f'{{x}} \\{y} \\N{DASH}'" 1:1`, `NEWLINE "\n" 1:23`, `ENDMARKER "" 2:1`}},
		{"dedent at EOF", "if x:\n  y", []string{`NAME "if" 1:1`, `NAME "x" 1:4`, `OP ":" 1:5`, `NEWLINE "\n" 1:6`, `INDENT "  " 2:1`,
			`NAME "y" 2:3`, `NEWLINE "" 2:4`, `DEDENT "" 3:1`, `ENDMARKER "" 3:1`}},
		{"form feed", "\fx = 1\n", []string{`NAME "x" 1:2`, `OP "=" 1:4`, `NUMBER "1" 1:6`, `NEWLINE "\n" 1:7`, `ENDMARKER "" 2:1`}},
		{"tabs to 8", "if x:\n\tif y:\n\t\tz\n\ta\n", []string{`NAME "if" 1:1`, `NAME "x" 1:4`, `OP ":" 1:5`, `NEWLINE "\n" 1:6`,
			`INDENT "\t" 2:1`, `NAME "if" 2:2`, `NAME "y" 2:5`, `OP ":" 2:6`, `NEWLINE "\n" 2:7`, `INDENT "\t\t" 3:1`, `NAME "z" 3:3`,
			`NEWLINE "\n" 3:4`, `DEDENT "" 4:2`, `NAME "a" 4:2`, `NEWLINE "\n" 4:3`, `DEDENT "" 5:1`, `ENDMARKER "" 5:1`}},
		{"keyword after number", "1if x else 2\n", []string{`NUMBER "1" 1:1`, `NAME "if" 1:2`, `NAME "x" 1:5`, `NAME "else" 1:7`, `NUMBER "2" 1:12`,
			`NEWLINE "\n" 1:13`, `ENDMARKER "" 2:1`}},
		{"empty", "", []string{`ENDMARKER "" 1:1`}},
		{"comment only", "# c", []string{`COMMENT "# c" 1:1`, `NL "" 1:4`, `ENDMARKER "" 2:1`}},
	}
	for _, tt := range tests {
		toks, err := Tokenize([]byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := describeTokens(toks); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got  %q\n want %q", tt.name, got, tt.want)
		}
	}
}

// TestTokenizeErrors checks messages and positions against CPython 3.11.
func TestTokenizeErrors(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
		msg       string
	}{
		{"x = $", 1, 5, "invalid syntax"},
		{"x = €", 1, 5, "invalid character '€' (U+20AC)"},
		{"x = \u00a0", 1, 5, "invalid non-printable character U+00A0"},
		{"x = (1", 1, 5, "'(' was never closed"},
		{"x = [(1,\n2)", 1, 5, "'[' was never closed"},
		{"x = 1)", 1, 6, "unmatched ')'"},
		{"x = [1)", 1, 7, "closing parenthesis ')' does not match opening parenthesis '['"},
		{"x = [\n1)", 2, 2, "closing parenthesis ')' does not match opening parenthesis '[' on line 1"},
		{`"abc`, 1, 1, "unterminated string literal (detected at line 1)"},
		{"x = 'abc\ny'", 1, 5, "unterminated string literal (detected at line 1)"},
		{`"""abc`, 1, 1, "unterminated triple-quoted string literal (detected at line 1)"},
		{"x = '''a\nb\n", 1, 5, "unterminated triple-quoted string literal (detected at line 3)"},
		{"x = \\", 1, 6, "unexpected EOF while parsing"},
		{"x = 1 \\ 2", 1, 8, "unexpected character after line continuation character"},
		{"0001", 1, 1, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
		{"1abc", 1, 1, "invalid decimal literal"},
		{"0x", 1, 1, "invalid hexadecimal literal"},
		{"0b12", 1, 1, "invalid binary literal"},
		{"1_", 1, 1, "invalid decimal literal"},
		{"1__0", 1, 1, "invalid decimal literal"},
		{"if x:\n  a\n b\n", 3, 3, "unindent does not match any outer indentation level"},
		{"if x:\n\ta\n        b\n", 3, 1, "inconsistent use of tabs and spaces in indentation"},
		{"if x:\n        a\n\tb\n", 3, 1, "inconsistent use of tabs and spaces in indentation"},
		{"f'{'", 1, 5, "f-string: expecting '}'"},
		{"f'}'", 1, 3, "f-string: single '}' is not allowed"},
		{"f'{x!}'", 1, 6, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"f'{x#}'", 1, 5, "f-string expression part cannot include '#'"},
		{"f'{x\\n}'", 1, 5, "f-string expression part cannot include a backslash"},
		{"f'{x)}'", 1, 5, "f-string: unmatched ')'"},
		{"f'a\nb'", 1, 1, "unterminated string literal (detected at line 1)"},
		{"x = 1\x00", 1, 6, "source code cannot contain null bytes"},
		{strings.Repeat("[", 201), 1, 201, "too many nested parentheses"},
	}
	for _, tt := range tests {
		_, err := Tokenize([]byte(tt.src))
		var se *SyntaxError
		if !errors.As(err, &se) || se.Msg != tt.msg || se.Line != tt.line || se.Col != tt.col {
			t.Errorf("Tokenize(%q) = %v, want %d:%d: %s", tt.src, err, tt.line, tt.col, tt.msg)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, src, want, err string
	}{
		{"utf-8", "x = 'é'\n", "x = 'é'\n", ""},
		{"BOM", "\xef\xbb\xbfx\n", "x\n", ""},
		{"CRLF and CR", "a\r\nb\rc\n", "a\nb\nc\n", ""},
		{"latin-1 cookie", "# -*- coding: latin-1 -*-\nx = '\xe9'\n", "# -*- coding: latin-1 -*-\nx = 'é'\n", ""},
		{"cookie on line 2", "#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\n'\xe9'", "#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\n'é'", ""},
		{"cookie after code is ignored", "x = 1\n# coding: latin-1\n'\xe9'\n", "", "3:2: Non-UTF-8 code starting with '\\xe9' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
		{"utf8 spelling", "# coding=utf8\nx\n", "# coding=utf8\nx\n", ""},
		{"ascii", "# coding: ascii\nx\n", "# coding: ascii\nx\n", ""},
		{"ascii violated", "# coding: ascii\n'\xe9'\n", "", "2:2: encoding problem: ascii"},
		{"cp1252", "# -*- coding: cp1252 -*-\nx = '\x80'\n", "# -*- coding: cp1252 -*-\nx = '€'\n", ""},
		{"iso8859-15", "# coding: iso8859_15\nx = '\xa4'\n", "# coding: iso8859_15\nx = '€'\n", ""},
		{"unknown encoding", "# coding: klingon\nx\n", "", "1:1: encoding problem: klingon"},
		{"BOM with latin-1", "\xef\xbb\xbf# coding: latin-1\nx\n", "", "1:1: encoding problem: iso-8859-1 with BOM"},
		{"bad utf-8", "x = '\xff'\n", "", "1:6: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
		{"null byte", "x\x00", "", "1:2: source code cannot contain null bytes"},
	}
	for _, tt := range tests {
		got, err := Decode([]byte(tt.src))
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%s: error %v, want %s", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: Decode = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestUnquote(t *testing.T) {
	tests := []struct {
		lit  string
		want Value
	}{
		{`'a'`, String("a")},
		{`"a"`, String("a")},
		{`'''a'b'''`, String("a'b")},
		{`"""a"b"""`, String(`a"b`)},
		{`''`, String("")},
		{`''''''`, String("")},
		{`u'\u00e9\t'`, String("é\t")},
		{`R'\n'`, String(`\n`)},
		{`'\d\q'`, String(`\d\q`)},
		{`'\101\x41'`, String("AA")},
		{`'\U0001F600\0'`, String("😀\x00")},
		{`'\a\b\f\v\r\\\''`, String("\a\b\f\v\r\\'")},
		{"'a\\\nb'", String("ab")},
		{`b'\x00\777\u0041'`, Bytes("\x00\xff\\u0041")},
		{`rb'\x'`, Bytes(`\x`)},
	}
	for _, tt := range tests {
		got, err := Unquote(tt.lit)
		if err != nil || got != tt.want {
			t.Errorf("Unquote(%s) = %#v, %v; want %#v", tt.lit, got, err, tt.want)
		}
	}
	for _, lit := range []string{`x`, `'a' 'b'`, `'a`, `'\x4'`} {
		if _, err := Unquote(lit); err == nil {
			t.Errorf("Unquote(%s): no error", lit)
		}
	}
	var ns *NotStaticError
	if _, err := Unquote(`f'{x}'`); !errors.As(err, &ns) {
		t.Errorf("Unquote(f-string) = %v, want NotStaticError", err)
	}
	if _, err := Unquote(`'\N{BULLET}'`); !errors.As(err, &ns) {
		t.Errorf(`Unquote('\N{BULLET}') = %v, want NotStaticError`, err)
	}
}

// FuzzColumnsBeyondASCII checks the positions of tokens in sources beyond
// ASCII, where the fast path for names and operators may only read lines
// that are ASCII up to where it starts: each token must be where it is in
// the same source with every such character replaced by an ASCII letter,
// when that source tokenizes alike.
func FuzzColumnsBeyondASCII(f *testing.F) {
	for _, src := range []string{
		"é = 1\nab.c = [x, y]  # ü\n",
		"'''doc é\n'''\nrevision: str = 'a'\ndown_revision: Union[str, None] = None\n",
		"x = ('é',\n     y + z)\nw = f'{é!r}' + v\n",
		"def f():\n    return 'ü' + (a,\n  b)\n\nclass C: pass\n",
		"é=1;ab=2;é2=ab\n",
	} {
		f.Add(src)
	}
	pos := func(src string) ([]string, error) {
		toks, err := Tokenize([]byte(src))
		var out []string
		for _, tk := range toks {
			out = append(out, fmt.Sprintf("%v %d:%d-%d:%d", tk.Kind, tk.Line, tk.Col, tk.EndLine, tk.EndCol))
		}
		return out, err
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) || strings.ContainsAny(src, "\r\ufeff") {
			return
		}
		ascii := strings.Map(func(r rune) rune {
			if r >= utf8.RuneSelf {
				return 'x'
			}
			return r
		}, src)
		got, gerr := pos(src)
		want, werr := pos(ascii)
		if gerr != nil || werr != nil || len(got) != len(want) {
			return // not the same tokens: nothing to compare
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got %q\nwant %q", src, got, want)
		}
	})
}
