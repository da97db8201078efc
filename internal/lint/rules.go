package lint

import (
	"fmt"
	"strings"
)

// The rule ids. They appear in output, in `# onehead: ignore[...]`
// comments and in configuration, so they never change.
const (
	RuleSeedDoNothing       = "seed-do-nothing"
	RuleMultipleHeads       = "multiple-heads"
	RuleNonStaticIdentifier = "non-static-identifier"
)

// Rule is one lint rule.
type Rule struct {
	ID string
	// Summary is one line; Explanation is what `onehead lint --explain`
	// prints.
	Summary, Explanation string
}

// Rules are lint's rules, in the order --explain lists them.
var Rules = []Rule{
	{
		ID:      RuleSeedDoNothing,
		Summary: "a seed migration that never heals a database already holding its rows",
		Explanation: `A migration that seeds rows with INSERT ... ON CONFLICT ... DO NOTHING (or
SQLAlchemy's insert().on_conflict_do_nothing(), SQLite's INSERT OR IGNORE,
MySQL's INSERT IGNORE) works on a fresh database and does nothing at all on
one that already has the rows: if they were created earlier with empty or
stale values, they stay that way, and the application fails later, far from
the cause ("Configuration key 'payments.stripe_price.pro' not found in
cache"). onehead finds such statements in SQL passed to op.execute(),
text()/sa.text() and connection.execute() (plain, triple-quoted,
concatenated and f-strings, whose Python fields it shows as holes), and in
SQLAlchemy Core. The fix it proposes keeps the statement and heals the rows:
ON CONFLICT (key) DO UPDATE SET col = COALESCE(NULLIF(table.col, ''),
EXCLUDED.col) for text columns and COALESCE(table.col, EXCLUDED.col) for
others, so that empty values are filled in and values someone set on purpose
are kept. The rule also flags an INSERT with no conflict handling at all
(SQL, Core insert() or op.bulk_insert) into a table an earlier revision
already seeds: on a database that has those rows it fails with a unique
violation. When DO NOTHING is deliberate (the database, not the migration,
owns the values), say so with '# onehead: ignore[seed-do-nothing]'.`,
	},
	{
		ID:      RuleMultipleHeads,
		Summary: "the migration graph has forked: several heads where there should be one",
		Explanation: `Two branches each added a revision on the same parent, git merged the files
cleanly, and the graph now has two heads: 'alembic upgrade head' fails with
"Multiple head revisions are present". This is the rule 'onehead check'
applies (heads with the same branch labels count against each other; with
--strict every head does), so that 'onehead lint' alone is a complete CI
step. Fix it with an empty merge revision: 'onehead merge' or 'alembic merge
-m "merge ..." <head> <head>', as the message says.`,
	},
	{
		ID:      RuleNonStaticIdentifier,
		Summary: "revision, down_revision, branch_labels or depends_on that only Python can compute",
		Explanation: `Alembic runs each revision file to learn revision, down_revision,
branch_labels and depends_on, so any Python works there: a function call, a
value from another module, an assignment inside an if block. Reviewers (and
onehead, which reads the files without running them) then cannot see the
graph: a wrong or forked down_revision hides behind code. Write these four as
literals: a string, None, or a tuple or list of strings. Values imported
from a module onehead can read count as literals.`,
	},
}

// Explain returns the explanation of a rule.
func Explain(id string) (string, error) {
	for _, r := range Rules {
		if r.ID == id {
			return r.ID + ": " + r.Summary + "\n\n" + r.Explanation + "\n", nil
		}
	}
	return "", fmt.Errorf("no lint rule %q (rules: %s)", id, strings.Join(ruleIDs(), ", "))
}

func ruleIDs() []string {
	ids := make([]string, len(Rules))
	for i, r := range Rules {
		ids[i] = r.ID
	}
	return ids
}

func knownRule(id string) bool {
	for _, r := range Rules {
		if r.ID == id {
			return true
		}
	}
	return false
}
