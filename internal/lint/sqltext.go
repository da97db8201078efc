package lint

import (
	"sort"
	"strings"

	"github.com/onehead/onehead/internal/pgsql"
	"github.com/onehead/onehead/internal/python"
)

// sqlText is the SQL a Python string expression builds, with a map from
// every part of it back to the source: lint reports positions in the .py
// file and --fix edits the literal the SQL came from.
type sqlText struct {
	sql    string
	pieces []piece
	// lits are the string tokens the SQL comes from, in order.
	lits []int
	// format is '%' or '{' when Python formats the string afterwards
	// ("..." % args, "...".format(...)): what --fix writes must then keep
	// those characters doubled.
	format byte
}

// piece maps sql[sql:sql+n] to text[src:src+srcN]. A verbatim piece is
// the same bytes in both; other pieces are an escape sequence, a doubled
// brace, or a [pgsql.Hole] standing for an f-string field or a
// non-literal operand.
type piece struct {
	sql, n    int
	src, srcN int
	verbatim  bool
	tok       int // the string token, or -1 for an operand between literals
}

// srcOffset maps an offset in the SQL to the source: exactly inside a
// verbatim piece, to the start of the escape or field otherwise.
func (st *sqlText) srcOffset(off int) int {
	k := sort.Search(len(st.pieces), func(k int) bool { return st.pieces[k].sql+st.pieces[k].n > off })
	if k == len(st.pieces) {
		p := st.pieces[len(st.pieces)-1]
		return p.src + p.srcN
	}
	p := st.pieces[k]
	if p.verbatim {
		return p.src + off - p.sql
	}
	return p.src
}

// verbatimRange returns the piece holding sql[a:b] byte for byte, if one
// does: only such a range can be rewritten in place.
func (st *sqlText) verbatimRange(a, b int) (piece, bool) {
	for _, p := range st.pieces {
		if p.verbatim && p.sql <= a && b <= p.sql+p.n {
			return p, true
		}
	}
	return piece{}, false
}

// literal is what lint needs to know of a string token's quoting.
type literal struct {
	quote       byte // ' or "
	triple      bool
	raw, fstr   bool
	bytes, tstr bool
	body        int // offset of the body in the token text
}

// parseLiteral reads the prefix and quotes of a string token.
func parseLiteral(tok string) literal {
	var l literal
	i := 0
	for ; i < len(tok) && tok[i] != '\'' && tok[i] != '"'; i++ {
		switch tok[i] | 0x20 {
		case 'r':
			l.raw = true
		case 'f':
			l.fstr = true
		case 'b':
			l.bytes = true
		case 't':
			l.tstr = true
		}
	}
	l.quote = tok[i]
	l.triple = len(tok)-i >= 6 && tok[i+1] == l.quote && tok[i+2] == l.quote
	l.body = i + 1
	if l.triple {
		l.body = i + 3
	}
	return l
}

// sqlBuilder assembles a sqlText.
type sqlBuilder struct {
	st sqlText
	b  strings.Builder
}

func (sb *sqlBuilder) add(s string, src, srcN int, verbatim bool, tok int) {
	if s == "" && srcN == 0 {
		return
	}
	sb.st.pieces = append(sb.st.pieces, piece{sql: sb.b.Len(), n: len(s), src: src, srcN: srcN, verbatim: verbatim, tok: tok})
	sb.b.WriteString(s)
}

// hole stands for source text whose value only Python knows.
func (sb *sqlBuilder) hole(src, srcN, tok int) { sb.add(pgsql.Hole, src, srcN, false, tok) }

// literal appends the value of string token i, piece by piece. It reports
// false for bytes and template strings, which are not SQL text.
func (sb *sqlBuilder) literal(s *source, i int) bool {
	tok := s.toks[i].Text
	l := parseLiteral(tok)
	if l.bytes || l.tstr {
		return false
	}
	sb.st.lits = append(sb.st.lits, i)
	base := s.off[i]
	n := 1
	if l.triple {
		n = 3
	}
	body := tok[l.body : len(tok)-n]
	run := 0 // start of the current verbatim run in body
	flush := func(k int) {
		sb.add(body[run:k], base+l.body+run, k-run, true, i)
	}
	for k := 0; k < len(body); {
		c := body[k]
		switch {
		case c == '\\' && !l.raw:
			flush(k)
			m := escapeLen(body[k:])
			v, err := python.Unquote(string(l.quote) + body[k:k+m] + string(l.quote))
			if err != nil {
				sb.hole(base+l.body+k, m, i)
			} else {
				sb.add(string(v.(python.String)), base+l.body+k, m, false, i)
			}
			k += m
			run = k
		case l.fstr && (c == '{' || c == '}') && k+1 < len(body) && body[k+1] == c:
			flush(k)
			sb.add(string(c), base+l.body+k, 2, false, i)
			k += 2
			run = k
		case l.fstr && c == '{':
			flush(k)
			m := fieldLen(body[k:])
			sb.hole(base+l.body+k, m, i)
			k += m
			run = k
		default:
			k++
		}
	}
	flush(len(body))
	return true
}

// escapeLen is the length of the backslash escape at the start of s, as
// Python reads string literals.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch c := s[1]; {
	case c >= '0' && c <= '7':
		m := 2
		for m < 4 && m < len(s) && s[m] >= '0' && s[m] <= '7' {
			m++
		}
		return m
	case c == 'x':
		return min(4, len(s))
	case c == 'u':
		return min(6, len(s))
	case c == 'U':
		return min(10, len(s))
	case c == 'N' && len(s) > 2 && s[2] == '{':
		if j := strings.IndexByte(s, '}'); j > 0 {
			return j + 1
		}
	case c >= 0x80: // an unknown escape keeps the backslash and the character
		m := 2
		for m < len(s) && s[m]&0xC0 == 0x80 {
			m++
		}
		return m
	}
	return 2
}

// fieldLen is the length of the f-string replacement field at the start
// of s, braces included: brackets nest, and string literals inside the
// field (which may reuse the enclosing quote since Python 3.12) are skipped.
func fieldLen(s string) int {
	depth := 0
	for k := 0; k < len(s); k++ {
		switch c := s[k]; c {
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
			if depth == 0 {
				return k + 1
			}
		case '\'', '"':
			q := s[k : k+1]
			if strings.HasPrefix(s[k:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			end := strings.Index(s[k+len(q):], q)
			if end < 0 {
				return len(s)
			}
			k += len(q) + end + len(q) - 1
		}
	}
	return len(s)
}
