package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/onehead/onehead/internal/python"
)

// source is one revision file, tokenized by the python package's tokenizer:
// lint only looks at code, never at what comments or unrelated strings say.
type source struct {
	text string // the decoded text, which token positions refer to
	toks []python.Token
	// off holds each token's byte offset in text.
	off []int
	// match pairs each bracket token with its partner; -1 elsewhere.
	match []int
	// stmt numbers the logical line of each token; stmtStart and
	// stmtEnd give each logical line's first and last token.
	stmt               []int
	stmtStart, stmtEnd []int
	lines              lineIndex
	// ignores holds, per logical line, the rules its comments silence.
	ignores map[int]ignoreSet
}

func newSource(text string, toks []python.Token) *source {
	s := &source{text: text, toks: toks, lines: newLineIndex(text),
		off: make([]int, len(toks)), match: make([]int, len(toks)), stmt: make([]int, len(toks))}
	var open []int
	stmt, hasCode := 0, false
	s.stmtStart = append(s.stmtStart, 0)
	for i, t := range toks {
		s.off[i] = s.lines.offset(t.Line, t.Col)
		s.match[i] = -1
		s.stmt[i] = stmt
		switch t.Kind {
		case python.TokOp:
			switch t.Text {
			case "(", "[", "{":
				open = append(open, i)
			case ")", "]", "}":
				if n := len(open); n > 0 {
					s.match[open[n-1]], s.match[i] = i, open[n-1]
					open = open[:n-1]
				}
			}
		case python.TokComment:
			if set, ok := parseIgnore(t.Text); ok && hasCode {
				if s.ignores == nil {
					s.ignores = map[int]ignoreSet{}
				}
				s.ignores[stmt] = s.ignores[stmt].union(set)
			}
		case python.TokNewline:
			s.stmtEnd = append(s.stmtEnd, i)
			stmt++
			hasCode = false
			s.stmtStart = append(s.stmtStart, i+1)
			continue
		}
		if t.Kind != python.TokNL && t.Kind != python.TokComment && t.Kind != python.TokIndent && t.Kind != python.TokDedent {
			if !hasCode {
				s.stmtStart[stmt] = i
			}
			hasCode = true
		}
	}
	s.stmtEnd = append(s.stmtEnd, len(toks)-1)
	return s
}

// ignored reports whether a comment on the logical line of token i, or of
// token j (the call that runs it, when the finding's SQL is bound to a name
// elsewhere), silences rule.
func (s *source) ignored(rule string, toks ...int) bool {
	for _, i := range toks {
		if i >= 0 && s.ignores[s.stmt[i]].has(rule) {
			return true
		}
	}
	return false
}

// code reports whether token i is code: not a comment, a line break or
// indentation.
func (s *source) code(i int) bool {
	switch s.toks[i].Kind {
	case python.TokComment, python.TokNL, python.TokNewline, python.TokIndent, python.TokDedent, python.TokEndMarker:
		return false
	}
	return true
}

// isOp reports whether token i is the operator or bracket op.
func (s *source) isOp(i int, op string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == python.TokOp && s.toks[i].Text == op
}

// isName reports whether token i is the name n.
func (s *source) isName(i int, n string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == python.TokName && s.toks[i].Text == n
}

// end is the offset just past token i.
func (s *source) end(i int) int { return s.off[i] + len(s.toks[i].Text) }

// span is the source text of tokens a..b-1.
func (s *source) span(a, b int) string {
	if a >= b {
		return ""
	}
	return s.text[s.off[a]:s.end(b-1)]
}

// lineIndex turns byte offsets into 1-based lines and rune columns, as the
// python package counts them, and back.
type lineIndex struct {
	text  string
	start []int
}

func newLineIndex(text string) lineIndex {
	li := lineIndex{text: text, start: make([]int, 1, strings.Count(text, "\n")+1)}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			li.start = append(li.start, i+1)
		}
	}
	return li
}

// offset is the byte offset of line:col.
func (li lineIndex) offset(line, col int) int {
	if line-1 >= len(li.start) {
		return len(li.text)
	}
	off := li.start[line-1]
	for n := 1; n < col && off < len(li.text); n++ {
		if c := li.text[off]; c < utf8.RuneSelf {
			off++
			continue
		}
		_, size := utf8.DecodeRuneInString(li.text[off:])
		off += size
	}
	return off
}

// position is the line and rune column of a byte offset.
func (li lineIndex) position(off int) (line, col int) {
	lo, hi := 0, len(li.start)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if li.start[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1, utf8.RuneCountInString(li.text[li.start[lo]:off]) + 1
}
