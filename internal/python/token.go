package python

import (
	"fmt"
	"math/bits"
	"slices"
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
	levels    []level
	parens    []paren
	toks      []Token
	colOff    int // byte offset and rune count from lineStart of the last col call
	colRunes  int
	// asciiFrom is where the ASCII end of src starts (see asciiFrom): on
	// the lines from there, columns are byte offsets, no need to count runes.
	asciiFrom int
	// code is true once the current logical line has a token that makes it a
	// statement, so that its end is NEWLINE rather than NL.
	code bool
	bol  bool // at the beginning of a logical line (file mode)
	done bool // ENDMARKER emitted, or err set
	err  error
	// skipping is set while the block whose indentation is levels[skipLevel]
	// is being skipped: everything is scanned and checked as usual, but no
	// tokens are kept until a line dedents out of that block.
	skipping  bool
	skipLevel int
	// checkStrings makes the tokenizer decode every string literal, as
	// Python rejects a bad escape (or a malformed f-string field) anywhere
	// in a file; strErr keeps the first such error.
	checkStrings bool
	strErr       error
	// lean makes tokens only for what the module scanner looks at: not the
	// comments and line breaks of lines without code, which it passes
	// over, nor an annotation past its first token (see annotationEnd).
	lean     bool
	lineFrom int // index of the first token that made the logical line code
	// rareOps is set once an operator that the statement scanner must look
	// for is read, ';' or ':=': until then, as in most files, it need not.
	rareOps bool
	// keptTrivia is set once an NL or COMMENT token is kept: until then,
	// as in most files in lean mode, the scanner need not pass over them.
	keptTrivia bool
}

// level is one entry of the indentation stack: the column, and the column
// with tabs counted as one, to detect TabError.
type level struct{ col, alt int }

// paren is an open bracket, remembered for the errors that close it.
type paren struct {
	open      byte
	line, col int
}

// tokenize splits src, whose first byte is at line:col (1-based).
func tokenize(src string, mode tokMode, line, col int) ([]Token, error) {
	var t tokenizer
	t.reset(src, mode, line, col, asciiFrom(src), make([]Token, 0, len(src)/4+16))
	for !t.done {
		t.more()
	}
	return t.toks, t.err
}

// reset prepares t to split src, whose first byte is at line:col and which
// is ASCII from offset ascii on, into toks[:0], keeping the memory of t's
// stacks.
func (t *tokenizer) reset(src string, mode tokMode, line, col int, ascii int, toks []Token) {
	*t = tokenizer{src: src, mode: mode, line: line, colBase: col - 1, bol: mode == fileMode, asciiFrom: ascii,
		levels: append(t.levels[:0], level{}), parens: t.parens[:0], toks: toks[:0]}
}

// isASCII reports whether s is all ASCII. (Not inlined: in plain, which
// calls it for some string literals, it made the hot loop slower.)
//
//go:noinline
func isASCII(s string) bool {
	return nonASCII(s, 0) == len(s)
}

// nonASCII returns the offset of the first byte of s beyond ASCII from
// offset i on, or len(s) if there is none; it reads 32 bytes at a time.
func nonASCII(s string, i int) int {
	const high = 0x8080808080808080
	t := s[i:]
	for ; len(t) >= 32; t = t[32:] {
		if (word(t[0:])|word(t[8:])|word(t[16:])|word(t[24:]))&high != 0 {
			break
		}
	}
	for ; len(t) >= 8; t = t[8:] {
		if m := word(t) & high; m != 0 {
			return len(s) - len(t) + bits.TrailingZeros64(m)/8
		}
	}
	for j := 0; j < len(t); j++ {
		if t[j] >= utf8.RuneSelf {
			return len(s) - len(t) + j
		}
	}
	return len(s)
}

// utf8From reports whether s is valid UTF-8 and, if so, returns the offset
// from which it is ASCII, as asciiFrom does: one pass over a source, rather
// than one to tell whether it is ASCII, one whether it is valid and one
// where its ASCII end starts.
func utf8From(s string) (from int, ok bool) {
	for i := nonASCII(s, 0); i < len(s); i = nonASCII(s, i) {
		// Two-byte sequences (Latin, Greek, Cyrillic...), the most
		// common, are checked here rather than by DecodeRuneInString.
		if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
		} else if r, n := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && n == 1 {
			return 0, false
		} else {
			i += n
		}
		from = i
	}
	return from, true
}

// asciiFrom returns the offset from which s is ASCII: 0 if all of it is,
// or else just past its last byte beyond ASCII. It looks from the end, 8
// bytes at a time: a revision file's text beyond ASCII is nearly always in
// its docstring, and the lines after it need not count runes.
func asciiFrom(s string) int {
	i := len(s)
	for ; i >= 8; i -= 8 {
		if word(s[i-8:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i > 0; i-- {
		if s[i-1] >= utf8.RuneSelf {
			break
		}
	}
	return i
}

// word returns the first eight bytes of s as a little-endian integer.
func word(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// more scans until it has made at least one token and reached the end of
// a logical line (or of several, see unindented), or made an INDENT (so
// that the block it opens can still be skipped); or else to the end
// (ENDMARKER, or an error left in t.err).
func (t *tokenizer) more() {
	for n := len(t.toks); !t.done; {
		if err := t.scan(); err != nil {
			t.err, t.done = err, true
		} else if len(t.toks) > n && (t.bol || t.toks[len(t.toks)-1].Kind == TokIndent) {
			return
		}
	}
}

// skipBlock skips the indented block that the last emitted token (an
// INDENT) opens: the tokens up to the DEDENT that closes it are scanned,
// with every error they could raise, but not kept.
func (t *tokenizer) skipBlock() {
	t.skipping, t.skipLevel = true, len(t.levels)-1
}

// skipRest scans what remains of the source, only for its errors.
func (t *tokenizer) skipRest() {
	t.skipping, t.skipLevel = true, 0
	for !t.done {
		t.more()
	}
}

func (t *tokenizer) errAt(off int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Line: t.line, Col: t.col(off), Msg: fmt.Sprintf(format, args...)}
}

// col is the rune column of byte offset off, which must be on the current
// line.
func (t *tokenizer) col(off int) int {
	if t.lineStart >= t.asciiFrom {
		return t.colBase + off - t.lineStart + 1
	}
	return t.runeCol(off)
}

// runeCol is col for a source with multi-byte characters. Columns are
// computed incrementally from the last one asked for, so that a long line
// costs linear time. (Not inlined, so that col is.)
//
//go:noinline
func (t *tokenizer) runeCol(off int) int {
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

// emit appends the token src[start:end]. While a block is skipped, only
// strings need a look: their lines are counted, and their value checked.
func (t *tokenizer) emit(kind TokenKind, start, end int) {
	if t.skipping {
		if kind == TokString {
			t.skipString(start, end)
		}
		return
	}
	// The token is written in place: building it apart and copying it in
	// was found to cost more than all the rest, the CPU being unable to
	// forward the stores of its fields to the wider loads of the copy.
	tok := t.grow()
	t.setToken(tok, kind, start, end)
	if kind == TokString {
		t.checkString(tok)
	}
	switch kind {
	case TokNL, TokComment:
		t.keptTrivia = true
	case TokNewline:
	default:
		t.isCode()
	}
}

// trivia reports whether a comment or line break can be left out in lean
// mode, being on a line without code.
func (t *tokenizer) trivia() bool {
	return t.lean && !t.code && len(t.parens) == 0
}

// isCode records that the last token emitted makes the line a statement.
func (t *tokenizer) isCode() {
	if !t.code {
		t.code, t.lineFrom = true, len(t.toks)-1
	}
}

// grow adds a token to t.toks, leaving it to the caller to set every field.
func (t *tokenizer) grow() *Token {
	n := len(t.toks)
	if n == cap(t.toks) {
		t.toks = slices.Grow(t.toks, 1)
	}
	t.toks = t.toks[:n+1]
	return &t.toks[n]
}

// setToken sets *tok to the token src[start:end], which starts on the
// current line and may span lines (strings), and moves the line bookkeeping
// past it.
func (t *tokenizer) setToken(tok *Token, kind TokenKind, start, end int) {
	tok.Kind, tok.Text, tok.off, tok.end = kind, t.src[start:end], start, end
	tok.Line, tok.Col = t.line, t.col(start)
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
}

// skipString does for a string literal of a skipped block what emit does
// for one that is kept: count its lines and check its value. It makes a
// token only when the check needs one.
func (t *tokenizer) skipString(start, end int) {
	if text := t.src[start:end]; !t.mustCheck(text) {
		if n := strings.Count(text, "\n"); n > 0 {
			t.line += n
			t.startLine(start + strings.LastIndexByte(text, '\n') + 1)
		}
		return
	}
	var tok Token
	t.setToken(&tok, TokString, start, end)
	t.strErr = checkString(&tok, t.src)
}

// checkString checks the value of string literal token tok, keeping the
// first error.
func (t *tokenizer) checkString(tok *Token) {
	if t.mustCheck(tok.Text) {
		t.strErr = checkString(tok, t.src)
	}
}

// mustCheck reports whether string literal text needs checking: strings
// are checked until one is wrong, and most are plainly right, having no
// escapes and no fields.
func (t *tokenizer) mustCheck(text string) bool {
	if !t.checkStrings || t.strErr != nil {
		return false
	}
	qi, _, bytes, fstr, tstr := strPrefix(text, 0)
	return fstr || tstr || strings.IndexByte(text[qi:], '\\') >= 0 || bytes && !isASCII(text)
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

// scan reads one token (or, through plain and skip, a run of them), or the
// indentation of a new logical line.
func (t *tokenizer) scan() error {
	if t.bol {
		t.bol = false
		return t.indentation()
	}
	if t.skipping && t.skip() || !t.skipping && t.plain() {
		return nil
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
		if !t.trivia() {
			t.emit(TokComment, start, t.i)
		}
	case c == '\n':
		t.lineBreak()
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
		return t.str(start)
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
			return t.str(start)
		}
		t.emit(TokName, start, t.i)
	default:
		return t.op(start)
	}
	return nil
}

// lineBreak reads the line break at t.i: a NEWLINE if it ends a logical
// line of code, else an NL (left out on a line without code in lean mode).
func (t *tokenizer) lineBreak() {
	start := t.i
	t.i++
	switch {
	case t.mode == fileMode && len(t.parens) == 0 && t.code:
		t.emit(TokNewline, start, t.i)
		t.code = false
		t.bol = true
	case t.trivia():
		t.bol = true
	default:
		t.emit(TokNL, start, t.i)
		t.bol = t.mode == fileMode && len(t.parens) == 0
	}
	t.newline()
}

// unindented reports whether the logical line starting at t.i is at the
// top level and starts with a name, as most lines of a module do, and then
// takes it as begun: its indentation has nothing to emit nor check. In lean
// mode, it first passes over the empty lines and comment lines before it,
// which then make no tokens (see trivia) and have no indentation to check.
func (t *tokenizer) unindented() bool {
	for t.lean && t.i < len(t.src) && (t.src[t.i] == '\n' || t.src[t.i] == '#') {
		if t.src[t.i] == '#' {
			end := strings.IndexByte(t.src[t.i:], '\n')
			if end < 0 {
				t.i = len(t.src)
				return false
			}
			t.i += end
		}
		t.i++
		t.newline()
	}
	if len(t.levels) == 1 && t.i < len(t.src) && byteClass[t.src[t.i]] == byteLetter {
		t.bol = false
		return true
	}
	return false
}

// Byte classes for plain and skip.
const (
	byteOther  = iota // anything scan must read
	byteSpace         // ' ', '\t', '\f'
	byteLetter        // an ASCII letter or '_'
	byteDigit         // an ASCII digit
	byteOp            // the first byte of an operator other than '.' and brackets
)

var byteClass = func() (c [256]uint8) {
	for _, b := range []byte(" \t\f") {
		c[b] = byteSpace
	}
	for b := range utf8.RuneSelf {
		switch {
		case isDigit(byte(b)):
			c[b] = byteDigit
		case b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z':
			c[b] = byteLetter
		}
	}
	for _, b := range []byte("!%&*+,-/:;<=>@^|~") {
		c[b] = byteOp
	}
	return c
}()

// plain reads the tokens most lines are made of, names and operators and
// brackets, plain string literals and line breaks, with the checks scan
// would make but much less work per token. It stops at the start of a
// logical line whose indentation scan must measure, and at anything else,
// which scan then reads as usual. It reports
// whether it read anything. It only reads ASCII, and only on a line that
// is ASCII up to where it starts: there columns are byte offsets (nearly half
// of the revision files onehead's generator writes have a docstring beyond
// ASCII, as many real ones do, but the lines after it are ASCII).
func (t *tokenizer) plain() bool {
	if t.lineStart < t.asciiFrom {
		// runeCol counts the runes of the line incrementally: the line is
		// ASCII up to t.i if they are as many as its bytes. (Checking the
		// bytes from the start of the line every time would make long
		// lines cost quadratic time.)
		if t.runeCol(t.i); t.colRunes != t.colOff-t.lineStart {
			return false
		}
	}
	src, from := t.src, t.i
	i := from
loop:
	for i < len(src) {
		start, c := i, src[i]
		kind, ann := TokOp, 0
		switch byteClass[c] {
		case byteSpace:
			i++
			continue
		case byteLetter:
			for i++; i < len(src) && isASCIIWord(src[i]); i++ {
			}
			if i < len(src) && (src[i] == '"' || src[i] == '\'' || src[i] >= utf8.RuneSelf) {
				i = start
				break loop // maybe a string prefix, or a name going on beyond ASCII
			}
			kind = TokName
			if t.lean && t.code && len(t.toks)-t.lineFrom == 2 && t.annotation() {
				ann = annotationEnd(src, i)
			}
		case byteOp:
			// Only an operator byte can make an operator longer than one,
			// and most are followed by a space: no need to call opLen.
			if i++; i < len(src) && byteClass[src[i]] == byteOp {
				i = start + opLen(src[start:])
			}
			t.rareOp(c, i-start)
		default:
			switch {
			case c == '.' && !(i+1 < len(src) && isDigit(src[i+1])): // not a number
				i += opLen(src[i:])
			case c == '\n' && t.code && len(t.parens) == 0 && t.mode == fileMode:
				kind, i = TokNewline, i+1 // as lineBreak makes it; see below
			case c == '\n':
				t.i = i
				if t.lineBreak(); t.bol && !t.unindented() {
					return true
				}
				i = t.i
				continue
			case c == '"' || c == '\'':
				// A literal without prefix, escapes or line breaks, as
				// most are, needs no checking; one beyond ASCII ends
				// what plain can read, as columns then count runes.
				end := plainString(src, i)
				if end == 0 || i < t.asciiFrom && !isASCII(src[i:end]) {
					break loop
				}
				kind, i = TokString, end
			case !t.bracket(c, i):
				break loop
			default:
				i++
			}
		}
		// The token src[start:i], made here rather than by a function of
		// its own, or by emit, which has much more to do: a call for each
		// token, and emit for each NEWLINE, made reading a revision file
		// take 4% more instructions.
		n := len(t.toks)
		if n == cap(t.toks) {
			t.toks = slices.Grow(t.toks, 1)
		}
		t.toks = t.toks[:n+1]
		tok, col := &t.toks[n], t.colBase+start-t.lineStart+1
		tok.Kind, tok.Text, tok.off, tok.end = kind, src[start:i], start, i
		tok.Line, tok.Col, tok.EndLine, tok.EndCol = t.line, col, t.line, col+i-start
		if !t.code {
			t.code, t.lineFrom = true, n
		}
		// An annotation that needs no tokens is passed over (see
		// annotationEnd); a NEWLINE ends the line.
		i = max(i, ann)
		if kind == TokNewline {
			t.i, t.code, t.bol = i, false, true
			if t.newline(); !t.unindented() {
				return true
			}
			i = t.i
		}
	}
	t.i = i
	return i > from
}

// rareOp records an operator that starts with c and is n bytes long, if it
// is one of rareOps.
func (t *tokenizer) rareOp(c byte, n int) {
	if c == ';' || c == ':' && n == 2 {
		t.rareOps = true
	}
}

// annotation reports whether the tokens of the logical line so far are a
// name and a colon, so that the name to come starts an annotation.
func (t *tokenizer) annotation() bool {
	first, colon := &t.toks[t.lineFrom], &t.toks[t.lineFrom+1]
	return len(t.parens) == 0 && first.Kind == TokName && !isKeyword(first.Text) && colon.Kind == TokOp && colon.Text == ":"
}

// annotationEnd returns the offset of the '=' that ends the annotation of an
// annotated assignment, `x: T = v`, when the rest of the annotation (from
// offset i, just past its first name) is only names, dots, commas, '|' and
// balanced brackets on one line, as annotations nearly always are; or else
// 0. Such text can raise no error nor hold a binding (`y := 1`), and the
// statement scanner only needs to know that the annotation is there, which
// its first name shows: that text need not be tokenized. Revision files
// start with four such assignments, and Union[str, Sequence[str], None] is
// most of their tokens.
func annotationEnd(src string, i int) int {
	var open [16]byte
	depth := 0
	for ; i < len(src); i++ {
		c := src[i]
		switch byteClass[c] {
		case byteSpace, byteLetter:
			continue
		case byteDigit:
			if isASCIIWord(src[i-1]) {
				continue // a name goes on
			}
			return 0 // a number, which may be wrong
		}
		switch c {
		case ',', '|':
		case '.':
			if i+1 < len(src) && isDigit(src[i+1]) {
				return 0
			}
		case '(', '[', '{':
			if depth == len(open) {
				return 0
			}
			open[depth], depth = c, depth+1
		case ')', ']', '}':
			if depth == 0 || open[depth-1] != opener(c) {
				return 0
			}
			depth--
		case '=':
			if depth != 0 || src[i-1] == '|' || i+1 < len(src) && src[i+1] == '=' {
				return 0 // `|=` or `==`
			}
			return i
		default:
			return 0
		}
	}
	return 0
}

// bracket records the bracket c at offset off, as op does, unless it is not
// a bracket or is wrong, which op then reports.
func (t *tokenizer) bracket(c byte, off int) bool {
	switch c {
	case '(', '[', '{':
		if len(t.parens) >= maxParens {
			return false
		}
		t.parens = append(t.parens, paren{open: c, line: t.line, col: t.col(off)})
		return true
	case ')', ']', '}':
		if n := len(t.parens); n == 0 || t.parens[n-1].open != opener(c) {
			return false
		}
		t.parens = t.parens[:len(t.parens)-1]
		return true
	}
	return false
}

// skip moves through a skipped block, where nothing needs a token, only
// the checks scan would make; and most bytes, those of names, spaces and
// operators, need none. It stops at the start of a logical line, whose
// indentation scan measures, and at what it leaves to scan (numbers, line
// continuations, text beyond ASCII, errors). It reports whether it read
// anything.
func (t *tokenizer) skip() bool {
	src, from := t.src, t.i
	i := from
loop:
	for i < len(src) {
		c := src[i]
		switch byteClass[c] {
		case byteLetter, byteSpace, byteOp: // an operator's bytes are all operators
			i++
			continue
		case byteDigit:
			if i == from || !isASCIIWord(src[i-1]) {
				break loop // a number, not the end of a name
			}
			i++
			continue
		}
		switch c {
		case '"', '\'':
			start := i // or the start of the name before, if it is a prefix
			for start > from && isASCIIWord(src[start-1]) {
				start--
			}
			if start < i && !isStringPrefix(src[start:i]) {
				start = i
			}
			if end := plainString(src, start); end > 0 {
				i = end
				continue
			}
			end, err := scanString(src, start, 0)
			if err != nil {
				i = start
				break loop
			}
			t.skipString(start, end)
			i = end
		case '.':
			switch {
			case i+1 < len(src) && isDigit(src[i+1]):
				break loop // a number
			case i+2 < len(src) && src[i+1] == '.' && src[i+2] == '.':
				i += 3 // "..."
			default:
				i++
			}
		case '#':
			if end := strings.IndexByte(src[i:], '\n'); end >= 0 {
				i += end
			} else {
				i = len(src)
			}
		case '\n':
			i++
			t.i = i
			t.newline()
			if len(t.parens) == 0 {
				if j := t.sameIndent(i); j >= 0 {
					i = j
					continue
				}
				t.bol = true
				return true
			}
		case '(', '[', '{': // as bracket does, inline: skip gains measurably
			if len(t.parens) >= maxParens {
				break loop
			}
			t.parens = append(t.parens, paren{open: c, line: t.line, col: t.col(i)})
			i++
		case ')', ']', '}':
			if n := len(t.parens); n == 0 || t.parens[n-1].open != opener(c) {
				break loop
			}
			t.parens = t.parens[:len(t.parens)-1]
			i++
		default:
			if c >= utf8.RuneSelf { // maybe a name going on beyond ASCII
				for i > from && isASCIIWord(src[i-1]) {
					i--
				}
			}
			break loop
		}
	}
	t.i = i
	return i > from
}

// sameIndent returns where the code of the line starting at i starts when
// the line has nothing for indentation to do: it is indented with spaces
// as far as the current block, or it is blank or a comment. (Most lines of
// a skipped block are such lines.) Otherwise it returns -1.
func (t *tokenizer) sameIndent(i int) int {
	j := i
	for j < len(t.src) && t.src[j] == ' ' {
		j++
	}
	if j == len(t.src) {
		return -1
	}
	switch t.src[j] {
	case '\t', '\f', '\\':
		return -1
	case '\n', '#':
		return j
	}
	if top := t.levels[len(t.levels)-1]; j-i == top.col && top.alt == top.col {
		return j
	}
	return -1
}

// plainString returns the end of the string literal at start when it is
// the most common kind, which needs no checking and has no line breaks: no
// prefix, one quote, no backslash. Otherwise it returns 0.
func plainString(src string, start int) int {
	q := src[start]
	if q != '"' && q != '\'' {
		return 0
	}
	if start+2 < len(src) && src[start+1] == q && src[start+2] == q {
		return 0 // triple-quoted
	}
	// The closing quote, a backslash or a line break is looked for 8 bytes
	// at a time, all three at once (a search for each in turn costs more,
	// as do the bytes one by one).
	const ones, high = 0x0101010101010101, 0x8080808080808080
	qs := ones * uint64(q)
	i := start + 1
	for ; i+8 <= len(src); i += 8 {
		w := word(src[i:])
		a, b, c := w^qs, w^(ones*'\\'), w^(ones*'\n')
		// The lowest byte flagged is the first that is 0 in a, b or c:
		// flags beyond it may be wrong, not those before it.
		if m := ((a-ones)&^a | (b-ones)&^b | (c-ones)&^c) & high; m != 0 {
			if i += bits.TrailingZeros64(m) / 8; src[i] == q {
				return i + 1
			}
			return 0
		}
	}
	for ; i < len(src); i++ {
		switch src[i] {
		case q:
			return i + 1
		case '\\', '\n':
			return 0
		}
	}
	return 0
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
	if top := t.levels[len(t.levels)-1]; col == top.col && alt == top.alt {
		t.i = j // the block goes on, as most lines do
		return nil
	}
	if t.skipping && col < t.levels[t.skipLevel].col {
		// The line leaves the skipped block: drop the levels opened inside
		// it, whose INDENTs were not emitted, and dedent as usual from there.
		t.levels = t.levels[:t.skipLevel+1]
		t.skipping = false
	}
	top := len(t.levels) - 1
	tabErr := func() error {
		return &SyntaxError{Line: t.line, Col: 1, Msg: "inconsistent use of tabs and spaces in indentation"}
	}
	switch {
	case col == t.levels[top].col:
		if alt != t.levels[top].alt {
			return tabErr()
		}
	case col > t.levels[top].col:
		if alt <= t.levels[top].alt {
			return tabErr()
		}
		if len(t.levels) > maxIndent {
			return t.errAt(j, "too many levels of indentation")
		}
		t.levels = append(t.levels, level{col, alt})
		t.emit(TokIndent, t.i, j)
		t.code = false
	default:
		for len(t.levels) > 1 && col < t.levels[len(t.levels)-1].col {
			t.levels = t.levels[:len(t.levels)-1]
			t.emit(TokDedent, j, j)
		}
		t.code = false
		top = len(t.levels) - 1
		if col != t.levels[top].col {
			end := strings.IndexByte(t.src[j:], '\n')
			if end < 0 {
				end = len(t.src) - j
			}
			return t.errAt(j+end, "unindent does not match any outer indentation level")
		}
		if alt != t.levels[top].alt {
			return tabErr()
		}
	}
	t.i = j
	return nil
}

func (t *tokenizer) eof() error {
	if n := len(t.parens); n > 0 {
		p := t.parens[n-1]
		return &SyntaxError{Line: p.line, Col: p.col, Msg: fmt.Sprintf("'%c' was never closed", p.open)}
	}
	if t.skipping { // the skipped block ends with the file
		t.levels = t.levels[:t.skipLevel+1]
		t.skipping = false
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
		for len(t.levels) > 1 {
			t.levels = t.levels[:len(t.levels)-1]
			t.emit(TokDedent, t.i, t.i)
		}
	}
	t.toks = append(t.toks, Token{Kind: TokEndMarker, Line: t.line, Col: t.col(t.i), EndLine: t.line, EndCol: t.col(t.i), off: t.i, end: t.i})
	t.done = true
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

// opLen returns the length of the operator token at the start of s, the
// longest of Python's operators that s starts with, or 0 if there is none.
func opLen(s string) int {
	var next, third byte
	if len(s) > 1 {
		next = s[1]
	}
	if len(s) > 2 {
		third = s[2]
	}
	switch c := s[0]; c {
	case '(', ')', '[', ']', '{', '}', ',', ';', '~':
		return 1
	case '.':
		if next == '.' && third == '.' {
			return 3
		}
		return 1
	case '*', '/', '<', '>': // **, //, <<, >>, each also with '='
		if next == c {
			if third == '=' {
				return 3
			}
			return 2
		}
		if next == '=' {
			return 2
		}
		return 1
	case '-':
		if next == '>' || next == '=' {
			return 2
		}
		return 1
	case '!', '%', '&', '+', ':', '=', '@', '^', '|':
		if next == '=' {
			return 2
		}
		return 1
	}
	return 0
}

// opener returns the bracket that a closing bracket closes.
func opener(closer byte) byte {
	switch closer {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

func (t *tokenizer) op(start int) error {
	n := opLen(t.src[start:])
	if n == 0 {
		r := runeAt(t.src, start)
		switch {
		case r < utf8.RuneSelf && unicode.IsPrint(r):
			return t.errAt(start, "invalid syntax")
		case !unicode.IsPrint(r):
			return t.errAt(start, "invalid non-printable character U+%04X", r)
		}
		return t.errAt(start, "invalid character '%c' (U+%04X)", r, r)
	}
	switch c := t.src[start]; c {
	case '(', '[', '{':
		if len(t.parens) >= maxParens {
			return t.errAt(start, "too many nested parentheses")
		}
		t.parens = append(t.parens, paren{open: c, line: t.line, col: t.col(start)})
	case ')', ']', '}':
		if len(t.parens) == 0 {
			return t.errAt(start, "unmatched '%c'", c)
		}
		open := t.parens[len(t.parens)-1]
		if open.open != opener(c) {
			msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.open)
			if open.line != t.line {
				msg += fmt.Sprintf(" on line %d", open.line)
			}
			return t.errAt(start, "%s", msg)
		}
		t.parens = t.parens[:len(t.parens)-1]
	}
	t.rareOp(t.src[start], n)
	t.i = start + n
	t.emit(TokOp, start, t.i)
	return nil
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
