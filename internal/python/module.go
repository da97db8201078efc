package python

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// BindingKind says how a top-level statement binds a name.
type BindingKind uint8

// The binding kinds. Only Assign (and AugAssign, Import, ImportFrom and
// StarImport, which Module.Value follows) can have a static value.
const (
	BindAssign     BindingKind = iota + 1 // x = e, x: T = e, a = b = e, elementwise a, b = 1, 2
	BindAugAssign                         // x += e
	BindUnpack                            // a, b = e where e is not a literal of the same shape
	BindImport                            // import a.b.c (binds a), import a.b as x
	BindImportFrom                        // from a.b import c [as d], from . import x
	BindStarImport                        // from a import *: may bind any name
	BindDef                               // def f / async def f
	BindClass                             // class C
	BindFor                               // the target of a for loop
	BindWith                              // with e as x
	BindExcept                            // except E as x
	BindMatch                             // a capture pattern of a case clause
	BindWalrus                            // (x := e)
	BindDel                               // del x: unbinds
	BindTypeAlias                         // type X = ...
)

var bindingKindNames = [...]string{"", "assignment", "augmented assignment", "unpacking", "import", "import",
	"star import", "function", "class", "for loop target", "with target", "except target", "match capture",
	"assignment expression", "del", "type alias"}

// String describes the kind for messages ("function", "for loop target").
func (k BindingKind) String() string {
	if int(k) < len(bindingKindNames) {
		return bindingKindNames[k]
	}
	return fmt.Sprintf("BindingKind(%d)", k)
}

// Binding is one top-level binding of a name, in source order.
type Binding struct {
	Name      string
	Line, Col int // of the target name
	Kind      BindingKind
	// Conditional is set for bindings inside a top-level compound statement
	// (if, try, for, while, with, match): whether they run is not static.
	Conditional bool
	// (Packed here with the fields above, as every byte of a Binding counts
	// when a module's bindings are allocated.)
	alias     bool   // `import a.b as x`, which binds a.b rather than a
	stmt      int32  // index of the statement, for Python's sequential semantics
	Block     string // the keyword of that statement ("if", "else", "try", ...)
	BlockLine int
	// Expr is the value for Assign (the element for elementwise unpacking)
	// and the right-hand side for AugAssign; nil otherwise.
	Expr   Expr
	Source string // the right-hand side (or import clause) as written, on one line
	Op     string // the operator of an AugAssign, such as "+="
	// Imports: the dotted module as written without leading dots, the
	// imported name for `from` imports, and the number of leading dots.
	Module     string
	ImportName string
	Level      int
}

// Module is what [ParseModule] learns about a Python module.
type Module struct {
	// Path is the file the module was read from; callers set it so that
	// errors from values computed through imports can name the file.
	Path string
	// Doc is the module docstring as Python's __doc__ holds it (escapes
	// processed, no indentation stripping: that only started in 3.13).
	Doc    string
	HasDoc bool
	// DocErr is set when there is a docstring whose value cannot be known
	// (a \N{...} escape).
	DocErr   error
	Bindings []Binding
}

// ParseModule scans a Python module: it checks that the file tokenizes, that
// every string literal is valid, and that each top-level assignment, import
// and header it reads is well-formed, and it records the module docstring
// and every top-level binding. It never executes anything and never looks
// inside function or class bodies (except to find where they end).
//
// The Module refers to src's memory rather than copying it, when src is
// UTF-8 without CR line endings (as nearly every file is): the caller must
// not modify src afterwards.
func ParseModule(src []byte) (*Module, error) {
	return parseModule(src, true, nil)
}

// A ModuleReader parses modules one after another like [ParseModule], but
// reuses the memory of the Module it returned last, which is valid only
// until its next call: the bindings and the nodes of their values are most
// of what parsing a module allocates, and a program that drops each module
// once it has read its values (onehead reads 100,000 revision files) need
// not allocate them again. The zero value is ready to use; a ModuleReader
// is not safe for concurrent use.
type ModuleReader struct {
	m        Module
	bindings []Binding
	consts   constants // the Constant nodes of the bindings' values
}

// Parse is [ParseModule] into r's memory.
func (r *ModuleReader) Parse(src []byte) (*Module, error) {
	return parseModule(src, true, r)
}

// parseModule is ParseModule, or ModuleReader.Parse when r is set, with
// lean tokens if lean is set (see tokenizer.lean), as it always is but in
// tests that check that it makes no difference.
func parseModule(src []byte, lean bool, r *ModuleReader) (*Module, error) {
	text, ascii, err := decode(src, false)
	if err != nil {
		return nil, err
	}
	s := scanners.Get().(*scanner)
	defer scanners.Put(s) // as it is: reset prepares it for its next use
	var m *Module
	if r != nil {
		r.m = Module{}
		m = &r.m
	} else {
		m = &Module{}
	}
	s.reset(text, ascii, lean, m)
	own := s.bindings
	if r != nil {
		// The bindings are made in r's memory rather than copied there,
		// which costs a write barrier check for each of their pointers;
		// the pooled scanner gets its own memory back at once.
		s.consts, s.bindings = r.consts[:0], r.bindings[:0]
	}
	s.docstring()
	err = s.statements(blockCtx{})
	if r != nil {
		r.consts, r.bindings, s.bindings = s.consts, s.bindings, own
	}
	// The tokens are read as the scanner needs them, so it may have stopped
	// at an error of its own before the end. Python would first report an
	// error that stops tokenizing, anywhere in the file, then a bad string
	// literal: look for those in the rest before reporting the scanner's.
	t := &s.tk
	t.skipRest()
	switch {
	case t.err != nil:
		return nil, t.err
	case t.strErr != nil:
		return nil, t.strErr
	case err != nil:
		return nil, err
	}
	if r != nil {
		m.Bindings = r.bindings
	} else {
		m.Bindings = slices.Clone(s.bindings)
	}
	return m, nil
}

// checkString decodes string literal token tok of src: Python rejects a bad
// escape (or a malformed f-string field) anywhere in a file.
func checkString(tok *Token, src string) error {
	qi, raw, bytes, fstr, tstr := strPrefix(tok.Text, 0)
	if fstr || tstr {
		_, err := newParser([]Token{*tok}, src).strings()
		return err
	}
	if _, err := literalValue(tok.Text, qi, raw, bytes); err != nil && err.msg != errNamedEscape {
		return strErr(tok, err)
	}
	return nil
}

// scanner reads the statements of a module from a tokenizer, pulling
// tokens as it needs them so that it can have the bodies of functions and
// classes skipped rather than tokenized.
type scanner struct {
	tk   tokenizer
	i    int
	src  string
	m    *Module
	stmt int32
	eof  Token // returned past the last token when the tokenizer failed
	// consts supplies the Constant nodes of the values of bindings; its
	// memory is the Module's, not the pool's.
	consts constants
	// bindings collects the module's bindings, which ParseModule then
	// copies to a slice of the right size: a Binding is large, and a slice
	// of spare capacity for each of many modules makes for much GC work.
	// (A ModuleReader lends its own memory, reused from module to module.)
	bindings []Binding
}

// scanners recycles ParseModule's scanners, with the memory of their
// tokens and bindings: nothing a Module holds points into it.
//
// Neither that memory nor the scanner is cleared when it is put back, which
// would cost a write barrier for every pointer in it while the GC runs:
// what it still refers to (the last source scanned and module, the nodes of
// the last bindings) stays alive until the scanner is reused, or dropped by
// a GC.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// reset prepares s to scan the module text into m; text is ASCII from
// offset ascii on, which is -1 if not known, and tokens are lean if lean is.
func (s *scanner) reset(text string, ascii int, lean bool, m *Module) {
	if ascii < 0 {
		ascii = asciiFrom(text)
	}
	s.tk.reset(text, fileMode, 1, 1, ascii, s.tk.toks)
	s.tk.checkStrings, s.tk.lean = true, lean
	s.src, s.m, s.i, s.stmt = text, m, 0, 0
	// No Constant nodes in the pool's memory: they would be shared by the
	// modules of ParseModule (a ModuleReader supplies its own).
	s.consts, s.bindings = nil, s.bindings[:0]
}

// blockCtx describes where a statement is.
type blockCtx struct {
	cond      bool
	block     string
	blockLine int
	inMatch   bool // directly inside a match statement: `case` is a keyword
}

// at returns token i, scanning as far as needed. Past the tokens of a
// tokenizer stopped by an error, it returns an ENDMARKER: the scanner's
// findings no longer matter then, as ParseModule reports that error.
func (s *scanner) at(i int) *Token {
	if i < len(s.tk.toks) {
		return &s.tk.toks[i]
	}
	return s.scanTo(i)
}

// scanTo is at for a token not scanned yet.
func (s *scanner) scanTo(i int) *Token {
	for i >= len(s.tk.toks) {
		if s.tk.done {
			s.eof = Token{Kind: TokEndMarker}
			return &s.eof
		}
		s.tk.more()
	}
	return &s.tk.toks[i]
}

// span returns tokens i to j-1, which must have been scanned.
func (s *scanner) span(i, j int) []Token {
	return s.tk.toks[i:j]
}

// peek returns the next token that is not an NL or COMMENT. The common
// case, a token already scanned where none of those were kept (see
// keptTrivia), is small enough to be inlined: peek is called some 40 times
// a revision file.
func (s *scanner) peek() *Token {
	if s.i >= len(s.tk.toks) || s.tk.keptTrivia {
		return s.peekOn()
	}
	return &s.tk.toks[s.i]
}

// peekOn is peek when the next token is not scanned yet or is trivia.
func (s *scanner) peekOn() *Token {
	for {
		if t := s.at(s.i); t.Kind != TokNL && t.Kind != TokComment {
			return t
		}
		s.i++
	}
}

func (s *scanner) next() *Token {
	t := s.peek()
	if t.Kind != TokEndMarker {
		s.i++
	}
	return t
}

func errAt(t *Token, format string, args ...any) *SyntaxError {
	return &SyntaxError{Line: t.Line, Col: t.Col, Msg: fmt.Sprintf(format, args...)}
}

func (s *scanner) add(b Binding, c blockCtx) {
	b.Conditional, b.Block, b.BlockLine, b.stmt = c.cond, c.block, c.blockLine, s.stmt
	s.bindings = append(s.bindings, b)
}

// docstring records the module docstring: a first statement that is only a
// string literal (implicit concatenation and parentheses allowed, f-strings
// and bytes not), as CPython decides it.
func (s *scanner) docstring() {
	start := s.peek()
	if start.Kind != TokString && !(start.Kind == TokOp && start.Text == "(") {
		return
	}
	toks := s.span(s.i, s.lineEnd(s.i))
	if start.Kind == TokString && len(s.trimTrivia(toks)) == 1 && s.plainDocstring(start) {
		return
	}
	e, err := newParser(toks, s.src).starExpressions()
	if err != nil {
		return // not a docstring; the statement scan reports real errors
	}
	switch e := e.(type) {
	case *Constant:
		if v, ok := e.Value.(String); ok {
			s.m.Doc, s.m.HasDoc = string(v), true
		}
	case *Unsupported:
		if e.What == errNamedEscape {
			s.m.HasDoc = true
			s.m.DocErr = &NotStaticError{Line: e.pos.Line, Col: e.pos.Col, Expr: oneLine(e.text), Reason: e.What}
		}
	}
}

// plainDocstring records the docstring when it is the usual lone literal
// without f, t or b prefix, which needs no parser, and reports whether it
// was.
func (s *scanner) plainDocstring(t *Token) bool {
	qi, raw, bytes, fstr, tstr := strPrefix(t.Text, 0)
	if bytes || fstr || tstr {
		return false
	}
	v, err := literalValue(t.Text, qi, raw, false)
	switch {
	case err == nil:
		s.m.Doc, s.m.HasDoc = v, true
	case err.msg == errNamedEscape:
		s.m.HasDoc = true
		s.m.DocErr = &NotStaticError{Line: t.Line, Col: t.Col, Expr: oneLine(t.Text), Reason: err.msg}
	}
	return true
}

// lineEnd returns the index of the NEWLINE, ';' or ENDMARKER that ends the
// simple statement starting at token i.
func (s *scanner) lineEnd(i int) int {
	// at scans the logical line of token i to its end: if that leaves no
	// ';' read so far, the line ends at its NEWLINE.
	if s.at(i); !s.tk.rareOps {
		for ; ; i++ {
			// The tokens scanned are looked at in a slice of their own,
			// at a third of what at costs for each; at reads on past them
			// (only if the tokenizer stopped at an error).
			for toks := s.tk.toks; i < len(toks); i++ {
				if k := toks[i].Kind; k == TokNewline || k == TokEndMarker {
					return i
				}
			}
			if k := s.at(i).Kind; k == TokNewline || k == TokEndMarker {
				return i
			}
		}
	}
	depth := 0
	for ; ; i++ {
		t := s.at(i)
		switch {
		case t.Kind == TokNewline || t.Kind == TokEndMarker:
			return i
		case t.Kind != TokOp:
		case t.Text == "(" || t.Text == "[" || t.Text == "{":
			depth++
		case t.Text == ")" || t.Text == "]" || t.Text == "}":
			depth--
		case t.Text == ";" && depth == 0:
			return i
		}
	}
}

// statements reads statements until the DEDENT closing the block, or the end.
func (s *scanner) statements(c blockCtx) error {
	for {
		t := s.peek()
		switch t.Kind {
		case TokEndMarker:
			return nil
		case TokDedent:
			s.i++
			return nil
		case TokIndent:
			return errAt(s.at(s.i+1), "unexpected indent")
		}
		if err := s.statement(c); err != nil {
			return err
		}
	}
}

func (s *scanner) statement(c blockCtx) error {
	t := s.peek()
	if t.Kind == TokOp && t.Text == "@" { // a decorator: evaluated, binds nothing
		s.stmt++
		end := s.lineEnd(s.i)
		s.walrus(s.span(s.i, end), c)
		s.i = end
		s.next()
		return nil
	}
	if t.Kind == TokName {
		kw := t.Text
		if kw == "async" {
			kw = s.at(s.i + 1).Text
		}
		switch kw {
		case "def", "class":
			return s.defClass(c)
		case "if", "elif", "else", "while", "for", "with", "try", "except", "finally":
			return s.compound(c)
		case "match":
			if s.softKeyword() {
				return s.compound(c)
			}
		case "case":
			if c.inMatch && s.softKeyword() {
				return s.compound(c)
			}
		}
	}
	return s.simpleLine(c)
}

// softKeyword decides whether the line starting with `match` or `case` is
// that statement rather than an expression using the name: the next token
// can start a subject or pattern, and the line ends with a colon.
func (s *scanner) softKeyword() bool {
	next := s.at(s.i + 1)
	switch next.Kind {
	case TokNewline, TokEndMarker, TokNL, TokComment:
		return false
	case TokOp:
		switch next.Text {
		case "(", "[", "{", "-", "*", "~", "...":
		default:
			return false
		}
	}
	end := s.lineEnd(s.i)
	for j := end - 1; j > s.i; j-- {
		if t := s.at(j); t.Kind != TokComment && t.Kind != TokNL {
			return t.Kind == TokOp && t.Text == ":"
		}
	}
	return false
}

// headerColon returns the index of the ':' ending the header that starts at
// token i, skipping colons of lambdas, slices and dicts.
func (s *scanner) headerColon(i int) (int, error) {
	depth, lambdas := 0, 0
	for ; ; i++ {
		t := s.at(i)
		switch {
		case t.Kind == TokNewline || t.Kind == TokEndMarker:
			return 0, errAt(t, "expected ':'")
		case t.Kind == TokName && t.Text == "lambda" && depth == 0:
			lambdas++
		case t.Kind != TokOp:
		case t.Text == "(" || t.Text == "[" || t.Text == "{":
			depth++
		case t.Text == ")" || t.Text == "]" || t.Text == "}":
			depth--
		case t.Text == ":" && depth == 0:
			if lambdas == 0 {
				return i, nil
			}
			lambdas--
		}
	}
}

// blockName is how CPython's "expected an indented block after ..." message
// names a statement.
func blockName(kw string) string {
	switch kw {
	case "def":
		return "function definition"
	case "class":
		return "class definition"
	}
	return "'" + kw + "' statement"
}

// compound scans a compound statement: its header for bindings, then its
// body, whose bindings are conditional.
func (s *scanner) compound(c blockCtx) error {
	s.stmt++
	first := s.next()
	kw := first
	if kw.Text == "async" {
		kw = s.next()
	}
	colon, err := s.headerColon(s.i)
	if err != nil {
		return err
	}
	inner := blockCtx{cond: true, block: c.block, blockLine: c.blockLine, inMatch: kw.Text == "match"}
	if !c.cond {
		inner.block, inner.blockLine = kw.Text, kw.Line
	}
	header := s.span(s.i, colon)
	s.walrus(header, inner)
	switch kw.Text {
	case "for":
		in := indexKeyword(header, "in")
		if in < 0 {
			return errAt(s.at(colon), "invalid syntax")
		}
		target, err := newParser(header[:in], s.src).starExpressions()
		if err != nil {
			return err
		}
		if err := s.targetNames(target, BindFor, inner); err != nil {
			return err
		}
	case "with", "except":
		if err := s.asTargets(header, kw.Text, inner); err != nil {
			return err
		}
	case "case":
		s.captures(header, inner)
	}
	s.i = colon + 1
	return s.suite(inner, kw)
}

// indexKeyword finds keyword kw at bracket depth 0 in toks.
func indexKeyword(toks []Token, kw string) int {
	depth := 0
	for i, t := range toks {
		switch {
		case t.Kind == TokName && t.Text == kw && depth == 0:
			return i
		case t.Kind != TokOp:
		case t.Text == "(" || t.Text == "[" || t.Text == "{":
			depth++
		case t.Text == ")" || t.Text == "]" || t.Text == "}":
			depth--
		}
	}
	return -1
}

// asTargets records the targets of `with e as x` and `except E as x`.
func (s *scanner) asTargets(header []Token, kw string, c blockCtx) error {
	kind := BindWith
	if kw == "except" {
		kind = BindExcept
	}
	for i := 0; i < len(header); i++ {
		if header[i].Kind != TokName || header[i].Text != "as" {
			continue
		}
		depth, j := 0, i+1
	target:
		for ; j < len(header); j++ {
			switch t := header[j]; {
			case t.Kind != TokOp:
			case t.Text == "(" || t.Text == "[" || t.Text == "{":
				depth++
			case t.Text == ")" || t.Text == "]" || t.Text == "}":
				if depth == 0 {
					break target
				}
				depth--
			case t.Text == "," && depth == 0:
				break target
			}
		}
		target, err := newParser(header[i+1:j], s.src).starExpressions()
		if err != nil {
			return err
		}
		if err := s.targetNames(target, kind, c); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// captures records the names a case pattern captures: bare names that are
// not part of a dotted value, a class pattern or a keyword pattern.
func (s *scanner) captures(header []Token, c blockCtx) {
	if g := indexKeyword(header, "if"); g >= 0 {
		header = header[:g]
	}
	for i, t := range header {
		if t.Kind != TokName || isKeyword(t.Text) || t.Text == "_" {
			continue
		}
		if i > 0 && header[i-1].Text == "." {
			continue
		}
		if i+1 < len(header) && header[i+1].Kind == TokOp {
			switch header[i+1].Text {
			case ".", "(", "=":
				continue
			}
		}
		s.add(Binding{Name: t.Text, Line: t.Line, Col: t.Col, Kind: BindMatch}, c)
	}
}

// suite scans the body after a header's colon: an indented block or
// statements on the same line.
func (s *scanner) suite(c blockCtx, kw *Token) error {
	if s.peek().Kind != TokNewline {
		return s.simpleLine(c)
	}
	s.next()
	if t := s.peek(); t.Kind != TokIndent {
		return &SyntaxError{Line: t.Line, Col: t.Col, Msg: fmt.Sprintf("expected an indented block after %s on line %d", blockName(kw.Text), kw.Line)}
	}
	s.next()
	return s.statements(c)
}

// defClass records a function or class name and skips its body.
func (s *scanner) defClass(c blockCtx) error {
	s.stmt++
	first := s.next()
	kw := first
	if kw.Text == "async" {
		kw = s.next()
	}
	name := s.next()
	if name.Kind != TokName || isKeyword(name.Text) {
		return errAt(name, "invalid syntax")
	}
	colon, err := s.headerColon(s.i)
	if err != nil {
		return err
	}
	s.walrus(s.span(s.i, colon), c) // defaults and decorators run at definition time
	kind := BindDef
	if kw.Text == "class" {
		kind = BindClass
	}
	s.add(Binding{Name: name.Text, Line: name.Line, Col: name.Col, Kind: kind,
		Source: flatten(s.src[first.off:s.at(colon).end])}, c)
	s.i = colon + 1
	if s.peek().Kind != TokNewline {
		s.i = s.lineEnd(s.i)
		s.next()
		return nil
	}
	s.next()
	if t := s.peek(); t.Kind != TokIndent {
		return &SyntaxError{Line: t.Line, Col: t.Col, Msg: fmt.Sprintf("expected an indented block after %s on line %d", blockName(kw.Text), kw.Line)}
	}
	if s.i == len(s.tk.toks)-1 { // nothing after the INDENT is scanned yet
		s.tk.skipBlock()
	}
	for depth := 0; ; {
		switch s.next().Kind {
		case TokIndent:
			depth++
		case TokDedent:
			depth--
		case TokEndMarker:
			return nil
		}
		if depth == 0 {
			return nil
		}
	}
}

// simpleLine scans the `;`-separated simple statements up to NEWLINE.
func (s *scanner) simpleLine(c blockCtx) error {
	for {
		start := s.i
		end := s.lineEnd(start)
		if err := s.simple(s.span(start, end), c); err != nil {
			return err
		}
		s.i = end
		t := s.next()
		if t.Kind == TokNewline || t.Kind == TokEndMarker {
			return nil
		}
		if k := s.peek().Kind; k == TokNewline || k == TokEndMarker { // `x = 1;`
			s.next()
			return nil
		}
	}
}

// augOps are the augmented assignment operators.
var augOps = map[string]bool{"+=": true, "-=": true, "*=": true, "/=": true, "//=": true, "%=": true, "**=": true,
	"@=": true, "&=": true, "|=": true, "^=": true, "<<=": true, ">>=": true}

// simple scans one simple statement.
func (s *scanner) simple(toks []Token, c blockCtx) error {
	toks = s.trimTrivia(toks)
	if len(toks) == 0 {
		return errAt(s.at(s.i), "invalid syntax")
	}
	s.stmt++
	first := &toks[0]
	if first.Kind == TokName {
		switch first.Text {
		case "import":
			return s.importStmt(toks, c)
		case "from":
			return s.fromStmt(toks, c)
		case "del":
			return s.delStmt(toks, c)
		case "type":
			if len(toks) > 2 && toks[1].Kind == TokName && (toks[2].Text == "=" || toks[2].Text == "[") && toks[2].Kind == TokOp {
				s.add(Binding{Name: toks[1].Text, Line: toks[1].Line, Col: toks[1].Col, Kind: BindTypeAlias,
					Source: flatten(s.src[first.off:toks[len(toks)-1].end])}, c)
				return nil
			}
		}
	}
	s.walrus(toks, c)
	// Find the assignment operators at bracket depth 0, before any lambda
	// (whose parameter defaults and colon are not ours).
	var eqs []int
	colon, aug := -1, -1
	depth := 0
scan:
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Kind == TokName && t.Text == "lambda" && depth == 0:
			break scan
		case t.Kind != TokOp:
		case t.Text == "(" || t.Text == "[" || t.Text == "{":
			depth++
		case t.Text == ")" || t.Text == "]" || t.Text == "}":
			depth--
		case depth != 0:
		case t.Text == "=":
			eqs = append(eqs, i)
		case t.Text == ":" && colon < 0 && len(eqs) == 0:
			colon = i
		case augOps[t.Text] && aug < 0 && len(eqs) == 0:
			aug = i
		}
	}
	switch {
	case colon >= 0:
		return s.annAssign(toks, colon, c)
	case aug >= 0:
		return s.augAssign(toks, aug, c)
	case len(eqs) > 0:
		return s.assign(toks, eqs, c)
	}
	return nil // an expression statement or another simple statement
}

// trimTrivia drops NL and COMMENT tokens at both ends, if the tokenizer
// has kept any so far (in lean mode, most files have none).
func (s *scanner) trimTrivia(toks []Token) []Token {
	if !s.tk.keptTrivia {
		return toks
	}
	for len(toks) > 0 && (toks[0].Kind == TokNL || toks[0].Kind == TokComment) {
		toks = toks[1:]
	}
	for len(toks) > 0 && (toks[len(toks)-1].Kind == TokNL || toks[len(toks)-1].Kind == TokComment) {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// parseValue parses the right-hand side of an assignment.
func (s *scanner) parseValue(toks []Token, after *Token) (Expr, error) {
	value := s.trimTrivia(toks)
	if len(value) == 0 {
		return nil, &SyntaxError{Line: after.EndLine, Col: after.EndCol, Msg: "invalid syntax"}
	}
	if e := s.literal(value); e != nil {
		return e, nil
	}
	p := newParser(toks, s.src)
	p.consts = &s.consts
	var e Expr
	var err error
	switch {
	case p.is("yield"):
		e, err = p.yield()
	case isAtom(value):
		// A lone literal or name, as most values are, needs no descent
		// through every level of precedence to be parsed.
		e, err = p.atom()
	default:
		e, err = p.starExpressions()
	}
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.Kind != TokEndMarker {
		return nil, p.errAt(t, "invalid syntax")
	}
	return e, nil
}

// literal returns the value that toks make when they are a lone string
// literal without prefix or escapes, or None, as most values are: such a
// value needs no parser. Otherwise it returns nil.
func (s *scanner) literal(toks []Token) Expr {
	if len(toks) != 1 {
		return nil
	}
	t := &toks[0]
	n := node{pos: Position{t.Line, t.Col}, text: t.Text}
	switch {
	case t.Kind == TokName && t.Text == "None":
		return s.consts.add(n, None)
	case t.Kind == TokString && (t.Text[0] == '\'' || t.Text[0] == '"') && strings.IndexByte(t.Text, '\\') < 0:
		v, _ := literalValue(t.Text, 0, false, false)
		return s.consts.add(n, String(v))
	}
	return nil
}

// isAtom reports whether toks is a single literal or name, which parses
// the same as an atom as it does as an expression.
func isAtom(toks []Token) bool {
	if len(toks) != 1 {
		return false
	}
	switch t := &toks[0]; t.Kind {
	case TokString, TokNumber:
		return true
	case TokName:
		return !isKeyword(t.Text) || t.Text == "None" || t.Text == "True" || t.Text == "False"
	}
	return false
}

// parseTarget parses an assignment target.
func (s *scanner) parseTarget(toks []Token, op *Token) (Expr, error) {
	if len(s.trimTrivia(toks)) == 0 {
		return nil, errAt(op, "invalid syntax")
	}
	p := newParser(toks, s.src)
	e, err := p.starList()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.Kind != TokEndMarker {
		return nil, p.errAt(t, "invalid syntax")
	}
	return e, nil
}

func (s *scanner) assign(toks []Token, eqs []int, c blockCtx) error {
	last := eqs[len(eqs)-1]
	value, err := s.parseValue(toks[last+1:], &toks[last])
	if err != nil {
		return err
	}
	start := 0
	for _, eq := range eqs {
		if name := s.loneName(toks[start:eq]); name != nil {
			s.bindName(name.Text, name.Line, name.Col, value, c)
		} else {
			target, err := s.parseTarget(toks[start:eq], &toks[eq])
			if err != nil {
				return err
			}
			if err := s.bindTarget(target, value, c); err != nil {
				return err
			}
		}
		start = eq + 1
	}
	return nil
}

// loneName returns the name that toks consists of, if they are just that:
// the most common assignment target, which then needs no parsing.
func (s *scanner) loneName(toks []Token) *Token {
	toks = s.trimTrivia(toks)
	if len(toks) == 1 && toks[0].Kind == TokName && !isKeyword(toks[0].Text) {
		return &toks[0]
	}
	return nil
}

// bindName records the assignment of value to the name at line:col.
func (s *scanner) bindName(name string, line, col int, value Expr, c blockCtx) {
	s.add(Binding{Name: name, Line: line, Col: col, Kind: BindAssign, Expr: value, Source: flatten(value.String())}, c)
}

// bindTarget records the names that assigning value to target binds:
// elementwise when both are literal tuples or lists of the same length.
func (s *scanner) bindTarget(target, value Expr, c blockCtx) error {
	switch t := target.(type) {
	case *Name:
		s.bindName(t.ID, t.pos.Line, t.pos.Col, value, c)
		return nil
	case *Attribute, *Subscript:
		return nil
	case *Starred:
		return errAt(&Token{Line: t.pos.Line, Col: t.pos.Col}, "starred assignment target must be in a list or tuple")
	case *TupleExpr, *ListExpr:
		targets := elements(t)
		values := elements(value)
		if values != nil && len(values) == len(targets) && !hasStarred(targets) && !hasStarred(values) {
			for i := range targets {
				if err := s.bindTarget(targets[i], values[i], c); err != nil {
					return err
				}
			}
			return nil
		}
		for _, x := range targets {
			if err := s.unpackTarget(x, value, c); err != nil {
				return err
			}
		}
		return nil
	}
	return errAt(&Token{Line: target.Pos().Line, Col: target.Pos().Col}, "cannot assign to %s", describe(target))
}

// unpackTarget records the names of a target that gets a part of a value
// only Python can split.
func (s *scanner) unpackTarget(target, value Expr, c blockCtx) error {
	switch t := target.(type) {
	case *Starred:
		return s.unpackTarget(t.X, value, c)
	case *TupleExpr, *ListExpr:
		for _, x := range elements(t) {
			if err := s.unpackTarget(x, value, c); err != nil {
				return err
			}
		}
		return nil
	case *Name:
		s.add(Binding{Name: t.ID, Line: t.pos.Line, Col: t.pos.Col, Kind: BindUnpack, Source: flatten(value.String())}, c)
		return nil
	case *Attribute, *Subscript:
		return nil
	}
	return errAt(&Token{Line: target.Pos().Line, Col: target.Pos().Col}, "cannot assign to %s", describe(target))
}

// targetNames records the names bound by a for, with or except target.
func (s *scanner) targetNames(target Expr, kind BindingKind, c blockCtx) error {
	switch t := target.(type) {
	case *Name:
		s.add(Binding{Name: t.ID, Line: t.pos.Line, Col: t.pos.Col, Kind: kind}, c)
	case *Starred:
		return s.targetNames(t.X, kind, c)
	case *TupleExpr, *ListExpr:
		for _, x := range elements(t) {
			if err := s.targetNames(x, kind, c); err != nil {
				return err
			}
		}
	case *Attribute, *Subscript:
	default:
		return errAt(&Token{Line: target.Pos().Line, Col: target.Pos().Col}, "cannot assign to %s", describe(target))
	}
	return nil
}

func elements(e Expr) []Expr {
	switch e := e.(type) {
	case *TupleExpr:
		return e.Elts
	case *ListExpr:
		return e.Elts
	}
	return nil
}

func hasStarred(es []Expr) bool {
	for _, e := range es {
		if _, ok := e.(*Starred); ok {
			return true
		}
	}
	return false
}

// describe names an expression that cannot be assigned to, as CPython does.
func describe(e Expr) string {
	switch e := e.(type) {
	case *Constant:
		switch e.Value.(type) {
		case NoneType, Bool:
			return e.text
		}
		return "literal"
	case *Call:
		return "function call"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *FString:
		return "f-string expression"
	case *DictExpr:
		return "dict literal"
	case *Unsupported:
		return e.What
	}
	return "expression"
}

func (s *scanner) annAssign(toks []Token, colon int, c blockCtx) error {
	var target Expr
	name := s.loneName(toks[:colon])
	if name == nil {
		var err error
		if target, err = s.parseTarget(toks[:colon], &toks[colon]); err != nil {
			return err
		}
	}
	rest := toks[colon+1:]
	eq := -1
	depth := 0
	for i := range rest {
		switch t := &rest[i]; {
		case t.Kind != TokOp:
		case t.Text == "(" || t.Text == "[" || t.Text == "{":
			depth++
		case t.Text == ")" || t.Text == "]" || t.Text == "}":
			depth--
		case t.Text == "=" && depth == 0 && eq < 0:
			eq = i
		}
	}
	ann := rest
	if eq >= 0 {
		ann = rest[:eq]
	}
	// The annotation does not affect the value; like other expressions the
	// scanner does not need, it is only checked for presence.
	if len(s.trimTrivia(ann)) == 0 {
		return &SyntaxError{Line: toks[colon].EndLine, Col: toks[colon].EndCol, Msg: "invalid syntax"}
	}
	switch target.(type) {
	case nil, *Name, *Attribute, *Subscript: // nil: a lone name
	case *TupleExpr:
		return errAt(&toks[0], "only single target (not tuple) can be annotated")
	case *ListExpr:
		return errAt(&toks[0], "only single target (not list) can be annotated")
	default:
		return errAt(&toks[0], "illegal target for annotation")
	}
	if eq < 0 {
		return nil // `x: int` binds nothing
	}
	value, err := s.parseValue(rest[eq+1:], &rest[eq])
	if err != nil {
		return err
	}
	if name != nil {
		s.bindName(name.Text, name.Line, name.Col, value, c)
		return nil
	}
	return s.bindTarget(target, value, c)
}

func (s *scanner) augAssign(toks []Token, op int, c blockCtx) error {
	target, err := s.parseTarget(toks[:op], &toks[op])
	if err != nil {
		return err
	}
	value, err := s.parseValue(toks[op+1:], &toks[op])
	if err != nil {
		return err
	}
	switch t := target.(type) {
	case *Name:
		s.add(Binding{Name: t.ID, Line: t.pos.Line, Col: t.pos.Col, Kind: BindAugAssign, Expr: value,
			Source: flatten(value.String()), Op: toks[op].Text}, c)
	case *Attribute, *Subscript:
	default:
		return errAt(&toks[0], "'%s' is an illegal expression for augmented assignment", describe(target))
	}
	return nil
}

func (s *scanner) delStmt(toks []Token, c blockCtx) error {
	target, err := s.parseTarget(toks[1:], &toks[0])
	if err != nil {
		return err
	}
	return s.delNames(target, c)
}

func (s *scanner) delNames(e Expr, c blockCtx) error {
	switch t := e.(type) {
	case *Name:
		s.add(Binding{Name: t.ID, Line: t.pos.Line, Col: t.pos.Col, Kind: BindDel}, c)
	case *TupleExpr, *ListExpr:
		for _, x := range elements(t) {
			if err := s.delNames(x, c); err != nil {
				return err
			}
		}
	case *Attribute, *Subscript:
	default:
		return errAt(&Token{Line: e.Pos().Line, Col: e.Pos().Col}, "cannot delete %s", describe(e))
	}
	return nil
}

// walrus records `name := value` bindings found anywhere in toks: at module
// level they bind module globals, even inside comprehensions.
func (s *scanner) walrus(toks []Token, c blockCtx) {
	if !s.tk.rareOps {
		return // no ':=' read so far
	}
	prev := -1
	for i := range toks {
		t := &toks[i]
		if t.Kind == TokNL || t.Kind == TokComment {
			continue
		}
		if t.Kind == TokOp && t.Text == ":=" && prev >= 0 && toks[prev].Kind == TokName {
			n := &toks[prev]
			s.add(Binding{Name: n.Text, Line: n.Line, Col: n.Col, Kind: BindWalrus}, c)
		}
		prev = i
	}
}

// dotted reads NAME ('.' NAME)* from toks at i. The name is a substring of
// the source unless it is written with spaces.
func (s *scanner) dotted(toks []Token, i int) (string, int, bool) {
	if i >= len(toks) || toks[i].Kind != TokName || isKeyword(toks[i].Text) {
		return "", i, false
	}
	start, spaced := i, false
	i++
	for i+1 < len(toks) && toks[i].Text == "." && toks[i+1].Kind == TokName && !isKeyword(toks[i+1].Text) {
		spaced = spaced || toks[i-1].end != toks[i].off || toks[i].end != toks[i+1].off
		i += 2
	}
	if !spaced {
		return s.src[toks[start].off:toks[i-1].end], i, true
	}
	var b strings.Builder
	for k := start; k < i; k++ {
		b.WriteString(toks[k].Text)
	}
	return b.String(), i, true
}

// spelled returns the concatenation of parts, which an import's Source is
// made of: the source at offset at when it reads just that, as it usually
// does (`from m import x`), rather than a copy.
func (s *scanner) spelled(at int, parts ...string) string {
	off := at
	for _, p := range parts {
		if !strings.HasPrefix(s.src[off:], p) {
			if len(parts) == 2 { // as for all but the first name of a `from` import: + costs half what Join does
				return parts[0] + parts[1]
			}
			return strings.Join(parts, "")
		}
		off += len(p)
	}
	return s.src[at:off]
}

// asName reads an optional `as NAME` at i.
func asName(toks []Token, i int) (*Token, int, bool) {
	if i < len(toks) && toks[i].Kind == TokName && toks[i].Text == "as" {
		if i+1 < len(toks) && toks[i+1].Kind == TokName && !isKeyword(toks[i+1].Text) {
			return &toks[i+1], i + 2, true
		}
		return nil, i, false
	}
	return nil, i, true
}

func (s *scanner) importStmt(toks []Token, c blockCtx) error {
	toks = s.compact(toks)
	for i := 1; ; {
		start := i
		mod, j, ok := s.dotted(toks, i)
		if !ok {
			return errAt(tokenAt(toks, i), "invalid syntax")
		}
		as, j, ok := asName(toks, j)
		if !ok {
			return errAt(tokenAt(toks, j), "invalid syntax")
		}
		src := s.spelled(toks[0].off, "import ", flatten(s.src[toks[start].off:toks[j-1].end]))
		if as != nil {
			s.add(Binding{Name: as.Text, Line: as.Line, Col: as.Col, Kind: BindImport, Module: mod, Source: src, alias: true}, c)
		} else {
			first := &toks[start]
			s.add(Binding{Name: first.Text, Line: first.Line, Col: first.Col, Kind: BindImport, Module: mod, Source: src}, c)
		}
		if j == len(toks) {
			return nil
		}
		if toks[j].Text != "," || j+1 == len(toks) {
			return errAt(&toks[j], "invalid syntax")
		}
		i = j + 1
	}
}

// compact drops NL and COMMENT tokens, which only occur inside brackets,
// copying toks only when it has some (see trimTrivia).
func (s *scanner) compact(toks []Token) []Token {
	if !s.tk.keptTrivia {
		return toks
	}
	for i := range toks {
		if t := &toks[i]; t.Kind == TokNL || t.Kind == TokComment {
			out := append(make([]Token, 0, len(toks)-1), toks[:i]...)
			for _, t := range toks[i+1:] {
				if t.Kind != TokNL && t.Kind != TokComment {
					out = append(out, t)
				}
			}
			return out
		}
	}
	return toks
}

// tokenAt is toks[i], or a position just past the last token.
func tokenAt(toks []Token, i int) *Token {
	if i < len(toks) {
		return &toks[i]
	}
	last := toks[len(toks)-1]
	return &Token{Line: last.EndLine, Col: last.EndCol}
}

func (s *scanner) fromStmt(toks []Token, c blockCtx) error {
	toks = s.compact(toks)
	i, level := 1, 0
	for i < len(toks) && (toks[i].Text == "." || toks[i].Text == "...") && toks[i].Kind == TokOp {
		level += len(toks[i].Text)
		i++
	}
	mod, i, ok := s.dotted(toks, i)
	if !ok && level == 0 {
		return errAt(tokenAt(toks, i), "invalid syntax")
	}
	if i >= len(toks) || toks[i].Text != "import" || toks[i].Kind != TokName {
		return errAt(tokenAt(toks, i), "invalid syntax")
	}
	from := s.spelled(toks[0].off, "from ", strings.Repeat(".", level), mod, " import ")
	i++
	if i < len(toks) && toks[i].Text == "*" {
		if i+1 != len(toks) {
			return errAt(&toks[i+1], "invalid syntax")
		}
		s.add(Binding{Name: "*", Line: toks[i].Line, Col: toks[i].Col, Kind: BindStarImport, Module: mod, Level: level,
			Source: s.spelled(toks[0].off, from, "*")}, c)
		return nil
	}
	paren := i < len(toks) && toks[i].Text == "("
	if paren {
		if toks[len(toks)-1].Text != ")" {
			return errAt(tokenAt(toks, len(toks)), "invalid syntax")
		}
		toks = toks[:len(toks)-1]
		i++
	}
	for {
		if i >= len(toks) || toks[i].Kind != TokName || isKeyword(toks[i].Text) {
			return errAt(tokenAt(toks, i), "invalid syntax")
		}
		name := &toks[i]
		as, j, ok := asName(toks, i+1)
		if !ok {
			return errAt(tokenAt(toks, j), "invalid syntax")
		}
		b := Binding{Name: name.Text, Line: name.Line, Col: name.Col, Kind: BindImportFrom, Module: mod,
			ImportName: name.Text, Level: level, Source: s.spelled(toks[0].off, from, flatten(s.src[name.off:toks[j-1].end]))}
		if as != nil {
			b.Name, b.Line, b.Col = as.Text, as.Line, as.Col
		}
		s.add(b, c)
		if j == len(toks) {
			return nil
		}
		if toks[j].Text != "," {
			return errAt(&toks[j], "invalid syntax")
		}
		if j+1 == len(toks) {
			if paren {
				return nil
			}
			return errAt(&toks[j], "trailing comma not allowed without surrounding parentheses")
		}
		i = j + 1
	}
}

// flatten puts a multi-line source excerpt on one line for messages,
// dropping comments and the line breaks between tokens.
func flatten(src string) string {
	if strings.IndexByte(src, '\n') < 0 { // not Contains, which costs a call more
		return src
	}
	toks, err := tokenize(src, exprMode, 1, 1)
	if err != nil {
		return oneLine(src)
	}
	var b strings.Builder
	var prev *Token
	for i := range toks {
		t := &toks[i]
		if t.Kind == TokNL || t.Kind == TokComment || t.Kind == TokEndMarker {
			continue
		}
		if prev != nil {
			switch {
			case prev.EndLine == t.Line:
				b.WriteString(src[prev.end:t.off])
			case strings.Contains("([{", prev.Text) && prev.Kind == TokOp, strings.Contains(")]},", t.Text) && t.Kind == TokOp:
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.Text)
		prev = t
	}
	return b.String()
}
