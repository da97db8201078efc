package python

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// scanErr is a problem found while scanning or decoding a string literal.
type scanErr struct {
	off    int // byte offset to report
	detect int // offset where an unterminated literal was noticed, or -1
	msg    string
}

func serr(off int, format string, args ...any) *scanErr {
	return &scanErr{off: off, detect: -1, msg: fmt.Sprintf(format, args...)}
}

// maxFStringNesting bounds f-strings inside f-string fields, as CPython does,
// so that hostile input cannot exhaust the stack.
const maxFStringNesting = 150

// strPrefix splits the literal starting at i into its prefix flags and
// returns the offset of its first quote.
func strPrefix(s string, i int) (q int, raw, bytes, fstr, tstr bool) {
	for q = i; s[q] != '\'' && s[q] != '"'; q++ {
		switch s[q] | 0x20 {
		case 'r':
			raw = true
		case 'b':
			bytes = true
		case 'f':
			fstr = true
		case 't':
			tstr = true
		}
	}
	return q, raw, bytes, fstr, tstr
}

// scanString returns the end of the string literal whose prefix starts at i.
// depth counts enclosing f-string fields.
func scanString(s string, i, depth int) (int, *scanErr) {
	if depth > maxFStringNesting {
		return i, serr(i, "too many nested f-strings")
	}
	qi, raw, _, fstr, tstr := strPrefix(s, i)
	q := s[qi]
	triple := qi+2 < len(s) && s[qi+1] == q && s[qi+2] == q
	k := qi + 1
	if triple {
		k = qi + 3
	}
	if fstr || tstr {
		end, err := scanFBody(s, k, q, triple, raw, depth, false, nil)
		if err != nil {
			if err.detect == -2 { // unterminated: report at the literal's start
				err.off, err.detect = i, len(s)
				if !triple {
					err.detect = end
				}
			}
			return end, err
		}
		if triple {
			return end + 3, nil
		}
		return end + 1, nil
	}
	for k < len(s) {
		// The literal goes on to its next quote, unless a backslash or (in
		// a single-quoted literal) a line break comes first.
		rest := s[k:]
		j := strings.IndexByte(rest, q)
		if j >= 0 {
			rest = rest[:j]
		}
		bs := strings.IndexByte(rest, '\\')
		if !triple {
			before := rest
			if bs >= 0 {
				before = rest[:bs]
			}
			if nl := strings.IndexByte(before, '\n'); nl >= 0 {
				return k + nl, &scanErr{off: i, detect: k + nl, msg: "unterminated string literal"}
			}
		}
		switch {
		case bs >= 0:
			k += bs + 2
		case j < 0:
			k = len(s)
		case !triple:
			return k + j + 1, nil
		case strings.HasPrefix(s[k+j:], s[qi:qi+3]):
			return k + j + 3, nil
		default:
			k += j + 1
		}
	}
	if triple {
		return len(s), &scanErr{off: i, detect: len(s), msg: "unterminated triple-quoted string literal"}
	}
	return len(s), &scanErr{off: i, detect: len(s), msg: "unterminated string literal"}
}

// fpart is a piece of an f-string: literal text (escapes not yet processed)
// or a replacement field.
type fpart struct {
	lit   string
	field bool
	off   int    // byte offset of lit or expr in the scanned text
	expr  string // the field's expression, as written
	debug string // for {x=}: the text "x=" printed before the value
	conv  byte   // 0, 's', 'r' or 'a'
	spec  []fpart
}

// scanFBody scans the text of an f-string from k: its literal parts and
// fields up to the closing quote (inSpec false), or a field's format spec up
// to the '}' that closes the field (inSpec true). It returns the offset of
// that quote or brace. Parts are appended to rec when it is not nil.
// An unterminated literal is reported with detect == -2.
func scanFBody(s string, k int, q byte, triple, raw bool, depth int, inSpec bool, rec *[]fpart) (int, *scanErr) {
	litStart := k
	flush := func(end int) {
		if rec != nil && end > litStart {
			*rec = append(*rec, fpart{lit: s[litStart:end], off: litStart})
		}
	}
	for k < len(s) {
		c := s[k]
		switch {
		case c == q && (!triple || k+2 < len(s) && s[k+1] == q && s[k+2] == q):
			if inSpec {
				return k, serr(k, "f-string: expecting '}'")
			}
			flush(k)
			return k, nil
		case c == '\n' && !triple:
			if inSpec {
				return k, serr(k, "f-string: expecting '}'")
			}
			return k, &scanErr{off: k, detect: -2, msg: "unterminated string literal"}
		case c == '\\':
			if k+1 < len(s) && (s[k+1] == '{' || s[k+1] == '}') {
				k++ // a backslash does not escape a brace
				continue
			}
			if !raw && strings.HasPrefix(s[k:], `\N{`) {
				if e := strings.IndexAny(s[k+3:], "}\n'\""); e >= 0 && s[k+3+e] == '}' {
					k += 3 + e + 1
					continue
				}
			}
			k += 2
		case c == '{':
			if !inSpec && k+1 < len(s) && s[k+1] == '{' {
				flush(k + 1)
				k += 2
				litStart = k
				continue
			}
			flush(k)
			end, err := scanField(s, k, q, triple, raw, depth, rec)
			if err != nil {
				return end, err
			}
			k, litStart = end, end
		case c == '}':
			if inSpec {
				flush(k)
				return k, nil
			}
			if k+1 < len(s) && s[k+1] == '}' {
				flush(k + 1)
				k += 2
				litStart = k
				continue
			}
			return k, serr(k, "f-string: single '}' is not allowed")
		default:
			k++
		}
	}
	if inSpec {
		return len(s), serr(len(s), "f-string: expecting '}'")
	}
	msg := "unterminated string literal"
	if triple {
		msg = "unterminated triple-quoted string literal"
	}
	return len(s), &scanErr{off: len(s), detect: -2, msg: msg}
}

// scanField scans the replacement field whose '{' is at k and returns the
// offset just past its '}'. Strings inside the expression are skipped as
// whole literals, so that they may contain braces and (as in Python 3.12)
// the enclosing quote.
func scanField(s string, k int, q byte, triple, raw bool, depth int, rec *[]fpart) (int, *scanErr) {
	k++
	start, brackets := k, 0
	part := fpart{field: true, off: start}
	finish := func(exprEnd int) *scanErr {
		expr := s[start:exprEnd]
		if strings.TrimSpace(expr) == "" {
			return serr(exprEnd, "f-string: empty expression not allowed")
		}
		t := strings.TrimRight(expr, " \t\n\f")
		if strings.HasSuffix(t, "=") && (len(t) < 2 || !strings.ContainsRune("=!<>", rune(t[len(t)-2]))) {
			part.debug, t = expr, t[:len(t)-1]
			expr = t
		}
		part.expr = expr
		return nil
	}
	for k < len(s) {
		c := s[k]
		switch {
		case c == '\'' || c == '"':
			end, err := scanString(s, k, depth+1)
			if err != nil {
				if c == q && !triple && err.detect >= 0 {
					// f'{' : the quote most likely ends the f-string
					return k + 1, serr(k+1, "f-string: expecting '}'")
				}
				return end, err
			}
			k = end
		case isASCIIWord(c) && !isDigit(c) || c >= utf8.RuneSelf:
			end := scanName(s, k)
			if end == k { // not an identifier character: let the parser complain
				_, n := utf8.DecodeRuneInString(s[k:])
				end = k + n
			}
			if end < len(s) && (s[end] == '\'' || s[end] == '"') && isStringPrefix(s[k:end]) {
				e, err := scanString(s, k, depth+1)
				if err != nil {
					return e, err
				}
				end = e
			}
			k = end
		case c == '(' || c == '[' || c == '{':
			brackets++
			k++
		case c == ')' || c == ']':
			if brackets == 0 {
				return k, serr(k, "f-string: unmatched '%c'", c)
			}
			brackets--
			k++
		case c == '}' && brackets > 0:
			brackets--
			k++
		case c == '}':
			if err := finish(k); err != nil {
				return k, err
			}
			if rec != nil {
				*rec = append(*rec, part)
			}
			return k + 1, nil
		case c == '!' && brackets == 0 && !(k+1 < len(s) && s[k+1] == '='):
			if err := finish(k); err != nil {
				return k, err
			}
			k++
			if k >= len(s) || !strings.ContainsRune("sra", rune(s[k])) || k+1 < len(s) && isASCIIWord(s[k+1]) {
				return k, serr(k, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
			}
			part.conv = s[k]
			k++
			if k >= len(s) || s[k] != ':' && s[k] != '}' {
				return k, serr(k, "f-string: expecting '}'")
			}
			if s[k] == '}' {
				if rec != nil {
					*rec = append(*rec, part)
				}
				return k + 1, nil
			}
			return scanSpec(s, k+1, q, triple, raw, depth, &part, rec)
		case c == ':' && brackets == 0:
			if err := finish(k); err != nil {
				return k, err
			}
			return scanSpec(s, k+1, q, triple, raw, depth, &part, rec)
		case c == '#':
			return k, serr(k, "f-string expression part cannot include '#'")
		case c == '\\':
			return k, serr(k, "f-string expression part cannot include a backslash")
		case c == '\n' && !triple && brackets == 0:
			return k, serr(k, "f-string: expecting '}'")
		default:
			k++
		}
	}
	return len(s), serr(len(s), "f-string: expecting '}'")
}

// scanSpec scans a format spec starting at k and completes part.
func scanSpec(s string, k int, q byte, triple, raw bool, depth int, part *fpart, rec *[]fpart) (int, *scanErr) {
	var spec *[]fpart
	if rec != nil {
		spec = &part.spec
	}
	end, err := scanFBody(s, k, q, triple, raw, depth+1, true, spec)
	if err != nil {
		return end, err
	}
	if rec != nil {
		*rec = append(*rec, *part)
	}
	return end + 1, nil
}

// errNamedEscape marks a \N{...} escape: valid Python, but decoding it needs
// the Unicode name database, which this package does not carry.
const errNamedEscape = `\N{...} escapes are not supported`

// unescape processes the backslash escapes of a non-raw literal body, as
// Python's unicode-escape (str) or escape (bytes) codecs do. Offsets in
// errors are relative to body. A \N{...} escape yields an error with
// msg == errNamedEscape.
func unescape(body string, bytes bool) (string, *scanErr) {
	i := strings.IndexByte(body, '\\')
	if i < 0 {
		return body, nil
	}
	var b strings.Builder
	b.Grow(len(body))
	b.WriteString(body[:i])
	put := func(r rune) {
		if bytes {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	codec := "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s"
	for i < len(body) {
		c := body[i]
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(body) { // only in f-string pieces: `\{`
			b.WriteByte('\\')
			break
		}
		e := body[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(e - '0')
			for n := 1; n < 3 && i < len(body) && '0' <= body[i] && body[i] <= '7'; n++ {
				v = v*8 + rune(body[i]-'0')
				i++
			}
			if bytes {
				v &= 0xFF
			}
			put(v)
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if bytes && e != 'x' {
				b.WriteByte('\\')
				b.WriteByte(e)
				continue
			}
			hex := body[i:min(i+n, len(body))]
			v, err := strconv.ParseUint(hex, 16, 32)
			if len(hex) < n || err != nil || strings.ContainsAny(hex, "+-_") {
				if bytes {
					return "", serr(i-2, "(value error) invalid \\x escape at position %d", i-2)
				}
				return "", serr(i-2, codec, i-2, i-1+len(hex), fmt.Sprintf("truncated \\%c%s escape", e, strings.Repeat("X", n)))
			}
			i += n
			switch {
			case v > utf8.MaxRune:
				return "", serr(i-n-2, codec, i-n-2, i-1, "illegal Unicode character")
			case 0xD800 <= v && v < 0xE000:
				return "", serr(i-n-2, "lone surrogate escapes are not supported")
			}
			put(rune(v))
		case 'N':
			if bytes {
				b.WriteString(`\N`)
				continue
			}
			if i < len(body) && body[i] == '{' {
				if j := strings.IndexByte(body[i:], '}'); j > 1 {
					return "", serr(i-2, errNamedEscape)
				}
			}
			return "", serr(i-2, codec, i-2, i-1, "malformed \\N character escape")
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String(), nil
}

// Unquote returns the value of one string literal token (any prefix and
// quoting, but not an f-string or t-string): a [String] or, for a b”
// literal, [Bytes]. Callers that look at literals found by [Tokenize] use it.
func Unquote(lit string) (Value, error) {
	if lit == "" || !strings.ContainsAny(lit[len(lit)-1:], `'"`) {
		return nil, &SyntaxError{Line: 1, Col: 1, Msg: "not a string literal"}
	}
	if end, err := scanString(lit, 0, 0); err != nil || end != len(lit) {
		return nil, &SyntaxError{Line: 1, Col: 1, Msg: "not a single string literal"}
	}
	qi, raw, bytes, fstr, tstr := strPrefix(lit, 0)
	if fstr || tstr {
		return nil, &NotStaticError{Line: 1, Col: 1, Expr: lit, Reason: "an f-string has no value without evaluation"}
	}
	v, err := literalValue(lit, qi, raw, bytes)
	if err != nil {
		line, col := position(lit, err.off)
		if err.msg == errNamedEscape {
			return nil, &NotStaticError{Line: line, Col: col, Expr: lit, Reason: err.msg}
		}
		return nil, &SyntaxError{Line: line, Col: col, Msg: err.msg}
	}
	if bytes {
		return Bytes(v), nil
	}
	return String(v), nil
}

// literalValue decodes a complete plain (not f-) string literal whose first
// quote is at qi. Error offsets are relative to lit.
func literalValue(lit string, qi int, raw, bytes bool) (string, *scanErr) {
	n := 1
	if len(lit)-qi >= 6 && lit[qi+1] == lit[qi] && lit[qi+2] == lit[qi] {
		n = 3
	}
	body := lit[qi+n : len(lit)-n]
	if bytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				return "", serr(0, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if raw {
		return body, nil
	}
	v, err := unescape(body, bytes)
	if err != nil {
		err.off += qi + n
	}
	return v, err
}
