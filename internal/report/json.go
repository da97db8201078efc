package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/graph"
)

// The JSON report's schema. Field names are a stable interface: add fields,
// never rename or remove them without raising Schema.
type (
	jsonReport struct {
		Schema  int         `json:"schema"`
		Root    string      `json:"root"`
		Trees   []jsonTree  `json:"trees"`
		Summary jsonSummary `json:"summary"`
	}
	jsonSummary struct {
		Trees  int `json:"trees"`
		Forked int `json:"forked"`
		Errors int `json:"errors"`
	}
	jsonTree struct {
		Name     string        `json:"name"`
		Dir      string        `json:"dir"`
		Status   string        `json:"status"`
		Heads    []jsonRev     `json:"heads"`
		Forks    []jsonFork    `json:"forks"`
		Warnings []jsonProblem `json:"warnings"`
		Error    *jsonProblem  `json:"error"`
	}
	jsonRev struct {
		Revision  string    `json:"revision"`
		Labels    []string  `json:"labels"`
		Effective bool      `json:"effective_head,omitempty"`
		File      string    `json:"file"`
		Line      int       `json:"line"`
		Doc       string    `json:"doc"`
		Chain     []jsonRev `json:"chain,omitempty"`
	}
	jsonFork struct {
		Labels     []string  `json:"labels"`
		Heads      []jsonRev `json:"heads"`
		MeetsAt    *jsonRev  `json:"meets_at"`
		Fix        string    `json:"fix"`
		AlembicFix string    `json:"alembic_fix"`
	}
	jsonProblem struct {
		Message string `json:"message"`
		File    string `json:"file,omitempty"`
		Line    int    `json:"line,omitempty"`
	}
)

// Schema is the version of the JSON report's layout.
const Schema = 1

func writeJSON(w io.Writer, r *Report) error {
	out := jsonReport{Schema: Schema, Root: r.Root, Trees: []jsonTree{}}
	for _, t := range r.Trees {
		jt := jsonTree{Name: t.Name, Dir: t.Dir, Status: t.Status(),
			Heads: []jsonRev{}, Forks: []jsonFork{}, Warnings: []jsonProblem{}}
		for _, h := range t.Heads {
			jt.Heads = append(jt.Heads, r.jsonRev(h))
		}
		for _, f := range t.Forks {
			jf := jsonFork{Labels: nonNil(f.Labels)}
			jf.Fix, jf.AlembicFix = FixCommands(t.Dir, f)
			for i, h := range f.Heads {
				jh := r.jsonRev(h)
				for _, n := range f.Chains[i][1:] {
					jh.Chain = append(jh.Chain, r.jsonRev(n))
				}
				jf.Heads = append(jf.Heads, jh)
			}
			if f.MeetsAt != nil {
				m := r.jsonRev(f.MeetsAt)
				jf.MeetsAt = &m
			}
			jt.Forks = append(jt.Forks, jf)
		}
		for _, wn := range t.Warnings {
			jt.Warnings = append(jt.Warnings, jsonProblem{Message: wn.Msg, File: r.rel(wn.Path), Line: wn.Line})
		}
		if t.Err != nil {
			p := r.problem(t.Err)
			jt.Error = &p
		}
		switch jt.Status {
		case "forked":
			out.Summary.Forked++
		case "error":
			out.Summary.Errors++
		}
		out.Trees = append(out.Trees, jt)
	}
	out.Summary.Trees = len(out.Trees)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func (r *Report) jsonRev(n *graph.Node) jsonRev {
	return jsonRev{Revision: n.ID, Labels: nonNil(n.SortedLabels()), Effective: n.IsHead() && !n.IsRealHead(),
		File: r.rel(n.Path), Line: n.Line.Revision, Doc: n.ShortDoc()}
}

// problem locates an error in a file when it names one.
func (r *Report) problem(err error) jsonProblem {
	var (
		fe *alembic.FileError
		re *alembic.RevisionError
	)
	switch {
	case errors.As(err, &fe):
		msg := fe.Msg
		if fe.Hint != "" {
			msg += " (" + fe.Hint + ")"
		}
		return jsonProblem{Message: msg, File: r.rel(fe.Path), Line: fe.Line}
	case errors.As(err, &re) && re.Path != "":
		return jsonProblem{Message: re.Message, File: r.rel(re.Path), Line: re.Line}
	}
	return jsonProblem{Message: describe(err, r)}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// writeGitHub emits workflow commands: an error annotation on each forked
// head's file, and one per unreadable tree, warnings as warnings.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
func writeGitHub(w io.Writer, r *Report) error {
	for _, t := range r.Trees {
		for _, f := range t.Forks {
			fix, _ := FixCommands(t.Dir, f)
			var others []string
			for _, h := range f.Heads {
				others = append(others, h.ID)
			}
			for _, h := range f.Heads {
				msg := fmt.Sprintf("%s is one of %d heads (%s) of %s: `alembic upgrade head` fails. Fix: %s",
					h.ID, len(f.Heads), strings.Join(others, ", "), t.Name, fix)
				annotate(w, "error", r.rel(h.Path), h.Line.Revision, "Forked Alembic graph", msg)
			}
		}
		if t.Err != nil {
			p := r.problem(t.Err)
			annotate(w, "error", p.File, p.Line, "Unreadable Alembic tree", t.Name+": "+p.Message)
		}
		for _, wn := range t.Warnings {
			annotate(w, "warning", r.rel(wn.Path), wn.Line, "onehead", wn.Msg)
		}
	}
	return writeText(w, r)
}

func annotate(w io.Writer, level, file string, line int, title, msg string) {
	Annotate(w, Annotation{Level: level, File: file, Line: line, Title: title, Msg: msg})
}

// Annotation is a workflow command that marks a place in a file; lint
// writes them too.
type Annotation struct {
	Level      string // "error", "warning" or "notice"
	File       string // empty for an annotation on no file
	Line, Col  int    // 1-based; 0 for none
	Title, Msg string
}

// Annotate writes a, escaped as GitHub's toolkit escapes it.
func Annotate(w io.Writer, a Annotation) {
	props := "title=" + escapeProperty(a.Title)
	if a.File != "" {
		loc := "file=" + escapeProperty(a.File)
		if a.Line > 0 {
			loc += fmt.Sprintf(",line=%d", a.Line)
			if a.Col > 0 {
				loc += fmt.Sprintf(",col=%d", a.Col)
			}
		}
		props = loc + "," + props
	}
	fmt.Fprintf(w, "::%s %s::%s\n", a.Level, props, escapeData(a.Msg))
}

// escapeData and escapeProperty follow the escaping of GitHub's toolkit
// (@actions/core command.ts).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
