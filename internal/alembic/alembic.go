// Package alembic holds what the Alembic engine's packages share: the two
// kinds of failure Alembic itself distinguishes.
//
// Alembic reports a user error (a CommandError) as "FAILED: <msg>" on stdout
// and exits 255; scripts in the wild parse that. Everything else in Alembic
// is an uncaught Python exception: a traceback and exit 1. onehead keeps the
// first kind byte for byte ([Failed]) and turns the second into a one-line
// error that names the file ([FileError]), exit 2.
package alembic

import "fmt"

// Failed is an error Alembic reports as "FAILED: <Message>" with exit 255.
type Failed struct {
	Message string
}

func (e *Failed) Error() string { return e.Message }

// Failf builds a [Failed] with a formatted message.
func Failf(format string, args ...any) *Failed {
	return &Failed{Message: fmt.Sprintf(format, args...)}
}

// FileError is a problem Alembic would crash on (a traceback), located in a
// file: a syntax error, a missing revision, a value only Python could compute.
// Line is 1-based; 0 means the whole file.
type FileError struct {
	Path string
	Line int
	Msg  string
	// Hint says what to do about it, when there is something to say.
	Hint string
}

func (e *FileError) Error() string {
	loc := e.Path
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	s := loc + ": " + e.Msg
	if e.Hint != "" {
		s += " (" + e.Hint + ")"
	}
	return s
}

// Warning is something Alembic would warn about, or a value onehead could
// not know statically where it does not decide the graph. Line is 1-based; 0
// means the whole file.
type Warning struct {
	Path string
	Line int
	Msg  string
}

func (w Warning) String() string {
	if w.Path == "" {
		return w.Msg
	}
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.Path, w.Line, w.Msg)
	}
	return w.Path + ": " + w.Msg
}

// RevisionError is an error Alembic raises as a RevisionError: an illegal
// revision id, a self-loop, a cycle, a clashing branch label. Whether Alembic
// shows it as "FAILED: <msg>" (exit 255) or crashes with a traceback depends
// on the command: `branches` walks the graph inside its error handler,
// `heads` builds it outside. Message is Alembic's text; Path and Line locate
// the revision file that causes it, when one does.
type RevisionError struct {
	Message string
	Path    string
	Line    int
}

func (e *RevisionError) Error() string {
	switch {
	case e.Path == "":
		return e.Message
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Message)
	}
	return e.Path + ": " + e.Message
}
