package alembictest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Shape says what kind of tree [Generate] writes.
type Shape struct {
	// Revisions is how many revision files to write.
	Revisions int
	// Quirks allows what real trees contain besides plain chains: merges,
	// extra bases, branch labels, depends_on, several version locations,
	// recursive subdirectories, odd file names and every file style.
	Quirks bool
	// Broken allows a graph Alembic refuses: a missing down revision, a
	// duplicated id, a cycle.
	Broken bool
}

// Generate writes a random Alembic project into dir: alembic.ini,
// alembic/script.py.mako and the revision files. The same rng state writes
// the same tree.
func Generate(dir string, rng *rand.Rand, s Shape) error {
	g := &generator{rng: rng, s: s}
	return g.write(dir)
}

type generator struct {
	rng *rand.Rand
	s   Shape
}

type genRev struct {
	id, file, doc  string
	down           []string
	labels, depend []string
	loc            int
}

func (g *generator) chance(p float64) bool { return g.s.Quirks && g.rng.Float64() < p }

func (g *generator) write(dir string) error {
	locations := []string{"alembic/versions"}
	ini := "[alembic]\nscript_location = %(here)s/alembic\npath_separator = os\n"
	recursive := g.chance(0.2)
	if g.chance(0.25) {
		locations = append(locations, "more/versions")
		ini += "version_locations = %(here)s/alembic/versions:%(here)s/more/versions\n"
	}
	if recursive {
		ini += "recursive_version_locations = true\n"
	}
	idStyle := g.rng.IntN(3)
	if !g.s.Quirks {
		idStyle = 0
	}
	revs := make([]*genRev, g.s.Revisions)
	for i := range revs {
		r := &genRev{id: g.id(idStyle, i), loc: g.rng.IntN(len(locations))}
		switch {
		case i == 0 || g.chance(0.05):
		case g.chance(0.12) && i > 2:
			for _, j := range g.rng.Perm(i)[:2+g.rng.IntN(min(2, i-1))] {
				r.down = append(r.down, revs[j].id)
			}
		default:
			// Mostly extend a recent revision, sometimes an older one: that
			// is how forks appear.
			j := i - 1
			if g.chance(0.2) {
				j = g.rng.IntN(i)
			}
			r.down = []string{revs[j].id}
		}
		if g.chance(0.06) {
			r.labels = []string{fmt.Sprintf("branch%d", i)}
		}
		if i > 1 && g.chance(0.06) {
			r.depend = []string{revs[g.rng.IntN(i-1)].id}
		}
		r.doc = g.doc(i)
		r.file = g.fileName(r, i)
		if recursive && g.chance(0.3) {
			r.file = filepath.Join(fmt.Sprintf("sub%d", g.rng.IntN(3)), r.file)
		}
		revs[i] = r
	}
	if g.s.Broken && len(revs) > 2 {
		victim := revs[1+g.rng.IntN(len(revs)-1)]
		switch g.rng.IntN(3) {
		case 0:
			victim.down = []string{"ffffdeadbeef"}
		case 1:
			victim.id = revs[0].id
		case 2:
			revs[0].down = []string{revs[len(revs)-1].id}
		}
	}
	files := map[string]string{
		"alembic.ini":            ini,
		"alembic/script.py.mako": "## stock template omitted: heads never renders it\n",
	}
	for _, r := range revs {
		files[filepath.Join(locations[r.loc], r.file)] = g.source(r)
	}
	for _, loc := range locations {
		if err := os.MkdirAll(filepath.Join(dir, loc), 0o755); err != nil {
			return err
		}
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func (g *generator) id(style, i int) string {
	switch style {
	case 1:
		return fmt.Sprintf("2026%02d%02d_%s", 1+i/28%12, 1+i%28, []string{"add_users", "drop_cards", "payments", "seed_prices"}[g.rng.IntN(4)]) + fmt.Sprint(i)
	case 2:
		return fmt.Sprintf("%04d", i+1)
	}
	return fmt.Sprintf("%012x", g.rng.Uint64()&0xffffffffffff)
}

func (g *generator) doc(i int) string {
	words := []string{"add", "users", "table", "drop", "index", "ΟΔΟΣ", "café", "seed", "prices", "merge"}
	var w []string
	for range 1 + g.rng.IntN(5) {
		w = append(w, words[g.rng.IntN(len(words))])
	}
	doc := strings.Join(w, " ")
	if g.chance(0.3) {
		doc += "\n\nLonger explanation, line one.\n\tindented line two."
	}
	if g.chance(0.05) {
		return ""
	}
	return doc + fmt.Sprint(" ", i)
}

func (g *generator) fileName(r *genRev, i int) string {
	if g.chance(0.1) {
		return fmt.Sprintf([]string{"_x%d.py", "Z%d_upper.py", ".hidden%d.py", "%d_digit.py"}[g.rng.IntN(4)], i)
	}
	return fmt.Sprintf("%s_%d.py", r.id, i)
}

// pyList renders ids in one of the shapes Alembic accepts.
func (g *generator) pyList(ids []string, quote string) string {
	q := func(s string) string { return quote + s + quote }
	switch {
	case len(ids) == 0:
		return []string{"None", "()", "[]"}[g.rng.IntN(3)*b2i(g.s.Quirks)]
	case len(ids) == 1 && g.chance(0.5):
		return []string{q(ids[0]) + ",", "(" + q(ids[0]) + ",)", "[" + q(ids[0]) + "]"}[g.rng.IntN(3)]
	case len(ids) == 1:
		return q(ids[0])
	}
	var parts []string
	for _, id := range ids {
		parts = append(parts, q(id))
	}
	if g.chance(0.4) {
		return "(\n    " + strings.Join(parts, ",\n    ") + ",\n)"
	}
	if g.chance(0.3) {
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// source renders a revision file in one of the styles Alembic's templates
// and formatters have produced.
func (g *generator) source(r *genRev) string {
	quote := "'"
	style := 0
	if g.s.Quirks {
		style = g.rng.IntN(4)
	}
	if style == 3 {
		quote = `"`
	}
	ann := map[int][2]string{
		0: {"", ""},
		1: {": str", ": Union[str, None]"},
		2: {": str", ": Union[str, Sequence[str], None]"},
		3: {": str", ": str | Sequence[str] | None"},
	}[style]
	var b strings.Builder
	if r.doc != "" {
		fmt.Fprintf(&b, "\"\"\"%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2026-04-13 10:00:00.000000\n\n\"\"\"\n", r.doc, r.id, strings.Join(r.down, ", "))
	}
	b.WriteString("from typing import Sequence, Union\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n")
	fmt.Fprintf(&b, "revision%s = %s%s%s\n", ann[0], quote, r.id, quote)
	fmt.Fprintf(&b, "down_revision%s = %s\n", ann[1], g.pyList(r.down, quote))
	if len(r.labels) > 0 || g.rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "branch_labels%s = %s\n", ann[1], g.pyList(r.labels, quote))
	}
	if len(r.depend) > 0 || g.rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "depends_on%s = %s\n", ann[1], g.pyList(r.depend, quote))
	}
	b.WriteString("\n\ndef upgrade() -> None:\n    revision = 'not this one'\n    op.execute(\"SELECT 'down_revision = 1'\")\n\n\ndef downgrade() -> None:\n    pass\n")
	out := b.String()
	if g.chance(0.1) {
		out = strings.ReplaceAll(out, "\n", "\r\n")
	}
	return out
}
