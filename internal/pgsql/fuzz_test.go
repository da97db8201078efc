package pgsql

import "testing"

// FuzzInserts feeds arbitrary text to the lexer and the INSERT reader:
// they must not panic, tokens must be the text at their offsets, and every
// statement must lie inside the text.
func FuzzInserts(f *testing.F) {
	for _, s := range []string{
		"INSERT INTO t (a, b) VALUES ('x', 1) ON CONFLICT (a) DO NOTHING",
		"DO $$ BEGIN INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING; END $$",
		"WITH s AS (INSERT INTO w (e) VALUES ('p') ON CONFLICT ON CONSTRAINT k DO NOTHING RETURNING id) SELECT 1",
		"INSERT INTO t (a) SELECT 1 ON CONFLICT ((lower(a))) WHERE b DO UPDATE SET a = 1",
		"insert or ignore into t values (1); insert into",
		"E'\\'' $a$ $b$ /* /* */ */ -- x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		toks, err := Lex(sql)
		for _, tok := range toks {
			if tok.Start < 0 || tok.End > len(sql) || sql[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %q at %d:%d", tok.Text, tok.Start, tok.End)
			}
		}
		if err != nil {
			return
		}
		ins, _ := Inserts(sql)
		for _, in := range ins {
			if in.Start < 0 || in.End > len(sql) || in.Start > in.End {
				t.Fatalf("statement at %d:%d of %d", in.Start, in.End, len(sql))
			}
			if c := in.Conflict; c != nil && (c.Do.Start < in.Start || c.Last.End > in.End) {
				t.Fatalf("action at %d:%d outside %d:%d", c.Do.Start, c.Last.End, in.Start, in.End)
			}
		}
	})
}
