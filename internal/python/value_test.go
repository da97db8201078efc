package python

import (
	"errors"
	"testing"
)

// Expected values in this file were produced by CPython 3.11 (repr(),
// ascii(), the % operator, str.lower/upper/title/capitalize).

func TestReprString(t *testing.T) {
	tests := []struct {
		v           Value
		repr, ascii string
	}{
		{String(``), `''`, `''`},
		{String(`'`), `"'"`, `"'"`},
		{String(`"`), `'"'`, `'"'`},
		{String(`'"`), `'\'"'`, `'\'"'`},
		{String(`a\b`), `'a\\b'`, `'a\\b'`},
		{String("\n\r\t"), `'\n\r\t'`, `'\n\r\t'`},
		{String("\u0000\u0007\u001f\u007f"), `'\x00\x07\x1f\x7f'`, `'\x00\x07\x1f\x7f'`},
		{String("\u0080\u009f\u00a0\u00ad"), `'\x80\x9f\xa0\xad'`, `'\x80\x9f\xa0\xad'`},
		{String(`é`), `'é'`, `'\xe9'`},
		{String("\u2028"), `'\u2028'`, `'\u2028'`},
		{String("\u200b"), `'\u200b'`, `'\u200b'`},
		{String("\ufeff"), `'\ufeff'`, `'\ufeff'`},
		{String(`😀`), `'😀'`, `'\U0001f600'`},
		{String("\U000e0001"), `'\U000e0001'`, `'\U000e0001'`},
		{String("\ue000"), `'\ue000'`, `'\ue000'`},
		{String("\U0010ffff"), `'\U0010ffff'`, `'\U0010ffff'`},
		{String(`İ`), `'İ'`, `'\u0130'`},
		{String(`a b`), `'a b'`, `'a b'`},
		{String(`　`), `'\u3000'`, `'\u3000'`},
		{String(` x`), `'\xa0x'`, `'\xa0x'`},
		{String("\u200d"), `'\u200d'`, `'\u200d'`},
		{String(`ß`), `'ß'`, `'\xdf'`},
		{String("e\u0301"), "'e\u0301'", `'e\u0301'`},
		{String(`it's`), `"it's"`, `"it's"`},
		{String(`say "hi"`), `'say "hi"'`, `'say "hi"'`},
		{String(`both ' and "`), `'both \' and "'`, `'both \' and "'`},
		{String(`中文`), `'中文'`, `'\u4e2d\u6587'`},
		{String("\u001b[0m"), `'\x1b[0m'`, `'\x1b[0m'`},
	}
	for _, tt := range tests {
		got, err := Repr(tt.v)
		if err != nil || got != tt.repr {
			t.Errorf("Repr(%q) = %q, %v; want %q", tt.v, got, err, tt.repr)
		}
		got, err = asciiRepr(tt.v)
		if err != nil || got != tt.ascii {
			t.Errorf("ascii(%q) = %q, %v; want %q", tt.v, got, err, tt.ascii)
		}
	}
}

func TestReprAndStr(t *testing.T) {
	d := &Dict{}
	d.set(String("a"), Tuple{Int(1)})
	d.set(String("b"), None)
	tests := []struct {
		v         Value
		repr, str string
	}{
		{None, "None", "None"},
		{Bool(true), "True", "True"},
		{Bool(false), "False", "False"},
		{Int(-5), "-5", "-5"},
		{String("a'b"), `"a'b"`, "a'b"},
		{Bytes("\x00'\"\\\t\x7f\xff"), `b'\x00\'"\\\t\x7f\xff'`, `b'\x00\'"\\\t\x7f\xff'`},
		{Bytes("'"), `b"'"`, `b"'"`},
		{Tuple{}, "()", "()"},
		{Tuple{String("a")}, "('a',)", "('a',)"},
		{Tuple{String("a"), String("b")}, "('a', 'b')", "('a', 'b')"},
		{List{String("a")}, "['a']", "['a']"},
		{List{}, "[]", "[]"},
		{Tuple{List{Tuple{String("x")}}, None, Bool(true)}, "([('x',)], None, True)", "([('x',)], None, True)"},
		{d, "{'a': (1,), 'b': None}", "{'a': (1,), 'b': None}"},
		{&Dict{}, "{}", "{}"},
		{Builtin("len"), "<built-in function len>", "<built-in function len>"},
		{Builtin("str"), "<class 'str'>", "<class 'str'>"},
		{opaque{}, "<thing object>", "<thing object>"},
	}
	for _, tt := range tests {
		if got, err := Repr(tt.v); err != nil || got != tt.repr {
			t.Errorf("Repr(%#v) = %q, %v; want %q", tt.v, got, err, tt.repr)
		}
		if got, err := Str(tt.v); err != nil || got != tt.str {
			t.Errorf("Str(%#v) = %q, %v; want %q", tt.v, got, err, tt.str)
		}
	}
}

// opaque is a plugged-in value with no optional behaviour.
type opaque struct{}

func (opaque) Type() string { return "thing" }

func TestUndefined(t *testing.T) {
	u := Undefined{Name: "imports"}
	if Truthy(u) {
		t.Error("Undefined is true")
	}
	for _, f := range []func(Value) (string, error){Str, Repr} {
		_, err := f(u)
		var pe *PyError
		if !errors.As(err, &pe) || pe.Error() != "NameError: 'imports' is not defined" {
			t.Errorf("got %v, want NameError", err)
		}
	}
}

func TestTruthy(t *testing.T) {
	tests := []struct {
		v    Value
		want bool
	}{
		{None, false}, {Bool(false), false}, {Bool(true), true}, {Int(0), false}, {Int(-1), true},
		{String(""), false}, {String("0"), true}, {Bytes(""), false}, {Tuple{}, false}, {Tuple{None}, true},
		{List{}, false}, {List{Int(0)}, true}, {&Dict{}, false}, {Undefined{"x"}, false}, {opaque{}, true},
		{truther(false), false},
	}
	for _, tt := range tests {
		if got := Truthy(tt.v); got != tt.want {
			t.Errorf("Truthy(%#v) = %v", tt.v, got)
		}
	}
}

type truther bool

func (truther) Type() string  { return "truther" }
func (t truther) Truth() bool { return bool(t) }

func TestFormat(t *testing.T) {
	tests := []struct{ format, arg, want string }{
		{`%(rev)s_%(slug)s`, `{'rev': '3f0d4e5a6b7c', 'slug': 'merge_heads'}`, `ok:3f0d4e5a6b7c_merge_heads`},
		{`%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s`, `{'year': 2024, 'month': 5, 'day': 17, 'hour': 9, 'minute': 3, 'rev': '3f0d4e5a6b7c', 'slug': 'merge_heads'}`, `ok:2024_05_17_0903-3f0d4e5a6b7c_merge_heads`},
		{`%(epoch)s_%(year)d-%(month)02d-%(day)02d_%(hour)02d%(minute)02d%(second)02d_%(rev)s_%(slug)s`, `{'epoch': 1795546305, 'year': 2026, 'month': 11, 'day': 24, 'hour': 18, 'minute': 51, 'second': 45, 'rev': 'bbbb0001', 'slug': 'tz_test'}`, `ok:1795546305_2026-11-24_185145_bbbb0001_tz_test`},
		{`%(month).3d`, `{'month': 5}`, `ok:005`},
		{`%(m)#x %(m)#o %(m)X`, `{'m': 255}`, `ok:0xff 0o377 FF`},
		{`%s`, `'x'`, `ok:x`},
		{`%s`, `('a',)`, `ok:a`},
		{`%s %s`, `('a', 2)`, `ok:a 2`},
		{`%r %a`, `('é', 'é')`, `ok:'é' '\xe9'`},
		{`%-6s|%6s|%.1s|%-6.2s|`, `('ab', 'ab', 'ab', 'abc')`, `ok:ab    |    ab|a|ab    |`},
		{`%d|%5d|%-5d|%05d|%+d|% d|%+ d|% +d`, `(-7, -7, -7, -7, 7, 7, 7, 7)`, `ok:-7|   -7|-7   |-0007|+7| 7|+7|+7`},
		{`%i|%u|%ld`, `(1, 2, 3)`, `ok:1|2|3`},
		{`%x|%X|%o|%#x|%#X|%#o|%#5x|%#05x|%-#5x|`, `(171, 171, 8, 171, 171, 8, 171, 171, 171)`, `ok:ab|AB|10|0xab|0XAB|0o10| 0xab|0x0ab|0xab |`},
		{`%.0d|%.1d|%.5d|%7.5d|%-7.5d|%07.5d|%+.2d`, `(0, 0, -42, -42, -42, -42, 3)`, `ok:0|0|-00042| -00042|-00042 |-000042|+03`},
		{`%.3x|%#.3x|%#8.3x|%#08.3x`, `(10, 10, 10, 10)`, `ok:00a|0x00a|   0x00a|0x00000a`},
		{`%c|%c|%3c|%-3c|`, `(97, 'z', 'x', 233)`, `ok:a|z|  x|é  |`},
		{`%f|%.0f|%.1f|%10.3f|%-10.2f|%010.2f|%+f`, `(3, 3, 3, 3, 3, 3, 3)`, `ok:3.000000|3|3.0|     3.000|3.00      |0000003.00|+3.000000`},
		{`%e|%E|%.0e|%#.0e|%12.2e`, `(123456, 123456, 5, 5, -123)`, `ok:1.234560e+05|1.234560E+05|5e+00|5.e+00|   -1.23e+02`},
		{`%g|%G|%.3g|%#g|%#.2g|%g|%g|%g`, `(123456, 1234567, 1234, 3, 3, 0, -5, 1000000000000000000)`, `ok:123456|1.23457E+06|1.23e+03|3.00000|3.0|0|-5|1e+18`},
		{`%F`, `(2,)`, `ok:2.000000`},
		{`%*s|%-*s|%.*s|%*.*d`, `(4, 'a', 4, 'b', 1, 'cd', 6, 3, 7)`, `ok:   a|b   |c|   007`},
		{`%*s`, `(-4, 'a')`, `ok:a   `},
		{`%%|%s%%`, `('x',)`, `ok:%|x%`},
		{`100%%`, `()`, `ok:100%`},
		{`no specs`, `()`, `ok:no specs`},
		{`no specs`, `{'a': 1}`, `ok:no specs`},
		{`%(a)s%(a)r`, `{'a': 'q'}`, `ok:q'q'`},
		{`%(a)s%(a(b))s`, `{'a': 1, 'a(b)': 2}`, `ok:12`},
		{`%s|%r`, `(None, None)`, `ok:None|None`},
		{`%s|%d|%x`, `(True, True, False)`, `ok:True|1|0`},
		{`%s`, `[1, 'a']`, `ok:[1, 'a']`},
		{`%s`, `{'k': 'v'}`, `ok:{'k': 'v'}`},
		{`%5%`, `(1,)`, `!ValueError: unsupported format character '%' (0x25) at index 2`},
		{`%s %s`, `('a',)`, `!TypeError: not enough arguments for format string`},
		{`%s`, `('a', 'b')`, `!TypeError: not all arguments converted during string formatting`},
		{`%d`, `('a',)`, `!TypeError: %d format: a real number is required, not str`},
		{`%x`, `('a',)`, `!TypeError: %x format: an integer is required, not str`},
		{`%c`, `('ab',)`, `!TypeError: %c requires int or char`},
		{`%c`, `(1114112,)`, `!OverflowError: %c arg not in range(0x110000)`},
		{`%(a)s`, `('a',)`, `!TypeError: format requires a mapping`},
		{`%(b)s`, `{'a': 1}`, `!KeyError: 'b'`},
		{`%q`, `(1,)`, `!ValueError: unsupported format character 'q' (0x71) at index 1`},
		{`%`, `()`, `!ValueError: incomplete format`},
		{`%(a`, `{}`, `!ValueError: incomplete format key`},
		{`%*d`, `('a', 1)`, `!TypeError: * wants int`},
		{`abc`, `5`, `!TypeError: not all arguments converted during string formatting`},
	}
	for _, tt := range tests {
		e, err := ParseExpr(tt.arg)
		if err != nil {
			t.Fatal(err)
		}
		arg, err := Eval(e, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Format(tt.format, arg)
		if err != nil {
			var pe *PyError
			if !errors.As(err, &pe) {
				t.Errorf("Format(%q, %s): %v", tt.format, tt.arg, err)
				continue
			}
			got = "!" + pe.Error()
		} else {
			got = "ok:" + got
		}
		if got != tt.want {
			t.Errorf("Format(%q, %s) = %q, want %q", tt.format, tt.arg, got, tt.want)
		}
	}
}

func TestCaseMapping(t *testing.T) {
	tests := []struct{ in, lower, upper, title, capitalize string }{
		{`merge heads`, `merge heads`, `MERGE HEADS`, `Merge Heads`, `Merge heads`},
		{`Merge 'feature/x' & fix: bug #12`, `merge 'feature/x' & fix: bug #12`, `MERGE 'FEATURE/X' & FIX: BUG #12`, `Merge 'Feature/X' & Fix: Bug #12`, `Merge 'feature/x' & fix: bug #12`},
		{`Ünïcödé İstanbul`, `ünïcödé i̇stanbul`, `ÜNÏCÖDÉ İSTANBUL`, `Ünïcödé İstanbul`, `Ünïcödé i̇stanbul`},
		{`ΟΔΟΣ ΣΟΦΙΑ`, `οδος σοφια`, `ΟΔΟΣ ΣΟΦΙΑ`, `Οδος Σοφια`, `Οδος σοφια`},
		{`Σ`, `σ`, `Σ`, `Σ`, `Σ`},
		{`aΣ`, `aς`, `AΣ`, `Aς`, `Aς`},
		{`aΣb`, `aσb`, `AΣB`, `Aσb`, `Aσb`},
		{`aΣ.`, `aς.`, `AΣ.`, `Aς.`, `Aς.`},
		{`a'Σ`, `a'ς`, `A'Σ`, `A'Σ`, `A'ς`},
		{`ΣΑ`, `σα`, `ΣΑ`, `Σα`, `Σα`},
		{"A\u0301\u03a3", "a\u0301\u03c2", "A\u0301\u03a3", "A\u0301\u03a3", "A\u0301\u03c2"},
		{`ǅ`, `ǆ`, `Ǆ`, `ǅ`, `ǅ`},
		{`Ⅻ`, `ⅻ`, `Ⅻ`, `Ⅻ`, `Ⅻ`},
		{`ＡＢＣ`, `ａｂｃ`, `ＡＢＣ`, `Ａｂｃ`, `Ａｂｃ`},
		{`ẞ`, `ß`, `ẞ`, `ẞ`, `ẞ`},
		{`ΣΣ`, `σς`, `ΣΣ`, `Σς`, `Σς`},
		{`aΣΣ`, `aσς`, `AΣΣ`, `Aσς`, `Aσς`},
		{"a\u03a3\u0301", "a\u03c2\u0301", "A\u03a3\u0301", "A\u03c2\u0301", "A\u03c2\u0301"},
		{"a\u03a3\u0301b", "a\u03c3\u0301b", "A\u03a3\u0301B", "A\u03c3\u0301B", "A\u03c3\u0301b"},
		{`ABC`, `abc`, `ABC`, `Abc`, `Abc`},
		{`x²³ ٣ 中文`, `x²³ ٣ 中文`, `X²³ ٣ 中文`, `X²³ ٣ 中文`, `X²³ ٣ 中文`},
		{`İİ`, `i̇i̇`, `İİ`, `İi̇`, `İi̇`},
		{`Σ_Σ`, `σ_σ`, `Σ_Σ`, `Σ_Σ`, `Σ_σ`},
		{`AΣ1`, `aς1`, `AΣ1`, `Aς1`, `Aς1`},
		{`AΣ-`, `aς-`, `AΣ-`, `Aς-`, `Aς-`},
		{`ǈ`, `ǉ`, `Ǉ`, `ǈ`, `ǈ`},
		{`Ꭰ`, `ꭰ`, `Ꭰ`, `Ꭰ`, `Ꭰ`},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			name string
			f    func(string) string
			want string
		}{
			{"Lower", Lower, tt.lower}, {"upper", upper, tt.upper},
			{"title", title, tt.title}, {"capitalize", capitalize, tt.capitalize},
		} {
			if got := c.f(tt.in); got != c.want {
				t.Errorf("%s(%q) = %q, want %q", c.name, tt.in, got, c.want)
			}
		}
	}
}
