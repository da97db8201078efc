package mako

import (
	"errors"
	"fmt"
	"strings"

	"github.com/onehead/onehead/internal/python"
)

// CompileError is a template that Mako refuses to load: a lexer error, a
// Python syntax error in a construct, or module-level code (`<%! %>`) that
// raises. Alembic loads the template outside its error handling, so it
// crashes with a traceback rather than printing "Template rendering failed".
type CompileError struct {
	Name      string // the template name given to Parse
	Line      int
	Construct string // the template source of the construct, as written
	Msg       string
}

// RenderError is an exception Mako raises while rendering, such as a
// NameError for an undefined variable printed by `${...}`. Alembic reports
// it as "Template rendering failed; see <tmpfile> for a template-oriented
// traceback." and writes nothing; callers print that plus Error().
type RenderError struct {
	Name      string
	Line      int
	Construct string
	Msg       string
}

// UnsupportedError is a construct onehead cannot render without running
// Python (a def, an import of an arbitrary module, the clock...). Alembic
// may render it fine, so the caller must not pretend it would fail.
type UnsupportedError struct {
	Name      string
	Line      int
	Construct string
	Msg       string
}

func (e *CompileError) Error() string     { return describe(e.Name, e.Line, e.Construct, e.Msg) }
func (e *RenderError) Error() string      { return describe(e.Name, e.Line, e.Construct, e.Msg) }
func (e *UnsupportedError) Error() string { return describe(e.Name, e.Line, e.Construct, e.Msg) }

// maxConstruct bounds how much of a construct a message quotes.
const maxConstruct = 60

// describe formats "name:line: `construct`: msg", quoting the construct on
// one line so that a multi-line block does not swamp the message.
func describe(name string, line int, construct, msg string) string {
	var b strings.Builder
	if name != "" {
		b.WriteString(name)
		b.WriteByte(':')
	}
	fmt.Fprintf(&b, "%d: ", line)
	if c := strings.Join(strings.Fields(construct), " "); c != "" {
		if r := []rune(c); len(r) > maxConstruct {
			c = string(r[:maxConstruct]) + "…"
		}
		fmt.Fprintf(&b, "`%s`: ", c)
	}
	b.WriteString(msg)
	return b.String()
}

// site is where a construct starts in the template, for messages.
type site struct {
	line int
	src  string
}

// errorKind selects which of the three error types a failure becomes.
type errorKind uint8

const (
	compileKind errorKind = iota
	renderKind
	unsupportedKind
)

// fail builds the error of the given kind at s.
func (t *Template) fail(kind errorKind, s site, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	switch kind {
	case compileKind:
		return &CompileError{Name: t.name, Line: s.line, Construct: s.src, Msg: msg}
	case renderKind:
		return &RenderError{Name: t.name, Line: s.line, Construct: s.src, Msg: msg}
	}
	return &UnsupportedError{Name: t.name, Line: s.line, Construct: s.src, Msg: msg}
}

// wrap turns an error from package python into one of ours. Python reports
// positions inside the construct's own source, whose first line is the
// construct's line; runtime says whether the failure happens while
// rendering (a Python exception is then a RenderError) or while loading
// the template (everything is then a CompileError).
func (t *Template) wrap(err error, s site, runtime bool) error {
	var (
		se *python.SyntaxError
		pe *python.PyError
		ns *python.NotStaticError
	)
	switch {
	case errors.As(err, &se):
		return t.fail(compileKind, shift(s, se.Line), "SyntaxError: %s", se.Msg)
	case errors.As(err, &ns):
		return t.fail(unsupportedKind, shift(s, ns.Line), "%s", inExpr(ns.Expr, ns.Reason))
	case errors.As(err, &pe):
		kind := renderKind
		if !runtime {
			kind = compileKind
		}
		return t.fail(kind, shift(s, pe.Line), "%s", inExpr(pe.Expr, pe.Type+": "+pe.Msg))
	}
	// Anything else comes from a caller's value (config, create_date),
	// like an exception its Python counterpart would raise.
	if runtime {
		return t.fail(renderKind, s, "%v", err)
	}
	return t.fail(compileKind, s, "%v", err)
}

// shift moves s to the line a Python position (1-based within the
// construct) refers to.
func shift(s site, line int) site {
	if line > 1 {
		s.line += line - 1
	}
	return s
}

// inExpr names the sub-expression an error comes from, when there is one.
func inExpr(expr, msg string) string {
	if expr == "" {
		return msg
	}
	return fmt.Sprintf("in `%s`: %s", expr, msg)
}
