package python

import (
	"errors"
	"fmt"
)

// SyntaxError is a file or expression Python would refuse to compile. Msg
// follows CPython's wording so that users recognise it.
type SyntaxError struct {
	Line, Col int // 1-based; Col counts runes
	Msg       string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
}

// NotStaticError says that a value exists in Python but cannot be known
// without running Python: a call to an unknown function, a name assigned in an
// `if` block, an unsupported construct. Callers turn it into a message such as
// "revision at file:12 is `make_id()`, which only Python can compute".
type NotStaticError struct {
	// Path is the file the position refers to, when known (see Module.Path);
	// it differs from the caller's file when the value comes through an import.
	Path      string
	Line, Col int
	Expr      string // the source of the expression or binding concerned
	Reason    string
}

func (e *NotStaticError) Error() string {
	loc := fmt.Sprintf("%d:%d", e.Line, e.Col)
	if e.Path != "" {
		loc = e.Path + ":" + loc
	}
	if e.Expr == "" {
		return loc + ": " + e.Reason
	}
	return fmt.Sprintf("%s: `%s`: %s", loc, e.Expr, e.Reason)
}

// PyError is an exception Python would raise: evaluation is known to fail the
// same way in Python, as opposed to being unknown ([NotStaticError]).
type PyError struct {
	Type string // Python exception class, e.g. "TypeError"
	Msg  string
	// The position of the failing expression, when it comes from Eval; zero
	// for errors from functions such as [Format] that see no source.
	Path      string
	Line, Col int
	Expr      string
}

func (e *PyError) Error() string {
	s := e.Type + ": " + e.Msg
	if e.Line == 0 {
		return s
	}
	loc := fmt.Sprintf("%d:%d", e.Line, e.Col)
	if e.Path != "" {
		loc = e.Path + ":" + loc
	}
	return fmt.Sprintf("%s: `%s`: %s", loc, e.Expr, s)
}

// ErrNotBound is returned (possibly wrapped) by [Module.Value] when the
// module does not bind the name at all, or deletes it: Alembic then sees a
// missing attribute, which is different from a value it could not compute.
var ErrNotBound = errors.New("name is not bound")

func pyErr(typ, format string, args ...any) *PyError {
	return &PyError{Type: typ, Msg: fmt.Sprintf(format, args...)}
}
