package lint

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/onehead/onehead/internal/pgsql"
)

// edit replaces text[start:end] of a file's decoded text. It is meant to
// replace sql[sqlStart:sqlEnd] of frag's SQL with sqlNew, which verify
// checks by reading the new file again.
type edit struct {
	start, end       int
	text             string
	frag             *fragment
	sqlStart, sqlEnd int
	sqlNew           string
}

// healFix rewrites ON CONFLICT ... DO NOTHING into Option A of the
// report, or says why it cannot be sure to:
//
//	DO UPDATE SET col = COALESCE(NULLIF(t.col, ''), EXCLUDED.col), ...
func healFix(s *source, sd *seed) (edit, string) {
	in, st := sd.ins, sd.frag.st
	c := in.Conflict
	switch {
	case c == nil:
		return edit{}, "INSERT OR IGNORE (SQLite) and INSERT IGNORE (MySQL) are not PostgreSQL; onehead rewrites PostgreSQL's ON CONFLICT only"
	case c.Constraint.Kind != 0:
		return edit{}, "the conflict target is the constraint " + c.Constraint.Text + ": onehead cannot see its columns, and DO UPDATE is not allowed for an exclusion constraint; name the columns, ON CONFLICT (col, ...)"
	case c.Target == nil:
		return edit{}, "ON CONFLICT has no target, and DO UPDATE needs one: write ON CONFLICT (key columns)"
	case in.Columns == nil:
		return edit{}, "the INSERT has no column list, so onehead cannot tell which values to heal"
	case in.ColumnsUnclear:
		return edit{}, "a column in the column list is written with a field or subscript"
	case in.Rows == nil:
		return edit{}, "the rows come from a query, so onehead cannot tell which values are strings"
	case hasHole(in.Table) || hasHole(in.Columns):
		return edit{}, "the table or a column name is computed by Python"
	}
	ref := in.Table[len(in.Table)-1].Text
	if in.Alias.Kind != 0 {
		ref = in.Alias.Text
	}
	lower := c.Do.Text == strings.ToLower(c.Do.Text)
	kw := func(s string) string {
		if lower {
			return strings.ToLower(s)
		}
		return s
	}
	var sets []string
	for k, col := range in.Columns {
		if slices.Contains(c.Keys, pgsql.Unquote(col)) {
			continue
		}
		kind, why := kindNull, ""
		for r, row := range in.Rows {
			if len(row) != len(in.Columns) {
				return edit{}, fmt.Sprintf("VALUES row %d has %d values for %d columns", r+1, len(row), len(in.Columns))
			}
			vk, w := classify(row[k], sd.frag.params)
			if vk == kindUnknown && why == "" {
				why = w
			}
			kind = combine(kind, vk)
		}
		switch kind {
		case kindUnknown:
			if why == "" {
				why = "it receives strings and values of other types"
			}
			return edit{}, fmt.Sprintf("onehead cannot tell whether column %s is text: %s", col.Text, why)
		case kindString:
			sets = append(sets, fmt.Sprintf("%s = %s(%s(%s.%s, ''), %s.%s)", col.Text, kw("COALESCE"), kw("NULLIF"), ref, col.Text, kw("EXCLUDED"), col.Text))
		default:
			sets = append(sets, fmt.Sprintf("%s = %s(%s.%s, %s.%s)", col.Text, kw("COALESCE"), ref, col.Text, kw("EXCLUDED"), col.Text))
		}
	}
	p, ok := st.verbatimRange(c.Do.Start, c.Last.End)
	if !ok {
		return edit{}, "DO NOTHING is split across string literals or escapes, so onehead cannot rewrite it in place"
	}
	lit := parseLiteral(s.toks[p.tok].Text)
	sep := ", "
	head := kw("DO UPDATE SET") + " "
	if len(sets) > 1 && lit.triple && strings.Contains(st.sql[in.Start:c.On.Start], "\n") {
		lineStart := strings.LastIndexByte(st.sql[:c.On.Start], '\n') + 1
		lead := st.sql[lineStart : lineStart+len(st.sql[lineStart:])-len(strings.TrimLeft(st.sql[lineStart:], " \t"))]
		unit := "    "
		if strings.Contains(lead, "\t") {
			unit = "\t"
		}
		sep = ",\n" + lead + unit
		head = kw("DO UPDATE SET") + "\n" + lead + unit
	}
	sqlNew := head + strings.Join(sets, sep)
	text, ok := lit.encode(sqlNew, st.format)
	if !ok {
		return edit{}, fmt.Sprintf("the new clause needs a %c, which this raw string literal cannot hold", lit.quote)
	}
	return edit{start: p.src + c.Do.Start - p.sql, end: p.src + c.Last.End - p.sql, text: text,
		frag: sd.frag, sqlStart: c.Do.Start, sqlEnd: c.Last.End, sqlNew: sqlNew}, ""
}

// encode writes s into a literal quoted like l, so that Python (and the
// formatting applied after it) gives back s.
func (l literal) encode(s string, format byte) (string, bool) {
	if l.fstr || format == '{' {
		s = strings.NewReplacer("{", "{{", "}", "}}").Replace(s)
	}
	if format == '%' {
		s = strings.ReplaceAll(s, "%", "%%")
	}
	if !l.raw {
		s = strings.ReplaceAll(s, `\`, `\\`)
	}
	if !l.triple {
		if strings.Contains(s, "\n") {
			return "", false
		}
		if strings.IndexByte(s, l.quote) >= 0 {
			if l.raw {
				return "", false
			}
			s = strings.ReplaceAll(s, string(l.quote), `\`+string(l.quote))
		}
	}
	return s, true
}

// textTypes are the PostgreSQL types of text columns.
var textTypes = map[string]bool{"text": true, "varchar": true, "character varying": true, "char": true,
	"character": true, "bpchar": true, "citext": true, "name": true}

// Strings that look like values of other types: a column receiving them
// may well not be text, and NULLIF with an empty string fails on such a
// column.
var (
	looksJSON = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*[\[{]`) })
	looksUUID = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	})
	looksDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d{4}-\d{2}-\d{2}([ T]|$)`) })
)

// classify says what kind of value the expression e inserts, and when it
// cannot tell, why.
func classify(e []pgsql.Token, p params) (valueKind, string) {
	if len(e) == 0 {
		return kindUnknown, "a value is missing"
	}
	depth := 0
	for k := len(e) - 1; k > 0; k-- {
		switch t := e[k]; {
		case t.IsPunct(")") || t.IsPunct("]"):
			depth++
		case t.IsPunct("(") || t.IsPunct("["):
			depth--
		case depth == 0 && t.Text == "::":
			return castKind(e[k+1:])
		}
	}
	if len(e) >= 6 && e[0].Is("cast") && e[1].IsPunct("(") && e[len(e)-1].IsPunct(")") {
		for k := 2; k < len(e)-1; k++ {
			if e[k].Is("as") {
				return castKind(e[k+1 : len(e)-1])
			}
		}
	}
	strs := 0
	for _, t := range e {
		if t.Kind == pgsql.String {
			strs++
		}
	}
	if strs == len(e) {
		if e[0].HasHole() || len(e) > 1 {
			return kindString, ""
		}
		return stringKind(e[0])
	}
	if len(e) > 1 {
		return kindOther, ""
	}
	t := e[0]
	switch {
	case t.Is("null") || t.Is("default"):
		return kindNull, ""
	case t.Kind == pgsql.Param:
		name := pythonName(t.Text)
		if k, ok := p[name]; ok && k != kindUnknown && name != "" {
			return k, ""
		}
		return kindUnknown, "its value is the bind parameter " + t.Text + ", which onehead cannot read"
	case t.HasHole():
		return kindUnknown, "its value is an f-string field or a Python expression"
	}
	return kindOther, ""
}

// castKind classifies a value cast to the type named by e.
func castKind(e []pgsql.Token) (valueKind, string) {
	var words []string
	for _, t := range e {
		if t.IsPunct("(") {
			break
		}
		words = append(words, pgsql.Unquote(t))
	}
	if textTypes[strings.Join(words, " ")] {
		return kindString, ""
	}
	return kindOther, ""
}

// stringKind classifies a string constant: text, unless it looks like a
// JSON document, a UUID or a date, which go into columns of those types.
func stringKind(t pgsql.Token) (valueKind, string) {
	v := t.Text
	if body, _, ok := t.DollarBody(); ok {
		v = body
	} else {
		v = v[strings.IndexByte(v, '\'')+1 : len(v)-1]
	}
	for _, l := range []struct {
		re   func() *regexp.Regexp
		what string
	}{{looksJSON, "JSON"}, {looksUUID, "a UUID"}, {looksDate, "a date"}} {
		if l.re().MatchString(v) {
			return kindUnknown, fmt.Sprintf("it receives %s, which looks like %s (NULLIF(col, '') fails on a column of that type)", t.Text, l.what)
		}
	}
	return kindString, ""
}
