package python

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Env resolves the names an expression uses. Lookup returns (nil, nil) for a
// name it does not know, which lets the evaluator fall back to the builtins
// it knows itself (str, repr, tuple, list, len, int, sorted); an unknown name
// is then a [*NotStaticError].
type Env interface {
	Lookup(name string) (Value, error)
}

// maxLen caps the size of strings and sequences the evaluator builds, so
// that `'x' * 10**9` or repeated doubling cannot exhaust memory. No revision
// identifier or template expression comes near it.
const maxLen = 1 << 20

// maxItems caps the number of items in nested tuples, lists and dicts,
// counting shared ones each time: `[[1] * 1000] * 1000` is cheap to build
// but a million items to compare or print.
const maxItems = 1 << 16

// itemCount counts the items nested in v, shared ones each time they
// appear, stopping once past limit so that counting stays cheap.
func itemCount(v Value, limit int) int {
	var kids []Value
	n := 0
	switch v := v.(type) {
	case Tuple:
		kids = v
	case List:
		kids = v
	case *Dict:
		n, kids = len(v.Keys), v.Values
	}
	n += len(kids)
	for _, k := range kids {
		if n > limit {
			break
		}
		n += itemCount(k, limit-n)
	}
	return n
}

// checkItems refuses a container with more than maxItems nested items.
func checkItems(v Value) error {
	return checkCount(itemCount(v, maxItems))
}

func checkCount(n int) error {
	if n > maxItems {
		return notStatic("a value with more than %d nested items", maxItems)
	}
	return nil
}

// Eval evaluates e. Supported: literals, f-strings, names, tuples, lists,
// dicts, attribute access, calls, subscripts and slices, + - * // % and
// unary - + ~, comparisons, not/and/or and conditional expressions, with the
// builtins and str methods described in the package documentation. Anything
// else is refused with a [*NotStaticError] naming the construct.
func Eval(e Expr, env Env) (Value, error) {
	return (&evaluator{env: env}).eval(e)
}

type evaluator struct {
	env  Env
	path string // for error positions; see Module.Path
}

func notStatic(format string, args ...any) *NotStaticError {
	return &NotStaticError{Reason: fmt.Sprintf(format, args...)}
}

func (ev *evaluator) eval(e Expr) (Value, error) {
	v, err := ev.eval1(e)
	if err != nil {
		return nil, ev.locate(err, e)
	}
	return v, nil
}

// locate gives a position-less error the position of e, the innermost
// expression it came out of.
func (ev *evaluator) locate(err error, e Expr) error {
	var ns *NotStaticError
	if errors.As(err, &ns) && ns.Line == 0 {
		c := *ns
		c.Path, c.Line, c.Col, c.Expr = ev.path, e.Pos().Line, e.Pos().Col, oneLine(e.String())
		return &c
	}
	var pe *PyError
	if errors.As(err, &pe) && pe.Line == 0 {
		c := *pe
		c.Path, c.Line, c.Col, c.Expr = ev.path, e.Pos().Line, e.Pos().Col, oneLine(e.String())
		return &c
	}
	return err
}

func (ev *evaluator) eval1(e Expr) (Value, error) {
	switch e := e.(type) {
	case *Constant:
		return e.Value, nil
	case *Name:
		return ev.name(e.ID)
	case *FString:
		var b strings.Builder
		if err := ev.fstring(&b, e.Parts); err != nil {
			return nil, err
		}
		return String(b.String()), nil
	case *TupleExpr:
		items, err := ev.evalAll(e.Elts)
		if err != nil {
			return nil, err
		}
		return Tuple(items), checkItems(Tuple(items))
	case *ListExpr:
		items, err := ev.evalAll(e.Elts)
		if err != nil {
			return nil, err
		}
		return List(items), checkItems(List(items))
	case *DictExpr:
		d := &Dict{}
		for i, k := range e.Keys {
			if k == nil {
				return nil, notStatic("dict unpacking (**) is not supported")
			}
			kv, err := ev.eval(k)
			if err != nil {
				return nil, err
			}
			if !hashable(kv) {
				return nil, pyErr("TypeError", "unhashable type: '%s'", kv.Type())
			}
			v, err := ev.eval(e.Values[i])
			if err != nil {
				return nil, err
			}
			d.set(kv, v)
		}
		return d, checkItems(d)
	case *Attribute:
		x, err := ev.eval(e.X)
		if err != nil {
			return nil, err
		}
		return getattr(x, e.Name)
	case *Call:
		return ev.call(e)
	case *Subscript:
		return ev.subscript(e)
	case *BinOp:
		x, err := ev.eval(e.X)
		if err != nil {
			return nil, err
		}
		y, err := ev.eval(e.Y)
		if err != nil {
			return nil, err
		}
		return binary(e.Op, x, y)
	case *UnaryOp:
		x, err := ev.eval(e.X)
		if err != nil {
			return nil, err
		}
		return unary(e.Op, x)
	case *BoolOp:
		x, err := ev.eval(e.X)
		if err != nil {
			return nil, err
		}
		// `x and y` is y only when x is true; `x or y` only when x is false.
		if Truthy(x) == (e.Op == "and") {
			return ev.eval(e.Y)
		}
		return x, nil
	case *Compare:
		return ev.compare(e)
	case *IfExp:
		c, err := ev.eval(e.Cond)
		if err != nil {
			return nil, err
		}
		if Truthy(c) {
			return ev.eval(e.Then)
		}
		return ev.eval(e.Else)
	case *Starred:
		return nil, notStatic("starred expression is not supported")
	case *Slice:
		return nil, notStatic("slice outside a subscript")
	case *Unsupported:
		return nil, notStatic("%s is not supported", e.What)
	}
	return nil, notStatic("%T is not supported", e)
}

func (ev *evaluator) evalAll(es []Expr) ([]Value, error) {
	out := make([]Value, len(es))
	for i, x := range es {
		if s, ok := x.(*Starred); ok {
			return nil, ev.locate(notStatic("starred expression is not supported"), s)
		}
		v, err := ev.eval(x)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (ev *evaluator) name(id string) (Value, error) {
	if ev.env != nil {
		v, err := ev.env.Lookup(id)
		if err != nil || v != nil {
			return v, err
		}
	}
	if b := Builtin(id); b != nil {
		return b, nil
	}
	return nil, notStatic("name '%s' is not defined", id)
}

func (ev *evaluator) fstring(b *strings.Builder, parts []FStringPart) error {
	for _, p := range parts {
		if p.Expr == nil {
			b.WriteString(p.Lit)
			continue
		}
		v, err := ev.eval(p.Expr)
		if err != nil {
			return err
		}
		b.WriteString(p.Debug)
		conv := p.Conv
		if p.Debug != "" && conv == 0 && len(p.Spec) == 0 {
			conv = 'r'
		}
		switch conv {
		case 's', 'r', 'a':
			s, err := convert(v, conv)
			if err != nil {
				return err
			}
			v = String(s)
		}
		var spec strings.Builder
		if err := ev.fstring(&spec, p.Spec); err != nil {
			return err
		}
		s, err := formatValue(v, spec.String())
		if err != nil {
			return err
		}
		if b.Len()+len(s) > maxLen {
			return notStatic("string longer than %d bytes", maxLen)
		}
		b.WriteString(s)
	}
	return nil
}

// convert applies a !s, !r or !a conversion.
func convert(v Value, conv byte) (string, error) {
	switch conv {
	case 'r':
		return Repr(v)
	case 'a':
		return asciiRepr(v)
	}
	return Str(v)
}

func (ev *evaluator) call(e *Call) (Value, error) {
	fn, err := ev.eval(e.Func)
	if err != nil {
		return nil, err
	}
	args, err := ev.evalAll(e.Args)
	if err != nil {
		return nil, err
	}
	var kwargs []KeywordArg
	for _, k := range e.Keywords {
		if k.Name == "" {
			return nil, notStatic("keyword argument unpacking (**) is not supported")
		}
		v, err := ev.eval(k.Value)
		if err != nil {
			return nil, err
		}
		kwargs = append(kwargs, KeywordArg{Name: k.Name, Value: v})
	}
	c, ok := fn.(Callable)
	if !ok {
		if builtinKind(fn) {
			return nil, pyErr("TypeError", "'%s' object is not callable", fn.Type())
		}
		return nil, notStatic("calling a %s is not supported", fn.Type())
	}
	return c.Call(args, kwargs)
}

func (ev *evaluator) subscript(e *Subscript) (Value, error) {
	x, err := ev.eval(e.X)
	if err != nil {
		return nil, err
	}
	if s, ok := e.Index.(*Slice); ok {
		var bounds [3]Value
		for i, b := range []Expr{s.Lo, s.Hi, s.Step} {
			bounds[i] = None
			if b != nil {
				if bounds[i], err = ev.eval(b); err != nil {
					return nil, err
				}
			}
		}
		return slice(x, bounds[0], bounds[1], bounds[2])
	}
	idx, err := ev.eval(e.Index)
	if err != nil {
		return nil, err
	}
	return index(x, idx)
}

func (ev *evaluator) compare(e *Compare) (Value, error) {
	x, err := ev.eval(e.X)
	if err != nil {
		return nil, err
	}
	for i, op := range e.Ops {
		y, err := ev.eval(e.Ys[i])
		if err != nil {
			return nil, err
		}
		ok, err := compare(op, x, y)
		if err != nil || !ok {
			return Bool(false), err
		}
		x = y
	}
	return Bool(true), nil
}

func compare(op string, x, y Value) (bool, error) {
	switch op {
	case "==":
		return equal(x, y), nil
	case "!=":
		return !equal(x, y), nil
	case "is", "is not":
		if !singleton(x) && !singleton(y) && (builtinKind(x) || builtinKind(y)) {
			return false, notStatic("`%s` between %s and %s depends on object identity", op, x.Type(), y.Type())
		}
		return identical(x, y) == (op == "is"), nil
	case "in", "not in":
		in, err := contains(y, x)
		return in == (op == "in"), err
	}
	c, err := order(op, x, y)
	if err != nil {
		return false, err
	}
	switch op {
	case "<":
		return c < 0, nil
	case "<=":
		return c <= 0, nil
	case ">":
		return c > 0, nil
	}
	return c >= 0, nil
}

func singleton(v Value) bool {
	switch v.(type) {
	case NoneType, Bool, Undefined:
		return true
	}
	return false
}

// contains is Python's `x in container`.
func contains(container, x Value) (bool, error) {
	switch c := container.(type) {
	case String:
		s, ok := x.(String)
		if !ok {
			return false, pyErr("TypeError", "'in <string>' requires string as left operand, not %s", x.Type())
		}
		return strings.Contains(string(c), string(s)), nil
	case Tuple, List:
		for _, item := range items(c) {
			if equal(item, x) {
				return true, nil
			}
		}
		return false, nil
	case *Dict:
		if !hashable(x) {
			return false, pyErr("TypeError", "unhashable type: '%s'", x.Type())
		}
		_, ok := c.Get(x)
		return ok, nil
	}
	if builtinKind(container) {
		return false, pyErr("TypeError", "argument of type '%s' is not iterable", container.Type())
	}
	return false, notStatic("`in` on a %s is not supported", container.Type())
}

func items(v Value) []Value {
	if t, ok := v.(Tuple); ok {
		return t
	}
	return v.(List)
}

// order compares x and y for <, <=, >, >=: ints, strs (by code point),
// tuples and lists (lexicographically).
func order(op string, x, y Value) (int, error) {
	if a, ok := asInt(x); ok {
		if b, ok := asInt(y); ok {
			return cmp(a, b), nil
		}
	}
	switch a := x.(type) {
	case String:
		if b, ok := y.(String); ok {
			return strings.Compare(string(a), string(b)), nil
		}
	case Tuple, List:
		if fmt.Sprintf("%T", x) == fmt.Sprintf("%T", y) {
			xs, ys := items(x), items(y)
			for i := 0; i < len(xs) && i < len(ys); i++ {
				if !equal(xs[i], ys[i]) {
					return order(op, xs[i], ys[i])
				}
			}
			return cmp(len(xs), len(ys)), nil
		}
	}
	if builtinKind(x) && builtinKind(y) {
		return 0, pyErr("TypeError", "'%s' not supported between instances of '%s' and '%s'", op, x.Type(), y.Type())
	}
	return 0, notStatic("`%s` between %s and %s is not supported", op, x.Type(), y.Type())
}

func cmp[T int | int64](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func unary(op string, x Value) (Value, error) {
	if op == "not" {
		return Bool(!Truthy(x)), nil
	}
	n, ok := asInt(x)
	if !ok {
		if builtinKind(x) {
			return nil, pyErr("TypeError", "bad operand type for unary %s: '%s'", op, x.Type())
		}
		return nil, notStatic("unary %s on a %s is not supported", op, x.Type())
	}
	switch op {
	case "-":
		if n == math.MinInt64 {
			return nil, errOverflow
		}
		return Int(-n), nil
	case "~":
		return Int(^n), nil
	}
	return Int(n), nil
}

var errOverflow = notStatic("integer result does not fit in 64 bits")

// binary applies an arithmetic operator with Python's semantics.
func binary(op string, x, y Value) (Value, error) {
	a, aInt := asInt(x)
	b, bInt := asInt(y)
	switch {
	case aInt && bInt:
		return intOp(op, a, b)
	case op == "%":
		if s, ok := x.(String); ok {
			v, err := Format(string(s), y)
			return String(v), err
		}
	case op == "+":
		switch a := x.(type) {
		case String:
			if b, ok := y.(String); ok {
				if len(a)+len(b) > maxLen {
					return nil, notStatic("string longer than %d bytes", maxLen)
				}
				return a + b, nil
			}
			if builtinKind(y) {
				return nil, pyErr("TypeError", `can only concatenate str (not "%s") to str`, y.Type())
			}
		case Tuple:
			if b, ok := y.(Tuple); ok {
				t := Tuple(concat(a, b))
				return t, checkItems(t)
			}
			if builtinKind(y) {
				return nil, pyErr("TypeError", `can only concatenate tuple (not "%s") to tuple`, y.Type())
			}
		case List:
			if b, ok := y.(List); ok {
				l := List(concat(a, b))
				return l, checkItems(l)
			}
			if builtinKind(y) {
				return nil, pyErr("TypeError", `can only concatenate list (not "%s") to list`, y.Type())
			}
		}
	case op == "*":
		if bInt {
			return repeat(x, b)
		}
		if aInt {
			return repeat(y, a)
		}
	}
	if op != "+" && op != "-" && op != "*" && op != "%" && op != "//" {
		return nil, notStatic("operator %s is not supported", op)
	}
	if builtinKind(x) && builtinKind(y) {
		if op == "*" && (isSeq(x) || isSeq(y)) {
			other := y
			if !isSeq(x) {
				other = x
			}
			return nil, pyErr("TypeError", "can't multiply sequence by non-int of type '%s'", other.Type())
		}
		return nil, pyErr("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", op, x.Type(), y.Type())
	}
	return nil, notStatic("operator %s between %s and %s is not supported", op, x.Type(), y.Type())
}

func isSeq(v Value) bool {
	switch v.(type) {
	case String, Bytes, Tuple, List:
		return true
	}
	return false
}

func concat(a, b []Value) []Value {
	out := make([]Value, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

func repeat(seq Value, n int64) (Value, error) {
	n = max(n, 0)
	size := func(l int) error {
		if l > 0 && n > maxLen/int64(l) {
			return notStatic("result longer than %d", maxLen)
		}
		return nil
	}
	switch s := seq.(type) {
	case String:
		if err := size(len(s)); err != nil {
			return nil, err
		}
		return String(strings.Repeat(string(s), int(n))), nil
	case Tuple, List:
		xs := items(s)
		if err := size(len(xs)); err != nil {
			return nil, err
		}
		if err := checkCount(int(n) * itemCount(List(xs), maxItems)); err != nil {
			return nil, err
		}
		out := make([]Value, 0, len(xs)*int(n))
		for i := int64(0); i < n; i++ {
			out = append(out, xs...)
		}
		if _, ok := s.(Tuple); ok {
			return Tuple(out), nil
		}
		return List(out), nil
	}
	if builtinKind(seq) {
		return nil, pyErr("TypeError", "unsupported operand type(s) for *: '%s' and 'int'", seq.Type())
	}
	return nil, notStatic("operator * on a %s is not supported", seq.Type())
}

func intOp(op string, a, b int64) (Value, error) {
	switch op {
	case "+":
		r := a + b
		if (r > a) != (b > 0) {
			return nil, errOverflow
		}
		return Int(r), nil
	case "-":
		r := a - b
		if (r < a) != (b > 0) {
			return nil, errOverflow
		}
		return Int(r), nil
	case "*":
		if a == 0 || b == 0 {
			return Int(0), nil
		}
		r := a * b
		if r/b != a || a == -1 && b == math.MinInt64 || b == -1 && a == math.MinInt64 {
			return nil, errOverflow
		}
		return Int(r), nil
	case "//", "%":
		if b == 0 {
			if op == "%" {
				return nil, pyErr("ZeroDivisionError", "integer modulo by zero")
			}
			return nil, pyErr("ZeroDivisionError", "integer division or modulo by zero")
		}
		if a == math.MinInt64 && b == -1 {
			if op == "%" {
				return Int(0), nil
			}
			return nil, errOverflow
		}
		q, r := a/b, a%b
		if r != 0 && (r < 0) != (b < 0) {
			q, r = q-1, r+b
		}
		if op == "%" {
			return Int(r), nil
		}
		return Int(q), nil
	}
	return nil, notStatic("operator %s is not supported", op)
}

// normIndex resolves a possibly negative index against length n.
func normIndex(i, n int64) (int64, bool) {
	if i < 0 {
		i += n
	}
	return i, 0 <= i && i < n
}

func index(x, idx Value) (Value, error) {
	if d, ok := x.(*Dict); ok {
		if !hashable(idx) {
			return nil, pyErr("TypeError", "unhashable type: '%s'", idx.Type())
		}
		if v, ok := d.Get(idx); ok {
			return v, nil
		}
		r, err := Repr(idx)
		if err != nil {
			return nil, err
		}
		return nil, pyErr("KeyError", "%s", r)
	}
	if !isSeq(x) {
		if builtinKind(x) {
			return nil, pyErr("TypeError", "'%s' object is not subscriptable", x.Type())
		}
		return nil, notStatic("subscripting a %s is not supported", x.Type())
	}
	i, ok := asInt(idx)
	if !ok {
		return nil, pyErr("TypeError", "%s indices must be integers or slices, not %s", x.Type(), idx.Type())
	}
	switch s := x.(type) {
	case String:
		rs := []rune(string(s))
		if j, ok := normIndex(i, int64(len(rs))); ok {
			return String(rs[j]), nil
		}
		return nil, pyErr("IndexError", "string index out of range")
	case Bytes:
		if j, ok := normIndex(i, int64(len(s))); ok {
			return Int(s[j]), nil
		}
		return nil, pyErr("IndexError", "index out of range")
	}
	xs := items(x)
	if j, ok := normIndex(i, int64(len(xs))); ok {
		return xs[j], nil
	}
	return nil, pyErr("IndexError", "%s index out of range", x.Type())
}

// slice is x[lo:hi:step] with Python's clamping rules.
func slice(x, lo, hi, step Value) (Value, error) {
	if !isSeq(x) {
		if builtinKind(x) {
			return nil, pyErr("TypeError", "'%s' object is not subscriptable", x.Type())
		}
		return nil, notStatic("slicing a %s is not supported", x.Type())
	}
	var n int64
	var rs []rune
	switch s := x.(type) {
	case String:
		rs = []rune(string(s))
		n = int64(len(rs))
	case Bytes:
		n = int64(len(s))
	default:
		n = int64(len(items(x)))
	}
	st := int64(1)
	if step != None {
		v, ok := asInt(step)
		if !ok {
			return nil, pyErr("TypeError", "slice indices must be integers or None or have an __index__ method")
		}
		if v == 0 {
			return nil, pyErr("ValueError", "slice step cannot be zero")
		}
		st = v
	}
	bound := func(v Value, def int64) (int64, error) {
		if v == None {
			return def, nil
		}
		i, ok := asInt(v)
		if !ok {
			return 0, pyErr("TypeError", "slice indices must be integers or None or have an __index__ method")
		}
		switch {
		case i < 0 && i+n < 0 && st < 0:
			i = -1
		case i < 0 && i+n < 0:
			i = 0
		case i < 0:
			i += n
		case i >= n && st < 0:
			i = n - 1
		case i >= n:
			i = n
		}
		return i, nil
	}
	var start, stop int64
	var err error
	if st > 0 {
		if start, err = bound(lo, 0); err == nil {
			stop, err = bound(hi, n)
		}
	} else {
		if start, err = bound(lo, n-1); err == nil {
			stop, err = bound(hi, -1)
		}
	}
	if err != nil {
		return nil, err
	}
	var picked []int64
	for i := start; st > 0 && i < stop || st < 0 && i > stop; i += st {
		picked = append(picked, i)
	}
	switch s := x.(type) {
	case String:
		out := make([]rune, len(picked))
		for k, i := range picked {
			out[k] = rs[i]
		}
		return String(out), nil
	case Bytes:
		out := make([]byte, len(picked))
		for k, i := range picked {
			out[k] = s[i]
		}
		return Bytes(out), nil
	}
	xs := items(x)
	out := make([]Value, len(picked))
	for k, i := range picked {
		out[k] = xs[i]
	}
	if _, ok := x.(Tuple); ok {
		return Tuple(out), nil
	}
	return List(out), nil
}

// oneLine collapses a multi-line source excerpt for messages.
func oneLine(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.Join(lines, " ")
}
