package mako

import (
	"strings"

	"github.com/onehead/onehead/internal/python"
)

// exprNode is `${...}`. Mako pastes the expression's text into a call,
// `str(TEXT)` or `filter(TEXT)`, so the text is an argument list: `${}`
// prints "" and `${x, }` prints x. args and kwargs are that list.
type exprNode struct {
	site
	args    []python.Expr
	kwargs  []python.Keyword
	raw     bool // the `n` filter: no default str()
	filters []filterRef
}

// filterRef is one filter of `${expr | a, b}`: a built-in escape function
// or, for other names, a template variable to call (Alembic's comma).
type filterRef struct {
	name string
	ref  *python.Name
}

// callee is the name compileExpr wraps an expression's text in to parse it
// as the argument list Mako makes of it.
const callee = "_"

// compileExpr checks and parses `${text | escapes}` as Mako does at compile
// time: the text must be Python code on its own (Mako parses it to find
// its names) and an argument list once pasted into a call.
func (t *Template) compileExpr(s site, text, escapes string) (*exprNode, error) {
	lines, err := logicalLines(strings.TrimLeftFunc(text, isPySpace))
	if err != nil {
		return nil, t.wrap(err, s, false)
	}
	if lines > 1 {
		// A Python statement list on its own, which the pasted call then
		// reads differently; Mako would mostly refuse it.
		return nil, t.fail(unsupportedKind, s, "an expression broken over lines outside brackets is not supported")
	}
	wrapped := callee + "(" + text + ")"
	e, err := python.ParseExpr(wrapped)
	if err != nil {
		return nil, t.wrap(err, s, false)
	}
	call, ok := e.(*python.Call)
	if !ok || call.String() != newlines(wrapped) || call.Func.String() != callee || call.Func.Pos() != (python.Position{Line: 1, Col: 1}) {
		// The text closed the call early: `${x)(y}`.
		return nil, t.fail(compileKind, s, "SyntaxError: invalid syntax")
	}
	n := &exprNode{site: s, args: call.Args, kwargs: call.Keywords}
	for _, a := range call.Args {
		if _, ok := a.(*python.Starred); ok {
			return nil, t.fail(unsupportedKind, s, "a starred expression in ${} is not supported")
		}
	}
	for _, k := range call.Keywords {
		if k.Name == "" {
			return nil, t.fail(unsupportedKind, s, "** in ${} is not supported")
		}
	}
	if escapes == "" {
		return n, nil
	}
	// Mako's ArgumentList reads the filters as the elements of a tuple in
	// a Python module: it adds a trailing comma (unless the list is nothing
	// but a comma), and finds no filters if that makes no tuple, as when a
	// comment swallows the comma.
	if !onlyComma().MatchString(escapes) {
		escapes += ","
	}
	lines, err = logicalLines(escapes)
	switch {
	case err != nil:
		return nil, t.wrap(err, s, false)
	case lines == 0:
		return n, nil
	case lines > 1:
		return nil, t.fail(unsupportedKind, s, "filters broken over lines are not supported")
	}
	fe, err := python.ParseExpr(escapes)
	if err != nil {
		return nil, t.wrap(err, s, false)
	}
	tuple, ok := fe.(*python.TupleExpr)
	if !ok {
		return n, nil
	}
	for _, f := range tuple.Elts {
		name, ok := f.(*python.Name)
		if !ok {
			return nil, t.fail(unsupportedKind, s, "filter `%s` is not supported: filters must be names", f)
		}
		if name.ID == "n" {
			n.raw = true
			continue
		}
		n.filters = append(n.filters, filterRef{name: name.ID, ref: name})
	}
	return n, nil
}

// logicalLines counts the logical lines of Python code, as the compiler
// sees it on its own, checking that it tokenizes.
func logicalLines(src string) (int, error) {
	// Two refusals of CPython's tokenizer that package python's lacks: a
	// continuation at the very end, and a line that starts with one and
	// goes on indented.
	if strings.HasSuffix(src, "\\\n") {
		return 0, &python.SyntaxError{Line: 1, Col: 1, Msg: "unexpected EOF while parsing"}
	}
	if continuedIndent().MatchString(src) {
		return 0, &python.SyntaxError{Line: 1, Col: 1, Msg: "unexpected indent"}
	}
	toks, err := python.Tokenize([]byte(src))
	if err != nil {
		return 0, err
	}
	lines := 0
	for _, tok := range toks {
		switch tok.Kind {
		case python.TokNewline:
			lines++
		case python.TokIndent:
			lines = 2
		}
	}
	return lines, nil
}

// newlines normalises line breaks as package python does before parsing,
// so that source texts compare.
func newlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

var continuedIndent = lazyRE(`(?m)^[ \t\f]*(?:\\\r?\n[ \t\f]*)*\\\r?\n[ \t\f]+[^ \t\f\r\n#\\]`)

var onlyComma = lazyRE(`\A,[` + pySpace + `]*\z`)

// codeNode is a `<% %>` or `<%! %>` block: statements run in order.
type codeNode struct {
	site
	stmts []stmt
	binds bool // it assigns or imports a name
}

// stmt is one simple statement of a block: an assignment, an import, or
// `pass` (no targets and no imports).
type stmt struct {
	site
	targets []python.Expr
	value   python.Expr
	imports []importName
}

// importName is one name an import statement binds: the module itself
// (attr == "") or one of its attributes.
type importName struct {
	bind, module, attr string
}

// compileCode parses a Python block. Only simple statements are supported:
// assignments to names, imports of the modules this package provides, and
// pass. Anything else might have effects (a call, an if) that cannot be
// judged without Python.
func (t *Template) compileCode(s site, code string, module bool) (*codeNode, error) {
	src := adjustWhitespace(code) + "\n"
	if _, err := logicalLines(src); err != nil {
		return nil, t.wrap(err, s, false)
	}
	if _, err := python.ParseModule([]byte(src)); err != nil {
		return nil, t.wrap(err, s, false)
	}
	toks, err := python.Tokenize([]byte(src))
	if err != nil {
		return nil, t.wrap(err, s, false)
	}
	n := &codeNode{site: s}
	var line []python.Token
	for _, tok := range toks {
		switch tok.Kind {
		case python.TokNL, python.TokComment, python.TokEndMarker:
			continue
		case python.TokIndent, python.TokDedent:
			return nil, t.fail(compileKind, shift(s, tok.Line), "IndentationError: unexpected indent")
		case python.TokNewline:
			if err := t.simpleStatements(n, src, line, s, module); err != nil {
				return nil, err
			}
			line = line[:0]
			continue
		}
		line = append(line, tok)
	}
	return n, nil
}

// compoundKeywords start statements that are not simple ones.
var compoundKeywords = map[string]bool{"if": true, "for": true, "while": true, "def": true, "class": true,
	"with": true, "try": true, "async": true, "match": true}

// simpleStatements compiles the `;`-separated statements of one line.
func (t *Template) simpleStatements(n *codeNode, src string, toks []python.Token, s site, module bool) error {
	if len(toks) > 0 && toks[0].Kind == python.TokName && compoundKeywords[toks[0].Text] {
		return t.fail(unsupportedKind, shift(s, toks[0].Line), "`%s` statements in Python blocks are not supported", toks[0].Text)
	}
	for len(toks) > 0 {
		end := topLevel(toks, func(tok python.Token) bool { return tok.Text == ";" })
		if end < 0 {
			end = len(toks)
		}
		if end > 0 {
			if err := t.simpleStatement(n, src, toks[:end], s, module); err != nil {
				return err
			}
		}
		if end == len(toks) {
			break
		}
		toks = toks[end+1:]
	}
	return nil
}

// topLevel returns the index of the first operator token outside brackets
// for which match is true, or -1.
func topLevel(toks []python.Token, match func(python.Token) bool) int {
	depth := 0
	for i, tok := range toks {
		if tok.Kind != python.TokOp {
			continue
		}
		switch tok.Text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		default:
			if depth == 0 && match(tok) {
				return i
			}
		}
	}
	return -1
}

// source returns the text of toks in src.
func source(src string, toks []python.Token) string {
	first, last := toks[0], toks[len(toks)-1]
	return src[offset(src, first.Line, first.Col):offset(src, last.EndLine, last.EndCol)]
}

func (t *Template) simpleStatement(n *codeNode, src string, toks []python.Token, s site, module bool) error {
	st := stmt{site: site{line: s.line + toks[0].Line - 1, src: source(src, toks)}}
	first := toks[0]
	switch {
	case first.Kind == python.TokName && first.Text == "pass" && len(toks) == 1:
		n.stmts = append(n.stmts, st)
		return nil
	case first.Kind == python.TokName && (first.Text == "import" || first.Text == "from"):
		imports, err := t.importStatement(st.site, toks)
		if err != nil {
			return err
		}
		st.imports = imports
		n.stmts, n.binds = append(n.stmts, st), true
		if !module {
			for _, im := range imports {
				t.locals[im.bind] = true
			}
		}
		return nil
	}
	// The `=` of the assignment, outside brackets and before any lambda,
	// whose parameter defaults are not ours.
	var eqs []int
	depth := 0
scan:
	for i, tok := range toks {
		switch {
		case tok.Kind == python.TokName && tok.Text == "lambda" && depth == 0:
			break scan
		case tok.Kind != python.TokOp:
		case strings.Contains("([{", tok.Text):
			depth++
		case strings.Contains(")]}", tok.Text):
			depth--
		case tok.Text == "=" && depth == 0:
			eqs = append(eqs, i)
		}
	}
	if len(eqs) == 0 || topLevel(toks[:eqs[0]], func(tok python.Token) bool { return tok.Text == ":" }) >= 0 {
		return t.fail(unsupportedKind, st.site, "only assignments to names, imports and pass are supported in Python blocks")
	}
	last := eqs[len(eqs)-1]
	if last == len(toks)-1 {
		return t.fail(compileKind, st.site, "SyntaxError: invalid syntax")
	}
	value, err := python.ParseExpr(source(src, toks[last+1:]))
	if err != nil {
		return t.wrap(err, st.site, false)
	}
	st.value = value
	start := 0
	for _, eq := range eqs {
		if eq == start {
			return t.fail(compileKind, st.site, "SyntaxError: invalid syntax")
		}
		target, err := t.parseTarget(st.site, source(src, toks[start:eq]))
		if err != nil {
			return err
		}
		st.targets = append(st.targets, target)
		if !module {
			targetNames(target, func(name string) { t.locals[name] = true })
		}
		start = eq + 1
	}
	n.stmts, n.binds = append(n.stmts, st), true
	return nil
}

// importStatement reads `import a [as b], ...` or `from a import b [as
// c], ...` for the modules in [modules].
func (t *Template) importStatement(s site, toks []python.Token) ([]importName, error) {
	words := make([]string, 0, len(toks))
	for _, tok := range toks {
		if tok.Text != "(" && tok.Text != ")" {
			words = append(words, tok.Text)
		}
	}
	unsupported := func() ([]importName, error) {
		return nil, t.fail(unsupportedKind, s, "only `import re`, `import datetime` and `from` those are supported")
	}
	var out []importName
	module := ""
	rest := words[1:]
	if words[0] == "from" {
		if len(words) < 4 || words[2] != "import" || modules[words[1]] == nil {
			return unsupported()
		}
		module, rest = words[1], words[3:]
	}
	for len(rest) > 0 {
		name := rest[0]
		bind := name
		if len(rest) >= 3 && rest[1] == "as" {
			bind, rest = rest[2], rest[3:]
		} else {
			rest = rest[1:]
		}
		switch {
		case module == "" && modules[name] != nil:
			out = append(out, importName{bind: bind, module: name})
		case module != "" && name != "*":
			out = append(out, importName{bind: bind, module: module, attr: name})
		default:
			return unsupported()
		}
		if len(rest) > 0 {
			if rest[0] != "," {
				return unsupported()
			}
			rest = rest[1:]
		}
	}
	return out, nil
}

// adjustWhitespace is Mako's pygen.adjust_whitespace: it removes the left
// margin of a block (the indentation of its first line of code) from every
// line that is not inside a triple-quoted string or a backslash
// continuation. Lines keep their number, so positions still map to the
// template.
func adjustWhitespace(text string) string {
	var backslashed bool
	var triple string // the open triple quote, if any
	inMultiLine := func(line string) bool {
		start := backslashed || triple != ""
		backslashed = strings.HasSuffix(line, "\\")
		for line != "" {
			if triple != "" {
				if strings.HasPrefix(line, triple) {
					line, triple = line[3:], ""
					continue
				}
				i := strings.Index(line, triple)
				if i < 0 {
					i = len(line)
				}
				line = line[i:]
				continue
			}
			if strings.HasPrefix(line, "#") {
				return start
			}
			if strings.HasPrefix(line, `"""`) || strings.HasPrefix(line, "'''") {
				line, triple = line[3:], line[:3]
				continue
			}
			// Single quotes do not count: Mako only looks for triple quotes.
			i := len(line)
			for _, stop := range []string{"#", `"""`, "'''"} {
				if j := strings.Index(line, stop); j >= 0 && j < i {
					i = j
				}
			}
			line = line[i:]
		}
		return start
	}
	lines := splitLines(text)
	strip, margin := false, ""
	for k, line := range lines {
		if inMultiLine(line) {
			continue
		}
		line = expandTabs(line)
		if !strip {
			body := strings.TrimLeft(line, " \t")
			if body != "" && body[0] != '#' {
				strip, margin = true, line[:len(line)-len(body)]
			}
		}
		lines[k] = strings.TrimPrefix(line, margin)
	}
	return strings.Join(lines, "\n")
}

// splitLines is Python's re.split(r"\r?\n", text).
func splitLines(text string) []string {
	return strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
}

// expandTabs is Python's str.expandtabs() with tab stops every 8 columns.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}
