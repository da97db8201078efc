package lint

import (
	"strings"

	"github.com/onehead/onehead/internal/python"
)

// span is a run of tokens a..b-1.
type span struct{ a, b int }

// trim drops line breaks and comments at both ends, and parentheses that
// wrap the whole run.
func (s *source) trim(r span) span {
	for {
		for r.a < r.b && !s.code(r.a) {
			r.a++
		}
		for r.b > r.a && !s.code(r.b-1) {
			r.b--
		}
		if r.b-r.a >= 2 && s.isOp(r.a, "(") && s.match[r.a] == r.b-1 && !s.hasTopLevel(span{r.a + 1, r.b - 1}, ",") {
			r = span{r.a + 1, r.b - 1}
			continue
		}
		return r
	}
}

// skip returns the index after the bracketed group at i, or i+1.
func (s *source) skip(i int) int {
	if s.match[i] > i {
		return s.match[i] + 1
	}
	return i + 1
}

// split cuts r at the top-level operators op.
func (s *source) split(r span, op string) []span {
	var out []span
	start := r.a
	for i := r.a; i < r.b; {
		if s.isOp(i, op) {
			out = append(out, span{start, i})
			start = i + 1
		}
		i = s.skip(i)
	}
	return append(out, span{start, r.b})
}

func (s *source) hasTopLevel(r span, op string) bool { return len(s.split(r, op)) > 1 }

// arg is one argument of a call: keyword arguments have a name.
type arg struct {
	name string
	span
}

// args returns the arguments of the call whose opening parenthesis is at
// open.
func (s *source) args(open int) []arg {
	close := s.match[open]
	if close < 0 {
		return nil
	}
	var out []arg
	for _, r := range s.split(span{open + 1, close}, ",") {
		r = s.trim(r)
		if r.a >= r.b {
			continue
		}
		if s.toks[r.a].Kind == python.TokName && s.isOp(r.a+1, "=") {
			out = append(out, arg{s.toks[r.a].Text, s.trim(span{r.a + 2, r.b})})
			continue
		}
		out = append(out, arg{span: r})
	}
	return out
}

// positional returns the k-th positional argument, or the keyword
// argument kw.
func positional(args []arg, k int, kw string) (span, bool) {
	n := 0
	for _, a := range args {
		switch {
		case a.name == kw && kw != "":
			return a.span, true
		case a.name == "":
			if n == k {
				return a.span, true
			}
			n++
		}
	}
	return span{}, false
}

// callee returns the name called at token i, when tokens i and i+1 are
// `name(`, and whether it is a method or attribute (`x.name(`).
func (s *source) callee(i int) (name string, method bool) {
	if i < 0 || i+1 >= len(s.toks) || s.toks[i].Kind != python.TokName || !s.isOp(i+1, "(") {
		return "", false
	}
	return s.toks[i].Text, s.isOp(i-1, ".")
}

// stringTransforms are calls and methods that leave SQL as it was for
// lint's purpose: they only change whitespace.
var stringTransforms = map[string]bool{"dedent": true, "strip": true, "lstrip": true, "rstrip": true}

// sqlOf reads r as a Python string expression — literals, implicitly
// concatenated or joined with +, possibly %- or .format()-ted afterwards —
// and assembles its SQL. Operands that are not literals become holes. It
// reports false when r is not such an expression.
func (s *source) sqlOf(r span) (*sqlText, bool) {
	var sb sqlBuilder
	if !s.strExpr(&sb, s.trim(r)) || len(sb.st.lits) == 0 {
		return nil, false
	}
	sb.st.sql = sb.b.String()
	return &sb.st, true
}

func (s *source) strExpr(sb *sqlBuilder, r span) bool {
	if r.a >= r.b {
		return false
	}
	// "..." % args
	if parts := s.split(r, "%"); len(parts) == 2 {
		sb.st.format = '%'
		return s.strExpr(sb, s.trim(parts[0]))
	}
	// dedent("..."), textwrap.dedent("...")
	if name, _ := s.callee(r.a + s.dotted(r)); stringTransforms[name] && s.match[r.a+s.dotted(r)+1] == r.b-1 {
		if a, ok := positional(s.args(r.a+s.dotted(r)+1), 0, ""); ok {
			return s.strExpr(sb, a)
		}
	}
	// "...".format(...), "...".strip()
	if s.isOp(r.b-1, ")") {
		open := s.match[r.b-1]
		if name, method := s.callee(open - 1); method && (name == "format" || stringTransforms[name]) {
			if name == "format" {
				sb.st.format = '{'
			}
			return s.strExpr(sb, s.trim(span{r.a, open - 2}))
		}
	}
	terms := s.split(r, "+")
	literal := false
	for _, t := range terms {
		t = s.trim(t)
		if s.allStrings(t) {
			for i := t.a; i < t.b; i++ {
				if s.toks[i].Kind == python.TokString && !sb.literal(s, i) {
					return false
				}
			}
			literal = true
			continue
		}
		if len(terms) == 1 {
			return false
		}
		if t.a < t.b && s.isOp(t.a, "(") && s.match[t.a] == t.b-1 {
			n := len(sb.st.lits)
			if s.strExpr(sb, s.trim(span{t.a + 1, t.b - 1})) {
				literal = literal || len(sb.st.lits) > n
				continue
			}
		}
		if t.a >= t.b {
			return false
		}
		sb.hole(s.off[t.a], s.end(t.b-1)-s.off[t.a], -1)
	}
	return literal
}

// dotted returns how many tokens the dotted name at r.a spans before its
// last part: 2 for `textwrap.dedent`, 0 for `dedent`.
func (s *source) dotted(r span) int {
	k := 0
	for r.a+k+2 < r.b && s.toks[r.a+k].Kind == python.TokName && s.isOp(r.a+k+1, ".") {
		k += 2
	}
	return k
}

func (s *source) allStrings(r span) bool {
	if r.a >= r.b {
		return false
	}
	for i := r.a; i < r.b; i++ {
		if s.toks[i].Kind != python.TokString && s.code(i) {
			return false
		}
	}
	return true
}

// binding is an assignment `name = value` or a loop `for name in value:`
// anywhere in the file, in any function: lint follows names within the file
// to the last binding before their use.
type binding struct {
	at    int // the name's token
	value span
	loop  bool
}

// bindings finds every simple binding in the file.
func (s *source) bindings() map[string][]binding {
	out := map[string][]binding{}
	for st, a := range s.stmtStart {
		b := s.stmtEnd[st]
		if a >= b {
			continue
		}
		t := s.toks[a]
		switch {
		case t.Kind == python.TokName && t.Text != "for" && (s.isOp(a+1, "=") || s.isOp(a+1, ":")):
			eq := a + 1
			for eq < b && !s.isOp(eq, "=") {
				eq = s.skip(eq)
			}
			if eq < b {
				out[t.Text] = append(out[t.Text], binding{at: a, value: s.trim(span{eq + 1, b})})
			}
		case t.Kind == python.TokName && t.Text == "for" && a+2 < b && s.toks[a+1].Kind == python.TokName && s.isName(a+2, "in"):
			end := a + 3
			for end < b && !s.isOp(end, ":") {
				end = s.skip(end)
			}
			name := s.toks[a+1].Text
			out[name] = append(out[name], binding{at: a + 1, value: s.trim(span{a + 3, end}), loop: true})
		}
	}
	return out
}

// lookup returns the last binding of name before token at.
func lookup(bs map[string][]binding, name string, at int) (binding, bool) {
	var found binding
	ok := false
	for _, b := range bs[name] {
		if b.at < at {
			found, ok = b, true
		}
	}
	return found, ok
}

// elements returns the items of a list or tuple display, following a name
// to its binding.
func (s *source) elements(bs map[string][]binding, r span, depth int) []span {
	r = s.trim(r)
	if r.a >= r.b || depth > maxFollow {
		return nil
	}
	if r.b-r.a == 1 && s.toks[r.a].Kind == python.TokName {
		if b, ok := lookup(bs, s.toks[r.a].Text, r.a); ok && !b.loop {
			return s.elements(bs, b.value, depth+1)
		}
		return nil
	}
	inner := r
	if (s.isOp(r.a, "[") || s.isOp(r.a, "(")) && s.match[r.a] == r.b-1 {
		inner = span{r.a + 1, r.b - 1}
	} else if !s.hasTopLevel(r, ",") {
		return nil
	}
	var out []span
	for _, e := range s.split(inner, ",") {
		if e = s.trim(e); e.a < e.b {
			out = append(out, e)
		}
	}
	return out
}

// maxFollow bounds how many names lint follows from one use.
const maxFollow = 8

// tableName returns the name of the table r denotes when it is
// sa.table("name", ...), Table("name", ...), op.create_table("name", ...)
// (which returns the table) or a name bound to one.
func (s *source) tableName(bs map[string][]binding, r span, depth int) (string, bool) {
	r = s.trim(r)
	if r.a >= r.b || depth > maxFollow {
		return "", false
	}
	if r.b-r.a == 1 && s.toks[r.a].Kind == python.TokName {
		if b, ok := lookup(bs, s.toks[r.a].Text, r.a); ok && !b.loop {
			return s.tableName(bs, b.value, depth+1)
		}
		return "", false
	}
	k := r.a + s.dotted(r)
	if name, _ := s.callee(k); (name == "table" || name == "Table" || name == "create_table") && s.match[k+1] == r.b-1 {
		if a, ok := positional(s.args(k+1), 0, "name"); ok && a.b-a.a == 1 && s.toks[a.a].Kind == python.TokString {
			if v, err := python.Unquote(s.toks[a.a].Text); err == nil {
				if str, ok := v.(python.String); ok {
					return string(str), true
				}
			}
		}
	}
	return "", false
}

// valueKind classifies what a column receives, for --fix: a string gets
// the NULLIF form, anything else plain COALESCE.
type valueKind uint8

const (
	kindNull    valueKind = iota + 1 // NULL or DEFAULT: says nothing about the column
	kindString                       // a text value
	kindOther                        // a number, a boolean, an expression
	kindUnknown                      // only Python knows: a parameter or an f-string field
)

// params are the values of the bind parameters a statement is executed
// with, by name, when Python literals give them.
type params map[string]valueKind

// evalParams reads the parameters passed with a statement: a dict, a list
// or tuple of dicts, or keyword arguments (.bindparams(name=value)).
func (s *source) evalParams(r span, into params) {
	v, ok := s.eval(r)
	if !ok {
		return
	}
	var dicts []*python.Dict
	switch v := v.(type) {
	case *python.Dict:
		dicts = append(dicts, v)
	case python.List:
		dicts = appendDicts(dicts, v)
	case python.Tuple:
		dicts = appendDicts(dicts, v)
	}
	for _, d := range dicts {
		for k, key := range d.Keys {
			if name, ok := key.(python.String); ok {
				into.add(string(name), pyKind(d.Values[k]))
			}
		}
	}
}

func appendDicts(dicts []*python.Dict, items []python.Value) []*python.Dict {
	for _, it := range items {
		if d, ok := it.(*python.Dict); ok {
			dicts = append(dicts, d)
		}
	}
	return dicts
}

// evalKeywords reads keyword arguments as parameters.
func (s *source) evalKeywords(args []arg, into params) {
	for _, a := range args {
		if a.name == "" {
			continue
		}
		if v, ok := s.eval(a.span); ok {
			into.add(a.name, pyKind(v))
		} else {
			into.add(a.name, kindUnknown)
		}
	}
}

// eval evaluates r when it is made of literals only.
func (s *source) eval(r span) (python.Value, bool) {
	if r.a >= r.b {
		return nil, false
	}
	e, err := python.ParseExpr(s.span(r.a, r.b))
	if err != nil {
		return nil, false
	}
	v, err := python.Eval(e, noNames{})
	return v, err == nil
}

// noNames is an environment that knows no names: only literals evaluate.
type noNames struct{}

func (noNames) Lookup(string) (python.Value, error) { return nil, nil }

func pyKind(v python.Value) valueKind {
	switch v.(type) {
	case python.String:
		return kindString
	case python.NoneType:
		return kindNull
	case python.Int, python.Bool:
		return kindOther
	}
	return kindUnknown
}

func (p params) add(name string, k valueKind) {
	p[name] = combine(p[name], k)
}

// combine merges what two rows give the same column.
func combine(a, b valueKind) valueKind {
	switch {
	case a == 0 || a == kindNull:
		return b
	case b == kindNull || a == b:
		return a
	}
	return kindUnknown
}

// pythonName is the name of a parameter as written in SQL (:name or
// %(name)s); positional ones ($1, %s) have none.
func pythonName(param string) string {
	switch {
	case strings.HasPrefix(param, ":"):
		return param[1:]
	case strings.HasPrefix(param, "%("):
		return param[2 : len(param)-2]
	}
	return ""
}
