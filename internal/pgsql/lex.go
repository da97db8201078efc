// Package pgsql reads the PostgreSQL that migrations pass to the database,
// as far as onehead's lint needs: a lexer that follows PostgreSQL's own
// scanner (scan.l) for everything that can hide a keyword — string
// constants in all their forms ('…' with doubled quotes, E'…' with backslash
// escapes, U&'…', N'…', B'…', X'…', dollar quoting $tag$…$tag$), quoted
// identifiers, nested /* */ comments and -- comments — and a reader of
// INSERT statements on top of it ([Inserts]): target table, alias, column
// list, VALUES rows and the ON CONFLICT clause, each with byte offsets.
//
// Why not a real PostgreSQL parser such as pganalyze/pg_query_go? It embeds
// PostgreSQL's parser through cgo: every build compiles libpg_query (minutes
// on a cold cache), cross-compiling onehead's static binaries would need a C
// toolchain per target, and the parser only accepts complete, valid SQL.
// Migrations are full of SQL that is not that: f-strings with Python fields
// where a table name or value goes, SQLAlchemy's :name and psycopg's
// %(name)s parameters, fragments glued together with +. pg_query would
// reject all of them, while lint must still see the ON CONFLICT clause
// around the holes. What lint needs of the grammar is small (one statement
// kind, one clause) and what it must never get wrong is lexical: a keyword
// inside a string constant, a comment or a dollar-quoted body is not a
// keyword. A careful lexer gets that exactly right, keeps the byte offsets
// that --fix needs to rewrite the statement in place, and treats holes as
// opaque identifiers. Anything the reader does not understand it leaves
// alone rather than guessing.
package pgsql

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Kind is the kind of a [Token].
type Kind uint8

// The token kinds. Whitespace and comments are not tokens.
const (
	Ident       Kind = iota + 1 // an unquoted identifier or keyword
	QuotedIdent                 // "..." or U&"..."
	String                      // '...', E'...', N'...', U&'...' or $tag$...$tag$
	BitString                   // B'...' or X'...'
	Number
	Param // $1, SQLAlchemy's :name, psycopg's %s and %(name)s
	Op    // an operator, :: included
	Punct // ( ) [ ] , ; . :
)

var kindNames = [...]string{"", "Ident", "QuotedIdent", "String", "BitString", "Number", "Param", "Op", "Punct"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Token is one lexical token; Start and End are byte offsets into the SQL.
type Token struct {
	Kind       Kind
	Text       string
	Start, End int
}

// Is reports whether t is the unquoted keyword kw (given in lower case).
// Keywords are case-insensitive; a quoted identifier is never a keyword.
func (t Token) Is(kw string) bool {
	return t.Kind == Ident && len(t.Text) == len(kw) && strings.EqualFold(t.Text, kw)
}

// IsPunct reports whether t is the punctuation p.
func (t Token) IsPunct(p string) bool { return t.Kind == Punct && t.Text == p }

// DollarBody returns the text between the tags of a dollar-quoted string
// and its offset in the SQL; ok is false for any other token.
func (t Token) DollarBody() (body string, start int, ok bool) {
	if t.Kind != String || t.Text[0] != '$' {
		return "", 0, false
	}
	n := strings.IndexByte(t.Text[1:], '$') + 2
	return t.Text[n : len(t.Text)-n], t.Start + n, true
}

// Hole stands for a part of the SQL that only Python knows, such as an
// f-string field. It is a private-use character, which PostgreSQL's lexer
// (and this one) takes as an identifier character, so a hole lexes as, or
// inside, an identifier or a string constant and never hides a keyword.
const Hole = "\uE000"

// HasHole reports whether the token contains a [Hole].
func (t Token) HasHole() bool { return strings.Contains(t.Text, Hole) }

// Error is SQL the lexer cannot split: an unterminated string constant,
// quoted identifier, dollar quote or comment.
type Error struct {
	Offset int
	Msg    string
}

func (e *Error) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

// Lex splits sql into tokens, as PostgreSQL with standard_conforming_strings
// on (the default since 9.1) does: a backslash is an ordinary character in
// '...' and an escape only in E'...'.
func Lex(sql string) ([]Token, error) {
	l := lexer{src: sql}
	for {
		l.skipSpace()
		if l.err != nil {
			return l.toks, l.err
		}
		if l.i >= len(l.src) {
			return l.toks, nil
		}
		l.next()
		if l.err != nil {
			return l.toks, l.err
		}
	}
}

type lexer struct {
	src  string
	i    int
	toks []Token
	err  error
}

func (l *lexer) emit(k Kind, start int) {
	l.toks = append(l.toks, Token{Kind: k, Text: l.src[start:l.i], Start: start, End: l.i})
}

func (l *lexer) fail(off int, format string, args ...any) {
	l.err = &Error{Offset: off, Msg: fmt.Sprintf(format, args...)}
}

func (l *lexer) peek(k int) byte {
	if l.i+k < len(l.src) {
		return l.src[l.i+k]
	}
	return 0
}

// skipSpace skips whitespace and comments; /* */ comments nest.
func (l *lexer) skipSpace() {
	for l.i < len(l.src) {
		switch c := l.src[l.i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			l.i++
		case c == '-' && l.peek(1) == '-':
			if j := strings.IndexAny(l.src[l.i:], "\r\n"); j >= 0 {
				l.i += j
			} else {
				l.i = len(l.src)
			}
		case c == '/' && l.peek(1) == '*':
			if !l.blockComment() {
				return
			}
		default:
			return
		}
	}
}

// blockComment skips a /* */ comment, which may nest; false means it is
// unterminated.
func (l *lexer) blockComment() bool {
	start, depth := l.i, 0
	for l.i < len(l.src) {
		switch {
		case strings.HasPrefix(l.src[l.i:], "/*"):
			depth++
			l.i += 2
		case strings.HasPrefix(l.src[l.i:], "*/"):
			depth--
			l.i += 2
			if depth == 0 {
				return true
			}
		default:
			l.i++
		}
	}
	l.fail(start, "unterminated /* comment")
	return false
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentCont(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' || c == '$' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// opChars are the characters PostgreSQL builds operators from.
const opChars = "+-*/<>=~!@#%^&|`?"

func (l *lexer) next() {
	start := l.i
	c := l.src[l.i]
	switch {
	case (c == 'e' || c == 'E') && l.peek(1) == '\'':
		l.i++
		l.quoted('\'', true, String, start)
	case (c == 'n' || c == 'N') && l.peek(1) == '\'':
		l.i++
		l.quoted('\'', false, String, start)
	case (c == 'b' || c == 'B' || c == 'x' || c == 'X') && l.peek(1) == '\'':
		l.i++
		l.quoted('\'', false, BitString, start)
	case (c == 'u' || c == 'U') && l.peek(1) == '&' && (l.peek(2) == '\'' || l.peek(2) == '"'):
		l.i += 2
		kind := String
		if l.src[l.i] == '"' {
			kind = QuotedIdent
		}
		l.quoted(l.src[l.i], false, kind, start)
	case c == '\'':
		l.quoted('\'', false, String, start)
	case c == '"':
		l.quoted('"', false, QuotedIdent, start)
	case isIdentStart(c):
		for l.i < len(l.src) && isIdentCont(l.src[l.i]) {
			l.i++
		}
		l.emit(Ident, start)
	case c == '$':
		l.dollar(start)
	case isDigit(c) || c == '.' && isDigit(l.peek(1)):
		l.number(start)
	case c == ':' && l.peek(1) == ':':
		l.i += 2
		l.emit(Op, start)
	case c == ':' && l.peek(1) == '=':
		l.i += 2
		l.emit(Op, start)
	case c == ':' && isIdentStart(l.peek(1)):
		// SQLAlchemy's text() bind parameter.
		l.i++
		for l.i < len(l.src) && isIdentCont(l.src[l.i]) {
			l.i++
		}
		l.emit(Param, start)
	case c == '%' && l.pyformat():
		l.emit(Param, start)
	case strings.IndexByte("()[],;.:", c) >= 0:
		l.i++
		l.emit(Punct, start)
	case strings.IndexByte(opChars, c) >= 0:
		for l.i < len(l.src) && strings.IndexByte(opChars, l.src[l.i]) >= 0 {
			if l.i > start && (strings.HasPrefix(l.src[l.i:], "--") || strings.HasPrefix(l.src[l.i:], "/*")) {
				break
			}
			l.i++
		}
		l.emit(Op, start)
	default:
		_, n := utf8.DecodeRuneInString(l.src[l.i:])
		l.i += n
		l.emit(Op, start)
	}
}

// quoted scans a constant or identifier closed by q, where a doubled q
// stands for itself and, with backslash, \x escapes any character.
func (l *lexer) quoted(q byte, backslash bool, kind Kind, start int) {
	l.i++ // the opening quote
	for l.i < len(l.src) {
		switch c := l.src[l.i]; {
		case backslash && c == '\\':
			l.i += 2
		case c == q && l.peek(1) == q:
			l.i += 2
		case c == q:
			l.i++
			l.emit(kind, start)
			return
		default:
			l.i++
		}
	}
	what := "quoted string"
	if kind == QuotedIdent {
		what = "quoted identifier"
	}
	l.fail(start, "unterminated %s", what)
}

// dollar scans $1, or a dollar-quoted string $tag$...$tag$ whose tag is
// empty or an identifier without $.
func (l *lexer) dollar(start int) {
	j := l.i + 1
	if j < len(l.src) && isDigit(l.src[j]) {
		for j < len(l.src) && isDigit(l.src[j]) {
			j++
		}
		l.i = j
		l.emit(Param, start)
		return
	}
	if j < len(l.src) && isIdentStart(l.src[j]) {
		for j < len(l.src) && isIdentCont(l.src[j]) && l.src[j] != '$' {
			j++
		}
	}
	if j >= len(l.src) || l.src[j] != '$' {
		l.i++
		l.emit(Op, start)
		return
	}
	tag := l.src[l.i : j+1]
	end := strings.Index(l.src[j+1:], tag)
	if end < 0 {
		l.fail(start, "unterminated dollar-quoted string %s", tag)
		return
	}
	l.i = j + 1 + end + len(tag)
	l.emit(String, start)
}

// number scans a numeric constant: 42, 1_000, 3.14, .5, 1e-9, 0x1F.
func (l *lexer) number(start int) {
	if l.src[l.i] == '0' && strings.IndexByte("xXoObB", l.peek(1)) >= 0 {
		l.i += 2
		for l.i < len(l.src) && (isIdentCont(l.src[l.i]) && l.src[l.i] != '$') {
			l.i++
		}
		l.emit(Number, start)
		return
	}
	digits := func() {
		for l.i < len(l.src) && (isDigit(l.src[l.i]) || l.src[l.i] == '_') {
			l.i++
		}
	}
	digits()
	if l.peek(0) == '.' && l.peek(1) != '.' {
		l.i++
		digits()
	}
	if c := l.peek(0); c == 'e' || c == 'E' {
		k := 1
		if s := l.peek(1); s == '+' || s == '-' {
			k = 2
		}
		if isDigit(l.peek(k)) {
			l.i += k
			digits()
		}
	}
	l.emit(Number, start)
}

// pyformat reports whether a psycopg placeholder (%s or %(name)s) starts
// here, and scans it.
func (l *lexer) pyformat() bool {
	rest := l.src[l.i:]
	if strings.HasPrefix(rest, "%s") && (len(rest) == 2 || !isIdentCont(rest[2])) {
		l.i += 2
		return true
	}
	if !strings.HasPrefix(rest, "%(") {
		return false
	}
	end := strings.IndexByte(rest, ')')
	if end < 0 || end+1 >= len(rest) || rest[end+1] != 's' {
		return false
	}
	for k := 2; k < end; k++ {
		if !isIdentCont(rest[k]) {
			return false
		}
	}
	l.i += end + 2
	return true
}

// Unquote returns an identifier as PostgreSQL names it: unquoted ones fold
// to lower case, quoted ones keep their case with "" undoubled.
func Unquote(t Token) string {
	switch {
	case t.Kind == QuotedIdent && t.Text[0] == '"':
		return strings.ReplaceAll(t.Text[1:len(t.Text)-1], `""`, `"`)
	case t.Kind == QuotedIdent: // U&"...": escapes left as written
		return t.Text[3 : len(t.Text)-1]
	}
	return foldASCII(t.Text)
}

// foldASCII lowers ASCII letters only, as PostgreSQL folds identifiers in
// a multibyte encoding.
func foldASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
