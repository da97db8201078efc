package mako

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexer is a port of Mako 1.2's mako/lexer.py. It keeps Mako's order of
// matchers and its regular expressions' exact behaviour, including one
// accident that shapes the output: when a match is empty, Mako moves one
// character past it (Lexer.match_reg), which is how `%%` at the start of a
// line loses a `%` and `<&` loses its `<`. The byte offsets used here are
// safe for that rule because every empty match happens before an ASCII
// character.

// Mako's regular expressions that Go's regexp can run as they are (no
// look-around), anchored at the current position.
var (
	commentRE  = lazyRE(`\A#.*\n`)
	docRE      = lazyRE(`\A<%doc>(?s:(.*?))</%doc>`)
	tagStartRE = lazyRE(`\A<%([` + pyWord + `.:]+)((?:[` + pySpace + `]+[` + pyWord + `]+|[` + pySpace + `]*=[` + pySpace + `]*|"[^"]*?"|'[^']*?'|[` + pySpace + `]*,[` + pySpace + `]*)*)[` + pySpace + `]*(/)?>`)
	tagEndRE   = lazyRE(`\A</%[\t ]*([^\t ]+?)[\t ]*>`)
	// Python string literals as Mako skips them inside code; one expression
	// per quote because Mako's uses a backreference to the opening quote.
	stringREs = []func() *regexp.Regexp{
		lazyRE(`\A"""(?s:[^\\]*?(?:\\.[^\\]*?)*)"""`),
		lazyRE(`\A'''(?s:[^\\]*?(?:\\.[^\\]*?)*)'''`),
		lazyRE(`\A"(?s:[^\\]*?(?:\\.[^\\]*?)*)"`),
		lazyRE(`\A'(?s:[^\\]*?(?:\\.[^\\]*?)*)'`),
	}
)

type lexer struct {
	t     *Template
	text  string
	pos   int
	lines []int // offsets of the '\n's in text, for line numbers
	root  []node
	stack []*frame // open control lines
	inTag bool     // inside <%text>
	tagAt int      // where the open <%text> started
	// checks are the control blocks whose bodies Python's compiler will
	// judge once all blocks are known (see frame.check).
	checks []*frame
	// module is the code of the <%! %> blocks, which Mako runs when it
	// loads the template, before rendering.
	module []*codeNode
}

// lineAt is the 1-based line of byte offset off, counting '\n' as Mako does.
func (l *lexer) lineAt(off int) int {
	return 1 + sort.SearchInts(l.lines, off)
}

func (l *lexer) site(start int) site {
	end := min(l.pos, len(l.text))
	return site{line: l.lineAt(start), src: l.text[start:end]}
}

// advance moves past a match of n bytes, or one byte past an empty one.
func (l *lexer) advance(n int) {
	if n == 0 {
		n = 1
	}
	l.pos += n
}

// matchRE runs an anchored expression at the current position and
// advances past its match.
func (l *lexer) matchRE(re *regexp.Regexp) []string {
	if l.pos > len(l.text) {
		return nil
	}
	m := re.FindStringSubmatch(l.text[l.pos:])
	if m != nil {
		l.advance(len(m[0]))
	}
	return m
}

func (l *lexer) lex() error {
	l.lines = indexAll(l.text, '\n')
	// Mako skips a magic encoding comment on the first line.
	l.matchRE(codingRE())
	for l.pos < len(l.text) {
		var ok bool
		var err error
		for _, match := range []func() (bool, error){
			l.expression, l.controlLine, l.docComment, l.tagStart, l.tagEnd, l.pythonBlock, l.textRun,
		} {
			if ok, err = match(); err != nil {
				return err
			}
			if ok {
				break
			}
		}
	}
	if l.inTag {
		return l.t.fail(compileKind, l.site(l.tagAt), "Unclosed tag: <%%text>")
	}
	if n := len(l.stack); n > 0 {
		f := l.stack[n-1]
		return l.t.fail(compileKind, f.site, "Unterminated control keyword: '%s'", f.keyword)
	}
	return nil
}

func indexAll(s string, c byte) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			out = append(out, i)
		}
	}
	return out
}

// add appends a node to the innermost open body.
func (l *lexer) add(n node) {
	if k := len(l.stack); k > 0 {
		l.stack[k-1].add(n)
		return
	}
	l.root = append(l.root, n)
}

// expression is Lexer.match_expression: `${text}` or `${text | escapes}`.
func (l *lexer) expression() (bool, error) {
	if !strings.HasPrefix(l.text[l.pos:], "${") {
		return false, nil
	}
	start := l.pos
	l.pos += 2
	text, end, err := l.until(true, "|", "}")
	if err != nil {
		return false, err
	}
	escapes := ""
	if end == "|" {
		if escapes, _, err = l.until(true, "}"); err != nil {
			return false, err
		}
	}
	n, err := l.t.compileExpr(l.site(start), strings.ReplaceAll(text, "\r\n", "\n"), trimPySpace(escapes))
	if err != nil {
		return false, err
	}
	l.add(n)
	return true, nil
}

// until is Lexer.parse_until_text: it reads Python code up to the first of
// terms outside string literals and comments, and, when nesting counts,
// outside brackets. It returns the code and the term that ended it.
func (l *lexer) until(nesting bool, terms ...string) (string, string, error) {
	start := l.pos
	depth := map[byte]int{}
	count := func(s string) {
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '{', '(', '[':
				depth[s[i]]++
			case '}':
				depth['{']--
			case ')':
				depth['(']--
			case ']':
				depth['[']--
			}
		}
	}
	termAt := func(i int) string {
		for _, t := range terms {
			if strings.HasPrefix(l.text[i:], t) {
				return t
			}
		}
		return ""
	}
	for {
		if l.pos > len(l.text) {
			return "", "", l.t.fail(compileKind, l.site(start), "Expected: %s", strings.Join(terms, ","))
		}
		if l.matchRE(commentRE()) != nil {
			continue
		}
		if l.skipString() {
			continue
		}
		if t := termAt(l.pos); t != "" {
			l.pos += len(t)
			if !nesting || depth['{'] <= 0 && depth['('] <= 0 && depth['['] <= 0 {
				return l.text[start : l.pos-len(t)], t, nil
			}
			count(t)
			continue
		}
		// Anything up to the next quote, comment or term.
		i := l.pos
		for i < len(l.text) && l.text[i] != '"' && l.text[i] != '\'' && l.text[i] != '#' && termAt(i) == "" {
			i++
		}
		if i == len(l.text) {
			return "", "", l.t.fail(compileKind, l.site(start), "Expected: %s", strings.Join(terms, ","))
		}
		count(l.text[l.pos:i])
		l.advance(i - l.pos)
	}
}

// skipString moves past a Python string literal at the current position.
func (l *lexer) skipString() bool {
	for _, re := range stringREs {
		if l.matchRE(re()) != nil {
			return true
		}
	}
	return false
}

// controlLine is Lexer.match_control_line: at the start of a line, `%`
// (not `%%`) or `##` after optional blanks, up to and including the line
// break. The line may be continued with a backslash.
func (l *lexer) controlLine() (bool, error) {
	if l.pos > 0 && l.text[l.pos-1] != '\n' {
		return false, nil
	}
	i := l.pos
	for i < len(l.text) && (l.text[i] == ' ' || l.text[i] == '\t') {
		i++
	}
	var comment bool
	switch {
	case strings.HasPrefix(l.text[i:], "##"):
		comment, i = true, i+2
	case strings.HasPrefix(l.text[i:], "%") && !strings.HasPrefix(l.text[i:], "%%"):
		i++
	default:
		return false, nil
	}
	for i < len(l.text) && (l.text[i] == ' ' || l.text[i] == '\t') {
		i++
	}
	textStart := i
	textEnd, next, ok := lineEnd(l.text, i)
	if !ok {
		return false, nil
	}
	start := l.pos
	l.advance(next - l.pos)
	if comment {
		return true, nil
	}
	return true, l.control(start, l.text[textStart:textEnd])
}

// lineEnd scans the text of a control line starting at i, as Mako's
// `((?:\\\r?\n|[^\r\n])*)(?:\r?\n|\Z)`: it returns where the text ends and
// where the line ends. A lone '\r' is no line end; the regular expression
// then backtracks to the last backslash-newline and ends the line there.
func lineEnd(s string, i int) (textEnd, next int, ok bool) {
	lastContinuation := -1
	for i < len(s) {
		switch {
		case s[i] == '\\' && strings.HasPrefix(s[i+1:], "\n"):
			lastContinuation = i
			i += 2
		case s[i] == '\\' && strings.HasPrefix(s[i+1:], "\r\n"):
			lastContinuation = i
			i += 3
		case s[i] == '\r' || s[i] == '\n':
			if strings.HasPrefix(s[i:], "\n") {
				return i, i + 1, true
			}
			if strings.HasPrefix(s[i:], "\r\n") {
				return i, i + 2, true
			}
			if lastContinuation < 0 {
				return 0, 0, false
			}
			end := lastContinuation + 1
			if s[end] == '\r' {
				return end, end + 2, true
			}
			return end, end + 1, true
		default:
			i++
		}
	}
	return i, i, true
}

// docComment is Lexer.match_comment: `<%doc>...</%doc>`.
func (l *lexer) docComment() (bool, error) {
	return l.matchRE(docRE()) != nil, nil
}

// tagStart is Lexer.match_tag_start. Only <%text> is supported; Mako's
// other tags (def, block, call, include, inherit, namespace, page) build
// template structure onehead does not implement.
func (l *lexer) tagStart() (bool, error) {
	start := l.pos
	m := l.matchRE(tagStartRE())
	if m == nil {
		return false, nil
	}
	keyword, attrs, selfClosing := m[1], m[2], m[3] != ""
	switch keyword {
	case "text":
	case "def", "block", "call", "include", "inherit", "namespace", "page":
		return false, l.t.fail(unsupportedKind, l.site(start), "the <%%%s> tag is not supported", keyword)
	default:
		if !strings.Contains(keyword, ":") {
			return false, l.t.fail(compileKind, l.site(start), "No such tag: '%s'", keyword)
		}
		return false, l.t.fail(unsupportedKind, l.site(start), "custom tag <%%%s> is not supported", keyword)
	}
	if strings.TrimFunc(attrs, isPySpace) != "" {
		return false, l.t.fail(unsupportedKind, l.site(start), "attributes of <%%text> (filters) are not supported")
	}
	l.mark(false)
	if selfClosing {
		return true, nil
	}
	l.inTag, l.tagAt = true, start
	end := strings.Index(l.text[l.pos:], "</%text>")
	if end < 0 {
		return false, l.t.fail(compileKind, l.site(start), "Unclosed tag: <%%text>")
	}
	if end > 0 {
		l.add(textNode(l.text[l.pos : l.pos+end]))
	}
	l.advance(end)
	return l.tagEnd()
}

// tagEnd is Lexer.match_tag_end: `</%name>`.
func (l *lexer) tagEnd() (bool, error) {
	start := l.pos
	m := l.matchRE(tagEndRE())
	if m == nil {
		return false, nil
	}
	switch {
	case !l.inTag:
		return false, l.t.fail(compileKind, l.site(start), "Closing tag without opening tag: </%%%s>", m[1])
	case m[1] != "text":
		return false, l.t.fail(compileKind, l.site(start), "Closing tag </%%%s> does not match tag: <%%text>", m[1])
	}
	l.inTag = false
	return true, nil
}

// pythonBlock is Lexer.match_python_block: `<% code %>` or `<%! code %>`.
// The code ends at the first `%>` outside strings and comments, brackets
// notwithstanding.
func (l *lexer) pythonBlock() (bool, error) {
	if !strings.HasPrefix(l.text[l.pos:], "<%") {
		return false, nil
	}
	start := l.pos
	l.pos += 2
	module := strings.HasPrefix(l.text[l.pos:], "!")
	if module {
		l.pos++
	}
	code, _, err := l.until(false, "%>")
	if err != nil {
		return false, err
	}
	n, err := l.t.compileCode(l.site(start), code, module)
	if err != nil {
		return false, err
	}
	if module {
		l.module = append(l.module, n)
		// Its body position holds no statement, but is not empty either.
		l.mark(false)
		return true, nil
	}
	l.add(n)
	return true, nil
}

// textRun is Lexer.match_text: text up to a control line or comment at the
// start of a line, an expression, a tag or block (`<%`, `</%`, `<&`,
// `</&`), a backslash-newline (dropped) or the end.
func (l *lexer) textRun() (bool, error) {
	s := l.text
	for i := l.pos; ; i++ {
		consumed := 0
		switch {
		case i == len(s):
		case i > 0 && s[i-1] == '\n' && startsControl(s[i:]):
		case strings.HasPrefix(s[i:], "${"):
		case s[i] == '<' && (strings.HasPrefix(s[i+1:], "%") || strings.HasPrefix(s[i+1:], "&") ||
			strings.HasPrefix(s[i+1:], "/%") || strings.HasPrefix(s[i+1:], "/&")):
		case strings.HasPrefix(s[i:], "\\\n"):
			consumed = 2
		case strings.HasPrefix(s[i:], "\\\r\n"):
			consumed = 3
		default:
			continue
		}
		if i > l.pos {
			l.add(textNode(s[l.pos:i]))
		}
		l.advance(i - l.pos + consumed)
		return true, nil
	}
}

// startsControl reports whether s starts with blanks then `%` or `##`.
func startsControl(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return strings.HasPrefix(s, "%") || strings.HasPrefix(s, "##")
}

// isPySpace is Python's str.isspace for one character.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// isPyWord is Python's `\w` for one character.
func isPyWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// trimPySpace is Python's str.strip().
func trimPySpace(s string) string {
	return strings.TrimFunc(s, isPySpace)
}

// wordPrefix returns the length of the run of `\w` characters s starts with.
func wordPrefix(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !isPyWord(r) {
			break
		}
		n += size
	}
	return n
}
