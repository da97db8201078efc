package python

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/ianaindex"
)

// Decode turns the bytes of a Python source file into the text Python
// compiles: a UTF-8 BOM is dropped, a PEP 263 coding cookie on line 1 or 2 is
// honoured (UTF-8, Latin-1, ASCII and the other codecs x/text knows by an
// IANA name; anything else is refused rather than misread), and CRLF and lone CR line endings become "\n", as Python's
// universal newlines do before tokenizing. Positions reported by this package
// refer to the decoded text, which has the same lines and columns as the file.
func Decode(src []byte) (string, error) {
	text, _, err := decode(src, true)
	return text, err
}

// decode is Decode, which also tells from which offset the text is ASCII
// (see asciiFrom) when it can tell at no cost, or else returns -1 for it.
// Unless copied is set, the text of a UTF-8 file without CR (nearly every
// file) is src's memory itself, which saves a copy of each file but makes
// the text change if src does.
func decode(src []byte, copied bool) (text string, ascii int, err error) {
	bom := false
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src, bom = src[3:], true
	}
	enc, encLine := "utf-8", 0
	if name, line := findCookie(src); line > 0 {
		enc, encLine = normalEncoding(name), line
		if enc == "" {
			return "", 0, &SyntaxError{Line: line, Col: 1, Msg: "encoding problem: " + name}
		}
		if bom && enc != "utf-8" {
			return "", 0, &SyntaxError{Line: line, Col: 1, Msg: "encoding problem: " + enc + " with BOM"}
		}
	}
	switch enc {
	case "utf-8":
		view := unsafe.String(unsafe.SliceData(src), len(src))
		var ok bool
		if ascii, ok = utf8From(view); ok {
			text = view
			if copied {
				text = string(src)
			}
			break
		}
		for i := 0; i < len(src); {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n == 1 {
				line, col := position(string(src), i)
				msg := fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], line)
				if encLine > 0 {
					msg = fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x", src[i])
				}
				return "", 0, &SyntaxError{Line: line, Col: col, Msg: msg}
			}
			i += n
		}
	case "ascii":
		for i, b := range src {
			if b >= 0x80 {
				line, col := position(string(src), i)
				return "", 0, &SyntaxError{Line: line, Col: col, Msg: "encoding problem: ascii"}
			}
		}
		text = string(src)
	case "iso-8859-1": // every byte is the code point of the same value
		ascii = -1
		var b strings.Builder
		b.Grow(len(src) + len(src)/8)
		for _, c := range src {
			b.WriteRune(rune(c))
		}
		text = b.String()
	default:
		ascii = -1
		out, err := otherEncoding(enc).NewDecoder().Bytes(src)
		if err != nil {
			return "", 0, &SyntaxError{Line: encLine, Col: 1, Msg: "encoding problem: " + enc + ": " + err.Error()}
		}
		text = string(out)
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		line, col := position(text, i)
		return "", 0, &SyntaxError{Line: line, Col: col, Msg: "source code cannot contain null bytes"}
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
		if ascii > 0 {
			ascii = -1 // the offsets have moved
		}
	}
	return text, ascii, nil
}

// position converts a byte offset into a 1-based line and rune column,
// counting \n, \r\n and \r as line breaks.
func position(s string, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off && i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n') {
			line, start = line+1, i+1
		}
	}
	return line, 1 + utf8.RuneCountInString(s[start:min(off, len(s))])
}

// findCookie returns the encoding named by a PEP 263 cookie and the line it is
// on (0 if there is none). Like CPython, line 2 is only consulted when line 1
// is blank or a comment.
func findCookie(src []byte) (string, int) {
	if len(src) > 0 && byteClass[src[0]] != byteSpace && src[0] != '#' && src[0] != '\n' && src[0] != '\r' {
		return "", 0 // line 1 is code, as in nearly every file: no need to split lines
	}
	line1, rest := splitLine(src)
	if name, ok := cookie(line1); ok {
		return name, 1
	}
	t := bytes.TrimLeft(line1, " \t\f")
	if len(t) > 0 && t[0] != '#' {
		return "", 0
	}
	line2, _ := splitLine(rest)
	if name, ok := cookie(line2); ok {
		return name, 2
	}
	return "", 0
}

// splitLine cuts src after its first line ending (\n, \r\n or \r).
func splitLine(src []byte) (line, rest []byte) {
	for i, c := range src {
		if c == '\n' {
			return src[:i], src[i+1:]
		}
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				return src[:i], src[i+2:]
			}
			return src[:i], src[i+1:]
		}
	}
	return src, nil
}

// cookie matches CPython's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
func cookie(line []byte) (string, bool) {
	s := bytes.TrimLeft(line, " \t\f")
	if len(s) == 0 || s[0] != '#' {
		return "", false
	}
	for i := 0; ; {
		j := bytes.Index(s[i:], []byte("coding"))
		if j < 0 {
			return "", false
		}
		i += j + len("coding")
		if i < len(s) && (s[i] == ':' || s[i] == '=') {
			k := i + 1
			for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
				k++
			}
			e := k
			for e < len(s) && (isASCIIWord(s[e]) || s[e] == '-' || s[e] == '.') {
				e++
			}
			if e > k {
				return string(s[k:e]), true
			}
		}
	}
}

// isASCIIWord reports whether c is an ASCII letter, digit or '_'.
func isASCIIWord(c byte) bool {
	k := byteClass[c]
	return k == byteLetter || k == byteDigit
}

// normalEncoding maps a cookie's encoding name to "utf-8", "iso-8859-1" or
// "ascii" using Python's codec aliases, to the IANA name of another single-
// or multi-byte encoding x/text decodes (iso-8859-15, cp1252...), or to ""
// for an encoding we do not know. Refusing is safer than misreading.
func normalEncoding(name string) string {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-") || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001":
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" || n == "latin1" || n == "latin" ||
		n == "l1" || n == "iso8859-1" || n == "8859" || n == "cp819" || n == "iso-ir-100" || n == "csisolatin1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	case n == "ascii" || n == "us-ascii" || n == "646" || n == "us" || n == "iso646-us" || n == "ansi-x3.4-1968" ||
		n == "cp367" || n == "csascii" || n == "ibm367" || n == "iso-ir-6":
		return "ascii"
	}
	if e := otherEncoding(n); e != nil {
		return n
	}
	return ""
}

// otherEncoding finds a Python codec name among the encodings x/text knows,
// trying Python's spellings (iso8859-15, cp1252) in IANA's form.
func otherEncoding(n string) encoding.Encoding {
	for _, cand := range []string{n, strings.Replace(n, "iso8859-", "iso-8859-", 1), strings.Replace(n, "cp", "windows-", 1)} {
		if e, err := ianaindex.IANA.Encoding(cand); err == nil && e != nil {
			return e
		}
	}
	return nil
}
