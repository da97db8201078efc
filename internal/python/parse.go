package python

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseExpr parses one Python expression (a bare tuple `a, b` included).
// Line breaks are allowed anywhere, as inside brackets, because template
// expressions such as Mako's `${...}` are evaluated that way. The whole of
// Python's expression grammar is accepted; constructs the evaluator does not
// support become [*Unsupported] nodes so that the error can name them.
func ParseExpr(src string) (Expr, error) {
	if !utf8.ValidString(src) {
		return nil, &SyntaxError{Line: 1, Col: 1, Msg: "invalid UTF-8"}
	}
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	return parseSource(src, 1, 1, 0)
}

// parseSource parses src, whose first byte is at line:col, as an expression;
// fdepth counts the enclosing f-string fields.
func parseSource(src string, line, col, fdepth int) (Expr, error) {
	toks, err := tokenize(src, exprMode, line, col)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks, src: src, fdepth: fdepth}
	e, err := p.starExpressions()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.Kind != TokEndMarker {
		return nil, p.errAt(t, "invalid syntax")
	}
	return e, nil
}

// maxDepth bounds the parser's recursion on hostile input such as
// `not not not ...` or `- - - x`, which brackets' limit does not catch.
const maxDepth = 200

type parser struct {
	toks   []Token // may contain NL and COMMENT tokens, which are skipped
	i      int
	src    string // the text the tokens' offsets refer to
	end    Token  // returned by peek past the last token
	prev   int    // end offset of the last consumed token
	depth  int
	fdepth int
	// consts, if set, supplies the Constant nodes (see constants).
	consts *constants
}

// constants hands out Constant nodes from chunks, each twice the size of
// the last: the values of a module's bindings are mostly literals, and one
// allocation for several is cheaper than one each. (A ModuleReader keeps
// the last chunk for the next module.)
type constants []Constant

// constant returns a new Constant node for v at n, from p.consts if set.
func (p *parser) constant(n node, v Value) *Constant {
	if p.consts == nil {
		return &Constant{node: n, Value: v}
	}
	return p.consts.add(n, v)
}

// add returns a new Constant node for v at n.
func (c *constants) add(n node, v Value) *Constant {
	if len(*c) == cap(*c) {
		*c = make(constants, 0, max(4, 2*cap(*c)))
	}
	*c = (*c)[:len(*c)+1]
	k := &(*c)[len(*c)-1]
	k.node, k.Value = n, v
	return k
}

// newParser parses toks (one statement's worth, without NEWLINE) of src.
func newParser(toks []Token, src string) *parser {
	p := &parser{toks: toks, src: src, end: Token{Kind: TokEndMarker}}
	if n := len(toks); n > 0 {
		last := toks[n-1]
		p.end = Token{Kind: TokEndMarker, Line: last.EndLine, Col: last.EndCol, EndLine: last.EndLine, EndCol: last.EndCol, off: last.end, end: last.end}
	}
	return p
}

func (p *parser) peek() *Token {
	for p.i < len(p.toks) && (p.toks[p.i].Kind == TokNL || p.toks[p.i].Kind == TokComment) {
		p.i++
	}
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return &p.end
}

// peek2 returns the token after the next one.
func (p *parser) peek2() *Token {
	save := p.i
	p.peek()
	p.i++
	t := p.peek()
	p.i = save
	return t
}

func (p *parser) next() *Token {
	t := p.peek()
	if p.i < len(p.toks) {
		p.i++
		p.prev = t.end
	}
	return t
}

// is reports whether the next token is the operator or keyword s.
func (p *parser) is(s string) bool {
	t := p.peek()
	return (t.Kind == TokOp || t.Kind == TokName) && t.Text == s
}

func (p *parser) accept(s string) bool {
	if p.is(s) {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(s string) error {
	if !p.accept(s) {
		return p.errAt(p.peek(), "invalid syntax")
	}
	return nil
}

func (p *parser) errAt(t *Token, msg string) *SyntaxError {
	return &SyntaxError{Line: t.Line, Col: t.Col, Msg: msg}
}

// mk returns the node for the source from start to the last consumed token.
func (p *parser) mk(start *Token) node {
	return node{pos: Position{start.Line, start.Col}, text: p.src[start.off:max(p.prev, start.off)]}
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > maxDepth {
		return p.errAt(p.peek(), "expression is too deeply nested")
	}
	return nil
}

// isKeyword reports whether s is a Python keyword (soft keywords such as
// match, case and type are names).
func isKeyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
		"def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
		"is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield":
		return true
	}
	return false
}

// startsExpr reports whether t can begin an expression; it decides where an
// unparenthesised tuple with a trailing comma ends.
func startsExpr(t *Token) bool {
	switch t.Kind {
	case TokNumber, TokString:
		return true
	case TokName:
		switch t.Text {
		case "False", "None", "True", "not", "lambda", "await", "yield":
			return true
		}
		return !isKeyword(t.Text)
	case TokOp:
		switch t.Text {
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}

// starExpressions parses `a`, `a, b`, `a,` or `*a, b`.
func (p *parser) starExpressions() (Expr, error) {
	start := p.peek()
	e, err := p.starList()
	if _, ok := e.(*Starred); ok {
		return nil, p.errAt(start, "can't use starred expression here")
	}
	return e, err
}

// starList is starExpressions allowing a lone `*a`, which assignment
// targets reject with their own message.
func (p *parser) starList() (Expr, error) {
	start := p.peek()
	e, err := p.starExpr()
	if err != nil || !p.is(",") {
		return e, err
	}
	elts := []Expr{e}
	for p.accept(",") && startsExpr(p.peek()) {
		if e, err = p.starExpr(); err != nil {
			return nil, err
		}
		elts = append(elts, e)
	}
	return &TupleExpr{node: p.mk(start), Elts: elts}, nil
}

func (p *parser) starExpr() (Expr, error) {
	if start := p.peek(); p.accept("*") {
		x, err := p.bitOr()
		if err != nil {
			return nil, err
		}
		return &Starred{node: p.mk(start), X: x}, nil
	}
	return p.expression()
}

// namedExpr is an expression that may be `name := value`, where Python
// allows that without parentheses (call arguments, subscripts, displays).
func (p *parser) namedExpr() (Expr, error) {
	start := p.peek()
	if start.Kind == TokName && !isKeyword(start.Text) && p.peek2().Text == ":=" && p.peek2().Kind == TokOp {
		p.next()
		p.next()
		if _, err := p.expression(); err != nil {
			return nil, err
		}
		return &Unsupported{node: p.mk(start), What: "assignment expression (:=)"}, nil
	}
	return p.expression()
}

func (p *parser) starNamedExpr() (Expr, error) {
	if p.is("*") {
		return p.starExpr()
	}
	return p.namedExpr()
}

func (p *parser) expression() (Expr, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	start := p.peek()
	if p.is("lambda") {
		return p.lambda()
	}
	x, err := p.disjunction()
	if err != nil {
		return nil, err
	}
	if !p.accept("if") {
		return x, nil
	}
	cond, err := p.disjunction()
	if err != nil {
		return nil, err
	}
	if !p.accept("else") {
		return nil, p.errAt(p.peek(), "expected 'else' after 'if' expression")
	}
	els, err := p.expression()
	if err != nil {
		return nil, err
	}
	return &IfExp{node: p.mk(start), Cond: cond, Then: x, Else: els}, nil
}

// lambda parses `lambda params: body` only to skip it correctly.
func (p *parser) lambda() (Expr, error) {
	start := p.next()
	for !p.is(":") {
		switch {
		case p.accept("*"), p.accept("**"):
			if t := p.peek(); t.Kind == TokName && !isKeyword(t.Text) {
				p.next()
			}
		case p.accept("/"):
		default:
			if t := p.next(); t.Kind != TokName || isKeyword(t.Text) {
				return nil, p.errAt(t, "invalid syntax")
			}
			if p.accept("=") {
				if _, err := p.expression(); err != nil {
					return nil, err
				}
			}
		}
		if !p.accept(",") && !p.is(":") {
			return nil, p.errAt(p.peek(), "invalid syntax")
		}
	}
	p.next()
	if _, err := p.expression(); err != nil {
		return nil, err
	}
	return &Unsupported{node: p.mk(start), What: "lambda"}, nil
}

func (p *parser) disjunction() (Expr, error) { return p.boolOp("or", p.conjunction) }
func (p *parser) conjunction() (Expr, error) { return p.boolOp("and", p.inversion) }

func (p *parser) boolOp(op string, operand func() (Expr, error)) (Expr, error) {
	start := p.peek()
	x, err := operand()
	if err != nil {
		return nil, err
	}
	for p.accept(op) {
		y, err := operand()
		if err != nil {
			return nil, err
		}
		x = &BoolOp{node: p.mk(start), Op: op, X: x, Y: y}
	}
	return x, nil
}

func (p *parser) inversion() (Expr, error) {
	start := p.peek()
	if !p.accept("not") {
		return p.comparison()
	}
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	x, err := p.inversion()
	if err != nil {
		return nil, err
	}
	return &UnaryOp{node: p.mk(start), Op: "not", X: x}, nil
}

func (p *parser) comparison() (Expr, error) {
	start := p.peek()
	x, err := p.bitOr()
	if err != nil {
		return nil, err
	}
	var ops []string
	var ys []Expr
	for {
		t := p.peek()
		op := ""
		switch {
		case t.Kind == TokOp && (t.Text == "==" || t.Text == "!=" || t.Text == "<" || t.Text == ">" || t.Text == "<=" || t.Text == ">="):
			op = t.Text
		case t.Kind == TokName && t.Text == "in":
			op = "in"
		case t.Kind == TokName && t.Text == "not" && p.peek2().Kind == TokName && p.peek2().Text == "in":
			p.next()
			op = "not in"
		case t.Kind == TokName && t.Text == "is":
			op = "is"
			if p.peek2().Kind == TokName && p.peek2().Text == "not" {
				p.next()
				op = "is not"
			}
		}
		if op == "" {
			break
		}
		p.next()
		y, err := p.bitOr()
		if err != nil {
			return nil, err
		}
		ops, ys = append(ops, op), append(ys, y)
	}
	if ops == nil {
		return x, nil
	}
	return &Compare{node: p.mk(start), X: x, Ops: ops, Ys: ys}, nil
}

// binaryPrec is the binding power of a binary operator token (0: none),
// from | (loosest) to * / // % @ (tightest).
func binaryPrec(t *Token) int {
	if t.Kind != TokOp {
		return 0
	}
	switch t.Text {
	case "|":
		return 1
	case "^":
		return 2
	case "&":
		return 3
	case "<<", ">>":
		return 4
	case "+", "-":
		return 5
	case "*", "/", "//", "%", "@":
		return 6
	}
	return 0
}

func (p *parser) bitOr() (Expr, error) { return p.binary(1) }

// binary parses operators binding at least as tightly as minPrec, by
// precedence climbing; all of them are left-associative.
func (p *parser) binary(minPrec int) (Expr, error) {
	start := p.peek()
	x, err := p.factor()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		prec := binaryPrec(t)
		if prec == 0 || prec < minPrec {
			return x, nil
		}
		p.next()
		y, err := p.binary(prec + 1)
		if err != nil {
			return nil, err
		}
		x = &BinOp{node: p.mk(start), Op: t.Text, X: x, Y: y}
	}
}

func (p *parser) factor() (Expr, error) {
	start := p.peek()
	if start.Kind == TokOp && (start.Text == "-" || start.Text == "+" || start.Text == "~") {
		if err := p.enter(); err != nil {
			return nil, err
		}
		defer func() { p.depth-- }()
		p.next()
		x, err := p.factor()
		if err != nil {
			return nil, err
		}
		return &UnaryOp{node: p.mk(start), Op: start.Text, X: x}, nil
	}
	return p.power()
}

func (p *parser) power() (Expr, error) {
	start := p.peek()
	var x Expr
	var err error
	if p.accept("await") {
		if _, err = p.primary(); err != nil {
			return nil, err
		}
		x = &Unsupported{node: p.mk(start), What: "await"}
	} else if x, err = p.primary(); err != nil {
		return nil, err
	}
	if !p.accept("**") {
		return x, nil
	}
	y, err := p.factor()
	if err != nil {
		return nil, err
	}
	return &BinOp{node: p.mk(start), Op: "**", X: x, Y: y}, nil
}

func (p *parser) primary() (Expr, error) {
	start := p.peek()
	x, err := p.atom()
	if err != nil {
		return nil, err
	}
	for {
		switch {
		case p.accept("."):
			t := p.next()
			if t.Kind != TokName || isKeyword(t.Text) {
				return nil, p.errAt(t, "invalid syntax")
			}
			x = &Attribute{node: p.mk(start), X: x, Name: t.Text}
		case p.is("("):
			if x, err = p.call(start, x); err != nil {
				return nil, err
			}
		case p.accept("["):
			idx, err := p.slices()
			if err != nil {
				return nil, err
			}
			if err := p.expect("]"); err != nil {
				return nil, err
			}
			x = &Subscript{node: p.mk(start), X: x, Index: idx}
		default:
			return x, nil
		}
	}
}

func (p *parser) call(start *Token, fn Expr) (Expr, error) {
	p.next()
	c := &Call{Func: fn}
	for !p.is(")") {
		t := p.peek()
		switch {
		case p.accept("**"):
			v, err := p.expression()
			if err != nil {
				return nil, err
			}
			c.Keywords = append(c.Keywords, Keyword{Value: v})
		case t.Kind == TokName && !isKeyword(t.Text) && p.peek2().Kind == TokOp && p.peek2().Text == "=":
			p.next()
			p.next()
			v, err := p.expression()
			if err != nil {
				return nil, err
			}
			c.Keywords = append(c.Keywords, Keyword{Name: t.Text, Value: v})
		default:
			a, err := p.starNamedExpr()
			if err != nil {
				return nil, err
			}
			if p.is("for") || p.is("async") {
				if a, err = p.comprehension(t, "generator expression"); err != nil {
					return nil, err
				}
			}
			if _, star := a.(*Starred); !star && len(c.Keywords) > 0 {
				if c.Keywords[len(c.Keywords)-1].Name == "" {
					return nil, p.errAt(t, "positional argument follows keyword argument unpacking")
				}
				return nil, p.errAt(t, "positional argument follows keyword argument")
			}
			c.Args = append(c.Args, a)
		}
		if !p.accept(",") {
			break
		}
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	c.node = p.mk(start)
	return c, nil
}

func (p *parser) slices() (Expr, error) {
	start := p.peek()
	s, err := p.slice()
	if err != nil {
		return nil, err
	}
	if !p.is(",") {
		return s, nil
	}
	elts := []Expr{s}
	for p.accept(",") && !p.is("]") {
		if s, err = p.slice(); err != nil {
			return nil, err
		}
		elts = append(elts, s)
	}
	return &TupleExpr{node: p.mk(start), Elts: elts}, nil
}

func (p *parser) slice() (Expr, error) {
	start := p.peek()
	var parts [3]Expr
	var err error
	if !p.is(":") {
		if p.is("*") {
			return p.starExpr()
		}
		if parts[0], err = p.namedExpr(); err != nil || !p.is(":") {
			return parts[0], err
		}
	}
	for n := 1; n < 3 && p.accept(":"); n++ {
		if !p.is(":") && !p.is("]") && !p.is(",") {
			if parts[n], err = p.expression(); err != nil {
				return nil, err
			}
		}
	}
	return &Slice{node: p.mk(start), Lo: parts[0], Hi: parts[1], Step: parts[2]}, nil
}

// comprehension parses the `for ... in ... if ...` clauses after elt, only
// to skip them correctly.
func (p *parser) comprehension(start *Token, what string) (Expr, error) {
	for p.is("for") || p.is("async") {
		p.accept("async")
		if err := p.expect("for"); err != nil {
			return nil, err
		}
		for {
			if _, err := p.starTarget(); err != nil {
				return nil, err
			}
			if !p.accept(",") || p.is("in") {
				break
			}
		}
		if err := p.expect("in"); err != nil {
			return nil, err
		}
		if _, err := p.disjunction(); err != nil {
			return nil, err
		}
		for p.accept("if") {
			if _, err := p.disjunction(); err != nil {
				return nil, err
			}
		}
	}
	return &Unsupported{node: p.mk(start), What: what}, nil
}

// starTarget parses a target of a for clause: no comparisons, so that `in`
// ends it.
func (p *parser) starTarget() (Expr, error) {
	if p.is("*") {
		return p.starExpr()
	}
	return p.bitOr()
}

func (p *parser) atom() (Expr, error) {
	t := p.peek()
	switch t.Kind {
	case TokName:
		switch t.Text {
		case "None":
			p.next()
			return p.constant(p.mk(t), None), nil
		case "True", "False":
			p.next()
			return p.constant(p.mk(t), Bool(t.Text == "True")), nil
		case "yield":
			return p.yield()
		}
		if isKeyword(t.Text) {
			return nil, p.errAt(t, "invalid syntax")
		}
		p.next()
		return &Name{node: p.mk(t), ID: t.Text}, nil
	case TokNumber:
		p.next()
		return p.number(p.mk(t)), nil
	case TokString:
		return p.strings()
	case TokOp:
		switch t.Text {
		case "(":
			return p.paren()
		case "[":
			return p.list()
		case "{":
			return p.brace()
		case "...":
			p.next()
			return &Unsupported{node: p.mk(t), What: "Ellipsis"}, nil
		}
	}
	return nil, p.errAt(t, "invalid syntax")
}

func (p *parser) number(n node) Expr {
	s := n.text
	if strings.ContainsAny(s, "jJ") || !strings.HasPrefix(strings.ToLower(s), "0x") && strings.ContainsAny(s, ".eE") {
		return &Unsupported{node: n, What: "float literal"}
	}
	if len(s) > 1 && s[0] == '0' && isDigit(s[1]) || strings.HasPrefix(s, "0_") {
		s = "0" // only zeros: the tokenizer refuses other leading zeros
	}
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		return &Unsupported{node: n, What: "integer literal beyond 64 bits"}
	}
	return p.constant(n, Int(v))
}

func (p *parser) yield() (Expr, error) {
	start := p.next()
	if p.accept("from") {
		if _, err := p.expression(); err != nil {
			return nil, err
		}
	} else if startsExpr(p.peek()) {
		if _, err := p.starExpressions(); err != nil {
			return nil, err
		}
	}
	return &Unsupported{node: p.mk(start), What: "yield"}, nil
}

// paren parses (), (x), (x,), (x, y), a generator expression or (yield).
func (p *parser) paren() (Expr, error) {
	start := p.next()
	if p.accept(")") {
		return &TupleExpr{node: p.mk(start)}, nil
	}
	if p.is("yield") {
		x, err := p.yield()
		if err != nil {
			return nil, err
		}
		return x, p.expect(")")
	}
	first := p.peek()
	x, err := p.starNamedExpr()
	if err != nil {
		return nil, err
	}
	if p.is("for") || p.is("async") {
		g, err := p.comprehension(start, "generator expression")
		if err != nil {
			return nil, err
		}
		return g, p.expect(")")
	}
	if !p.is(",") {
		if _, ok := x.(*Starred); ok {
			return nil, p.errAt(first, "cannot use starred expression here")
		}
		return x, p.expect(")")
	}
	elts := []Expr{x}
	for p.accept(",") && !p.is(")") {
		if x, err = p.starNamedExpr(); err != nil {
			return nil, err
		}
		elts = append(elts, x)
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	return &TupleExpr{node: p.mk(start), Elts: elts}, nil
}

func (p *parser) list() (Expr, error) {
	start := p.next()
	var elts []Expr
	for !p.is("]") {
		x, err := p.starNamedExpr()
		if err != nil {
			return nil, err
		}
		if len(elts) == 0 && (p.is("for") || p.is("async")) {
			c, err := p.comprehension(start, "list comprehension")
			if err != nil {
				return nil, err
			}
			return c, p.expect("]")
		}
		elts = append(elts, x)
		if !p.accept(",") {
			break
		}
	}
	if err := p.expect("]"); err != nil {
		return nil, err
	}
	return &ListExpr{node: p.mk(start), Elts: elts}, nil
}

// brace parses a dict or set display or comprehension.
func (p *parser) brace() (Expr, error) {
	start := p.next()
	d := &DictExpr{}
	set := false
	for n := 0; !p.is("}"); n++ {
		first := p.peek()
		if p.accept("**") {
			if set {
				return nil, p.errAt(first, "invalid syntax")
			}
			v, err := p.bitOr()
			if err != nil {
				return nil, err
			}
			d.Keys, d.Values = append(d.Keys, nil), append(d.Values, v)
		} else {
			k, err := p.starNamedExpr()
			if err != nil {
				return nil, err
			}
			_, star := k.(*Starred)
			pair := !star && p.is(":")
			if n == 0 {
				set = !pair
			} else if set == pair {
				return nil, p.errAt(p.peek(), "invalid syntax")
			}
			if pair {
				p.next()
				v, err := p.expression()
				if err != nil {
					return nil, err
				}
				d.Keys, d.Values = append(d.Keys, k), append(d.Values, v)
			}
			if n == 0 && (p.is("for") || p.is("async")) {
				what := "dict comprehension"
				if set {
					what = "set comprehension"
				}
				c, err := p.comprehension(start, what)
				if err != nil {
					return nil, err
				}
				return c, p.expect("}")
			}
		}
		if !p.accept(",") {
			break
		}
	}
	if err := p.expect("}"); err != nil {
		return nil, err
	}
	if set {
		return &Unsupported{node: p.mk(start), What: "set display"}, nil
	}
	d.node = p.mk(start)
	return d, nil
}

// strings parses adjacent string literals into one node.
func (p *parser) strings() (Expr, error) {
	start := p.peek()
	var parts []FStringPart
	var sb litJoin
	fstr, kind := false, "" // kind: "str", "bytes" or "t"
	unsupported := ""
	for p.peek().Kind == TokString {
		t := p.next()
		qi, raw, bytes, f, tstr := strPrefix(t.Text, 0)
		k := "str"
		if bytes {
			k = "bytes"
		} else if tstr {
			k = "t"
		}
		if kind != "" && kind != k && (kind == "bytes" || k == "bytes") {
			return nil, p.errAt(t, "cannot mix bytes and nonbytes literals")
		}
		if k == "t" {
			unsupported = "t-string"
		}
		kind = k
		if !f && !tstr {
			v, err := literalValue(t.Text, qi, raw, bytes)
			if err != nil {
				if err.msg == errNamedEscape {
					unsupported = err.msg
					continue
				}
				return nil, strErr(t, err)
			}
			sb.add(v)
			continue
		}
		fstr = true
		if sb.Len() > 0 {
			parts = append(parts, FStringPart{Lit: sb.String()})
			sb.Reset()
		}
		fp, err := p.fstring(t, qi, raw)
		if se, ok := err.(*SyntaxError); ok && se.Msg == errNamedEscape {
			unsupported = se.Msg
			continue
		}
		if err != nil {
			return nil, err
		}
		parts = append(parts, fp...)
	}
	n := p.mk(start)
	switch {
	case unsupported != "":
		return &Unsupported{node: n, What: unsupported}, nil
	case kind == "bytes":
		return p.constant(n, Bytes(sb.String())), nil
	case !fstr:
		return p.constant(n, String(sb.String())), nil
	}
	if sb.Len() > 0 {
		parts = append(parts, FStringPart{Lit: sb.String()})
	}
	return &FString{node: n, Parts: parts}, nil
}

// litJoin concatenates the values of adjacent literals, copying only when
// there are several: the value of a lone literal without escapes, the most
// common string, stays a substring of the source.
type litJoin struct {
	s     string          // the value, while it is a single piece
	b     strings.Builder // the value, once there are several
	multi bool
}

func (j *litJoin) add(v string) {
	switch {
	case j.multi:
		j.b.WriteString(v)
	case j.s == "":
		j.s = v
	default:
		j.b.WriteString(j.s)
		j.b.WriteString(v)
		j.s, j.multi = "", true
	}
}

func (j *litJoin) String() string {
	if j.multi {
		return j.b.String()
	}
	return j.s
}

func (j *litJoin) Len() int { return len(j.s) + j.b.Len() }

func (j *litJoin) Reset() {
	j.s, j.multi = "", false
	j.b.Reset()
}

// strErr converts an error at an offset inside token t.
func strErr(t *Token, err *scanErr) *SyntaxError {
	line, col := offsetPos(t, err.off)
	return &SyntaxError{Line: line, Col: col, Msg: err.msg}
}

// offsetPos is the position of byte offset off inside token t.
func offsetPos(t *Token, off int) (line, col int) {
	pre := t.Text[:min(off, len(t.Text))]
	if i := strings.LastIndexByte(pre, '\n'); i >= 0 {
		return t.Line + strings.Count(pre, "\n"), 1 + utf8.RuneCountInString(pre[i+1:])
	}
	return t.Line, t.Col + utf8.RuneCountInString(pre)
}

// fstring splits f-string token t and parses its fields.
func (p *parser) fstring(t *Token, qi int, raw bool) ([]FStringPart, error) {
	if p.fdepth >= maxFStringNesting {
		return nil, p.errAt(t, "too many nested f-strings")
	}
	q := t.Text[qi]
	triple := len(t.Text)-qi >= 6 && t.Text[qi+1] == q && t.Text[qi+2] == q
	body := qi + 1
	if triple {
		body = qi + 3
	}
	var raws []fpart
	if _, err := scanFBody(t.Text, body, q, triple, raw, 0, false, &raws); err != nil {
		return nil, strErr(t, err)
	}
	return p.fparts(t, raws, raw)
}

func (p *parser) fparts(t *Token, raws []fpart, raw bool) ([]FStringPart, error) {
	out := make([]FStringPart, 0, len(raws))
	for _, r := range raws {
		if !r.field {
			lit := r.lit
			if !raw {
				v, err := unescape(lit, false)
				if err != nil {
					err.off += r.off
					return nil, strErr(t, err)
				}
				lit = v
			}
			out = append(out, FStringPart{Lit: lit})
			continue
		}
		line, col := offsetPos(t, r.off)
		x, err := parseSource(r.expr, line, col, p.fdepth+1)
		if err != nil {
			return nil, err
		}
		spec, err := p.fparts(t, r.spec, raw)
		if err != nil {
			return nil, err
		}
		out = append(out, FStringPart{Expr: x, Conv: r.conv, Spec: spec, Debug: r.debug})
	}
	return out, nil
}
