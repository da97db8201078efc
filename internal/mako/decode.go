package mako

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// Python's `\w` and `\s` match Unicode word and space characters, Go's only
// ASCII ones; Mako's regular expressions are translated with these.
const (
	pyWord  = `\p{L}\p{N}_`
	pySpace = `\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`
)

// codingRE is Mako's magic encoding comment (Lexer._coding_re), matched at
// the start of the template only. Mako skips the whole line, so it is not
// output, whether it names an encoding or merely contains "coding:".
var codingRE = lazyRE(`\A#.*coding[:=][` + pySpace + `]*([-` + pyWord + `.]+).*\r?\n`)

// utf8BOM starts a template Mako reads as UTF-8.
const utf8BOM = "\xef\xbb\xbf"

// Python codec names (after encodings.normalize_encoding) of the encodings
// a template may declare. Others would need Python's codec tables.
var (
	utf8Names   = names("utf_8 cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4")
	latin1Names = names("latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1")
	asciiNames  = names("ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii")
)

func names(s string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(s) {
		m[n] = true
	}
	return m
}

// decode turns template bytes into text as Mako's Lexer.decode_raw_stream
// does: a UTF-8 BOM means UTF-8 (and conflicts with any other declared
// encoding, even "utf8"), otherwise a magic comment on the first line names
// the encoding, otherwise UTF-8. It returns the decoded text and, as a
// failure, the kind of error and message.
func decode(src []byte) (string, errorKind, string) {
	bom := strings.HasPrefix(string(src), utf8BOM)
	if bom {
		src = src[len(utf8BOM):]
	}
	enc := "utf-8"
	// Mako looks for the comment in a lossy UTF-8 decoding of the bytes.
	if m := codingRE().FindStringSubmatch(strings.ToValidUTF8(string(src), "")); m != nil {
		if bom && m[1] != "utf-8" {
			return "", compileKind, "Found utf-8 BOM in file, with conflicting magic encoding comment of '" + m[1] + "'"
		}
		enc = m[1]
	}
	norm := normalizeEncoding(enc)
	switch {
	case utf8Names[norm]:
		if !utf8.Valid(src) {
			return "", compileKind, "Unicode decode operation of encoding '" + enc + "' failed"
		}
		return string(src), 0, ""
	case latin1Names[norm]:
		var b strings.Builder
		for _, c := range src {
			b.WriteRune(rune(c))
		}
		return b.String(), 0, ""
	case asciiNames[norm]:
		for _, c := range src {
			if c >= utf8.RuneSelf {
				return "", compileKind, "Unicode decode operation of encoding '" + enc + "' failed"
			}
		}
		return string(src), 0, ""
	}
	return "", unsupportedKind, "template encoding '" + enc + "' is not supported (only UTF-8, Latin-1 and ASCII are)"
}

// normalizeEncoding is Python's codec name normalisation: lower case, runs
// of characters other than letters, digits and '.' become one '_', and '.'
// also matches '_'.
func normalizeEncoding(name string) string {
	var b strings.Builder
	punct := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			punct = false
		} else {
			punct = true
		}
	}
	n := b.String()
	if utf8Names[n] || latin1Names[n] || asciiNames[n] {
		return n
	}
	return strings.ReplaceAll(n, ".", "_")
}

// lazyRE compiles a pattern on first use: onehead starts on every git
// hook, and few runs render a template; compiling these Unicode classes at
// start-up cost most of a millisecond.
func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
