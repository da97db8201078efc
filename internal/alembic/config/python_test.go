package config

import (
	"math"
	"testing"
)

// Expected values in this file were printed by Python 3.11.

func TestPyInt(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		err  string
	}{
		{" 42 ", 42, ""},
		{"+7", 7, ""},
		{"-3", -3, ""},
		{"1_000", 1000, ""},
		{"٣٤", 34, ""},
		{"\u3000 5\u0085", 5, ""},
		{"99999999999999999999999", math.MaxInt, ""},
		{"-99999999999999999999999", math.MinInt, ""},
		{"_1", 0, "invalid literal for int() with base 10: '_1'"},
		{"1_", 0, "invalid literal for int() with base 10: '1_'"},
		{"1__0", 0, "invalid literal for int() with base 10: '1__0'"},
		{"4.0", 0, "invalid literal for int() with base 10: '4.0'"},
		{"", 0, "invalid literal for int() with base 10: ''"},
		{"0x10", 0, "invalid literal for int() with base 10: '0x10'"},
		{"5\x1c", 0, `invalid literal for int() with base 10: '5\x1c'`},
		{"+", 0, "invalid literal for int() with base 10: '+'"},
	} {
		got, err := pyInt(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("pyInt(%q) error = %v, want %s", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("pyInt(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
		}
	}
}

// TestInterpolate: the expected values and errors are CPython 3.11's for
// s % {"here": "/x"}.
func TestInterpolate(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"%(here)s/mig", "/x/mig", ""},
		{"%%(rev)s_%%(slug)s", "%(rev)s_%(slug)s", ""},
		{"%(here)ls", "/x", ""},
		{"plain", "plain", ""},
		{"%(rev)s", "", "KeyError: 'rev'"},
		{"%(a(b))s", "", "KeyError: 'a(b)'"},
		{"%(nope)y", "", "KeyError: 'nope'"},
		{"50%", "", "ValueError: incomplete format"},
		{"%(here", "", "ValueError: incomplete format key"},
		{"%(here)", "", "ValueError: incomplete format"},
		{"%5", "", "ValueError: incomplete format"},
		{"%y", "", "ValueError: unsupported format character 'y' (0x79) at index 1"},
		{"é%y", "", "ValueError: unsupported format character 'y' (0x79) at index 2"},
		{"%(here)%", "", "ValueError: unsupported format character '%' (0x25) at index 7"},
		{"%\n", "", "ValueError: unsupported format character '?' (0xa) at index 1"},
		{"%5*s", "", "ValueError: unsupported format character '*' (0x2a) at index 2"},
		{"%s", "{'here': '/x'}", ""},
		{"%(here)5s", "   /x", ""},
		{"%(here)r", "'/x'", ""},
	} {
		got, err := interpolate(tc.in, "/x")
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("interpolate(%q) error = %v, want %s", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("interpolate(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestPathlib(t *testing.T) {
	for _, tc := range []struct{ in, pure, parent string }{
		{"", ".", "."},
		{".", ".", "."},
		{"a/b/", "a/b", "a"},
		{"./a//b/./c", "a/b/c", "a/b"},
		{"/a/../b", "/a/../b", "/a/.."},
		{"//x/y", "//x/y", "//x"},
		{"///x", "/x", "/"},
		{"a/..", "a/..", "a"},
		{"/", "/", "/"},
	} {
		if got := purePath(tc.in); got != tc.pure {
			t.Errorf("purePath(%q) = %q, want %q", tc.in, got, tc.pure)
		}
		if got := parentPath(tc.in); got != tc.parent {
			t.Errorf("parentPath(%q) = %q, want %q", tc.in, got, tc.parent)
		}
	}
	for _, tc := range []struct{ base, child, want string }{
		{"/x", "/abs", "/abs"},
		{"/x", "", "/x"},
		{"/", "a", "/a"},
		{"/w", "../p/./q/", "/w/../p/q"},
	} {
		if got := joinPath(tc.base, tc.child); got != tc.want {
			t.Errorf("joinPath(%q, %q) = %q, want %q", tc.base, tc.child, got, tc.want)
		}
	}
	if got := basename("x/pyproject.toml/"); got != "" {
		t.Errorf("basename = %q", got)
	}
}
