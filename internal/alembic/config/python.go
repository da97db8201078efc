package config

import (
	"github.com/onehead/onehead/internal/python"

	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the few pieces of Python's string semantics that decide
// what Alembic reads: configparser strips and lower-cases with Python's
// Unicode rules, error messages quote values with repr(), and
// truncate_slug_length goes through int(). Getting these from Go's rules
// instead would read different keys and values than Alembic on odd input.

// pyInt is Python's int(s) for a str: surrounding whitespace, a sign,
// underscores between digits and any Unicode decimal digits are accepted.
// int() does not count U+001C..U+001F as whitespace, unlike str.strip(), so
// its whitespace is exactly Go's. Python's integers are unbounded; a value
// beyond Go's int is clamped, which keeps its meaning as a slice bound
// (truncate_slug_length).
func pyInt(s string) (int, error) {
	bad := fmt.Errorf("invalid literal for int() with base 10: %s", python.ReprString(s))
	t := strings.TrimFunc(s, unicode.IsSpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return 0, bad
	}
	n := 0
	overflow := false
	for _, r := range t {
		if r == '_' {
			continue
		}
		d, ok := decimalValue(r)
		if !ok {
			return 0, bad
		}
		if n > (math.MaxInt-d)/10 {
			overflow = true
			continue
		}
		n = n*10 + d
	}
	switch {
	case overflow && neg:
		return math.MinInt, nil
	case overflow:
		return math.MaxInt, nil
	case neg:
		return -n, nil
	}
	return n, nil
}

// decimalValue is the value of a Unicode decimal digit (category Nd). Nd
// characters come in contiguous runs of ten starting at zero, so the value is
// the distance from the start of the run, modulo ten.
func decimalValue(r rune) (int, bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if !unicode.IsDigit(r) {
		return 0, false
	}
	start := r
	for unicode.IsDigit(start - 1) {
		start--
	}
	return int(r-start) % 10, true
}

// errIncompleteFormat and friends are the ValueErrors of Python's str % dict.
var errIncompleteFormat = errors.New("ValueError: incomplete format")

// errPercentUnsupported is returned for a conversion Python would perform but
// onehead does not reproduce (anything but %(key)s and %%).
var errPercentUnsupported = errors.New("uses a %-conversion other than %(name)s and %%")

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8,
// or -1: Python reads config files as UTF-8 text and fails there.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
