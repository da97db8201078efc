// Package lint is `onehead lint`: it reads every revision file of every
// Alembic tree statically, as check does, and reports what makes a
// migration history fail people later — seeds that never heal a database
// that already has their rows (seed-do-nothing), forked heads
// (multiple-heads) and identifiers only Python can compute
// (non-static-identifier) — each at a file:line:column, silenced per
// statement with `# onehead: ignore[rule]` or per tree in configuration
// ([Config]).
//
// The seed rule looks at code, never at text: the python package's
// tokenizer says where each string literal is, lint follows the literals
// that reach the database (op.execute, text()/sa.text, connection.execute,
// exec_driver_sql; directly, through a name bound in the file, or a loop
// over a list of statements), assembles the SQL Python would build from them
// (implicit concatenation, +, escapes, f-string fields as holes), and hands
// it to package pgsql, whose lexer knows PostgreSQL's strings, comments and
// dollar quotes. So a comment, a docstring or a string constant inside the
// SQL that merely mentions ON CONFLICT DO NOTHING is never a finding.
//
// --fix rewrites DO NOTHING into the report's Option A,
//
//	DO UPDATE SET col = COALESCE(NULLIF(t.col, ''), EXCLUDED.col)
//
// for text columns and COALESCE(t.col, EXCLUDED.col) for others, only
// where it can be sure: an explicit conflict target, a column list, rows
// whose values it can classify, and a clause that sits byte for byte in one
// literal, which it edits in place with the literal's own quoting. Every rewrite is checked by reading the new file
// again: the SQL Python would build must be the old SQL with exactly that
// change. Anything less is refused, with the reason.
package lint
