package python

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower is Python's str.lower(): the full Unicode lowercase mapping, which
// Go's strings.ToLower is not. 'İ' (U+0130) becomes "i̇" (two code points)
// and a capital sigma at the end of a word becomes the final form 'ς'.
// Alembic's slug algorithm depends on it.
func Lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		writeLower(&b, s, i, r)
	}
	return b.String()
}

// writeLower writes the lowercase of r, found at byte i of s; the context
// decides the form of a capital sigma.
func writeLower(b *strings.Builder, s string, i int, r rune) {
	switch r {
	case 'İ':
		b.WriteString("i\u0307")
	case 'Σ':
		if finalSigma(s, i) {
			b.WriteRune('ς')
		} else {
			b.WriteRune('σ')
		}
	default:
		b.WriteRune(unicode.ToLower(r))
	}
}

// finalSigma applies the Final_Sigma condition of the Unicode standard, as
// CPython does: the sigma at byte i follows a cased letter (skipping
// case-ignorable characters) and is not followed by one.
func finalSigma(s string, i int) bool {
	j := i
	before := false
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if !caseIgnorable(r) {
			before = cased(r)
			break
		}
	}
	if !before {
		return false
	}
	for _, r := range s[i+len("Σ"):] {
		if !caseIgnorable(r) {
			return !cased(r)
		}
	}
	return true
}

// cased is the Unicode Cased property: Lowercase, Uppercase or Lt.
func cased(r rune) bool {
	return unicode.IsLower(r) || unicode.IsUpper(r) || unicode.IsTitle(r) ||
		unicode.In(r, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable is the Unicode Case_Ignorable property: Mn, Me, Cf, Lm, Sk,
// and the Word_Break classes MidLetter, MidNumLet and Single_Quote (listed
// here, since Go has no word-break tables).
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '·', '\u0387', '\u055f', '\u05f4', '\u2018', '\u2019', '\u2024', '\u2027',
		'\ufe13', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// upper is Python's str.upper(), with the multi-character mappings (ß → SS).
func upper(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if u, ok := specialUpper[r]; ok {
			b.WriteString(u)
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

func writeTitle(b *strings.Builder, r rune) {
	if t, ok := specialTitle[r]; ok {
		b.WriteString(t)
	} else {
		b.WriteRune(unicode.ToTitle(r))
	}
}

// title is Python's str.title(): a character is titlecased after an uncased
// one and lowercased after a cased one.
func title(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prevCased := false
	for i, r := range s {
		if prevCased {
			writeLower(&b, s, i, r)
		} else {
			writeTitle(&b, r)
		}
		prevCased = cased(r)
	}
	return b.String()
}

// capitalize is Python's str.capitalize() (3.8+): the first character
// titlecased, the rest lowercased.
func capitalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if i == 0 {
			writeTitle(&b, r)
		} else {
			writeLower(&b, s, i, r)
		}
	}
	return b.String()
}

// isSpace is Python's str.isspace() for one character, which also counts
// the ASCII separators U+001C..U+001F that unicode.IsSpace does not.
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}
