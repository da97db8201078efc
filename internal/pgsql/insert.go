package pgsql

// Insert is one INSERT statement, as far as [Inserts] could read it:
//
//	INSERT INTO table [AS alias] [(column, ...)] [OVERRIDING ... VALUE]
//	    {VALUES (expr, ...), ... | query | DEFAULT VALUES}
//	    [ON CONFLICT [target] {DO NOTHING | DO UPDATE ...}] [RETURNING ...]
type Insert struct {
	// Start is the offset of INSERT; End is just past the statement's
	// last token.
	Start, End int
	// Table holds the parts of the table's name, schema first.
	Table []Token
	// Alias is the AS name, if any (Kind 0 otherwise).
	Alias Token
	// Columns is the column list; nil when the statement has none.
	// ColumnsUnclear is set when a column is written with indirection
	// (col.field, col[1]), which lint does not try to follow.
	Columns        []Token
	ColumnsUnclear bool
	// Rows are the VALUES rows, each a list of expressions (token
	// lists); nil when the rows come from a query or DEFAULT VALUES.
	Rows [][][]Token
	// Conflict is the ON CONFLICT clause; nil when there is none.
	Conflict *Conflict
	// Or is "OR IGNORE" or "OR REPLACE" for SQLite's INSERT OR IGNORE /
	// OR REPLACE, "IGNORE" for MySQL's INSERT IGNORE, empty otherwise.
	Or string
}

// Conflict is an ON CONFLICT clause.
type Conflict struct {
	// On is the ON token of ON CONFLICT.
	On Token
	// Target holds the conflict target's index elements as written
	// (column, (expression), with COLLATE and opclass), nil when the
	// target is a constraint or absent; Keys are the column names they
	// mention. Constraint is the name after ON CONSTRAINT (Kind 0 if none).
	Target     [][]Token
	Keys       []string
	Constraint Token
	// Do and Last are the first and last tokens of the conflict action:
	// DO ... NOTHING, or DO UPDATE SET ... up to its WHERE condition.
	Do, Last Token
	Nothing  bool
}

// TableName returns the table's name without schema, as PostgreSQL names it.
func (in *Insert) TableName() string {
	if len(in.Table) == 0 {
		return ""
	}
	return Unquote(in.Table[len(in.Table)-1])
}

// Inserts finds the INSERT statements in sql, including those inside the
// dollar-quoted body of a DO block. Statements it cannot read are left out.
func Inserts(sql string) ([]Insert, error) {
	toks, err := Lex(sql)
	if err != nil {
		return nil, err
	}
	var out []Insert
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if body, off, ok := t.DollarBody(); ok && isDoBody(toks, i) {
			inner, err := Inserts(body)
			if err != nil {
				continue
			}
			for _, in := range inner {
				out = append(out, in.shift(off))
			}
			continue
		}
		if !t.Is("insert") {
			continue
		}
		p := &parser{toks: toks, i: i + 1}
		in, ok := p.insert()
		if !ok {
			continue
		}
		in.Start = t.Start
		out = append(out, in)
		i = p.i - 1
	}
	return out, nil
}

// isDoBody reports whether toks[i] is the code of a DO statement: DO
// [LANGUAGE name] body, or DO body LANGUAGE name.
func isDoBody(toks []Token, i int) bool {
	switch {
	case i >= 1 && toks[i-1].Is("do"):
		return true
	case i >= 3 && toks[i-3].Is("do") && toks[i-2].Is("language"):
		return true
	}
	return false
}

// shift moves every offset in the statement by off, for a statement read
// from a part of a larger text.
func (in Insert) shift(off int) Insert {
	mv := func(ts []Token) []Token {
		out := make([]Token, len(ts))
		for i, t := range ts {
			out[i] = t.shift(off)
		}
		return out
	}
	in.Start += off
	in.End += off
	in.Table = mv(in.Table)
	in.Alias = in.Alias.shift(off)
	if in.Columns != nil {
		in.Columns = mv(in.Columns)
	}
	if in.Rows != nil {
		rows := make([][][]Token, len(in.Rows))
		for r, row := range in.Rows {
			rows[r] = make([][]Token, len(row))
			for c, e := range row {
				rows[r][c] = mv(e)
			}
		}
		in.Rows = rows
	}
	if c := in.Conflict; c != nil {
		s := *c
		s.On, s.Constraint, s.Do, s.Last = c.On.shift(off), c.Constraint.shift(off), c.Do.shift(off), c.Last.shift(off)
		s.Target = make([][]Token, len(c.Target))
		for k, e := range c.Target {
			s.Target[k] = mv(e)
		}
		in.Conflict = &s
	}
	return in
}

func (t Token) shift(off int) Token {
	if t.Kind != 0 {
		t.Start += off
		t.End += off
	}
	return t
}

type parser struct {
	toks []Token
	i    int
}

func (p *parser) peek() Token {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return Token{}
}

func (p *parser) accept(kw string) bool {
	if p.peek().Is(kw) {
		p.i++
		return true
	}
	return false
}

func (p *parser) acceptPunct(s string) bool {
	if p.peek().IsPunct(s) {
		p.i++
		return true
	}
	return false
}

// atEnd reports whether the statement ends here: at ; or at a parenthesis
// closing one opened before it (a WITH query or a DO body's end).
func (p *parser) atEnd() bool {
	t := p.peek()
	return t.Kind == 0 || t.IsPunct(";") || t.IsPunct(")") || t.IsPunct("]")
}

// skipGroup moves past the bracketed group starting at the current token.
func (p *parser) skipGroup() {
	depth := 0
	for ; p.i < len(p.toks); p.i++ {
		switch t := p.toks[p.i]; {
		case t.IsPunct("(") || t.IsPunct("["):
			depth++
		case t.IsPunct(")") || t.IsPunct("]"):
			depth--
			if depth == 0 {
				p.i++
				return
			}
		}
	}
}

// skipUntil moves to the first token at this depth for which stop is true,
// or to the end of the statement.
func (p *parser) skipUntil(stop func() bool) {
	for !p.atEnd() && !stop() {
		if t := p.peek(); t.IsPunct("(") || t.IsPunct("[") {
			p.skipGroup()
			continue
		}
		p.i++
	}
}

// list reads a parenthesized, comma-separated list of token runs, the
// opening parenthesis being the current token.
func (p *parser) list() ([][]Token, bool) {
	if !p.acceptPunct("(") {
		return nil, false
	}
	var items [][]Token
	start := p.i
	for {
		p.skipUntil(func() bool { return p.peek().IsPunct(",") })
		t := p.peek()
		switch {
		case t.IsPunct(","):
			items = append(items, p.toks[start:p.i])
			p.i++
			start = p.i
		case t.IsPunct(")"):
			items = append(items, p.toks[start:p.i])
			p.i++
			return items, true
		default:
			return nil, false
		}
	}
}

func isName(t Token) bool { return t.Kind == Ident || t.Kind == QuotedIdent }

// insert reads the statement after INSERT.
func (p *parser) insert() (Insert, bool) {
	var in Insert
	switch {
	case p.accept("or"): // SQLite
		switch {
		case p.accept("ignore"):
			in.Or = "OR IGNORE"
		case p.accept("replace"):
			in.Or = "OR REPLACE"
		default:
			return in, false
		}
	case p.accept("ignore"): // MySQL
		in.Or = "IGNORE"
	}
	if !p.accept("into") {
		return in, false
	}
	for {
		t := p.peek()
		if !isName(t) {
			return in, false
		}
		in.Table = append(in.Table, t)
		p.i++
		if !p.acceptPunct(".") {
			break
		}
	}
	if p.accept("as") {
		if !isName(p.peek()) {
			return in, false
		}
		in.Alias = p.peek()
		p.i++
	}
	if p.peek().IsPunct("(") && !p.startsQuery(p.i+1) {
		items, ok := p.list()
		if !ok {
			return in, false
		}
		in.Columns = make([]Token, 0, len(items))
		for _, it := range items {
			if len(it) != 1 || !isName(it[0]) {
				in.ColumnsUnclear = true
				continue
			}
			in.Columns = append(in.Columns, it[0])
		}
	}
	if p.accept("overriding") {
		p.i += 2 // SYSTEM|USER VALUE
	}
	conflictOrEnd := func() bool {
		return p.peek().Is("on") && p.i+1 < len(p.toks) && p.toks[p.i+1].Is("conflict") || p.peek().Is("returning")
	}
	if p.accept("values") {
		for {
			row, ok := p.list()
			if !ok {
				return in, false
			}
			in.Rows = append(in.Rows, row)
			if !p.acceptPunct(",") {
				break
			}
		}
		if !p.atEnd() && !conflictOrEnd() {
			in.Rows = nil // VALUES ... ORDER BY / LIMIT: a query
		}
	}
	p.skipUntil(conflictOrEnd)
	if p.peek().Is("on") {
		c, ok := p.conflict()
		if !ok {
			return in, false
		}
		in.Conflict = c
	}
	p.skipUntil(func() bool { return false })
	in.End = p.toks[p.i-1].End
	return in, true
}

// startsQuery reports whether the tokens at k start a query rather than a
// column list: INSERT INTO t (SELECT ...).
func (p *parser) startsQuery(k int) bool {
	for k < len(p.toks) && p.toks[k].IsPunct("(") {
		k++
	}
	if k >= len(p.toks) {
		return false
	}
	t := p.toks[k]
	return t.Is("select") || t.Is("values") || t.Is("with") || t.Is("table")
}

// conflict reads ON CONFLICT [target] action.
func (p *parser) conflict() (*Conflict, bool) {
	c := &Conflict{On: p.peek()}
	p.i += 2
	switch {
	case p.peek().IsPunct("("):
		items, ok := p.list()
		if !ok {
			return nil, false
		}
		c.Target = items
		for _, it := range items {
			c.Keys = append(c.Keys, keys(it)...)
		}
		if p.accept("where") {
			p.skipUntil(func() bool { return p.peek().Is("do") })
		}
	case p.accept("on"):
		if !p.accept("constraint") || !isName(p.peek()) {
			return nil, false
		}
		c.Constraint = p.peek()
		p.i++
	}
	if !p.peek().Is("do") {
		return nil, false
	}
	c.Do = p.peek()
	p.i++
	switch {
	case p.peek().Is("nothing"):
		c.Nothing = true
		c.Last = p.peek()
		p.i++
	case p.peek().Is("update"):
		p.skipUntil(func() bool { return p.peek().Is("returning") })
		c.Last = p.toks[p.i-1]
	default:
		return nil, false
	}
	return c, true
}

// keys returns the columns an index element names: the column itself, or
// every identifier of an index expression (lower(name) names name).
func keys(elem []Token) []string {
	if len(elem) == 0 {
		return nil
	}
	if isName(elem[0]) && (len(elem) == 1 || !elem[1].IsPunct("(")) {
		return []string{Unquote(elem[0])}
	}
	var out []string
	for k, t := range elem {
		if isName(t) && (k+1 == len(elem) || !elem[k+1].IsPunct("(")) {
			out = append(out, Unquote(t))
		}
	}
	return out
}
