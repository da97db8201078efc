package python

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

type nameWant struct{ name, want string }

// checkValue compares m.Value(name) with want: a repr (CPython's, from
// exec of the same source), "!unbound", "!notstatic:<reason part>" or
// "!pyerr:<exception type>".
func checkValue(t *testing.T, label string, m *Module, imp Importer, name, want string) {
	t.Helper()
	v, b, err := m.Value(name, imp)
	switch {
	case want == "!unbound":
		if !errors.Is(err, ErrNotBound) {
			t.Errorf("%s: %s = %v, %v; want not bound", label, name, v, err)
		}
	case strings.HasPrefix(want, "!notstatic:"):
		var ns *NotStaticError
		if !errors.As(err, &ns) || !strings.Contains(ns.Error(), strings.TrimPrefix(want, "!notstatic:")) {
			t.Errorf("%s: %s = %v, %v; want NotStaticError %q", label, name, v, err, want)
		} else if b == nil {
			t.Errorf("%s: %s: no binding returned with the error", label, name)
		}
	case strings.HasPrefix(want, "!pyerr:"):
		var pe *PyError
		if !errors.As(err, &pe) || pe.Type != strings.TrimPrefix(want, "!pyerr:") {
			t.Errorf("%s: %s = %v, %v; want %s", label, name, v, err, want)
		}
	default:
		if err != nil {
			t.Errorf("%s: %s: %v", label, name, err)
			return
		}
		if got, err := Repr(v); err != nil || got != want {
			t.Errorf("%s: %s = %s, %v; want %s", label, name, got, err, want)
		}
		if b == nil || b.Name != name && b.Kind != BindStarImport {
			t.Errorf("%s: %s: binding %+v", label, name, b)
		}
	}
}

// TestModuleValue evaluates top-level names; expected values come from
// CPython 3.11 executing the same source, where it is static.
func TestModuleValue(t *testing.T) {
	tests := []struct {
		label, src string
		names      []nameWant
	}{
		{"plain", "revision = 'abc'\ndown_revision = None\n", []nameWant{{`revision`, `'abc'`}, {`down_revision`, `None`}}},
		{"quotes", "a = 'x'\nb = \"x\"\nc = '''x'''\nd = \"\"\"x\"\"\"\ne = u'x'\nf = R'x\\n'\ng = r\"\\d\"\nh = U'\\x41'\n", []nameWant{{`a`, `'x'`}, {`b`, `'x'`}, {`c`, `'x'`}, {`d`, `'x'`}, {`e`, `'x'`}, {`f`, `'x\\n'`}, {`g`, `'\\d'`}, {`h`, `'A'`}}},
		{"bytes", "a = b'x'\nb = Rb'\\x'\nc = bR\"y\"\n", []nameWant{{`a`, `b'x'`}, {`b`, `b'\\x'`}, {`c`, `b'y'`}}},
		{"implicit concat", "down_revision = ('ab'\n    'cd'  # comment\n    \"ef\")\n", []nameWant{{`down_revision`, `'abcdef'`}}},
		{"tuple no parens", "down_revision = 'abc',\n", []nameWant{{`down_revision`, `('abc',)`}}},
		{"merge tuple", "down_revision = (\n    'a',  # first\n    'b',\n)\n", []nameWant{{`down_revision`, `('a', 'b')`}}},
		{"list", "depends_on = ['x', 'y']\n", []nameWant{{`depends_on`, `['x', 'y']`}}},
		{"empty", "a = ()\nb = []\n", []nameWant{{`a`, `()`}, {`b`, `[]`}}},
		{"annotated", "revision: str = 'a'\ndown_revision: Union[str, Sequence[str], None] = ('b', 'c')\nbranch_labels: str | None = None\ndepends_on: tuple[str, str] | None = None\nx: Optional[str] = 'o'\ny: 'Fwd' = 'f'\n", []nameWant{{`revision`, `'a'`}, {`down_revision`, `('b', 'c')`}, {`branch_labels`, `None`}, {`depends_on`, `None`}, {`x`, `'o'`}, {`y`, `'f'`}}},
		{"bare annotation", "revision: str\n", []nameWant{{`revision`, `!unbound`}}},
		{"bare annotation after", "revision = 'a'\nrevision: str\n", []nameWant{{`revision`, `'a'`}}},
		{"last wins", "revision = 'a'\nrevision = 'b'\n", []nameWant{{`revision`, `'b'`}}},
		{"chained", "a = b = 'x'\n", []nameWant{{`a`, `'x'`}, {`b`, `'x'`}}},
		{"unpack", "a, b = 'x', 'y'\n(c, d) = ['z', 'w']\n[e, (f, g)] = 1, (2, 3)\n", []nameWant{{`a`, `'x'`}, {`b`, `'y'`}, {`c`, `'z'`}, {`d`, `'w'`}, {`e`, `1`}, {`f`, `2`}, {`g`, `3`}}},
		{"unpack non literal", "a, b = 'xy'\n", []nameWant{{`a`, `!notstatic:unpacked`}, {`b`, `!notstatic:unpacked`}}},
		{"unpack starred", "a, *b = 1, 2, 3\n", []nameWant{{`a`, `!notstatic:unpacked`}, {`b`, `!notstatic:unpacked`}}},
		{"semicolons", "a = 1; b = 2;\nc = 3 ; a = 4\n", []nameWant{{`a`, `4`}, {`b`, `2`}, {`c`, `3`}}},
		{"backslash", "revision = \\\n    'abc'\nx = 'a' \\\n    'b'\n", []nameWant{{`revision`, `'abc'`}, {`x`, `'ab'`}}},
		{"if block after plain", "revision = 'a'\nif x:\n    revision = 'b'\n", []nameWant{{`revision`, `'a'`}}},
		{"if block only", "if x:\n    revision = 'b'\n", []nameWant{{`revision`, "!notstatic:assigned inside an `if` block at line 1"}}},
		{"if then plain", "if x:\n    revision = 'b'\nelse:\n    revision = 'c'\nrevision = 'd'\n", []nameWant{{`revision`, `'d'`}}},
		{"try block", "try:\n    import foo\nexcept ImportError:\n    foo = None\n", []nameWant{{`foo`, "!notstatic:assigned inside an `except` block at line 3"}}},
		{"for target", "for revision in []:\n    pass\n", []nameWant{{`revision`, "!notstatic:`for` block"}}},
		{"with as", "with open('x') as revision:\n    pass\n", []nameWant{{`revision`, "!notstatic:`with` block"}}},
		{"def class", "def revision():\n    pass\nclass down_revision:\n    revision = 'x'\n", []nameWant{{`revision`, `!notstatic:function`}, {`down_revision`, `!notstatic:class`}}},
		{"inside def", "def f():\n    revision = 'x'\n    global down_revision\n", []nameWant{{`revision`, `!unbound`}, {`down_revision`, `!unbound`}}},
		{"decorated", "@decorator(revision='x')\ndef f():\n    pass\nrevision = 'y'\n", []nameWant{{`revision`, `'y'`}}},
		{"look-alikes", "'''\nrevision = 'doc'\n'''\n# revision = 'comment'\nx = \"revision = 'str'\"\ny = f'''\nrevision = {1}\n'''\n", []nameWant{{`revision`, `!unbound`}}},
		{"del", "revision = 'a'\ndel revision\n", []nameWant{{`revision`, `!unbound`}}},
		{"del cond", "revision = 'a'\nif x:\n    del revision\n", []nameWant{{`revision`, `'a'`}}},
		{"aug", "x = 'a'\nx += 'b'\ny = (1,)\ny += (2,)\nz = [1]\nz += (2,)\nn = 5\nn -= 7\nn *= 3\n", []nameWant{{`x`, `'ab'`}, {`y`, `(1, 2)`}, {`z`, `[1, 2]`}, {`n`, `-6`}}},
		{"aug unbound", "x += 'b'\n", []nameWant{{`x`, `!pyerr:NameError`}}},
		{"fold concat", "PREFIX = 'abc'\nrevision = PREFIX + '_x'\n", []nameWant{{`revision`, `'abc_x'`}}},
		{"fold sequential", "a = 'x'\nb = a + '1'\na = 'y'\nc = a + '2'\n", []nameWant{{`b`, `'x1'`}, {`c`, `'y2'`}, {`a`, `'y'`}}},
		{"fold fstring", "P = 'p'\nN = 3\nrevision = f'{P}_{N:03d}_{P!r}'\n", []nameWant{{`revision`, `"p_003_'p'"`}}},
		{"fold percent", "rev = '%s_%04d' % ('a', 7)\nm = '%(x)s-%(y).2d' % {'x': 'k', 'y': 3}\n", []nameWant{{`rev`, `'a_0007'`}, {`m`, `'k-03'`}}},
		{"fold format", "rev = '{}_{name}'.format('a', name='b')\n", []nameWant{{`rev`, `'a_b'`}}},
		{"fold lower", "rev = 'ABC_Def'.lower()\n", []nameWant{{`rev`, `'abc_def'`}}},
		{"fold tuple", "down_revision = tuple(['a', 'b'])\nx = tuple(sorted({'b': 1, 'a': 2}))\n", []nameWant{{`down_revision`, `('a', 'b')`}, {`x`, `('a', 'b')`}}},
		{"fold cond expr", "A = None\nrevision = 'x' if A is None else 'y'\n", []nameWant{{`revision`, `'x'`}}},
		{"fold call", "revision = make_id()\n", []nameWant{{`revision`, `!notstatic:name 'make_id' is not defined`}}},
		{"fold undefined name", "revision = PREFIX + 'x'\nPREFIX = 'a'\n", []nameWant{{`revision`, `!notstatic:name 'PREFIX' is not defined`}}},
		{"fold cond dep", "if x:\n    P = 'a'\nrevision = P + 'b'\n", []nameWant{{`revision`, "!notstatic:assigned inside an `if` block"}}},
		{"fold type error", "revision = 'a' + 1\n", []nameWant{{`revision`, `!pyerr:TypeError`}}},
		{"walrus", "revision = 'a'\nprint(revision := 'b')\n", []nameWant{{`revision`, `!notstatic:assignment expression`}}},
		{"lambda default", "f = lambda x=1: x\nrevision = 'r'\n", []nameWant{{`f`, `!notstatic:lambda`}, {`revision`, `'r'`}}},
		{"match", "match x:\n    case {'k': revision}:\n        pass\n    case _:\n        pass\n", []nameWant{{`revision`, "!notstatic:`match` block"}}},
		{"match as name", "match = 'm'\nmatch[0]\n", []nameWant{{`match`, `'m'`}}},
		{"docstring escapes", "'''a\\tb\\\nc\\x41'''\nrevision = 'r'\n", []nameWant{{`revision`, `'r'`}}},
		{"crlf", "revision = 'a'\r\ndown_revision = (\r\n 'b',\r\n 'c')\r\n", []nameWant{{`revision`, `'a'`}, {`down_revision`, `('b', 'c')`}}},
		{"tabs", "if x:\n\trevision = 'a'\nrevision = 'b'\n", []nameWant{{`revision`, `'b'`}}},
		{"nested if def", "if x:\n    def f():\n        pass\n    y = 1\nz = 2\n", []nameWant{{`z`, `2`}, {`f`, "!notstatic:`if` block"}, {`y`, "!notstatic:`if` block"}}},
		{"async def", "async def revision():\n    pass\n", []nameWant{{`revision`, `!notstatic:function`}}},
		{"inline if", "if x: revision = 'a'\nelse: revision = 'b'\n", []nameWant{{`revision`, "!notstatic:`else` block"}}},
		{"type alias", "type revision = str\n", []nameWant{{`revision`, `!notstatic:type alias`}}},
		{"star import without importer", "from x import *\nrevision = 'a'\n", []nameWant{{`revision`, `'a'`}}},
		{"slice and index", "x = ('a', 'b', 'c')\ny = x[1]\nz = x[1:]\nw = 'abcdef'[-3:]\n", []nameWant{{`y`, `'b'`}, {`z`, `('b', 'c')`}, {`w`, `'def'`}}},
		{"len int", "x = len(('a', 'b'))\ny = int('12') + 1\nz = str(5) + 'x'\n", []nameWant{{`x`, `2`}, {`y`, `13`}, {`z`, `'5x'`}}},
		{"dict", "d = {'a': 1, 'b': (2, 3)}\nx = d['b']\ny = d.get('c', 'z')\n", []nameWant{{`d`, `{'a': 1, 'b': (2, 3)}`}, {`x`, `(2, 3)`}, {`y`, `'z'`}}},
		{"bool ops", "a = '' or 'x'\nb = None and 1\nc = not None\n", []nameWant{{`a`, `'x'`}, {`b`, `None`}, {`c`, `True`}}},
		{"comparisons", "a = 1 < 2 <= 2\nb = 'a' in ('a', 'b')\nc = (1, 2) == (1, 2)\n", []nameWant{{`a`, `True`}, {`b`, `True`}, {`c`, `True`}}},
		{"unicode", "revision = 'café_ñ'\nx = 'ΟΔΟΣ'.lower()\n", []nameWant{{`revision`, `'café_ñ'`}, {`x`, `'οδος'`}}},
	}
	for _, tt := range tests {
		m, err := ParseModule([]byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.label, err)
			continue
		}
		for _, n := range tt.names {
			checkValue(t, tt.label, m, nil, n.name, n.want)
		}
	}
}

func describeBindings(m *Module) []string {
	var out []string
	for _, b := range m.Bindings {
		s := fmt.Sprintf("%s %s %d:%d", b.Name, b.Kind, b.Line, b.Col)
		if b.Conditional {
			s += fmt.Sprintf(" in %s@%d", b.Block, b.BlockLine)
		}
		if b.Source != "" {
			s += " = " + b.Source
		}
		switch {
		case b.Op != "":
			s += " op " + b.Op
		case b.Kind == BindImportFrom || b.Kind == BindStarImport:
			s += fmt.Sprintf(" [%d %q %q]", b.Level, b.Module, b.ImportName)
		}
		out = append(out, s)
	}
	return out
}

func TestBindings(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"annotated shapes", "revision: str = 'a'\ndown_revision: Union[str, Sequence[str], None] = (\n    'b',  # one\n    'c',\n)\nx: int\n(y): int = 1\nself.z: int = 2\n",
			[]string{"revision assignment 1:1 = 'a'", "down_revision assignment 2:1 = ('b', 'c',)", "y assignment 7:2 = 1"}},
		{"imports", "import a.b.c\nimport a.b as x, d\nfrom . import y\nfrom ..pkg.sub import (z as w,\n  v,)\nfrom m import *\nfrom ... import q\n",
			[]string{"a import 1:8 = import a.b.c", "x import 2:15 = import a.b as x", "d import 2:18 = import d",
				`y import 3:15 = from . import y [1 "" "y"]`, `w import 4:29 = from ..pkg.sub import z as w [2 "pkg.sub" "z"]`,
				`v import 5:3 = from ..pkg.sub import v [2 "pkg.sub" "v"]`, `* star import 6:15 = from m import * [0 "m" ""]`,
				`q import 7:17 = from ... import q [3 "" "q"]`}},
		{"compound statements", "if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\ntry:\n    import y\nexcept E as e:\n    pass\nfinally:\n    z = 1\nwhile w:\n    w -= 1\nfor i, (j, k) in q:\n    pass\nwith f() as g, h() as (m, n):\n    pass\n",
			[]string{"x assignment 2:5 in if@1 = 1", "x assignment 4:5 in elif@3 = 2", "x assignment 6:5 in else@5 = 3",
				"y import 8:12 in try@7 = import y", "e except target 9:13 in except@9", "z assignment 12:5 in finally@11 = 1",
				"w augmented assignment 14:5 in while@13 = 1 op -=", "i for loop target 15:5 in for@15", "j for loop target 15:9 in for@15",
				"k for loop target 15:12 in for@15", "g with target 17:13 in with@17", "m with target 17:24 in with@17", "n with target 17:27 in with@17"}},
		{"nested blocks keep the outer block", "if a:\n    if b:\n        x = 1\n    def f():\n        y = 2\n",
			[]string{"x assignment 3:9 in if@1 = 1", "f function 4:9 in if@1 = def f():"}},
		{"def and class bodies are skipped", "@dec\nclass A(B):\n    x = 1\n    def m(self):\n        y = 2\nasync def g(a=(w := 1)):\n    z = 3\ndef h(): return 1\nv = 4\n",
			[]string{"A class 2:7 = class A(B):", "w assignment expression 6:16", "g function 6:11 = async def g(a=(w := 1)):", "h function 8:5 = def h():", "v assignment 9:1 = 4"}},
		{"unpacking", "a, b = 1, 2\nc, d = e\n[f, *g] = 1, 2, 3\nh = i, j = 'x', 'y'\n",
			[]string{"a assignment 1:1 = 1", "b assignment 1:4 = 2", "c unpacking 2:1 = e", "d unpacking 2:4 = e",
				"f unpacking 3:2 = 1, 2, 3", "g unpacking 3:6 = 1, 2, 3", "h assignment 4:1 = 'x', 'y'", "i assignment 4:5 = 'x'", "j assignment 4:8 = 'y'"}},
		{"skipped statements", "global x\nprint(revision)\ndel a, (b, c.d)\nassert x, 'y'\npass; x.y = 1; x[0] = 2\nraise\n",
			[]string{"a del 3:5", "b del 3:9"}},
		{"match", "match cmd:\n    case [Point(x=px), other] if px > 0:\n        pass\n    case Color.RED | {'k': v} as w:\n        pass\n",
			[]string{"px match capture 2:19 in match@1", "other match capture 2:24 in match@1", "v match capture 4:28 in match@1", "w match capture 4:34 in match@1"}},
		{"type alias", "type X[T] = list[T]\n", []string{"X type alias 1:6 = type X[T] = list[T]"}},
		{"backslash and semicolon", "a = \\\n  1; b = 2\n", []string{"a assignment 1:1 = 1", "b assignment 2:6 = 2"}},
		{"multi-line source", "x = f(a,  # c\n      b)\n", []string{"x assignment 1:1 = f(a, b)"}},
	}
	for _, tt := range tests {
		m, err := ParseModule([]byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := describeBindings(m); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got  %q\n want %q", tt.name, got, tt.want)
		}
	}
}

// TestDocstring compares with CPython 3.11's __doc__ for the same source.
func TestDocstring(t *testing.T) {
	tests := []struct {
		src    string
		doc    string
		hasDoc bool
	}{
		{"'''add tables\n\nRevision ID: abc\n'''\n", "add tables\n\nRevision ID: abc\n", true},
		{`"a\tb\x41\
c"`, "a\tbAc", true},
		{"\n\n# comment\nr'raw\\n'\n", `raw\n`, true},
		{`"a" "b"` + "\n", "ab", true},
		{`("a"` + "\n" + ` 'b')` + "\n", "ab", true},
		{`"a";x=1` + "\n", "a", true},
		{`u"é"`, "é", true},
		{`"a" + "b"`, "", false},
		{`f"a"`, "", false},
		{`"a" f"b"`, "", false},
		{`b"a"`, "", false},
		{"x = 1\n'not a docstring'\n", "", false},
		{"'a'.format()\n", "", false},
		{"\ufeff# -*- coding: utf-8 -*-\r\n'''crlf\r\nline'''\r\n", "crlf\nline", true},
	}
	for _, tt := range tests {
		m, err := ParseModule([]byte(tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if m.Doc != tt.doc || m.HasDoc != tt.hasDoc {
			t.Errorf("%q: doc %q %v, want %q %v", tt.src, m.Doc, m.HasDoc, tt.doc, tt.hasDoc)
		}
	}
	m, err := ParseModule([]byte(`"""\N{BULLET} item"""`))
	if err != nil || !m.HasDoc || m.DocErr == nil {
		t.Errorf(`\N docstring: %+v, %v`, m, err)
	}
}

func TestParseModuleErrors(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
		msg       string
	}{
		{"revision = 'abc\n", 1, 12, "unterminated string literal (detected at line 1)"},
		{"revision = \n", 1, 11, "invalid syntax"},
		{"revision = 'a' 'b\n", 1, 16, "unterminated string literal (detected at line 1)"},
		{"revision = 'a' b\n", 1, 16, "invalid syntax"},
		{"f() = 1\n", 1, 1, "cannot assign to function call"},
		{"'a' = 1\n", 1, 1, "cannot assign to literal"},
		{"None = 1\n", 1, 1, "cannot assign to None"},
		{"a, b: int = 1, 2\n", 1, 1, "only single target (not tuple) can be annotated"},
		{"x: = 1\n", 1, 3, "invalid syntax"},
		{"*a = 1\n", 1, 1, "starred assignment target must be in a list or tuple"},
		{"x + 1 += 2\n", 1, 1, "'expression' is an illegal expression for augmented assignment"},
		{"  x = 1\n", 1, 3, "unexpected indent"},
		{"if x:\npass\n", 2, 1, "expected an indented block after 'if' statement on line 1"},
		{"def f():\nreturn\n", 2, 1, "expected an indented block after function definition on line 1"},
		{"if x\n    y = 1\n", 1, 5, "expected ':'"},
		{"from . import\n", 1, 14, "invalid syntax"},
		{"from x import a,\n", 1, 16, "trailing comma not allowed without surrounding parentheses"},
		{"import\n", 1, 7, "invalid syntax"},
		{"x = 1\ndef f():\n    s = '\\x4'\n", 3, 10, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
		{"x = (\n", 1, 5, "'(' was never closed"},
		{"if x:\n  a = 1\n b = 2\n", 3, 7, "unindent does not match any outer indentation level"},
		{"# coding: klingon\n", 1, 1, "encoding problem: klingon"},
	}
	for _, tt := range tests {
		_, err := ParseModule([]byte(tt.src))
		var se *SyntaxError
		if !errors.As(err, &se) || se.Msg != tt.msg || se.Line != tt.line || se.Col != tt.col {
			t.Errorf("ParseModule(%q) = %v, want %d:%d: %s", tt.src, err, tt.line, tt.col, tt.msg)
		}
	}
}

// fakeImporter resolves dotted names to sources held in memory, caching
// the parsed modules as a real importer would. A module is a package when
// other modules are named under it; relative imports resolve from the
// importing module's package.
type fakeImporter struct {
	files  map[string]string // dotted name -> source
	parsed map[string]*Module
}

func (f *fakeImporter) isPackage(name string) bool {
	for k := range f.files {
		if strings.HasPrefix(k, name+".") {
			return true
		}
	}
	return false
}

func (f *fakeImporter) Import(from *Module, dotted string, level int) (*Module, error) {
	name := dotted
	if level > 0 {
		pkg := strings.Split(from.Path, ".")
		if !f.isPackage(from.Path) {
			pkg = pkg[:len(pkg)-1]
		}
		pkg = pkg[:max(len(pkg)-(level-1), 0)]
		name = strings.Trim(strings.Join(pkg, ".")+"."+dotted, ".")
	}
	if m, ok := f.parsed[name]; ok {
		return m, nil
	}
	src, ok := f.files[name]
	if !ok {
		return nil, fmt.Errorf("no module named '%s'", name)
	}
	m, err := ParseModule([]byte(src))
	if err != nil {
		return nil, err
	}
	m.Path = name
	if f.parsed == nil {
		f.parsed = map[string]*Module{}
	}
	f.parsed[name] = m
	return m, nil
}

func TestModuleValueImports(t *testing.T) {
	imp := &fakeImporter{files: map[string]string{
		"neutron":                  "",
		"neutron.db":               "",
		"neutron.db.migration":     "",
		"neutron.db.migration.cli": "EXPAND_BRANCH = 'expand'\nCONTRACT_BRANCH = 'contract'\nPREFIX = EXPAND_BRANCH + '_'\n",
		"pkg":                      "from .consts import *\n__all__ = ['A']\n",
		"pkg.consts":               "A = 'a'\n_B = 'b'\nC = 'c'\n",
		"pkg.versions":             "",
		"pkg.dyn":                  "X = compute()\nY = 'y' if Z else 'z'\n",
		"cyc.a":                    "from cyc.b import X\n",
		"cyc.b":                    "from cyc.a import X\n",
		"lib":                      "import neutron.db.migration.cli as c\nV = c.CONTRACT_BRANCH\n",
		"pkg.versions.b1":          "",
		"conf":                     "from pkg.consts import A as label\n",
	}}
	tests := []struct {
		label, src string
		names      []nameWant
	}{
		{"neutron", "from neutron.db.migration import cli\nbranch_labels = (cli.EXPAND_BRANCH,)\nx = cli.PREFIX + 'x'\n",
			[]nameWant{{"branch_labels", "('expand',)"}, {"x", "'expand_x'"}, {"cli", "<module 'neutron.db.migration.cli'>"}}},
		{"import as", "import neutron.db.migration.cli as c\nv = c.CONTRACT_BRANCH\n", []nameWant{{"v", "'contract'"}}},
		{"import dotted", "import neutron.db.migration.cli\nv = neutron.db.migration.cli.EXPAND_BRANCH\n", []nameWant{{"v", "'expand'"}}},
		{"from import name", "from neutron.db.migration.cli import EXPAND_BRANCH as E\nv = E.upper()\n", []nameWant{{"v", "'EXPAND'"}}},
		{"chained modules", "from lib import V\n", []nameWant{{"V", "'contract'"}}},
		{"alias chain", "from conf import label\n", []nameWant{{"label", "'a'"}}},
		{"relative", "from . import b1\nfrom .. import consts\nfrom ..consts import C\nv = consts.A + C\n",
			[]nameWant{{"v", "'ac'"}, {"b1", "<module '.b1'>"}}},
		{"star import", "from pkg.consts import *\nv = A + C\n", []nameWant{{"v", "'ac'"}, {"A", "'a'"}, {"_B", "!unbound"}}},
		{"star import with __all__", "from pkg import *\n", []nameWant{{"A", "'a'"}, {"C", "!unbound"}}},
		{"star import shadowed", "A = 'mine'\nfrom pkg.consts import *\nB = A\nC = 'later'\n",
			[]nameWant{{"B", "'a'"}, {"C", "'later'"}}},
		{"star import missing", "from nowhere import *\nv = X\n", []nameWant{{"v", "!notstatic:may come from `from nowhere import *`"}}},
		{"not static in imported module", "from pkg.dyn import X, Y\n", []nameWant{{"X", "!notstatic:pkg.dyn:1:5: `compute`: name 'compute' is not defined"},
			{"Y", "!notstatic:pkg.dyn:2:12: `Z`: name 'Z' is not defined"}}},
		{"missing module", "import nowhere\nv = nowhere.X\n", []nameWant{{"v", "!notstatic:cannot read module `nowhere`: no module named 'nowhere'"}}},
		{"missing name", "from pkg.consts import D\n", []nameWant{{"D", "!notstatic:cannot import name 'D' from 'pkg.consts'"}}},
		{"missing attribute", "from pkg import consts\nv = consts.D\n", []nameWant{{"v", "!notstatic:module 'pkg.consts' has no attribute 'D'"}}},
		{"import cycle", "from cyc.a import X\n", []nameWant{{"X", "!notstatic:depends on itself"}}},
	}
	for _, tt := range tests {
		m, err := ParseModule([]byte(tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.label, err)
		}
		m.Path = "pkg.versions.rev"
		for _, n := range tt.names {
			checkValue(t, tt.label, m, imp, n.name, n.want)
		}
	}
}

func TestModuleValueLimits(t *testing.T) {
	// Repeated doubling is memoised (not exponential) and capped in size.
	var b strings.Builder
	b.WriteString("x = 'ab'\n")
	for i := 0; i < 40; i++ {
		b.WriteString("x = x + x\n")
	}
	m, err := ParseModule([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	checkValue(t, "doubling", m, nil, "x", "!notstatic:string longer than")
	// A long chain of references is cut off rather than recursing without end.
	b.Reset()
	b.WriteString("x = 0\n")
	for i := 0; i < 2*maxFoldDepth; i++ {
		b.WriteString("x = x + 1\n")
	}
	m, err = ParseModule([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	checkValue(t, "chain", m, nil, "x", "!notstatic:too many chained references")
}

const typicalRevision = `"""add payment tables

Revision ID: 20260414_payment_tables
Revises: 20260408_cached_thoughts
Create Date: 2026-04-14 10:00:00.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20260414_payment_tables'
down_revision: Union[str, Sequence[str], None] = '20260408_cached_thoughts'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), server_default="EUR"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_payment_created_at"), "payment", ["created_at"])
    op.execute("INSERT INTO x VALUES ('revision = 1') ON CONFLICT DO NOTHING")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_payment_created_at"), table_name="payment")
    op.drop_table("payment")
`

func TestTypicalRevision(t *testing.T) {
	m, err := ParseModule([]byte(typicalRevision))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(m.Doc, "add payment tables\n\nRevision ID: 20260414_payment_tables\n") {
		t.Errorf("doc = %q", m.Doc)
	}
	for _, n := range []nameWant{{"revision", "'20260414_payment_tables'"}, {"down_revision", "'20260408_cached_thoughts'"},
		{"branch_labels", "None"}, {"depends_on", "None"}, {"upgrade", "!notstatic:function"}, {"op", "!notstatic:imports are not followed"}} {
		checkValue(t, "typical", m, nil, n.name, n.want)
	}
}

func BenchmarkParseModule(b *testing.B) {
	src := []byte(typicalRevision)
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

// generatedRevisions returns n revision files as onehead's tree generator
// (internal/alembictest) writes them without quirks: a chain of random ids,
// a docstring of a few words (some beyond ASCII), and branch_labels and
// depends_on each written half of the time. Parsing one file again and
// again, as BenchmarkParseModule does, keeps it in the caches and the
// branch predictor's memory as a tree of 100,000 files does not.
func generatedRevisions(n int) [][]byte {
	rng := rand.New(rand.NewPCG(1, 0))
	words := []string{"add", "users", "table", "drop", "index", "ΟΔΟΣ", "café", "seed", "prices", "merge"}
	srcs := make([][]byte, n)
	prev := ""
	for i := range srcs {
		id := fmt.Sprintf("%012x", rng.Uint64()&0xffffffffffff)
		var doc []string
		for range 1 + rng.IntN(5) {
			doc = append(doc, words[rng.IntN(len(words))])
		}
		down, revises := "None", ""
		if prev != "" {
			down, revises = "'"+prev+"'", prev
		}
		var b strings.Builder
		fmt.Fprintf(&b, "\"\"\"%s %d\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2026-04-13 10:00:00.000000\n\n\"\"\"\n",
			strings.Join(doc, " "), i, id, revises)
		b.WriteString("from typing import Sequence, Union\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n")
		fmt.Fprintf(&b, "revision = '%s'\ndown_revision = %s\n", id, down)
		if rng.IntN(2) == 0 {
			b.WriteString("branch_labels = None\n")
		}
		if rng.IntN(2) == 0 {
			b.WriteString("depends_on = None\n")
		}
		b.WriteString("\n\ndef upgrade() -> None:\n    revision = 'not this one'\n    op.execute(\"SELECT 'down_revision = 1'\")\n\n\ndef downgrade() -> None:\n    pass\n")
		srcs[i] = []byte(b.String())
		prev = id
	}
	return srcs
}

// BenchmarkParseRevisions reads many different generated revision files in
// turn with one ModuleReader, as onehead reads a tree.
func BenchmarkParseRevisions(b *testing.B) {
	srcs := generatedRevisions(2000)
	var r ModuleReader
	size := 0
	i := 0
	for b.Loop() {
		src := srcs[i%len(srcs)]
		i++
		size += len(src)
		if _, err := r.Parse(src); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(size / max(i, 1)))
}

// FuzzParseModule checks that no input makes the scanner or the evaluator
// panic or hang.
func FuzzParseModule(f *testing.F) {
	f.Add([]byte(typicalRevision))
	for _, s := range []string{
		"x = f'{a!r:>{b}}' 'c' \\\n  + (1,)\n", "if x:\n\ty = 1\n  z = 2\n", "# coding: latin-1\nx = '\xe9'\n",
		"a, *b = c = [1, 2]\nfrom .. import (x as y,)\n", "match x:\n    case {'a': b}:\n        pass\n",
		"x = '%(a)s' % {'a': 1}\ny = x * 3\ny += 'z'\n", "\ufeff'''doc'''\r\nrevision = 'a' if b else 'c'\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := ParseModule(src)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error is %T, not *SyntaxError: %v", err, err)
			}
			return
		}
		for _, b := range m.Bindings {
			v, _, err := m.Value(b.Name, nil)
			if err == nil {
				_, _ = Repr(v)
				_, _ = Str(v)
			}
		}
	})
}

// TestModuleReader checks that a ModuleReader reads each module as
// ParseModule does while it reuses the memory of the one before, and that
// it does not allocate the bindings and their values' nodes again.
func TestModuleReader(t *testing.T) {
	srcs := []string{typicalRevision, "x = 1\n", "", "'''doc'''\nimport a.b as c\nfrom . import d\ny: int = 2\ndef f(): pass\n",
		"if x:\n    revision = 'a'\nrevision = 'b'\n", "x = (\n", typicalRevision}
	var r ModuleReader
	for _, src := range srcs {
		want, werr := ParseModule([]byte(src))
		got, gerr := r.Parse([]byte(src))
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Fatalf("%q: error %v, want %v", src, gerr, werr)
		}
		if werr == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %+v\nwant %+v", src, got, want)
		}
	}
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := r.Parse([]byte(typicalRevision)); err != nil {
			t.Fatal(err)
		}
	})
	if want := testing.AllocsPerRun(100, func() { _, _ = ParseModule([]byte(typicalRevision)) }); allocs > want-3 {
		t.Errorf("ModuleReader.Parse: %v allocations, ParseModule %v: the module, its bindings or their values' nodes were allocated", allocs, want)
	}
}
