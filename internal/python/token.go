package python

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind is the kind of a [Token], as in Python's token module.
type TokenKind uint8

// The token kinds. NEWLINE ends a logical line; NL is a line break that does
// not (blank lines, comment lines, breaks inside brackets).
const (
	TokEndMarker TokenKind = iota
	TokName
	TokNumber
	TokString // every string literal, f-strings included, prefix and quotes kept
	TokOp
	TokNewline
	TokNL
	TokIndent
	TokDedent
	TokComment
)

var tokenKindNames = [...]string{"ENDMARKER", "NAME", "NUMBER", "STRING", "OP", "NEWLINE", "NL", "INDENT", "DEDENT", "COMMENT"}

// String returns the name Python's token module uses for the kind.
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return fmt.Sprintf("TokenKind(%d)", k)
}

// Token is one lexical token. Positions are 1-based, columns count runes, and
// refer to the decoded source (see [Decode]); End is just past the token.
type Token struct {
	Kind            TokenKind
	Text            string // the exact source text of the token
	Line, Col       int
	EndLine, EndCol int
	off, end        int // byte offsets into the decoded source
}

// Tokenize decodes a Python source file and splits it into tokens as
// Python's tokenize module does, ending with NEWLINE (if the last line has
// code), DEDENTs and ENDMARKER. An f-string is one STRING token, scanned
// with Python 3.12's rules (its fields may reuse the enclosing quote). On
// error it returns the tokens read so far together with a [*SyntaxError].
func Tokenize(src []byte) ([]Token, error) {
	text, err := Decode(src)
	if err != nil {
		return nil, err
	}
	return tokenize(text, fileMode, 1, 1)
}

type tokMode uint8

const (
	fileMode tokMode = iota // statements: NEWLINE, INDENT and DEDENT
	exprMode                // one expression, as if inside brackets
)

// maxParens and maxIndent are CPython's limits; they also keep the parsers'
// recursion bounded on hostile input.
const (
	maxParens = 200
	maxIndent = 100
)

type tokenizer struct {
	src       string
	mode      tokMode
	i         int
	line      int
	lineStart int // byte offset of the current line
	colBase   int // column of lineStart minus one (non-zero for embedded sources)
	indents   []int
	alts      []int // indentation with tabs counted as one column, to detect TabError
	parens    []Token
	toks      []Token
	colOff    int // byte offset and rune count from lineStart of the last col call
	colRunes  int
	// code is true once the current logical line has a token that makes it a
	// statement, so that its end is NEWLINE rather than NL.
	code bool
}

// tokenize splits src, whose first byte is at line:col (1-based).
func tokenize(src string, mode tokMode, line, col int) ([]Token, error) {
	return tokenizeInto(nil, src, mode, line, col)
}

// tokenizeInto is tokenize appending to buf[:0], so that callers that do
// not keep the tokens can reuse the memory.
func tokenizeInto(buf []Token, src string, mode tokMode, line, col int) ([]Token, error) {
	if cap(buf) == 0 {
		buf = make([]Token, 0, len(src)/4+16)
	}
	t := &tokenizer{src: src, mode: mode, line: line, colBase: col - 1,
		indents: []int{0}, alts: []int{0}, toks: buf[:0]}
	err := t.run()
	return t.toks, err
}

func (t *tokenizer) errAt(off int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Line: t.line, Col: t.col(off), Msg: fmt.Sprintf(format, args...)}
}

// col is the rune column of byte offset off, which must be on the current
// line. Columns are computed incrementally from the last one asked for, so
// that a long line costs linear time.
func (t *tokenizer) col(off int) int {
	if t.colOff > off {
		t.colOff, t.colRunes = t.lineStart, 0
	}
	s := t.src[t.colOff:off]
	n := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			n = utf8.RuneCountInString(s)
			break
		}
	}
	t.colOff, t.colRunes = off, t.colRunes+n
	return t.colBase + t.colRunes + 1
}

// emit appends the token src[start:end], which starts on the current line
// and may span lines (strings), and moves the line bookkeeping past it.
func (t *tokenizer) emit(kind TokenKind, start, end int) {
	tok := Token{Kind: kind, Text: t.src[start:end], Line: t.line, Col: t.col(start), off: start, end: end}
	if kind == TokString { // the only tokens that span lines
		if n := strings.Count(tok.Text, "\n"); n > 0 {
			t.line += n
			t.startLine(start + strings.LastIndexByte(tok.Text, '\n') + 1)
		}
	}
	tok.EndLine, tok.EndCol = t.line, t.col(end)
	if kind == TokNL || kind == TokNewline {
		tok.EndCol = tok.Col + 1
		if end == start {
			tok.EndCol = tok.Col
		}
	}
	t.toks = append(t.toks, tok)
	if kind != TokNL && kind != TokComment && kind != TokNewline {
		t.code = true
	}
}

func (t *tokenizer) newline() {
	t.line++
	t.startLine(t.i)
}

// startLine records that the current line starts at byte offset off.
func (t *tokenizer) startLine(off int) {
	t.lineStart, t.colBase = off, 0
	t.colOff, t.colRunes = off, 0
}

func (t *tokenizer) run() error {
	bol := t.mode == fileMode // at the beginning of a logical line
	for {
		if bol {
			bol = false
			if err := t.indentation(); err != nil {
				return err
			}
		}
		for t.i < len(t.src) && (t.src[t.i] == ' ' || t.src[t.i] == '\t' || t.src[t.i] == '\f') {
			t.i++
		}
		if t.i >= len(t.src) {
			return t.eof()
		}
		start := t.i
		c := t.src[t.i]
		switch {
		case c == '#':
			end := strings.IndexByte(t.src[start:], '\n')
			if end < 0 {
				end = len(t.src) - start
			}
			t.i = start + end
			t.emit(TokComment, start, t.i)
		case c == '\n':
			t.i++
			if t.mode == fileMode && len(t.parens) == 0 && t.code {
				t.emit(TokNewline, start, t.i)
				t.code = false
				bol = true
			} else {
				t.emit(TokNL, start, t.i)
				bol = t.mode == fileMode && len(t.parens) == 0
			}
			t.newline()
		case c == '\\':
			if t.i+1 >= len(t.src) {
				return t.errAt(t.i+1, "unexpected EOF while parsing")
			}
			if t.src[t.i+1] != '\n' {
				return t.errAt(t.i+1, "unexpected character after line continuation character")
			}
			t.i += 2
			t.newline()
		case c == '"' || c == '\'':
			if err := t.str(start); err != nil {
				return err
			}
		case isDigit(c) || c == '.' && t.i+1 < len(t.src) && isDigit(t.src[t.i+1]):
			end, msg := scanNumber(t.src, start)
			if msg != "" {
				return t.errAt(start, "%s", msg)
			}
			t.i = end
			t.emit(TokNumber, start, end)
		case c < utf8.RuneSelf && isASCIIWord(c) || c >= utf8.RuneSelf && isIDStart(runeAt(t.src, t.i)):
			t.i = scanName(t.src, t.i)
			if t.i < len(t.src) && (t.src[t.i] == '"' || t.src[t.i] == '\'') && isStringPrefix(t.src[start:t.i]) {
				if err := t.str(start); err != nil {
					return err
				}
				break
			}
			t.emit(TokName, start, t.i)
		default:
			if err := t.op(start); err != nil {
				return err
			}
		}
	}
}

// indentation measures the indentation of a new line and emits INDENT or
// DEDENT tokens, with CPython's rules: tabs advance to the next multiple of 8,
// and the indentation must compare the same way when tabs count as 1, or the
// file mixes tabs and spaces ambiguously (TabError).
func (t *tokenizer) indentation() error {
	col, alt, j := 0, 0, t.i
loop:
	for ; j < len(t.src); j++ {
		switch t.src[j] {
		case ' ':
			col, alt = col+1, alt+1
		case '\t':
			col, alt = (col/8+1)*8, alt+1
		case '\f':
			col, alt = 0, 0
		default:
			break loop
		}
	}
	if j >= len(t.src) || t.src[j] == '#' || t.src[j] == '\n' || t.src[j] == '\\' {
		return nil // blank and comment lines do not indent
	}
	top := len(t.indents) - 1
	tabErr := func() error {
		return &SyntaxError{Line: t.line, Col: 1, Msg: "inconsistent use of tabs and spaces in indentation"}
	}
	switch {
	case col == t.indents[top]:
		if alt != t.alts[top] {
			return tabErr()
		}
	case col > t.indents[top]:
		if alt <= t.alts[top] {
			return tabErr()
		}
		if len(t.indents) > maxIndent {
			return t.errAt(j, "too many levels of indentation")
		}
		t.indents, t.alts = append(t.indents, col), append(t.alts, alt)
		t.emit(TokIndent, t.i, j)
		t.code = false
	default:
		for len(t.indents) > 1 && col < t.indents[len(t.indents)-1] {
			t.indents, t.alts = t.indents[:len(t.indents)-1], t.alts[:len(t.alts)-1]
			t.emit(TokDedent, j, j)
		}
		t.code = false
		top = len(t.indents) - 1
		if col != t.indents[top] {
			end := strings.IndexByte(t.src[j:], '\n')
			if end < 0 {
				end = len(t.src) - j
			}
			return t.errAt(j+end, "unindent does not match any outer indentation level")
		}
		if alt != t.alts[top] {
			return tabErr()
		}
	}
	t.i = j
	return nil
}

func (t *tokenizer) eof() error {
	if n := len(t.parens); n > 0 {
		p := t.parens[n-1]
		return &SyntaxError{Line: p.Line, Col: p.Col, Msg: fmt.Sprintf("'%s' was never closed", p.Text)}
	}
	if t.mode == fileMode {
		if t.code {
			t.emit(TokNewline, t.i, t.i)
		} else if n := len(t.toks); n > 0 && t.toks[n-1].Kind == TokComment {
			t.emit(TokNL, t.i, t.i)
		}
		if t.i > 0 && t.src[t.i-1] != '\n' { // end as if the file ended with a newline
			t.newline()
		}
		for len(t.indents) > 1 {
			t.indents = t.indents[:len(t.indents)-1]
			t.emit(TokDedent, t.i, t.i)
		}
	}
	t.toks = append(t.toks, Token{Kind: TokEndMarker, Line: t.line, Col: t.col(t.i), EndLine: t.line, EndCol: t.col(t.i), off: t.i, end: t.i})
	return nil
}

// str scans a string literal starting at start (its prefix, if any).
func (t *tokenizer) str(start int) error {
	end, serr := scanString(t.src, start, 0)
	if serr != nil {
		if serr.detect >= 0 {
			line := t.line + strings.Count(t.src[start:serr.detect], "\n")
			serr.msg += fmt.Sprintf(" (detected at line %d)", line)
		}
		// Point at the offending character, which may be on a later line.
		line := t.line + strings.Count(t.src[start:serr.off], "\n")
		ls := strings.LastIndexByte(t.src[:serr.off], '\n') + 1
		base := 0
		if ls <= t.lineStart {
			ls, base = t.lineStart, t.colBase
		}
		return &SyntaxError{Line: line, Col: base + utf8.RuneCountInString(t.src[ls:serr.off]) + 1, Msg: serr.msg}
	}
	t.i = end
	t.emit(TokString, start, end)
	return nil
}

// operators lists Python's operator tokens, longest first within each
// leading character so that the first match is the longest.
var operators = [...]string{
	"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
	"<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
	"(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "=", "@", "!",
}

// opsByFirst indexes operators by their first byte, keeping the longest
// first, so that op tries only a handful.
var opsByFirst = func() (m [128][]string) {
	for _, op := range operators {
		m[op[0]] = append(m[op[0]], op)
	}
	return m
}()

// opener returns the bracket that a closing bracket closes.
func opener(closer string) string {
	switch closer {
	case ")":
		return "("
	case "]":
		return "["
	}
	return "{"
}

func (t *tokenizer) op(start int) error {
	rest := t.src[start:]
	var candidates []string
	if rest[0] < utf8.RuneSelf {
		candidates = opsByFirst[rest[0]]
	}
	for _, op := range candidates {
		if !strings.HasPrefix(rest, op) {
			continue
		}
		switch op {
		case "(", "[", "{":
			if len(t.parens) >= maxParens {
				return t.errAt(start, "too many nested parentheses")
			}
		case ")", "]", "}":
			if len(t.parens) == 0 {
				return t.errAt(start, "unmatched '%s'", op)
			}
			open := t.parens[len(t.parens)-1]
			if open.Text != opener(op) {
				msg := fmt.Sprintf("closing parenthesis '%s' does not match opening parenthesis '%s'", op, open.Text)
				if open.Line != t.line {
					msg += fmt.Sprintf(" on line %d", open.Line)
				}
				return t.errAt(start, "%s", msg)
			}
			t.parens = t.parens[:len(t.parens)-1]
		}
		t.i = start + len(op)
		t.emit(TokOp, start, t.i)
		if op == "(" || op == "[" || op == "{" {
			t.parens = append(t.parens, t.toks[len(t.toks)-1])
		}
		return nil
	}
	r := runeAt(t.src, start)
	switch {
	case r < utf8.RuneSelf && unicode.IsPrint(r):
		return t.errAt(start, "invalid syntax")
	case !unicode.IsPrint(r):
		return t.errAt(start, "invalid non-printable character U+%04X", r)
	}
	return t.errAt(start, "invalid character '%c' (U+%04X)", r, r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isIDStart and isIDContinue approximate Unicode XID_Start/XID_Continue,
// which is what Python identifiers are made of. (Python also NFKC-normalises
// non-ASCII identifiers; this package compares them as written.)
func isIDStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// scanName returns the end of the identifier starting at i.
func scanName(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isIDContinue(r) {
			break
		}
		i += n
	}
	return i
}

// isStringPrefix reports whether p may prefix a string literal: any case of
// r, u, b, f, t (3.14 template strings) and the combinations br, fr, tr in
// either order.
func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt":
		return true
	}
	return false
}

// scanNumber returns the end of the numeric literal at i, or a CPython error
// message.
func scanNumber(s string, i int) (int, string) {
	digits := func(i int, ok func(byte) bool) (int, bool) {
		start := i
		for i < len(s) && ok(s[i]) {
			i++
			if i < len(s) && s[i] == '_' {
				if i+1 >= len(s) || !ok(s[i+1]) {
					return i + 1, false
				}
				i++
			}
		}
		return i, i > start
	}
	isDec := func(c byte) bool { return isDigit(c) }
	tail := func(i int, kind string) (int, string) {
		if i < len(s) && (isASCIIWord(s[i]) || s[i] >= utf8.RuneSelf && isIDStart(runeAt(s, i))) {
			switch word := s[i:scanName(s, i)]; word {
			case "and", "else", "for", "if", "in", "is", "not", "or":
				return i, ""
			}
			return i, "invalid " + kind + " literal"
		}
		return i, ""
	}
	if s[i] == '0' && i+1 < len(s) {
		var ok func(byte) bool
		var kind string
		switch s[i+1] {
		case 'x', 'X':
			ok, kind = func(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }, "hexadecimal"
		case 'o', 'O':
			ok, kind = func(c byte) bool { return '0' <= c && c <= '7' }, "octal"
		case 'b', 'B':
			ok, kind = func(c byte) bool { return c == '0' || c == '1' }, "binary"
		}
		if ok != nil {
			j := i + 2
			if j < len(s) && s[j] == '_' {
				j++
			}
			end, good := digits(j, ok)
			if !good || end < len(s) && isDigit(s[end]) {
				return end, "invalid " + kind + " literal"
			}
			return tail(end, kind)
		}
	}
	end, good := digits(i, isDec)
	if !good && s[i] != '.' {
		return end, "invalid decimal literal"
	}
	intPart := s[i:end]
	float := false
	if end < len(s) && s[end] == '.' {
		float = true
		if j, ok := digits(end+1, isDec); ok {
			end = j
		} else if j > end+1 {
			return j, "invalid decimal literal"
		} else {
			end++
		}
	}
	if end < len(s) && (s[end] == 'e' || s[end] == 'E') {
		j := end + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if k, ok := digits(j, isDec); ok {
			end, float = k, true
		} else {
			return k, "invalid decimal literal"
		}
	}
	if end < len(s) && (s[end] == 'j' || s[end] == 'J') {
		end++
		float = true
	}
	if !float && len(intPart) > 1 && intPart[0] == '0' && strings.Trim(intPart, "0_") != "" {
		return end, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
	}
	return tail(end, "decimal")
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}
