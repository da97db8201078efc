package lint

import (
	"bytes"
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/onehead/onehead/internal/atomicfile"
	"github.com/onehead/onehead/internal/python"
	"github.com/onehead/onehead/internal/textdiff"
)

// applyFixes turns each file's fixes into its new content, checked and
// shown as a diff; a file whose fixes cannot be checked gets none.
func (l *treeLint) applyFixes() {
	for f, fixes := range l.fixes {
		ff, why := buildFileFix(f, fixes)
		for _, fx := range fixes {
			fx.File, fx.Refused = ff, why
		}
		if ff != nil {
			l.res.Fixes = append(l.res.Fixes, ff)
		}
	}
	slices.SortFunc(l.res.Fixes, func(a, b *FileFix) int { return strings.Compare(a.Path, b.Path) })
}

// buildFileFix applies the edits of fixes to f. Before it trusts the new
// text, it reads it again as it read the old one: every SQL fragment must
// come out as the old one with exactly the intended change, so a quoting
// mistake can never slip into a migration.
func buildFileFix(f *file, fixes []*Fix) (*FileFix, string) {
	edits := make([]edit, len(fixes))
	for i, fx := range fixes {
		edits[i] = fx.edit
	}
	slices.SortFunc(edits, func(a, b edit) int { return cmp.Compare(a.start, b.start) })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.start < last {
			return nil, "two fixes overlap"
		}
		b.WriteString(f.text[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(f.text[last:])
	newText := b.String()

	content, ok := encodeLike(f.raw, f.text, newText)
	if !ok {
		return nil, "the file is not UTF-8 with consistent line endings, and onehead only rewrites such files"
	}
	if err := verify(f, edits, content); err != "" {
		return nil, "onehead could not check its rewrite (" + err + "); please fix this one by hand"
	}
	return &FileFix{Path: f.rel, Diff: textdiff.Unified("a/"+filepath.ToSlash(f.rel), "b/"+filepath.ToSlash(f.rel), f.text, newText), Fixes: len(fixes),
		abs: f.path, content: content}, ""
}

// verify reads content as lint read the original and compares SQL.
func verify(f *file, edits []edit, content []byte) string {
	toks, err := python.Tokenize(content)
	if err != nil {
		return "the new file does not tokenize: " + err.Error()
	}
	text, err := python.Decode(content)
	if err != nil {
		return err.Error()
	}
	if _, err := python.ParseModule(content); err != nil {
		return "the new file does not parse: " + err.Error()
	}
	got := scanSource(newSource(text, toks)).frags
	want := f.scan.frags
	if len(got) != len(want) {
		return fmt.Sprintf("%d SQL strings instead of %d", len(got), len(want))
	}
	for i, w := range want {
		sql := w.st.sql
		var mine []edit
		for _, e := range edits {
			if e.frag == w {
				mine = append(mine, e)
			}
		}
		slices.SortFunc(mine, func(a, b edit) int { return cmp.Compare(b.sqlStart, a.sqlStart) })
		for _, e := range mine {
			sql = sql[:e.sqlStart] + e.sqlNew + sql[e.sqlEnd:]
		}
		if got[i].st.sql != sql {
			return fmt.Sprintf("SQL string %d reads %q, not %q", i+1, got[i].st.sql, sql)
		}
	}
	return ""
}

// encodeLike encodes text as the file raw was: UTF-8, with its byte
// order mark and CRLF line endings if it had them. Other encodings are
// refused rather than rewritten with a different one.
func encodeLike(raw []byte, old, text string) ([]byte, bool) {
	bom := []byte{}
	if body, ok := bytes.CutPrefix(raw, []byte("\xEF\xBB\xBF")); ok {
		bom, raw = []byte("\xEF\xBB\xBF"), body
	}
	switch {
	case string(raw) == old:
		return append(bom, text...), true
	case bytes.Count(raw, []byte("\r\n")) == bytes.Count(raw, []byte("\n")) &&
		bytes.Count(raw, []byte("\r")) == bytes.Count(raw, []byte("\n")) &&
		string(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))) == old:
		return append(bom, strings.ReplaceAll(text, "\n", "\r\n")...), true
	}
	return nil, false
}

// Apply writes every fix, each file atomically (a new file beside it,
// renamed over it, keeping its mode), and stops at the first failure.
func (r *Result) Apply() error {
	for _, ff := range r.Fixes {
		if err := atomicfile.Write(ff.abs, ff.content); err != nil {
			return fmt.Errorf("writing %s: %w", ff.Path, err)
		}
		ff.Applied = true
	}
	return nil
}
