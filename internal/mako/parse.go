package mako

import (
	"strings"
	"unicode/utf8"

	"github.com/onehead/onehead/internal/python"
)

// Template is a parsed template, ready to render any number of times.
type Template struct {
	name string
	body []node
	// globals are the module's names: Mako's own and those the <%! %>
	// blocks bind, which Mako computes once, when it loads the template.
	globals map[string]python.Value
	// locals are the names the template assigns (in <% %> blocks and for
	// loops). Python makes them local to the whole render function, so
	// they never come from the caller's variables.
	locals map[string]bool
}

// node is one piece of a template body: textNode, *exprNode, *ifNode,
// *forNode or *codeNode.
type node any

// textNode is literal text, output as it is.
type textNode string

// ifNode is `% if`, its `% elif`s and its `% else`.
type ifNode struct {
	branches []*branch
}

// branch is one arm of an if; cond is nil for `% else`.
type branch struct {
	site
	cond python.Expr
	body []node
}

// forNode is `% for target in iter:` with an optional `% else`, which runs
// when the loop ends (there is no break).
type forNode struct {
	site
	target python.Expr
	iter   python.Expr
	body   []node
	orelse []node
}

// Parse reads a template. name is used in messages. Like Mako, it decodes
// the bytes (UTF-8, a BOM, or the encoding a first-line magic comment
// names), checks every construct's syntax, and runs the <%! %> module
// blocks. Errors name the template line and the construct: a
// [*CompileError] where Mako would refuse the template too, an
// [*UnsupportedError] where onehead cannot follow it.
func Parse(name string, src []byte) (*Template, error) {
	t := &Template{name: name, locals: map[string]bool{}}
	text, kind, msg := decode(src)
	if msg != "" {
		return nil, t.fail(kind, site{line: 1}, "%s", msg)
	}
	l := &lexer{t: t, text: text}
	if err := l.lex(); err != nil {
		return nil, err
	}
	t.body = l.root
	if err := t.checkReserved(); err != nil {
		return nil, err
	}
	assigns := t.assignsInCode(l.root)
	for _, f := range l.checks {
		if err := f.check(t, assigns); err != nil {
			return nil, err
		}
	}
	if err := t.loadModule(l.module); err != nil {
		return nil, err
	}
	return t, nil
}

// reserved are names Mako defines itself; a template may not bind them.
var reserved = []string{"context", "loop", "UNDEFINED", "STOP_RENDERING"}

func (t *Template) checkReserved() error {
	var bad []string
	for _, n := range reserved {
		if t.locals[n] {
			bad = append(bad, n)
		}
	}
	if len(bad) > 0 {
		return t.fail(compileKind, site{line: 1}, "NameConflictError: Reserved words declared in template: %s", strings.Join(bad, ", "))
	}
	return nil
}

// assignsInCode reports whether a <% %> block anywhere binds a name. Mako
// then follows every <% %> block with statements of its own, which matters
// to Python's compiler when a block is alone in a control block's body.
func (t *Template) assignsInCode(body []node) bool {
	for _, n := range body {
		switch n := n.(type) {
		case *codeNode:
			if n.binds {
				return true
			}
		case *ifNode:
			for _, b := range n.branches {
				if t.assignsInCode(b.body) {
					return true
				}
			}
		case *forNode:
			if t.assignsInCode(n.body) || t.assignsInCode(n.orelse) {
				return true
			}
		}
	}
	return false
}

// frame is an open control block while lexing.
type frame struct {
	site
	keyword string // "if" or "for"
	ifn     *ifNode
	forn    *forNode
	inElse  bool
	// arms records, per arm (the primary body first), what Python's
	// compiler sees there, for check.
	arms []arm
}

// arm is what one body of a control block contains, as far as Python's
// compiler is concerned.
type arm struct {
	site
	content   bool // anything but comments: Mako then adds no `pass`
	statement bool // a Python statement for sure
	emptyCode bool // a <% %> block without statements
}

func (f *frame) add(n node) {
	a := &f.arms[len(f.arms)-1]
	a.content = true
	switch n := n.(type) {
	case *codeNode:
		if len(n.stmts) > 0 {
			a.statement = true
		} else {
			a.emptyCode = true
		}
	default:
		a.statement = true
	}
	switch {
	case f.forn != nil && f.inElse:
		f.forn.orelse = append(f.forn.orelse, n)
	case f.forn != nil:
		f.forn.body = append(f.forn.body, n)
	default:
		b := f.ifn.branches[len(f.ifn.branches)-1]
		b.body = append(b.body, n)
	}
}

// check is the IndentationError Python raises for the code Mako generates
// when a body holds no statement. Mako inserts a `pass` into the primary
// body only when no arm has content, and into an else/elif body when it has
// none; a body with content but no statement (a <%! %> block, an empty
// <%text/>) gets neither.
func (f *frame) check(t *Template, assigns bool) error {
	anyContent := false
	for _, a := range f.arms {
		anyContent = anyContent || a.content
	}
	for i, a := range f.arms {
		pass := !a.content
		if i == 0 {
			pass = !anyContent
		}
		if !pass && !a.statement && !(a.emptyCode && assigns) {
			return t.fail(compileKind, a.site, "IndentationError: expected an indented block after '%s' statement", f.keyword)
		}
	}
	return nil
}

// mark records, in the innermost body, content that is not a statement:
// a <%! %> block or an empty <%text/>.
func (l *lexer) mark(statement bool) {
	if k := len(l.stack); k > 0 {
		a := &l.stack[k-1].arms[len(l.stack[k-1].arms)-1]
		a.content = true
		a.statement = a.statement || statement
	}
}

// control handles a `%` line whose text (after `%` and blanks) is text, as
// Lexer.match_control_line and Mako's ControlLine and PythonFragment do.
func (l *lexer) control(start int, text string) error {
	s := l.site(start)
	kw := wordPrefix(text)
	if kw == 0 {
		return l.t.fail(compileKind, s, "Invalid control line: '%s'", text)
	}
	keyword, isEnd := text[:kw], false
	if strings.HasPrefix(keyword, "end") && len(keyword) > 3 {
		keyword, isEnd = keyword[3:], true
	}
	if isEnd {
		n := len(l.stack)
		switch {
		case n == 0:
			return l.t.fail(compileKind, s, "No starting keyword '%s' for '%s'", keyword, text)
		case l.stack[n-1].keyword != keyword:
			return l.t.fail(compileKind, s, "Keyword '%s' doesn't match keyword '%s'", text, l.stack[n-1].keyword)
		}
		f := l.stack[n-1]
		l.stack = l.stack[:n-1]
		l.checks = append(l.checks, f)
		return nil
	}
	keyword, expr, code, ok := fragment(text)
	if !ok {
		return l.t.fail(compileKind, s, "Fragment '%s' is not a partial control statement", text)
	}
	if err := l.t.checkHeader(s, code); err != nil {
		return err
	}
	var top *frame
	if n := len(l.stack); n > 0 {
		top = l.stack[n-1]
	}
	switch keyword {
	case "if", "for":
		return l.open(s, keyword, expr)
	case "elif", "else":
		switch {
		case top == nil:
			return l.t.fail(compileKind, s, "SyntaxError: '%s' without 'if' or 'for'", keyword)
		case top.keyword == "for" && keyword == "elif":
			return l.t.fail(compileKind, s, "Keyword '%s' not a legal ternary for keyword '%s'", keyword, top.keyword)
		case top.inElse:
			return l.t.fail(compileKind, s, "SyntaxError: '%s' after 'else'", keyword)
		}
		var cond python.Expr
		if keyword == "elif" {
			var err error
			if cond, err = l.t.parseExpr(s, expr); err != nil {
				return err
			}
		} else if expr != "" {
			return l.t.fail(compileKind, s, "SyntaxError: invalid syntax")
		}
		top.arms = append(top.arms, arm{site: s})
		top.inElse = keyword == "else"
		if top.ifn != nil {
			top.ifn.branches = append(top.ifn.branches, &branch{site: s, cond: cond})
		}
		return nil
	case "while", "try", "with", "except", "finally":
		return l.t.fail(unsupportedKind, s, "`%% %s` control lines are not supported", keyword)
	}
	return l.t.fail(compileKind, s, "Unsupported control keyword: '%s'", keyword)
}

// open starts an if or for block.
func (l *lexer) open(s site, keyword, expr string) error {
	f := &frame{site: s, keyword: keyword, arms: []arm{{site: s}}}
	if keyword == "if" {
		cond, err := l.t.parseExpr(s, expr)
		if err != nil {
			return err
		}
		f.ifn = &ifNode{branches: []*branch{{site: s, cond: cond}}}
		l.add(f.ifn)
	} else {
		target, iter, err := l.t.parseFor(s, expr)
		if err != nil {
			return err
		}
		f.forn = &forNode{site: s, target: target, iter: iter}
		t := l.t
		targetNames(target, func(n string) { t.locals[n] = true })
		l.add(f.forn)
	}
	l.stack = append(l.stack, f)
	return nil
}

// fragment is Mako's PythonFragment check of a control line: a keyword,
// optionally blanks and an expression, then the first ':' that only blanks
// and possibly a comment follow. It returns the keyword, the expression and
// the line as Python compiles it: the comment cut, `pass` added. (The lexer
// has dropped leading blanks, so offsets in text and its stripped form
// agree.)
func fragment(text string) (keyword, expr, code string, ok bool) {
	stripped := trimPySpace(text)
	kw := wordPrefix(stripped)
	colon := -1
	if rest := stripped[kw:]; strings.TrimLeftFunc(rest, isPySpace) == rest {
		// Without a blank after the keyword, the colon must follow it.
		if strings.HasPrefix(rest, ":") && colonEnds(rest[1:]) {
			colon = kw
		}
	} else {
		for i := kw; i < len(stripped); i++ {
			if stripped[i] == ':' && colonEnds(stripped[i+1:]) {
				colon = i
				break
			}
		}
	}
	if colon < 0 {
		return "", "", "", false
	}
	code = text
	if i := strings.IndexByte(stripped[colon:], '#'); i >= 0 {
		code = text[:colon+i]
	}
	return stripped[:kw], strings.TrimLeftFunc(stripped[kw:colon], isPySpace), code + "pass", true
}

// checkHeader checks that Python compiles the line fragment made of a
// control line as a compound statement's header: it refuses blanks it does
// not know (U+3000 after the colon), and a comment inside the expression
// swallows the colon.
func (t *Template) checkHeader(s site, code string) error {
	toks, err := python.Tokenize([]byte(code))
	if err != nil {
		return t.wrap(err, s, false)
	}
	var sig []string
	for _, tok := range toks {
		switch tok.Kind {
		case python.TokNewline, python.TokNL, python.TokComment, python.TokEndMarker, python.TokIndent, python.TokDedent:
		default:
			sig = append(sig, tok.Text)
		}
	}
	if n := len(sig); n < 2 || sig[n-2] != ":" || sig[n-1] != "pass" {
		return t.fail(compileKind, s, "SyntaxError: expected ':'")
	}
	return nil
}

// colonEnds reports whether what follows a control line's colon is only
// blanks and an optional comment.
func colonEnds(s string) bool {
	s = strings.TrimLeftFunc(s, isPySpace)
	return s == "" || s[0] == '#'
}

// parseExpr parses a control line's condition.
func (t *Template) parseExpr(s site, src string) (python.Expr, error) {
	e, err := python.ParseExpr(src)
	if err != nil {
		return nil, t.wrap(err, s, false)
	}
	return e, nil
}

// parseFor splits `target in iter` at the first `in` outside brackets.
func (t *Template) parseFor(s site, src string) (python.Expr, python.Expr, error) {
	toks, err := python.Tokenize([]byte(src))
	if err != nil {
		return nil, nil, t.wrap(err, s, false)
	}
	depth := 0
	for _, tok := range toks {
		switch {
		case tok.Kind == python.TokOp && strings.Contains("([{", tok.Text):
			depth++
		case tok.Kind == python.TokOp && strings.Contains(")]}", tok.Text):
			depth--
		case tok.Kind == python.TokName && tok.Text == "in" && depth == 0:
			off := offset(src, tok.Line, tok.Col)
			target, err := t.parseTarget(s, src[:off])
			if err != nil {
				return nil, nil, err
			}
			iter, err := t.parseExpr(s, src[off+2:])
			return target, iter, err
		}
	}
	return nil, nil, t.fail(compileKind, s, "SyntaxError: invalid syntax")
}

// parseTarget parses an assignment or loop target: names, possibly in
// (nested) tuples or lists. Python allows attributes, subscripts and
// starred names too; they would change objects or need unpacking rules
// this package does not follow.
func (t *Template) parseTarget(s site, src string) (python.Expr, error) {
	e, err := python.ParseExpr(src)
	if err != nil {
		return nil, t.wrap(err, s, false)
	}
	if err := t.checkTarget(s, e); err != nil {
		return nil, err
	}
	return e, nil
}

func (t *Template) checkTarget(s site, e python.Expr) error {
	switch e := e.(type) {
	case *python.Name:
		return nil
	case *python.TupleExpr:
		return t.checkTargets(s, e.Elts)
	case *python.ListExpr:
		return t.checkTargets(s, e.Elts)
	case *python.Attribute, *python.Subscript, *python.Starred:
		return t.fail(unsupportedKind, s, "assigning to `%s` is not supported", e)
	}
	return t.fail(compileKind, s, "SyntaxError: cannot assign to `%s`", e)
}

func (t *Template) checkTargets(s site, es []python.Expr) error {
	for _, x := range es {
		if err := t.checkTarget(s, x); err != nil {
			return err
		}
	}
	return nil
}

// targetNames calls bind for each name a valid target binds.
func targetNames(e python.Expr, bind func(string)) {
	switch e := e.(type) {
	case *python.Name:
		bind(e.ID)
	case *python.TupleExpr:
		for _, x := range e.Elts {
			targetNames(x, bind)
		}
	case *python.ListExpr:
		for _, x := range e.Elts {
			targetNames(x, bind)
		}
	}
}

// offset converts a 1-based line and rune column in src to a byte offset.
func offset(src string, line, col int) int {
	i := 0
	for ; line > 1; line-- {
		i += strings.IndexByte(src[i:], '\n') + 1
	}
	for ; col > 1; col-- {
		_, size := utf8.DecodeRuneInString(src[i:])
		i += size
	}
	return i
}
