package mako

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/python"
)

// function is a Python callable implemented in Go.
type function struct {
	name string
	call func(args []python.Value, kwargs []python.KeywordArg) (python.Value, error)
}

func (f *function) Type() string { return "function" }

func (f *function) Call(args []python.Value, kwargs []python.KeywordArg) (python.Value, error) {
	return f.call(args, kwargs)
}

// PyRepr refuses: Python's repr of a function or module shows a memory
// address or a path, which no template should print.
func (f *function) PyRepr() (string, error) { return "", noRepr(f.name) }

func noRepr(what string) error {
	return &python.NotStaticError{Reason: fmt.Sprintf("the text of %s depends on the Python process", what)}
}

func pyErr(typ, format string, args ...any) error {
	return &python.PyError{Type: typ, Msg: fmt.Sprintf(format, args...)}
}

func unsupported(format string, args ...any) error {
	return &python.NotStaticError{Reason: fmt.Sprintf(format, args...)}
}

// bind matches call arguments to parameters as Python does for a function
// taking names positionally or by keyword, the first required of them;
// absent optional ones are nil.
func bind(fn string, names []string, required int, args []python.Value, kwargs []python.KeywordArg) ([]python.Value, error) {
	if len(args) > len(names) {
		return nil, pyErr("TypeError", "%s() takes at most %d arguments (%d given)", fn, len(names), len(args))
	}
	out := make([]python.Value, len(names))
	copy(out, args)
	for _, k := range kwargs {
		i := slices.Index(names, k.Name)
		if i < 0 {
			return nil, pyErr("TypeError", "%s() got an unexpected keyword argument '%s'", fn, k.Name)
		}
		if out[i] != nil {
			return nil, pyErr("TypeError", "%s() got multiple values for argument '%s'", fn, k.Name)
		}
		out[i] = k.Value
	}
	for i := range required {
		if out[i] == nil {
			return nil, pyErr("TypeError", "%s() missing required argument '%s' (pos %d)", fn, names[i], i+1)
		}
	}
	return out, nil
}

// module is one of the standard-library modules a template may import.
type module struct {
	name  string
	attrs map[string]python.Value
	// refuse explains why an attribute that exists in Python is not here.
	refuse func(attr string) error
}

func (m *module) Type() string { return "module" }

func (m *module) PyRepr() (string, error) { return "", noRepr("module " + m.name) }

func (m *module) Attr(name string) (python.Value, error) {
	if v, ok := m.attrs[name]; ok {
		return v, nil
	}
	return nil, m.refuse(name)
}

// modules are what `<%! import ... %>` may bind. re gives split, which the
// multidb template uses. datetime gives nothing: its useful parts read the
// clock, and a merge file must come out the same every time it is made.
var modules = map[string]*module{
	"re": {name: "re", attrs: map[string]python.Value{"split": &function{name: "re.split", call: reSplit}},
		refuse: func(attr string) error { return unsupported("re.%s is not supported (only re.split is)", attr) }},
	"datetime": {name: "datetime", attrs: map[string]python.Value{},
		refuse: func(attr string) error {
			return unsupported("datetime.%s is not supported: onehead never reads the clock, so that a merge file is reproducible; use create_date", attr)
		}},
}

// reSplit is Python's re.split(pattern, string, maxsplit=0, flags=0) for
// patterns that mean the same to Go's regexp (see translateRegexp).
func reSplit(args []python.Value, kwargs []python.KeywordArg) (python.Value, error) {
	a, err := bind("split", []string{"pattern", "string", "maxsplit", "flags"}, 2, args, kwargs)
	if err != nil {
		return nil, err
	}
	pattern, ok := a[0].(python.String)
	if !ok {
		return nil, unsupported("re.split with a %s pattern is not supported", a[0].Type())
	}
	s, ok := a[1].(python.String)
	if !ok {
		return nil, pyErr("TypeError", "expected string or bytes-like object, got '%s'", a[1].Type())
	}
	maxsplit := python.Int(0)
	if a[2] != nil {
		if maxsplit, ok = a[2].(python.Int); !ok {
			return nil, pyErr("TypeError", "'%s' object cannot be interpreted as an integer", a[2].Type())
		}
	}
	if a[3] != nil && a[3] != python.Value(python.Int(0)) {
		return nil, unsupported("re.split with flags is not supported")
	}
	re, err := compileRegexp(string(pattern))
	if err != nil {
		return nil, err
	}
	n := -1
	if maxsplit > 0 {
		n = int(min(maxsplit, python.Int(len(s))))
	} else if maxsplit < 0 {
		return python.List{s}, nil
	}
	var out python.List
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(string(s), n) {
		out = append(out, s[last:m[0]])
		for g := 2; g < len(m); g += 2 {
			if m[g] < 0 {
				out = append(out, python.None)
			} else {
				out = append(out, s[m[g]:m[g+1]])
			}
		}
		last = m[1]
	}
	return append(out, s[last:]), nil
}

// compileRegexp translates and compiles a Python pattern, refusing
// patterns that can match the empty string: Python and Go place empty
// matches differently. With the assertions translateRegexp allows (only
// ^, \A and \Z), a pattern can match empty somewhere exactly when it
// matches the empty string.
func compileRegexp(pattern string) (*regexp.Regexp, error) {
	src, err := translateRegexp(pattern)
	if err != nil {
		return nil, err
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, unsupported("regular expression %q is not supported: %v", pattern, err)
	}
	if re.MatchString("") {
		return nil, unsupported("regular expression %q can match the empty string, which is not supported", pattern)
	}
	return re, nil
}

// pyClasses are Python's str-pattern classes as Go class contents.
var pyClasses = map[byte]string{'d': `\p{Nd}`, 's': pySpace, 'w': pyWord}

// translateRegexp rewrites a Python regular expression as a Go one with the
// same matches, or refuses it. Go's syntax is close to Python's, but its
// \d, \s, \w and \b are ASCII-only, its $ does not match before a final
// newline, and it lacks look-around and backreferences; constructs whose
// meaning differs are refused rather than approximated.
func translateRegexp(p string) (string, error) {
	var b strings.Builder
	refuse := func(what string) (string, error) {
		return "", unsupported("regular expression %q: %s is not supported", p, what)
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch c {
		case '\\':
			if i+1 == len(p) {
				return refuse("a trailing backslash")
			}
			i++
			d := p[i]
			switch {
			case pyClasses[d|0x20] != "":
				neg := ""
				if d < 'a' {
					neg = "^"
				}
				b.WriteString("[" + neg + pyClasses[d|0x20] + "]")
			case d == 'A':
				b.WriteString(`\A`)
			case d == 'Z':
				b.WriteString(`\z`)
			default:
				lit, n, err := escapeLiteral(p[i:])
				if err != "" {
					return refuse(err)
				}
				b.WriteString(lit)
				i += n - 1
			}
		case '[':
			class, n, err := translateClass(p[i:])
			if err != "" {
				return refuse(err)
			}
			b.WriteString(class)
			i += n - 1
		case '(':
			switch {
			case strings.HasPrefix(p[i:], "(?:"):
				b.WriteString("(?:")
				i += 2
			case strings.HasPrefix(p[i:], "(?P<"):
				b.WriteString("(?P<")
				i += 3
			case strings.HasPrefix(p[i:], "(?"):
				return refuse("the group `" + p[i:min(i+3, len(p))] + "`")
			default:
				b.WriteByte('(')
			}
		case '{':
			q := quantifierRE().FindStringSubmatch(p[i:])
			switch {
			case q == nil || q[0] == "{}":
				b.WriteString(`\{`)
			case q[1] == "" && q[2] == ",":
				b.WriteString("{0" + q[0][1:])
				i += len(q[0]) - 1
			default:
				b.WriteString(q[0])
				i += len(q[0]) - 1
			}
		case '$':
			return refuse("$")
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// quantifierRE is a Python {m}, {m,}, {m,n} or {,n} repeat.
var quantifierRE = lazyRE(`\A\{([0-9]*)(,?)([0-9]*)\}`)

// escapeLiteral translates the escape s starts with (after its backslash)
// into a Go literal, returning its length, or the reason it is refused.
func escapeLiteral(s string) (string, int, string) {
	d := s[0]
	switch {
	case strings.IndexByte("ntrfva", d) >= 0:
		return `\` + string(d), 1, ""
	case d == 'x' || d == 'u' || d == 'U':
		n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[d]
		if len(s) <= n || !isHex(s[1:1+n]) {
			return "", 0, `a short \` + string(d) + ` escape`
		}
		return `\x{` + s[1:1+n] + `}`, 1 + n, ""
	case d >= '0' && d <= '9':
		return "", 0, "a backreference or octal escape"
	case d < 0x80 && (d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z'):
		return "", 0, `the escape \` + string(d)
	}
	r := []rune(s)[0]
	return regexp.QuoteMeta(string(r)), len(string(r)), ""
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(s[i])) {
			return false
		}
	}
	return true
}

// translateClass translates the character class s starts with, returning
// its length, or the reason it is refused.
func translateClass(s string) (string, int, string) {
	var b strings.Builder
	b.WriteByte('[')
	i := 1
	if strings.HasPrefix(s[i:], "^") {
		b.WriteByte('^')
		i++
	}
	if strings.HasPrefix(s[i:], "]") {
		b.WriteString(`\]`)
		i++
	}
	for ; i < len(s); i++ {
		c := s[i]
		switch c {
		case ']':
			return b.String() + "]", i + 1, ""
		case '[':
			return "", 0, "`[` inside a class"
		case '\\':
			if i+1 == len(s) {
				return "", 0, "a trailing backslash"
			}
			i++
			d := s[i]
			switch {
			case d == 'd' || d == 's' || d == 'w':
				b.WriteString(pyClasses[d])
			case d == 'D':
				b.WriteString(`\P{Nd}`)
			case d == 'b':
				b.WriteString(`\x{8}`)
			case d == 'S' || d == 'W':
				return "", 0, `\` + string(d) + " inside a class"
			default:
				lit, n, err := escapeLiteral(s[i:])
				if err != "" {
					return "", 0, err
				}
				b.WriteString(lit)
				i += n - 1
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, "an unterminated class"
}

// context is Mako's Context as a template sees it: get() and the
// variables the caller passed, which fall back to Python's builtins.
type context struct {
	vars map[string]python.Value
}

func (c *context) Type() string { return "Context" }

func (c *context) PyRepr() (string, error) { return "", noRepr("the context") }

func (c *context) Attr(name string) (python.Value, error) {
	if name != "get" {
		return nil, unsupported("context.%s is not supported (only context.get is)", name)
	}
	return &function{name: "context.get", call: func(args []python.Value, kwargs []python.KeywordArg) (python.Value, error) {
		a, err := bind("get", []string{"key", "default"}, 1, args, kwargs)
		if err != nil {
			return nil, err
		}
		key, ok := a[0].(python.String)
		if !ok {
			return nil, unsupported("context.get of a %s key is not supported", a[0].Type())
		}
		v, err := c.lookup(string(key))
		switch {
		case err != nil || v != nil:
			return v, err
		case a[1] == nil:
			return python.None, nil
		}
		return a[1], nil
	}}, nil
}

// lookup is Context.get without a default: the caller's variable, else a
// Python builtin, else nil. Mako's own entries (capture, caller, self,
// local) are refused.
func (c *context) lookup(name string) (python.Value, error) {
	switch name {
	case "capture", "caller", "self", "local":
		return nil, unsupported("Mako's `%s` is not supported", name)
	}
	if v, ok := c.vars[name]; ok {
		return v, nil
	}
	if b := python.Builtin(name); b != nil {
		return b, nil
	}
	if pythonBuiltins[name] {
		return nil, unsupported("the Python builtin `%s` is not supported", name)
	}
	return nil, nil
}

// pythonBuiltins are the names of Python 3's builtins module, which Mako
// templates see unless a variable hides them; those package python does
// not provide are refused rather than taken for undefined names.
var pythonBuiltins = names(`ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup
	BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError
	ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis
	EncodingWarning EnvironmentError Exception ExceptionGroup FileExistsError FileNotFoundError
	FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError
	IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
	ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError
	OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError
	ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration
	SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError
	UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning
	ValueError Warning ZeroDivisionError __build_class__ __debug__ __doc__ __import__ __loader__
	__name__ __package__ __spec__ abs aiter all anext any ascii bin bool breakpoint bytearray bytes
	callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval
	exec exit filter float format frozenset getattr globals hasattr hash help hex id input int
	isinstance issubclass iter len license list locals map max memoryview min next object oct open ord
	pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum
	super tuple type vars zip`)
