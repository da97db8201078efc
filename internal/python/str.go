package python

import "strings"

// The str functions other packages need to quote and split text the way
// Python (and so Alembic's messages and configparser) does.

// IsSpace is Python's str.isspace() for one character: Go's unicode.IsSpace
// plus the ASCII separators U+001C..U+001F.
func IsSpace(r rune) bool { return isSpace(r) }

// Strip is Python's str.strip() without arguments.
func Strip(s string) string { return strings.TrimFunc(s, isSpace) }

// ReprString is Python's repr() of a str.
func ReprString(s string) string { return reprString(s) }
