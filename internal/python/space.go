package python

import "strings"

// IsSpace is Python's str.isspace() for one character: Go's unicode.IsSpace
// plus the ASCII separators U+001C..U+001F.
func IsSpace(r rune) bool { return isSpace(r) }

// Strip is Python's str.strip() without arguments.
func Strip(s string) string { return strings.TrimFunc(s, isSpace) }
