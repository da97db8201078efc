package lint

import (
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/pgsql"
	"github.com/onehead/onehead/internal/python"
)

// fragment is SQL a revision file hands to the database.
type fragment struct {
	st      *sqlText
	params  params
	call    int // the token of the call that runs it
	inserts []pgsql.Insert
}

// seed is one statement that inserts rows: in SQL, through SQLAlchemy Core
// or with op.bulk_insert.
type seed struct {
	table string // the table's name without schema; empty when unknown
	// plain is set when the statement has no conflict handling at all,
	// doNothing when conflicts are silently skipped.
	plain, doNothing bool
	at               int   // offset of what the finding points at
	toks             []int // tokens whose logical lines may silence it
	what             string
	// frag and ins are set for SQL statements.
	frag *fragment
	ins  *pgsql.Insert
}

// scan finds the SQL and the seeds of a revision file.
type scan struct {
	s     *source
	bs    map[string][]binding
	frags []*fragment
	seen  map[int]bool // first literal token of each fragment
	seeds []*seed
}

// scanSource reads a tokenized revision file.
func scanSource(s *source) *scan {
	sc := &scan{s: s, bs: s.bindings(), seen: map[int]bool{}}
	// Calls that run SQL first, so that a statement built by text() gets
	// the parameters the call passes with it.
	for i := range s.toks {
		if name, method := s.callee(i); method && (name == "execute" || name == "exec_driver_sql") {
			args := s.args(i + 1)
			p := params{}
			if r, ok := positional(args, 1, "parameters"); ok {
				s.evalParams(r, p)
			}
			if r, ok := positional(args, 0, "statement"); ok {
				sc.sql(r, p, i, 0)
			}
		}
	}
	for i := range s.toks {
		name, method := s.callee(i)
		switch {
		case name == "text":
			if r, ok := positional(s.args(i+1), 0, "text"); ok {
				p := params{}
				sc.bindparams(s.match[i+1], p)
				sc.sql(r, p, i, 0)
			}
		case name == "bulk_insert" && method:
			if r, ok := positional(s.args(i+1), 0, "table"); ok {
				table, _ := s.tableName(sc.bs, r, 0)
				sc.add(&seed{table: table, plain: true, at: s.off[i], toks: []int{i}, what: "op.bulk_insert"})
			}
		case name == "on_conflict_do_nothing" && method:
			table, _ := sc.coreTable(i-1, 0)
			sc.add(&seed{table: table, doNothing: true, at: s.off[i], toks: []int{i}, what: "on_conflict_do_nothing()"})
		case isCoreInsert(name, method, s, i):
			sc.coreInsert(i, method)
		}
	}
	for _, f := range sc.frags {
		ins, err := pgsql.Inserts(f.st.sql)
		if err != nil {
			continue // not SQL, or SQL lint cannot split: nothing to say
		}
		f.inserts = ins
		for k := range ins {
			sc.sqlSeed(f, &f.inserts[k])
		}
	}
	return sc
}

// add keeps a seed that is a finding itself, or whose table a later
// revision's seed may be checked against.
func (sc *scan) add(sd *seed) {
	if sd.table != "" || sd.doNothing {
		sc.seeds = append(sc.seeds, sd)
	}
}

// bindparams reads text(...).bindparams(name=value, ...) after the
// parenthesis at close.
func (sc *scan) bindparams(close int, p params) {
	s := sc.s
	if close > 0 && s.isOp(close+1, ".") && s.isName(close+2, "bindparams") && s.isOp(close+3, "(") {
		s.evalKeywords(s.args(close+3), p)
	}
}

// sql follows r to the SQL it holds: a string expression, a name bound to
// one (or a loop over a list of them), or text(...).
func (sc *scan) sql(r span, p params, call, depth int) {
	s := sc.s
	r = s.trim(r)
	if r.a >= r.b || depth > maxFollow {
		return
	}
	if st, ok := s.sqlOf(r); ok {
		if !sc.seen[st.lits[0]] {
			sc.seen[st.lits[0]] = true
			sc.frags = append(sc.frags, &fragment{st: st, params: p, call: call})
		}
		return
	}
	if r.b-r.a == 1 && s.toks[r.a].Kind == python.TokName {
		b, ok := lookup(sc.bs, s.toks[r.a].Text, r.a)
		switch {
		case !ok:
		case b.loop:
			for _, e := range s.elements(sc.bs, b.value, depth+1) {
				sc.sql(e, p, call, depth+1)
			}
		default:
			sc.sql(b.value, p, call, depth+1)
		}
		return
	}
	// text(...) or text(...).bindparams(...)
	if s.isOp(r.b-1, ")") {
		open := s.match[r.b-1]
		if name, method := s.callee(open - 1); method && name == "bindparams" && s.isOp(open-3, ")") {
			s.evalKeywords(s.args(open), p)
			r.b = open - 2
		}
	}
	k := r.a + s.dotted(r)
	if name, _ := s.callee(k); name == "text" && s.match[k+1] == r.b-1 {
		if a, ok := positional(s.args(k+1), 0, "text"); ok {
			sc.sql(a, p, call, depth+1)
		}
	}
}

// sqlSeed records an INSERT found in SQL.
func (sc *scan) sqlSeed(f *fragment, in *pgsql.Insert) {
	sd := &seed{frag: f, ins: in, toks: []int{f.st.lits[0], f.call}, what: "INSERT"}
	if !hasHole(in.Table) {
		sd.table = in.TableName()
	}
	sd.at = f.st.srcOffset(in.Start)
	switch c := in.Conflict; {
	case strings.HasSuffix(in.Or, "IGNORE"):
		sd.doNothing = true
	case c == nil && in.Or == "":
		sd.plain = true
	case c != nil && c.Nothing:
		sd.at = f.st.srcOffset(c.On.Start)
		sd.doNothing = !onlyKeys(in)
	}
	sc.add(sd)
}

// onlyKeys reports whether every inserted column is part of the conflict
// target: then there is nothing an existing row could hold stale, and DO
// NOTHING is right.
func onlyKeys(in *pgsql.Insert) bool {
	c := in.Conflict
	if c.Target == nil || in.Columns == nil || in.ColumnsUnclear {
		return false
	}
	for _, col := range in.Columns {
		if !slices.Contains(c.Keys, pgsql.Unquote(col)) {
			return false
		}
	}
	return true
}

func hasHole(toks []pgsql.Token) bool {
	for _, t := range toks {
		if t.HasHole() {
			return true
		}
	}
	return false
}

// isCoreInsert reports whether token i calls SQLAlchemy Core's insert:
// insert(t), sa.insert(t), pg_insert(t), postgresql.insert(t), or
// t.insert() on a table.
func isCoreInsert(name string, method bool, s *source, i int) bool {
	switch {
	case name == "insert" && method:
		// t.insert() on a table, or insert(t) from a module; a list's
		// insert(i, x) takes two arguments.
		return len(s.args(i+1)) <= 1
	case name == "insert" || strings.HasSuffix(name, "_insert") && name != "bulk_insert":
		return true
	}
	return false
}

// coreInsert records a SQLAlchemy Core insert without conflict handling
// into a table lint can name; one whose chain (or the name it is bound to)
// goes on to on_conflict_do_*() is the other rule's business.
func (sc *scan) coreInsert(i int, method bool) {
	s := sc.s
	var table string
	var ok bool
	if method && len(s.args(i+1)) == 0 {
		table, ok = s.tableName(sc.bs, span{s.exprStart(i - 2), i - 1}, 0)
	} else if r, found := positional(s.args(i+1), 0, "table"); found {
		table, ok = s.tableName(sc.bs, r, 0)
	}
	if !ok {
		return
	}
	for k := s.match[i+1] + 1; s.isOp(k, ".") && s.toks[k+1].Kind == python.TokName && s.isOp(k+2, "("); k = s.match[k+2] + 1 {
		if strings.HasPrefix(s.toks[k+1].Text, "on_conflict_do_") {
			return
		}
	}
	st := s.stmt[i]
	if a := s.stmtStart[st]; s.toks[a].Kind == python.TokName && s.isOp(a+1, "=") {
		for k := a + 2; k+2 < len(s.toks); k++ {
			if s.isName(k, s.toks[a].Text) && s.isOp(k+1, ".") && strings.HasPrefix(s.toks[k+2].Text, "on_conflict_do_") {
				return
			}
		}
	}
	sc.add(&seed{table: table, plain: true, at: s.off[i], toks: []int{i}, what: "SQLAlchemy insert()"})
}

// coreTable finds the table of the insert() whose chain ends at token end
// (x.values(...).on_conflict_do_nothing: end is the dot before the
// method), following a name to the statement it is bound to.
func (sc *scan) coreTable(end, depth int) (string, bool) {
	s := sc.s
	if depth > maxFollow || end < 1 {
		return "", false
	}
	for k := end - 1; k >= 0; {
		switch {
		case s.isOp(k, ")") && s.match[k] >= 1:
			open := s.match[k]
			if name, method := s.callee(open - 1); isCoreInsert(name, method, s, open-1) {
				if r, ok := positional(s.args(open), 0, "table"); ok {
					return s.tableName(sc.bs, r, 0)
				}
				return s.tableName(sc.bs, span{s.exprStart(open - 3), open - 2}, 0)
			}
			k = open - 1
		case s.toks[k].Kind == python.TokName && s.isOp(k-1, "."):
			k -= 2
		case s.toks[k].Kind == python.TokName:
			if b, ok := lookup(sc.bs, s.toks[k].Text, k); ok && !b.loop && b.value.b > b.value.a {
				return sc.coreTable(b.value.b, depth+1)
			}
			return "", false
		default:
			return "", false
		}
	}
	return "", false
}

// exprStart walks back from token end over a primary expression
// (names, attributes, calls, subscripts) and returns its first token.
func (s *source) exprStart(end int) int {
	k := end
	for k >= 0 {
		if (s.isOp(k, ")") || s.isOp(k, "]")) && s.match[k] >= 0 {
			k = s.match[k] - 1
			continue
		}
		if s.toks[k].Kind != python.TokName && s.toks[k].Kind != python.TokString {
			break
		}
		if !s.isOp(k-1, ".") {
			return k
		}
		k -= 2
	}
	return k + 1
}
