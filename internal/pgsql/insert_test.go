package pgsql

import (
	"fmt"
	"strings"
	"testing"
)

// describe renders what Inserts read, compactly, for comparison.
func describe(sql string, in Insert) string {
	var b strings.Builder
	var table []string
	for _, t := range in.Table {
		table = append(table, t.Text)
	}
	fmt.Fprintf(&b, "table=%s", strings.Join(table, "."))
	if in.Alias.Kind != 0 {
		fmt.Fprintf(&b, " alias=%s", in.Alias.Text)
	}
	if in.Or != "" {
		fmt.Fprintf(&b, " or=%q", in.Or)
	}
	if in.Columns != nil {
		var cols []string
		for _, c := range in.Columns {
			cols = append(cols, c.Text)
		}
		fmt.Fprintf(&b, " cols=%s", strings.Join(cols, ","))
	}
	if in.ColumnsUnclear {
		b.WriteString(" cols-unclear")
	}
	if in.Rows != nil {
		var rows []string
		for _, r := range in.Rows {
			var vals []string
			for _, e := range r {
				vals = append(vals, sql[e[0].Start:e[len(e)-1].End])
			}
			rows = append(rows, "("+strings.Join(vals, "|")+")")
		}
		fmt.Fprintf(&b, " rows=%s", strings.Join(rows, ""))
	}
	if c := in.Conflict; c != nil {
		b.WriteString(" conflict")
		if c.Target != nil {
			fmt.Fprintf(&b, " keys=%s", strings.Join(c.Keys, ","))
		}
		if c.Constraint.Kind != 0 {
			fmt.Fprintf(&b, " constraint=%s", c.Constraint.Text)
		}
		fmt.Fprintf(&b, " action=%q", sql[c.Do.Start:c.Last.End])
	}
	fmt.Fprintf(&b, " stmt=%q", sql[in.Start:in.End])
	return b.String()
}

func TestInserts(t *testing.T) {
	for _, tc := range []struct {
		name, sql string
		want      []string
	}{
		{"the report's seed",
			"INSERT INTO configuration (name, value) VALUES ('a', 'b'), ('c', 'd') ON CONFLICT (name) DO NOTHING",
			[]string{`table=configuration cols=name,value rows=('a'|'b')('c'|'d') conflict keys=name action="DO NOTHING" stmt="INSERT INTO configuration (name, value) VALUES ('a', 'b'), ('c', 'd') ON CONFLICT (name) DO NOTHING"`}},
		{"schema, alias, composite target and RETURNING",
			`insert into s."Cfg" as c (t, k, v) values (1, 'k', lower('V')) on conflict (t, k) do nothing returning id;`,
			[]string{`table=s."Cfg" alias=c cols=t,k,v rows=(1|'k'|lower('V')) conflict keys=t,k action="do nothing" stmt="insert into s.\"Cfg\" as c (t, k, v) values (1, 'k', lower('V')) on conflict (t, k) do nothing returning id"`}},
		{"index expression, collation and predicate",
			"INSERT INTO u (email, name) VALUES ('x', 'y') ON CONFLICT ((lower(email)), name COLLATE \"C\") WHERE deleted IS NULL DO NOTHING",
			[]string{`table=u cols=email,name rows=('x'|'y') conflict keys=email,name action="DO NOTHING" stmt="INSERT INTO u (email, name) VALUES ('x', 'y') ON CONFLICT ((lower(email)), name COLLATE \"C\") WHERE deleted IS NULL DO NOTHING"`}},
		{"ON CONSTRAINT",
			"INSERT INTO c (a) VALUES (1) ON CONFLICT ON CONSTRAINT c_a_key DO NOTHING",
			[]string{`table=c cols=a rows=(1) conflict constraint=c_a_key action="DO NOTHING" stmt="INSERT INTO c (a) VALUES (1) ON CONFLICT ON CONSTRAINT c_a_key DO NOTHING"`}},
		{"DO UPDATE up to RETURNING",
			"INSERT INTO c (a, b) VALUES (1, 2) ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b WHERE c.b IS NULL RETURNING a",
			[]string{`table=c cols=a,b rows=(1|2) conflict keys=a action="DO UPDATE SET b = EXCLUDED.b WHERE c.b IS NULL" stmt="INSERT INTO c (a, b) VALUES (1, 2) ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b WHERE c.b IS NULL RETURNING a"`}},
		{"a query, not rows; ON inside it is not ON CONFLICT",
			"INSERT INTO p (r, n) SELECT r.id, 'x' FROM r JOIN q ON q.id = r.id ON CONFLICT (r, n) DO NOTHING",
			[]string{`table=p cols=r,n conflict keys=r,n action="DO NOTHING" stmt="INSERT INTO p (r, n) SELECT r.id, 'x' FROM r JOIN q ON q.id = r.id ON CONFLICT (r, n) DO NOTHING"`}},
		{"a parenthesized query is not a column list",
			"INSERT INTO p (SELECT 1, 2) ON CONFLICT DO NOTHING",
			[]string{`table=p conflict action="DO NOTHING" stmt="INSERT INTO p (SELECT 1, 2) ON CONFLICT DO NOTHING"`}},
		{"VALUES with ORDER BY is a query",
			"INSERT INTO p (a) VALUES (2), (1) ORDER BY 1",
			[]string{`table=p cols=a stmt="INSERT INTO p (a) VALUES (2), (1) ORDER BY 1"`}},
		{"DEFAULT VALUES, then a second statement",
			"INSERT INTO a DEFAULT VALUES; INSERT INTO b (x) VALUES ('y')",
			[]string{`table=a stmt="INSERT INTO a DEFAULT VALUES"`, `table=b cols=x rows=('y') stmt="INSERT INTO b (x) VALUES ('y')"`}},
		{"a column with a subscript",
			"INSERT INTO a (tags[1], b) VALUES ('x', 'y')",
			[]string{`table=a cols=b cols-unclear rows=('x'|'y') stmt="INSERT INTO a (tags[1], b) VALUES ('x', 'y')"`}},
		{"inside a CTE",
			"WITH s AS (INSERT INTO w (e, u) VALUES ('p', 'h') ON CONFLICT (e) DO NOTHING RETURNING id) SELECT count(*) FROM s",
			[]string{`table=w cols=e,u rows=('p'|'h') conflict keys=e action="DO NOTHING" stmt="INSERT INTO w (e, u) VALUES ('p', 'h') ON CONFLICT (e) DO NOTHING RETURNING id"`}},
		{"inside a DO block",
			"DO $body$ BEGIN INSERT INTO n (c, l) VALUES ('e', 'E') ON CONFLICT (c) DO NOTHING; END $body$ LANGUAGE plpgsql",
			[]string{`table=n cols=c,l rows=('e'|'E') conflict keys=c action="DO NOTHING" stmt="INSERT INTO n (c, l) VALUES ('e', 'E') ON CONFLICT (c) DO NOTHING"`}},
		{"SQLite and MySQL",
			"INSERT OR IGNORE INTO d (k) VALUES (1); INSERT IGNORE INTO d (k) VALUES (2); INSERT OR REPLACE INTO d (k) VALUES (3)",
			[]string{`table=d or="OR IGNORE" cols=k rows=(1) stmt="INSERT OR IGNORE INTO d (k) VALUES (1)"`,
				`table=d or="IGNORE" cols=k rows=(2) stmt="INSERT IGNORE INTO d (k) VALUES (2)"`,
				`table=d or="OR REPLACE" cols=k rows=(3) stmt="INSERT OR REPLACE INTO d (k) VALUES (3)"`}},
		{"look-alikes: strings, comments, dollar quotes, a function body",
			"-- INSERT INTO a (b) VALUES (1) ON CONFLICT DO NOTHING\n" +
				"SELECT 'INSERT INTO a (b) VALUES (1) ON CONFLICT DO NOTHING', $$INSERT INTO a VALUES (1)$$;\n" +
				"CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $f$ INSERT INTO a (b) VALUES (1) ON CONFLICT DO NOTHING $f$",
			nil},
		{"not an INSERT INTO", "SELECT insert, into FROM x; CREATE TABLE insert (into int)", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ins, err := Inserts(tc.sql)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, in := range ins {
				got = append(got, describe(tc.sql, in))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Inserts(%q):\n got %s\nwant %s", tc.sql, strings.Join(got, "\n     "), strings.Join(tc.want, "\n     "))
			}
		})
	}
}

func TestInsertsLexError(t *testing.T) {
	if _, err := Inserts("INSERT INTO a (b) VALUES ('x"); err == nil {
		t.Error("Inserts accepted an unterminated string")
	}
}
