package python

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// builtin is a Python builtin function or class the evaluator knows.
type builtin struct {
	name  string
	class bool // str, tuple, list and int are classes in Python
	sig   params
	fn    func(args []Value) (Value, error)
}

func (b *builtin) Type() string {
	if b.class {
		return "type"
	}
	return "builtin_function_or_method"
}

func (b *builtin) PyRepr() (string, error) {
	if b.class {
		return fmt.Sprintf("<class '%s'>", b.name), nil
	}
	return fmt.Sprintf("<built-in function %s>", b.name), nil
}

func (b *builtin) Call(args []Value, kwargs []KeywordArg) (Value, error) {
	bound, err := b.sig.bind(b.name, args, kwargs)
	if err != nil {
		return nil, err
	}
	return b.fn(bound)
}

var builtins = map[string]*builtin{
	"str": {name: "str", class: true, sig: params{names: []string{"object"}, posMax: 1}, fn: func(a []Value) (Value, error) {
		if a[0] == nil {
			return String(""), nil
		}
		s, err := Str(a[0])
		return String(s), err
	}},
	"repr": {name: "repr", sig: params{names: []string{"obj"}, required: 1, posMax: 1, kwFrom: 1}, fn: func(a []Value) (Value, error) {
		s, err := Repr(a[0])
		return String(s), err
	}},
	"tuple": {name: "tuple", class: true, sig: params{names: []string{"iterable"}, posMax: 1, kwFrom: 1}, fn: func(a []Value) (Value, error) {
		if a[0] == nil {
			return Tuple{}, nil
		}
		xs, err := iterate(a[0])
		return Tuple(xs), err
	}},
	"list": {name: "list", class: true, sig: params{names: []string{"iterable"}, posMax: 1, kwFrom: 1}, fn: func(a []Value) (Value, error) {
		if a[0] == nil {
			return List{}, nil
		}
		xs, err := iterate(a[0])
		return List(slices.Clone(xs)), err
	}},
	"len":    {name: "len", sig: params{names: []string{"obj"}, required: 1, posMax: 1, kwFrom: 1}, fn: builtinLen},
	"int":    {name: "int", class: true, sig: params{names: []string{"x", "base"}, posMax: 2, kwFrom: 1}, fn: builtinInt},
	"sorted": {name: "sorted", sig: params{names: []string{"iterable", "key", "reverse"}, required: 1, posMax: 1, kwFrom: 1}, fn: builtinSorted},
}

// Builtin returns the builtin function or class the evaluator provides under
// name (str, repr, tuple, list, len, int, sorted), or nil. An [Env] that
// answers every name (Mako's, where unknown names are [Undefined]) uses it
// to leave builtins alone.
func Builtin(name string) Value {
	if b, ok := builtins[name]; ok {
		return b
	}
	return nil
}

// params describes a function's parameters for binding call arguments.
type params struct {
	names    []string
	required int // how many leading parameters must be given
	posMax   int // how many may be given positionally
	kwFrom   int // index of the first parameter that may be given by keyword
}

// bind matches arguments to parameters; absent optional ones are nil.
func (p params) bind(fn string, args []Value, kwargs []KeywordArg) ([]Value, error) {
	if len(p.names) == 1 && p.required == 1 && len(args)+len(kwargs) != 1 {
		return nil, pyErr("TypeError", "%s() takes exactly one argument (%d given)", fn, len(args)+len(kwargs))
	}
	if len(args) > p.posMax {
		if p.posMax == 0 {
			return nil, pyErr("TypeError", "%s() takes no arguments (%d given)", fn, len(args))
		}
		return nil, pyErr("TypeError", "%s() takes at most %d arguments (%d given)", fn, p.posMax, len(args))
	}
	out := make([]Value, len(p.names))
	copy(out, args)
	for _, k := range kwargs {
		i := slices.Index(p.names, k.Name)
		if i < p.kwFrom {
			return nil, pyErr("TypeError", "%s() got an unexpected keyword argument '%s'", fn, k.Name)
		}
		if out[i] != nil {
			return nil, pyErr("TypeError", "%s() got multiple values for argument '%s'", fn, k.Name)
		}
		out[i] = k.Value
	}
	for i := 0; i < p.required; i++ {
		if out[i] == nil {
			return nil, pyErr("TypeError", "%s() missing required argument '%s' (pos %d)", fn, p.names[i], i+1)
		}
	}
	return out, nil
}

// iterate lists the items Python's iter(v) would produce.
func iterate(v Value) ([]Value, error) {
	switch v := v.(type) {
	case String:
		var out []Value
		for _, r := range string(v) {
			out = append(out, String(r))
		}
		return out, nil
	case Bytes:
		out := make([]Value, len(v))
		for i := 0; i < len(v); i++ {
			out[i] = Int(v[i])
		}
		return out, nil
	case Tuple:
		return v, nil
	case List:
		return v, nil
	case *Dict:
		return v.Keys, nil
	}
	if builtinKind(v) {
		return nil, pyErr("TypeError", "'%s' object is not iterable", v.Type())
	}
	return nil, notStatic("iterating over a %s is not supported", v.Type())
}

func builtinLen(a []Value) (Value, error) {
	switch v := a[0].(type) {
	case String:
		return Int(len([]rune(string(v)))), nil
	case Bytes:
		return Int(len(v)), nil
	case Tuple:
		return Int(len(v)), nil
	case List:
		return Int(len(v)), nil
	case *Dict:
		return Int(len(v.Keys)), nil
	}
	if builtinKind(a[0]) {
		return nil, pyErr("TypeError", "object of type '%s' has no len()", a[0].Type())
	}
	return nil, notStatic("len() of a %s is not supported", a[0].Type())
}

func builtinInt(a []Value) (Value, error) {
	x, base := a[0], a[1]
	if x == nil {
		if base != nil {
			return nil, pyErr("TypeError", "int() missing string argument")
		}
		return Int(0), nil
	}
	if base == nil {
		if n, ok := asInt(x); ok {
			return Int(n), nil
		}
	}
	s, ok := x.(String)
	if !ok {
		if base != nil {
			return nil, pyErr("TypeError", "int() can't convert non-string with explicit base")
		}
		if builtinKind(x) {
			return nil, pyErr("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type())
		}
		return nil, notStatic("int() of a %s is not supported", x.Type())
	}
	b := int64(10)
	if base != nil {
		var ok bool
		if b, ok = asInt(base); !ok {
			return nil, pyErr("TypeError", "'%s' object cannot be interpreted as an integer", base.Type())
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, pyErr("ValueError", "int() base must be >= 2 and <= 36, or 0")
		}
	}
	return parseInt(string(s), int(b))
}

// parseInt is int(s, base) for a str: surrounding whitespace, a sign, a
// base prefix where the base allows it, and single underscores between
// digits.
func parseInt(s string, base int) (Value, error) {
	bad := func() error {
		return pyErr("ValueError", "invalid literal for int() with base %d: %s", base, reprString(s))
	}
	t := strings.TrimFunc(s, isSpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg, t = t[0] == '-', t[1:]
	}
	b := base
	if len(t) >= 2 && t[0] == '0' {
		p := map[byte]int{'x': 16, 'o': 8, 'b': 2}[t[1]|0x20]
		if p != 0 && (base == 0 || base == p) {
			b, t = p, t[2:]
			if strings.HasPrefix(t, "_") {
				t = t[1:]
			}
		}
	}
	if b == 0 {
		b = 10
		if strings.Trim(t, "0_") != "" && t != "" && t[0] == '0' {
			return nil, bad()
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return nil, bad()
	}
	for _, r := range t {
		if r >= 0x80 {
			return nil, notStatic("int() of non-ASCII digits is not supported")
		}
	}
	n, err := strconv.ParseUint(strings.ReplaceAll(t, "_", ""), b, 64)
	if err != nil {
		if e, ok := err.(*strconv.NumError); ok && e.Err == strconv.ErrRange {
			return nil, errOverflow
		}
		return nil, bad()
	}
	switch {
	case neg && n <= 1<<63:
		return Int(-int64(n-1) - 1), nil
	case !neg && n < 1<<63:
		return Int(n), nil
	}
	return nil, errOverflow
}

func builtinSorted(a []Value) (Value, error) {
	xs, err := iterate(a[0])
	if err != nil {
		return nil, err
	}
	xs = slices.Clone(xs)
	keys := xs
	if a[1] != nil && a[1] != None {
		fn, ok := a[1].(Callable)
		if !ok {
			return nil, pyErr("TypeError", "'%s' object is not callable", a[1].Type())
		}
		keys = make([]Value, len(xs))
		for i, x := range xs {
			if keys[i], err = fn.Call([]Value{x}, nil); err != nil {
				return nil, err
			}
		}
	}
	reverse := a[2] != nil && Truthy(a[2])
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		x, y := keys[idx[i]], keys[idx[j]]
		if reverse {
			x, y = y, x
		}
		c, e := order("<", x, y)
		if e != nil && err == nil {
			err = e
		}
		return c < 0
	})
	if err != nil {
		return nil, err
	}
	out := make(List, len(xs))
	for i, k := range idx {
		out[i] = xs[k]
	}
	return out, nil
}

// method is a built-in method bound to its receiver, such as ", ".join.
type method struct {
	recv Value
	name string
	sig  params
	fn   func(recv Value, args []Value) (Value, error)
	// varargs methods (str.format) take the arguments as given.
	varargs func(recv Value, args []Value, kwargs []KeywordArg) (Value, error)
}

func (m *method) Type() string { return "builtin_function_or_method" }

func (m *method) PyRepr() (string, error) {
	return fmt.Sprintf("<built-in method %s of %s object>", m.name, m.recv.Type()), nil
}

func (m *method) Call(args []Value, kwargs []KeywordArg) (Value, error) {
	if m.varargs != nil {
		return m.varargs(m.recv, args, kwargs)
	}
	bound, err := m.sig.bind(m.recv.Type()+"."+m.name, args, kwargs)
	if err != nil {
		return nil, err
	}
	return m.fn(m.recv, bound)
}

func noArgs(f func(string) string) method {
	return method{fn: func(r Value, _ []Value) (Value, error) { return String(f(string(r.(String)))), nil }}
}

func stripMethod(left, right bool) method {
	return method{sig: params{names: []string{"chars"}, posMax: 1, kwFrom: 1}, fn: func(r Value, a []Value) (Value, error) {
		s := string(r.(String))
		cut := isSpace
		switch c := a[0].(type) {
		case nil, NoneType:
		case String:
			cut = func(x rune) bool { return strings.ContainsRune(string(c), x) }
		default:
			return nil, pyErr("TypeError", "strip arg must be None or str")
		}
		if left {
			s = strings.TrimLeftFunc(s, cut)
		}
		if right {
			s = strings.TrimRightFunc(s, cut)
		}
		return String(s), nil
	}}
}

func affixMethod(name string, has func(s, affix string) bool) method {
	return method{sig: params{names: []string{"prefix", "start", "end"}, required: 1, posMax: 3, kwFrom: 3}, fn: func(r Value, a []Value) (Value, error) {
		if a[1] != nil || a[2] != nil {
			return nil, notStatic("str.%s with start or end is not supported", name)
		}
		s := string(r.(String))
		switch p := a[0].(type) {
		case String:
			return Bool(has(s, string(p))), nil
		case Tuple:
			for _, x := range p {
				ps, ok := x.(String)
				if !ok {
					return nil, pyErr("TypeError", "tuple for %s must only contain str, not %s", name, x.Type())
				}
				if has(s, string(ps)) {
					return Bool(true), nil
				}
			}
			return Bool(false), nil
		}
		return nil, pyErr("TypeError", "%s first arg must be str or a tuple of str, not %s", name, a[0].Type())
	}}
}

// strMethods is filled by init: its format method reaches getattr, which
// reads it, and Go refuses such initialisation cycles in declarations.
var strMethods map[string]method

func init() {
	strMethods = map[string]method{
		"lower":      noArgs(Lower),
		"upper":      noArgs(upper),
		"title":      noArgs(title),
		"capitalize": noArgs(capitalize),
		"strip":      stripMethod(true, true),
		"lstrip":     stripMethod(true, false),
		"rstrip":     stripMethod(false, true),
		"startswith": affixMethod("startswith", strings.HasPrefix),
		"endswith":   affixMethod("endswith", strings.HasSuffix),
		"replace": {sig: params{names: []string{"old", "new", "count"}, required: 2, posMax: 3, kwFrom: 2}, fn: func(r Value, a []Value) (Value, error) {
			for i, x := range a[:2] {
				if _, ok := x.(String); !ok {
					return nil, pyErr("TypeError", "replace() argument %d must be str, not %s", i+1, x.Type())
				}
			}
			old, repl := a[0].(String), a[1].(String)
			n := int64(-1)
			if a[2] != nil {
				var ok bool
				if n, ok = asInt(a[2]); !ok {
					return nil, pyErr("TypeError", "'%s' object cannot be interpreted as an integer", a[2].Type())
				}
			}
			s := string(r.(String))
			if grow := len(repl) - len(old); grow > 0 && len(s)+(len(s)+1)*grow > maxLen {
				return nil, notStatic("string longer than %d bytes", maxLen)
			}
			return String(strings.Replace(s, string(old), string(repl), int(max(min(n, int64(len(s))+1), -1)))), nil
		}},
		"join": {sig: params{names: []string{"iterable"}, required: 1, posMax: 1, kwFrom: 1}, fn: func(r Value, a []Value) (Value, error) {
			xs, err := iterate(a[0])
			if err != nil {
				return nil, err
			}
			parts := make([]string, len(xs))
			size := 0
			for i, x := range xs {
				s, ok := x.(String)
				if !ok {
					return nil, pyErr("TypeError", "sequence item %d: expected str instance, %s found", i, x.Type())
				}
				parts[i] = string(s)
				size += len(s) + len(r.(String))
			}
			if size > maxLen {
				return nil, notStatic("string longer than %d bytes", maxLen)
			}
			return String(strings.Join(parts, string(r.(String)))), nil
		}},
		"split": {sig: params{names: []string{"sep", "maxsplit"}, posMax: 2}, fn: func(r Value, a []Value) (Value, error) {
			n := int64(-1)
			if a[1] != nil {
				var ok bool
				if n, ok = asInt(a[1]); !ok {
					return nil, pyErr("TypeError", "'%s' object cannot be interpreted as an integer", a[1].Type())
				}
			}
			s := string(r.(String))
			var parts []string
			switch sep := a[0].(type) {
			case nil, NoneType:
				parts = splitSpace(s, n)
			case String:
				if sep == "" {
					return nil, pyErr("ValueError", "empty separator")
				}
				if n < 0 {
					parts = strings.Split(s, string(sep))
				} else {
					parts = strings.SplitN(s, string(sep), int(min(n, int64(len(s))))+1)
				}
			default:
				return nil, pyErr("TypeError", "must be str or None, not %s", a[0].Type())
			}
			out := make(List, len(parts))
			for i, p := range parts {
				out[i] = String(p)
			}
			return out, nil
		}},
		"format": {varargs: func(r Value, args []Value, kwargs []KeywordArg) (Value, error) {
			s, err := strFormat(string(r.(String)), args, kwargs)
			return String(s), err
		}},
	}
}

// splitSpace is str.split() without a separator: runs of whitespace split,
// leading and trailing whitespace is dropped, at most n splits (n < 0: all).
func splitSpace(s string, n int64) []string {
	var out []string
	for {
		s = strings.TrimLeftFunc(s, isSpace)
		if s == "" {
			return out
		}
		if n == 0 {
			return append(out, s)
		}
		i := strings.IndexFunc(s, isSpace)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i:]
		n--
	}
}

// getattr is Python's x.name for the values the evaluator knows, and
// defers to [Attributer] for plugged-in ones.
func getattr(x Value, name string) (Value, error) {
	switch v := x.(type) {
	case String:
		if m, ok := strMethods[name]; ok {
			m.recv, m.name = v, name
			return &m, nil
		}
	case *Dict:
		if name == "get" {
			return &method{recv: v, name: name, sig: params{names: []string{"key", "default"}, required: 1, posMax: 2, kwFrom: 2},
				fn: func(r Value, a []Value) (Value, error) {
					if !hashable(a[0]) {
						return nil, pyErr("TypeError", "unhashable type: '%s'", a[0].Type())
					}
					if got, ok := r.(*Dict).Get(a[0]); ok {
						return got, nil
					}
					if a[1] == nil {
						return None, nil
					}
					return a[1], nil
				}}, nil
		}
	case Attributer:
		a, err := v.Attr(name)
		if err == nil && a == nil {
			return nil, notStatic("%s has no attribute '%s'", x.Type(), name)
		}
		return a, err
	case Undefined:
		return nil, v.err()
	}
	return nil, notStatic("%s.%s is not supported", x.Type(), name)
}
