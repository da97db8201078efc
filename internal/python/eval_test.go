package python

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// evalRepr parses and evaluates src and returns the repr of the value, or
// "!Type: message" for a Python exception.
func evalRepr(src string, env Env) (string, error) {
	e, err := ParseExpr(src)
	if err != nil {
		return "", err
	}
	v, err := Eval(e, env)
	if err == nil {
		return Repr(v)
	}
	var pe *PyError
	if errors.As(err, &pe) {
		return "!" + pe.Type + ": " + pe.Msg, nil
	}
	return "", err
}

// TestEvalCPython checks values and exceptions against CPython 3.11's
// eval() of the same source.
func TestEvalCPython(t *testing.T) {
	tests := []struct{ src, want string }{
		{`'abc'`, `'abc'`},
		{`"abc"`, `'abc'`},
		{`u'abc'`, `'abc'`},
		{`R'a\nb'`, `'a\\nb'`},
		{`'a' "b" '''c''' """d"""`, `'abcd'`},
		{`'tab\there'`, `'tab\there'`},
		{`'\x41\u00e9\U0001F600\101\0'`, `'Aé😀A\x00'`},
		{`b'abc'`, `b'abc'`},
		{`rb'\x00'`, `b'\\x00'`},
		{`f'{1}{"a"!r}{"b"!s}{"é"!a}'`, `"1'a'b'\\xe9'"`},
		{`f'{3:>5}|{3:<5}|{3:^5}|{-3:05}|{255:#x}|{255:08b}|{1234567:,}|{1234567:_}'`, `'    3|3    |  3  |-0003|0xff|11111111|1,234,567|1_234_567'`},
		{`f'{"ab":>5}|{"ab":*^7}|{"abcdef":.3}|{"ab":05}'`, `'   ab|**ab***|abc|ab000'`},
		{`f'{1+2=}'`, `'1+2=3'`},
		{`f'{ 1 + 2 = }'`, `' 1 + 2 = 3'`},
		{`f'{"x"=!s:>4}'`, `'"x"=   x'`},
		{`f'{{}}{1}{{'`, `'{}1{'`},
		{`rf'\n{1}'`, `'\\n1'`},
		{`F'{"a" "b"}'`, `'ab'`},
		{`f'{3:{5}}'`, `'    3'`},
		{`1 + 2 * 3 - 4`, `3`},
		{`7 // 2`, `3`},
		{`-7 // 2`, `-4`},
		{`7 % -3`, `-2`},
		{`-7 % 3`, `2`},
		{`2 - -3`, `5`},
		{`~5`, `-6`},
		{`+5`, `5`},
		{`'ab' * 3`, `'ababab'`},
		{`3 * 'ab'`, `'ababab'`},
		{`(1, 2) * 2`, `(1, 2, 1, 2)`},
		{`[1] * 3`, `[1, 1, 1]`},
		{`'a' * -1`, `''`},
		{`(1, 2) + (3,)`, `(1, 2, 3)`},
		{`[1] + [2]`, `[1, 2]`},
		{`'a' + 'b'`, `'ab'`},
		{`1 == True`, `True`},
		{`'a' < 'b' < 'c'`, `True`},
		{`1 < 2 > 0`, `True`},
		{`(1, 2) < (1, 3)`, `True`},
		{`[1, 2] < [1, 2, 0]`, `True`},
		{`'b' in 'abc'`, `True`},
		{`'x' not in ['a', 'x']`, `False`},
		{`1 in {1: 2}`, `True`},
		{`None is None`, `True`},
		{`None is not None`, `False`},
		{`not 0`, `True`},
		{`not 'a'`, `False`},
		{`0 or 'x'`, `'x'`},
		{`'' and 'x'`, `''`},
		{`'a' and 'b'`, `'b'`},
		{`'a' if 0 else 'b'`, `'b'`},
		{`(1, 2)[1]`, `2`},
		{`(1, 2)[-1]`, `2`},
		{`'hello'[1:3]`, `'el'`},
		{`'hello'[::-1]`, `'olleh'`},
		{`'hello'[-3:]`, `'llo'`},
		{`'hello'[:-10]`, `''`},
		{`[1, 2, 3, 4, 5][::2]`, `[1, 3, 5]`},
		{`[1, 2, 3, 4, 5][4:1:-1]`, `[5, 4, 3]`},
		{`'hello'[10:]`, `''`},
		{`{'a': 1, 'b': 2}['b']`, `2`},
		{`{1: 'a', True: 'b'}`, `{1: 'b'}`},
		{`{'a': 1}.get('b')`, `None`},
		{`{'a': 1}.get('b', 5)`, `5`},
		{`{'a': 1}.get('a', 5)`, `1`},
		{`()`, `()`},
		{`(1,)`, `(1,)`},
		{`(1, 'a', None, True, [2], {3: 4})`, `(1, 'a', None, True, [2], {3: 4})`},
		{`[]`, `[]`},
		{`{}`, `{}`},
		{`str(5)`, `'5'`},
		{`str()`, `''`},
		{`str(None)`, `'None'`},
		{`str((1, 'a'))`, `"(1, 'a')"`},
		{`repr('a')`, `"'a'"`},
		{`repr("it's")`, `'"it\'s"'`},
		{`repr('"')`, `'\'"\''`},
		{`repr('both \' and "')`, `'\'both \\\' and "\''`},
		{`tuple(['a', 'b'])`, `('a', 'b')`},
		{`tuple('ab')`, `('a', 'b')`},
		{`tuple({'k': 1})`, `('k',)`},
		{`list((1, 2))`, `[1, 2]`},
		{`tuple()`, `()`},
		{`len('héllo')`, `5`},
		{`len((1, 2))`, `2`},
		{`len({})`, `0`},
		{`int('  42  ')`, `42`},
		{`int('-0x1f', 16)`, `-31`},
		{`int('0b101', 0)`, `5`},
		{`int('1_000')`, `1000`},
		{`int(True)`, `1`},
		{`int('z', 36)`, `35`},
		{`int()`, `0`},
		{`sorted(['b', 'C', 'a'])`, `['C', 'a', 'b']`},
		{`sorted([3, 1, 2], reverse=True)`, `[3, 2, 1]`},
		{`sorted('cab')`, `['a', 'b', 'c']`},
		{`sorted(['bb', 'a', 'ccc'], key=len)`, `['a', 'bb', 'ccc']`},
		{`'MiXeD'.lower()`, `'mixed'`},
		{`'MiXeD'.upper()`, `'MIXED'`},
		{`'straße'.upper()`, `'STRASSE'`},
		{`'hello world'.title()`, `'Hello World'`},
		{`"they're bill's friends".title()`, `"They'Re Bill'S Friends"`},
		{`'hELLO'.capitalize()`, `'Hello'`},
		{`'ßa'.capitalize()`, `'Ssa'`},
		{`'  x  '.strip()`, `'x'`},
		{`'xxaxx'.strip('x')`, `'a'`},
		{`'  x  '.lstrip()`, `'x  '`},
		{`'  x  '.rstrip()`, `'  x'`},
		{`'\x1c x \x85'.strip()`, `'x'`},
		{`'a-b-c'.replace('-', '+')`, `'a+b+c'`},
		{`'a-b-c'.replace('-', '+', 1)`, `'a+b-c'`},
		{`'abc'.replace('', '.')`, `'.a.b.c.'`},
		{`', '.join(['a', 'b'])`, `'a, b'`},
		{`''.join(('x', 'y'))`, `'xy'`},
		{`'-'.join('abc')`, `'a-b-c'`},
		{`'a,b,,c'.split(',')`, `['a', 'b', '', 'c']`},
		{`'a,b,,c'.split(',', 1)`, `['a', 'b,,c']`},
		{`'  a  b  '.split()`, `['a', 'b']`},
		{`'  a  b  c '.split(None, 1)`, `['a', 'b  c ']`},
		{`'a b'.split(maxsplit=0)`, `['a b']`},
		{`''.split()`, `[]`},
		{`'abc'.startswith('ab')`, `True`},
		{`'abc'.startswith(('x', 'a'))`, `True`},
		{`'abc'.endswith('bc')`, `True`},
		{`'{} {}'.format('a', 'b')`, `'a b'`},
		{`'{1} {0}'.format('a', 'b')`, `'b a'`},
		{`'{name}!'.format(name='x')`, `'x!'`},
		{`'{0!r:>6}'.format('a')`, `"   'a'"`},
		{`'{:>{}}'.format('a', 4)`, `'   a'`},
		{`'{0[1]}'.format(('a', 'b'))`, `'b'`},
		{`'{0[k]}'.format({'k': 'v'})`, `'v'`},
		{`'{{x}}'.format()`, `'{x}'`},
		{`'%s' % 'a'`, `'a'`},
		{`'%s-%s' % ('a', 'b')`, `'a-b'`},
		{`'%s' % ((1, 2),)`, `'(1, 2)'`},
		{`'%r' % 'a'`, `"'a'"`},
		{`'%5s|%-5s|%.2s' % ('ab', 'ab', 'abc')`, `'   ab|ab   |ab'`},
		{`'%d %i %u' % (1, -2, 3)`, `'1 -2 3'`},
		{`'%05d|%-5d|%+d|% d|%+05d' % (42, 42, 42, 42, -42)`, `'00042|42   |+42| 42|-0042'`},
		{`'%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8)`, `'ff FF 10 0xff 0XFF 0o10'`},
		{`'%.3d|%.3x|%#.3x|%+.3d|%8.3d|%-8.3d|%08.3d' % (5, 5, 5, 5, 5, 5, 5)`, `'005|005|0x005|+005|     005|005     |00000005'`},
		{`'%(m).2d' % {'m': 5}`, `'05'`},
		{`'%(m).3d' % {'m': 5}`, `'005'`},
		{`'%(m)02d' % {'m': 5}`, `'05'`},
		{`'%(a)s_%(b)s' % {'a': 'x', 'b': 'y'}`, `'x_y'`},
		{`'%%' % ()`, `'%'`},
		{`'100%%' % {}`, `'100%'`},
		{`'%c%c' % (65, 'b')`, `'Ab'`},
		{`'%f|%.2f|%e|%.3E|%g|%G|%#g|%#.0f|%#.0e' % (5, 5, 12345, 12345, 100000, 1000000, 5, 5, 5)`, `'5.000000|5.00|1.234500e+04|1.234E+04|100000|1E+06|5.00000|5.|5.e+00'`},
		{`'%g|%g|%.2g|%g' % (0, 123456789, 1234, 10)`, `'0|1.23457e+08|1.2e+03|10'`},
		{`'%*d|%-*d|%.*d' % (5, 1, 5, 1, 3, 1)`, `'    1|1    |001'`},
		{`'%a' % 'é'`, `"'\\xe9'"`},
		{`'%ld %hd %Ld' % (1, 2, 3)`, `'1 2 3'`},
		{`'%s' % True`, `'True'`},
		{`'%d' % True`, `'1'`},
		{`'%s' % None`, `'None'`},
		{`'%s' % [1, 2]`, `'[1, 2]'`},
		{`'abc' % ()`, `'abc'`},
		{`'%5%' % ()`, `!TypeError: not enough arguments for format string`},
		{`'%s' % {'a': 1}`, `"{'a': 1}"`},
		{`'%(a)s %s' % {'a': 1}`, `!TypeError: not enough arguments for format string`},
		{`'x' + 1`, `!TypeError: can only concatenate str (not "int") to str`},
		{`1 + 'x'`, `!TypeError: unsupported operand type(s) for +: 'int' and 'str'`},
		{`(1,) + [2]`, `!TypeError: can only concatenate tuple (not "list") to tuple`},
		{`'a' * 'b'`, `!TypeError: can't multiply sequence by non-int of type 'str'`},
		{`1 // 0`, `!ZeroDivisionError: integer division or modulo by zero`},
		{`1 % 0`, `!ZeroDivisionError: integer modulo by zero`},
		{`'a' < 1`, `!TypeError: '<' not supported between instances of 'str' and 'int'`},
		{`(1, 2)[5]`, `!IndexError: tuple index out of range`},
		{`'abc'[5]`, `!IndexError: string index out of range`},
		{`{'a': 1}['b']`, `!KeyError: 'b'`},
		{`{[1]: 2}`, `!TypeError: unhashable type: 'list'`},
		{`[1] in {}`, `!TypeError: unhashable type: 'list'`},
		{`1 in 'abc'`, `!TypeError: 'in <string>' requires string as left operand, not int`},
		{`5()`, `!TypeError: 'int' object is not callable`},
		{`'%d' % 'x'`, `!TypeError: %d format: a real number is required, not str`},
		{`'%x' % 'x'`, `!TypeError: %x format: an integer is required, not str`},
		{`'%s %s' % ('a',)`, `!TypeError: not enough arguments for format string`},
		{`'%s' % ('a', 'b')`, `!TypeError: not all arguments converted during string formatting`},
		{`'%(a)s' % ('x',)`, `!TypeError: format requires a mapping`},
		{`'%(b)s' % {'a': 1}`, `!KeyError: 'b'`},
		{`'%y' % 1`, `!ValueError: unsupported format character 'y' (0x79) at index 1`},
		{`'%' % ()`, `!ValueError: incomplete format`},
		{`'%(a' % {}`, `!ValueError: incomplete format key`},
		{`'{0} {}'.format(1, 2)`, `!ValueError: cannot switch from manual field specification to automatic field numbering`},
		{`'{} {0}'.format(1, 2)`, `!ValueError: cannot switch from automatic field numbering to manual field specification`},
		{`'{2}'.format(1)`, `!IndexError: Replacement index 2 out of range for positional args tuple`},
		{`'{x}'.format()`, `!KeyError: 'x'`},
		{`'{'.format()`, `!ValueError: Single '{' encountered in format string`},
		{`'}'.format()`, `!ValueError: Single '}' encountered in format string`},
		{`'{!x}'.format(1)`, `!ValueError: Unknown conversion specifier x`},
		{`'{:d}'.format('a')`, `!ValueError: Unknown format code 'd' for object of type 'str'`},
		{`'{:s}'.format(1)`, `!ValueError: Unknown format code 's' for object of type 'int'`},
		{`'{:.2d}'.format(1)`, `!ValueError: Precision not allowed in integer format specifier`},
		{`'{:=5}'.format('a')`, `!ValueError: '=' alignment not allowed in string format specifier`},
		{`'{:+}'.format('a')`, `!ValueError: Sign not allowed in string format specifier`},
		{`'{:x}'.format(None)`, `!TypeError: unsupported format string passed to NoneType.__format__`},
		{`', '.join([1])`, `!TypeError: sequence item 0: expected str instance, int found`},
		{`''.split('')`, `!ValueError: empty separator`},
		{`int('abc')`, `!ValueError: invalid literal for int() with base 10: 'abc'`},
		{`int('08', 0)`, `!ValueError: invalid literal for int() with base 0: '08'`},
		{`int(None)`, `!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'`},
		{`len(5)`, `!TypeError: object of type 'int' has no len()`},
		{`sorted([1, 'a'])`, `!TypeError: '<' not supported between instances of 'str' and 'int'`},
		{`'a'.replace(1, 'b')`, `!TypeError: replace() argument 1 must be str, not int`},
		{`'a'.strip(1)`, `!TypeError: strip arg must be None or str`},
		{`'a'.startswith(1)`, `!TypeError: startswith first arg must be str or a tuple of str, not int`},
		{`repr()`, `!TypeError: repr() takes exactly one argument (0 given)`},
		{`'x'.lower(1)`, `!TypeError: str.lower() takes no arguments (1 given)`},
		{`-'a'`, `!TypeError: bad operand type for unary -: 'str'`},
	}
	for _, tt := range tests {
		got, err := evalRepr(tt.src, nil)
		if err != nil || got != tt.want {
			t.Errorf("%s = %s, %v; want %s", tt.src, got, err, tt.want)
		}
	}
}

// TestEvalNotStatic checks that what the evaluator does not support is
// refused with a message naming the construct.
func TestEvalNotStatic(t *testing.T) {
	tests := []struct{ src, reason string }{
		{"lambda: 1", "lambda is not supported"},
		{"[x for x in y]", "list comprehension is not supported"},
		{"{x for x in y}", "set comprehension is not supported"},
		{"{k: v for k, v in y}", "dict comprehension is not supported"},
		{"(x for x in y)", "generator expression is not supported"},
		{"str(x for x in 'ab')", "generator expression is not supported"},
		{"{1, 2}", "set display is not supported"},
		{"(y := 1)", "assignment expression (:=) is not supported"},
		{"await x", "await is not supported"},
		{"(yield)", "yield is not supported"},
		{"...", "Ellipsis is not supported"},
		{"1.5", "float literal is not supported"},
		{"1j", "float literal is not supported"},
		{"99999999999999999999", "integer literal beyond 64 bits is not supported"},
		{"(*'ab',)", "starred expression is not supported"},
		{"str(*'a')", "starred expression is not supported"},
		{"str(**{})", "keyword argument unpacking (**) is not supported"},
		{"{**{}}", "dict unpacking (**) is not supported"},
		{"1 / 2", "operator / is not supported"},
		{"2 ** 3", "operator ** is not supported"},
		{"1 << 2", "operator << is not supported"},
		{"1 | 2", "operator | is not supported"},
		{"make_id()", "name 'make_id' is not defined"},
		{"'a'.zfill(3)", "str.zfill is not supported"},
		{"'a'.startswith('a', 1)", "str.startswith with start or end is not supported"},
		{"t'x'", "t-string is not supported"},
		{`'\N{BULLET}'`, `\N{...} escapes are not supported`},
		{`f'\N{BULLET}'`, `\N{...} escapes are not supported`},
		{"'a' is 'a'", "depends on object identity"},
		{"9223372036854775807 + 1", "integer result does not fit in 64 bits"},
		{"'x' * 9999999", "result longer than"},
		{"'%9999999d' % 1", "width or precision above"},
		{"int('٣')", "non-ASCII digits"},
		{"f'{1:z}'", "z format option"},
		{"[[1] * 1000] * 1000", "more than 65536 nested items"},
		{"((1,) * 60000, (1,) * 60000)", "more than 65536 nested items"},
		{"[1] * 60000 + [2] * 60000", "more than 65536 nested items"},
		{"repr(('x' * 1000000,) * 3)", "repr longer than"},
	}
	for _, tt := range tests {
		_, err := evalRepr(tt.src, nil)
		var ns *NotStaticError
		if !errors.As(err, &ns) || !strings.Contains(ns.Reason, tt.reason) {
			t.Errorf("%s: got %v, want NotStaticError %q", tt.src, err, tt.reason)
		}
	}
}

func TestEvalErrorPositions(t *testing.T) {
	tests := []struct{ src, want string }{
		{"('a',\n  make_id() + 'x')", "2:3: `make_id`: name 'make_id' is not defined"},
		{"(1,\n 'a' + 1)", "2:2: `'a' + 1`: TypeError: can only concatenate str (not \"int\") to str"},
		{"[\n  lambda: 1]", "2:3: `lambda: 1`: lambda is not supported"},
	}
	for _, tt := range tests {
		e, err := ParseExpr(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if _, err = Eval(e, nil); err == nil || err.Error() != tt.want {
			t.Errorf("Eval(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}

func TestParseExprErrors(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
		msg       string
	}{
		{"", 1, 1, "invalid syntax"},
		{"1 +", 1, 4, "invalid syntax"},
		{"(1", 1, 1, "'(' was never closed"},
		{"1)", 1, 2, "unmatched ')'"},
		{"[1)", 1, 3, "closing parenthesis ')' does not match opening parenthesis '['"},
		{"'abc", 1, 1, "unterminated string literal (detected at line 1)"},
		{"a b", 1, 3, "invalid syntax"},
		{"a if b", 1, 7, "expected 'else' after 'if' expression"},
		{"'a' b'b'", 1, 5, "cannot mix bytes and nonbytes literals"},
		{"b'é'", 1, 1, "bytes can only contain ASCII literal characters"},
		{"f'{}'", 1, 4, "f-string: empty expression not allowed"},
		{"f'{x!z}'", 1, 6, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"f'}'", 1, 3, "f-string: single '}' is not allowed"},
		{"f'{a b}'", 1, 6, "invalid syntax"},
		{`'\x4'`, 1, 2, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{`'\N'`, 1, 2, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape`},
		{"f(a=1, 2)", 1, 8, "positional argument follows keyword argument"},
		{"not", 1, 4, "invalid syntax"},
		{"x.if", 1, 3, "invalid syntax"},
		{"1 $ 2", 1, 3, "invalid syntax"},
		{"a € b", 1, 3, "invalid character '€' (U+20AC)"},
		{strings.Repeat("-", 300) + "1", 1, 200, "expression is too deeply nested"},
		{strings.Repeat("(", 300), 1, 201, "too many nested parentheses"},
	}
	for _, tt := range tests {
		_, err := ParseExpr(tt.src)
		var se *SyntaxError
		if !errors.As(err, &se) || se.Msg != tt.msg || se.Line != tt.line || se.Col != tt.col {
			t.Errorf("ParseExpr(%q) = %v, want %d:%d: %s", tt.src, err, tt.line, tt.col, tt.msg)
		}
	}
}

// TestParseExprAccepts checks that valid Python the evaluator refuses still
// parses, so that a revision file using it is not called a syntax error.
func TestParseExprAccepts(t *testing.T) {
	for _, src := range []string{
		"lambda a, b=1, *c, d, **e: a", "lambda *, a: a", "lambda a, /, b: a", "[x for x in y if x if not x for z in x]",
		"{k: v for k, v in d.items()}", "{*a, *b}", "{**a, 'b': 1}", "f(*a, **k)", "f(x for x in y)", "a[1:2, ::3, ...]",
		"a[*b]", "x if y else lambda: z", "await f()", "-x ** -y", "a @ b", "not a in b", "a is not b", "a not in b",
		"(yield x)", "(yield from x)", "f'{x!r:>{width}}'", `f"{x["a"]}"`, `f'{"a" if x else "b"}'`, "f'''{\n x\n}'''",
		"0x_1f + 0o17 + 0b1 + 1_000 + 0 + 00 + 1e5 + 1.5j + .5", "[*a, *b]", "a, *b", "f(a := 1)", "x[a := 1]",
		"1if x else 2", "('a' 'b' \"c\" '''d''' f'e') if x else (b'' B'' Rb'')", "async_ + match + case + type + _",
	} {
		if _, err := ParseExpr(src); err != nil {
			t.Errorf("ParseExpr(%q): %v", src, err)
		}
	}
}

func TestExprNodes(t *testing.T) {
	e, err := ParseExpr("f(a, k=[1, 2])[0].b if x else ('s' 't')")
	if err != nil {
		t.Fatal(err)
	}
	ife, ok := e.(*IfExp)
	if !ok {
		t.Fatalf("got %T", e)
	}
	if got := ife.Then.String(); got != "f(a, k=[1, 2])[0].b" {
		t.Errorf("Then = %q", got)
	}
	if c, ok := ife.Else.(*Constant); !ok || c.Value != String("st") || c.Pos() != (Position{1, 32}) {
		t.Errorf("Else = %#v", ife.Else)
	}
	attr := ife.Then.(*Attribute)
	call := attr.X.(*Subscript).X.(*Call)
	if len(call.Args) != 1 || call.Keywords[0].Name != "k" || call.Keywords[0].Value.String() != "[1, 2]" {
		t.Errorf("call = %#v", call)
	}
	if p := call.Keywords[0].Value.Pos(); p != (Position{1, 8}) {
		t.Errorf("keyword value at %v", p)
	}
	fs, err := ParseExpr("f'a{b!r:>{w}}c{d=}'")
	if err != nil {
		t.Fatal(err)
	}
	parts := fs.(*FString).Parts
	if len(parts) != 4 || parts[0].Lit != "a" || parts[1].Conv != 'r' || parts[1].Spec[1].Expr.String() != "w" ||
		parts[1].Expr.Pos() != (Position{1, 5}) || parts[3].Debug != "d=" {
		t.Errorf("parts = %#v", parts)
	}
}

// mapEnv is an Env over a map, answering (nil, nil) for other names.
type mapEnv map[string]Value

func (m mapEnv) Lookup(name string) (Value, error) { return m[name], nil }

// makoEnv answers every name, as Mako does: unknown ones are Undefined,
// except the builtins.
type makoEnv map[string]Value

func (m makoEnv) Lookup(name string) (Value, error) {
	if v, ok := m[name]; ok {
		return v, nil
	}
	if Builtin(name) != nil {
		return nil, nil
	}
	return Undefined{Name: name}, nil
}

// fn is a plugged-in callable.
type fn func(args []Value, kwargs []KeywordArg) (Value, error)

func (fn) Type() string                                            { return "function" }
func (f fn) Call(args []Value, kwargs []KeywordArg) (Value, error) { return f(args, kwargs) }

// object is a plugged-in value with attributes.
type object map[string]Value

func (object) Type() string { return "object" }
func (o object) Attr(name string) (Value, error) {
	if v, ok := o[name]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("no attribute %s", name)
}

// date is a plugged-in value with str() and __format__, like a datetime.
type date struct{}

func (date) Type() string                         { return "datetime" }
func (date) PyStr() (string, error)               { return "2026-04-14 10:00:00.123456", nil }
func (date) PyFormat(spec string) (string, error) { return strings.ReplaceAll(spec, "%Y", "2026"), nil }

func TestEvalEnvAndPlugins(t *testing.T) {
	ctx := &Dict{}
	ctx.set(String("engine1_upgrades"), String("op.create_table()"))
	env := makoEnv{
		"down_revision": Tuple{String("a"), String("b")},
		"up_revision":   String("c"),
		"db_name":       String("engine1"),
		"db_names":      String("engine1, engine2"),
		"context":       ctx,
		"create_date":   date{},
		"re": object{"split": fn(func(args []Value, _ []KeywordArg) (Value, error) {
			parts := strings.Split(string(args[1].(String)), ", ")
			out := make(List, len(parts))
			for i, p := range parts {
				out[i] = String(p)
			}
			return out, nil
		})},
		"config": object{"get_main_option": fn(func(args []Value, _ []KeywordArg) (Value, error) {
			return String("engine1, engine2"), nil
		})},
	}
	tests := []struct{ src, want string }{
		{"repr(down_revision)", `"('a', 'b')"`},
		{"repr(up_revision)", `"'c'"`},
		{`imports if imports else ""`, "''"},
		{`upgrades if upgrades else "pass"`, "'pass'"},
		{`context.get("%s_upgrades" % db_name, "pass")`, "'op.create_table()'"},
		{`context.get("%s_downgrades" % db_name, "pass")`, "'pass'"},
		{`re.split(r',\s*', db_names)`, "['engine1', 'engine2']"},
		{`", ".join(down_revision)`, "'a, b'"},
		{"str(create_date)", "'2026-04-14 10:00:00.123456'"},
		{"f'{create_date:%Y}'", "'2026'"},
		{"'{:%Y}'.format(create_date)", "'2026'"},
		{"down_revision is None", "False"},
		{"imports is None", "False"},
		{"not imports", "True"},
		{`config.get_main_option("databases")`, "'engine1, engine2'"},
		{"repr(branch_labels) if branch_labels else None", "None"},
		{"str(imports)", "!NameError: 'imports' is not defined"},
		{"imports.x", "!NameError: 'imports' is not defined"},
	}
	for _, tt := range tests {
		got, err := evalRepr(tt.src, env)
		if err != nil || got != tt.want {
			t.Errorf("%s = %s, %v; want %s", tt.src, got, err, tt.want)
		}
	}
	if got, err := evalRepr("x + 1", mapEnv{"x": Int(1)}); err != nil || got != "2" {
		t.Errorf("mapEnv: %s, %v", got, err)
	}
	if got, err := evalRepr("len", mapEnv{"len": String("shadowed")}); err != nil || got != "'shadowed'" {
		t.Errorf("shadowing a builtin: %s, %v", got, err)
	}
	_, err := evalRepr("create_date + 1", env)
	var ns *NotStaticError
	if !errors.As(err, &ns) || ns.Reason != "operator + between datetime and int is not supported" {
		t.Errorf("plugin operator: %v", err)
	}
	_, err = evalRepr("re.nope", env)
	if err == nil || err.Error() != "no attribute nope" {
		t.Errorf("plugin attribute error: %v", err)
	}
}

// FuzzParseExpr checks that no expression makes the parser or the
// evaluator panic or hang.
func FuzzParseExpr(f *testing.F) {
	for _, s := range []string{
		"f'{x!r:>{w}}' + '%(a)5.2d' % {'a': 1}", "'{0[1]:^{1}}'.format(('a', 'b'), 5)", "sorted(['b', 'a'], reverse=True)[::-1]",
		"'%#010.3x|%-+5d|%c|%a' % (1, 2, 3, 'é')", "int(' -0x_1f ', 0) // -3 % 7", "'İΣ'.lower().title().split()",
		"{'a': (1, [2])}.get('a')[1] * 3 == [2, 2, 2] if not None else ~1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		e, err := ParseExpr(src)
		if err != nil {
			return
		}
		if v, err := Eval(e, nil); err == nil {
			_, _ = Repr(v)
			_, _ = Str(v)
		}
	})
}
