package config

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the few pieces of Python's string semantics that decide
// what Alembic reads: configparser strips and lower-cases with Python's
// Unicode rules, error messages quote values with repr(), and
// truncate_slug_length goes through int(). Getting these from Go's rules
// instead would read different keys and values than Alembic on odd input.

// pyIsSpace reports whether Python's str.isspace() (and so str.strip() and
// the re module's \s) treats r as whitespace. Python's set is Go's plus the
// four ASCII information separators U+001C..U+001F.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// pyStrip is Python's str.strip() with no argument.
func pyStrip(s string) string { return strings.TrimFunc(s, pyIsSpace) }

// pyLower is Python's str.lower(), which configparser applies to option
// names. Python uses the full Unicode lower-case mapping, which differs from
// Go's simple mapping for U+0130 (it becomes "i" plus a combining dot). The
// other full-mapping difference, final sigma, is not reproduced.
func pyLower(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "\u0130", "i\u0307"))
}

// pyRepr is Python's repr() of a str, which Python's error messages use to
// quote names and values.
func pyRepr(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f || strconv.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}

// pyInt is Python's int(s) for a str: surrounding whitespace, a sign,
// underscores between digits and any Unicode decimal digits are accepted.
// int() does not count U+001C..U+001F as whitespace, unlike str.strip(), so
// its whitespace is exactly Go's. Python's integers are unbounded; a value
// beyond Go's int is clamped, which keeps its meaning as a slice bound
// (truncate_slug_length).
func pyInt(s string) (int, error) {
	bad := fmt.Errorf("invalid literal for int() with base 10: %s", pyRepr(s))
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

// keyError is Python's KeyError from str % dict: a %(key)s whose key is not
// in the mapping.
type keyError struct{ key string }

func (e *keyError) Error() string { return "KeyError: " + pyRepr(e.key) }

// pyPercent is Python's `s % args` where args is a dict of strings, as
// Alembic applies it to every string in [tool.alembic]. Only %(key)s and %%
// are reproduced; a missing key is a *keyError, malformed specs are Python's
// ValueErrors, and any other well-formed conversion is errPercentUnsupported.
func pyPercent(s string, args map[string]string) (string, error) {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '%' {
			b.WriteRune(rs[i])
			continue
		}
		i++
		if i == len(rs) {
			return "", errIncompleteFormat
		}
		if rs[i] == '%' {
			b.WriteByte('%')
			continue
		}
		key, hasKey := "", false
		if rs[i] == '(' {
			depth, start := 1, i+1
			for i++; i < len(rs) && depth > 0; i++ {
				switch rs[i] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				return "", errors.New("ValueError: incomplete format key")
			}
			key, hasKey = string(rs[start:i-1]), true
			if _, ok := args[key]; !ok {
				return "", &keyError{key}
			}
		}
		// Flags, width, precision and length modifier, in Python's order;
		// only the length modifier (which Python ignores) keeps it plain.
		spec := i
		for i < len(rs) && strings.ContainsRune("-+ #0", rs[i]) {
			i++
		}
		i = skipCount(rs, i)
		if i < len(rs) && rs[i] == '.' {
			i = skipCount(rs, i+1)
		}
		for i < len(rs) && strings.ContainsRune("hlL", rs[i]) {
			i++
		}
		plain := strings.Trim(string(rs[spec:i]), "hlL") == ""
		if i == len(rs) {
			return "", errIncompleteFormat
		}
		c := rs[i]
		if !strings.ContainsRune("diouxXeEfFgGcrsa", c) {
			shown := c
			if c < 31 || c > 126 {
				shown = '?'
			}
			return "", fmt.Errorf("ValueError: unsupported format character '%c' (0x%x) at index %d", shown, c, i)
		}
		if !hasKey || !plain || c != 's' {
			return "", errPercentUnsupported
		}
		b.WriteString(args[key])
	}
	return b.String(), nil
}

// skipCount skips a width or precision in a %-spec: "*" or digits.
func skipCount(rs []rune, i int) int {
	if i < len(rs) && rs[i] == '*' {
		return i + 1
	}
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	return i
}

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
