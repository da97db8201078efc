package lint

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/charmbracelet/log"

	"github.com/onehead/onehead/internal/report"
)

// Status is the outcome of a lint run, for the exit status: "error" when
// a tree could not be read (exit 2), "findings" when findings are left
// unfixed (exit 1), "ok" otherwise.
func (r *Result) Status() string {
	for _, t := range r.Trees {
		if len(t.Errs) > 0 {
			return "error"
		}
	}
	for _, f := range r.Findings {
		if !f.fixed() {
			return "findings"
		}
	}
	return "ok"
}

func (f *Finding) fixed() bool { return f.Fix != nil && f.Fix.File != nil && f.Fix.File.Applied }

// WriteFindings writes the findings for people, file by file, each file's
// findings followed by the diff --fix applies to it. Write the summary with
// [Result.WriteSummary] once fixes are applied.
func (r *Result) WriteFindings(w io.Writer) {
	for i, f := range r.Findings {
		fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", f.Path, f.Line, f.Col, f.Rule, f.Message)
		if f.Fix != nil && f.Fix.Refused != "" {
			fmt.Fprintf(w, "  cannot fix: %s\n", f.Fix.Refused)
		}
		if i+1 < len(r.Findings) && r.Findings[i+1].Path == f.Path {
			continue
		}
		for _, ff := range r.Fixes {
			if ff.Path == f.Path {
				io.WriteString(w, ff.Diff)
			}
		}
	}
	for _, t := range r.Trees {
		for _, err := range t.Errs {
			fmt.Fprintf(w, "%s: cannot lint: %s\n", t.Name, report.Describe(r.Root, err))
		}
	}
}

// WriteSummary writes what --fix did and one line of totals.
func (r *Result) WriteSummary(w io.Writer) {
	if len(r.Trees) == 0 {
		fmt.Fprintf(w, "no Alembic trees under %s\n", r.Root)
		return
	}
	files, fixable, fixed := 0, 0, 0
	for _, t := range r.Trees {
		files += t.Files
	}
	for _, ff := range r.Fixes {
		if ff.Applied {
			fmt.Fprintf(w, "fixed %s (%d %s)\n", ff.Path, ff.Fixes, plural(ff.Fixes, "finding", "findings"))
			fixed += ff.Fixes
		} else {
			fixable += ff.Fixes
		}
	}
	linted := fmt.Sprintf("%d %s, %d revision %s", len(r.Trees), plural(len(r.Trees), "tree", "trees"), files, plural(files, "file", "files"))
	left := len(r.Findings) - fixed
	switch {
	case len(r.Findings) == 0:
		fmt.Fprintf(w, "%s linted: no findings\n", linted)
	case fixed > 0:
		fmt.Fprintf(w, "%s linted: %d fixed, %d left\n", linted, fixed, left)
	case fixable > 0:
		fmt.Fprintf(w, "%s linted: %d %s, %d fixable with --fix\n", linted, left, plural(left, "finding", "findings"), fixable)
	default:
		fmt.Fprintf(w, "%s linted: %d %s\n", linted, left, plural(left, "finding", "findings"))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// WriteGitHub writes a workflow annotation for each finding and each tree
// lint could not read, then the text report for the log.
func (r *Result) WriteGitHub(w io.Writer) {
	for _, f := range r.Findings {
		msg := f.Message
		switch {
		case f.fixed():
		case f.Fix != nil && f.Fix.File != nil:
			msg += " (onehead lint --fix rewrites it)"
		case f.Fix != nil:
			msg += " (cannot fix automatically: " + f.Fix.Refused + ")"
		}
		report.Annotate(w, report.Annotation{Level: "error", File: f.Path, Line: f.Line, Col: f.Col,
			Title: "onehead lint (" + f.Rule + ")", Msg: msg})
	}
	for _, t := range r.Trees {
		for _, err := range t.Errs {
			report.Annotate(w, report.Annotation{Level: "error", Title: "onehead lint (unreadable Alembic tree)",
				Msg: t.Name + ": " + report.Describe(r.Root, err)})
		}
	}
	r.WriteFindings(w)
	r.WriteSummary(w)
}

// JSONSchema is the version of the JSON layout [Result.WriteJSON] writes.
// Field names are a stable interface: add fields, never rename or remove
// them without raising it.
const JSONSchema = 1

type (
	jsonResult struct {
		Schema   int           `json:"schema"`
		Root     string        `json:"root"`
		Trees    []jsonTree    `json:"trees"`
		Findings []jsonFinding `json:"findings"`
		Fixes    []jsonFix     `json:"fixes"`
		Summary  jsonSummary   `json:"summary"`
	}
	jsonTree struct {
		Name   string   `json:"name"`
		Dir    string   `json:"dir"`
		Files  int      `json:"files"`
		Config string   `json:"config,omitempty"`
		Errors []string `json:"errors"`
	}
	jsonFinding struct {
		Rule    string `json:"rule"`
		File    string `json:"file"`
		Line    int    `json:"line"`
		Column  int    `json:"column"`
		Message string `json:"message"`
		// Fix is "fixable", "fixed", "refused" or "" (the rule has no fix).
		Fix     string `json:"fix,omitempty"`
		Refused string `json:"refused,omitempty"`
	}
	jsonFix struct {
		File     string `json:"file"`
		Findings int    `json:"findings"`
		Applied  bool   `json:"applied"`
		Diff     string `json:"diff"`
	}
	jsonSummary struct {
		Trees    int    `json:"trees"`
		Files    int    `json:"files"`
		Findings int    `json:"findings"`
		Fixed    int    `json:"fixed"`
		Errors   int    `json:"errors"`
		Status   string `json:"status"`
	}
)

// WriteJSON writes the result for programs.
func (r *Result) WriteJSON(w io.Writer) error {
	out := jsonResult{Schema: JSONSchema, Root: r.Root, Trees: []jsonTree{}, Findings: []jsonFinding{}, Fixes: []jsonFix{}}
	for _, t := range r.Trees {
		jt := jsonTree{Name: t.Name, Dir: t.Dir, Files: t.Files, Config: t.Config, Errors: []string{}}
		for _, err := range t.Errs {
			jt.Errors = append(jt.Errors, report.Describe(r.Root, err))
		}
		out.Summary.Files += t.Files
		out.Summary.Errors += len(t.Errs)
		out.Trees = append(out.Trees, jt)
	}
	for _, f := range r.Findings {
		jf := jsonFinding{Rule: f.Rule, File: f.Path, Line: f.Line, Column: f.Col, Message: f.Message}
		switch {
		case f.Fix == nil:
		case f.fixed():
			jf.Fix = "fixed"
			out.Summary.Fixed++
		case f.Fix.File != nil:
			jf.Fix = "fixable"
		default:
			jf.Fix, jf.Refused = "refused", f.Fix.Refused
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, ff := range r.Fixes {
		out.Fixes = append(out.Fixes, jsonFix{File: ff.Path, Findings: ff.Fixes, Applied: ff.Applied, Diff: ff.Diff})
	}
	out.Summary.Trees, out.Summary.Findings, out.Summary.Status = len(r.Trees), len(r.Findings), r.Status()
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// LogWarnings logs what the trees warned about, as check does, leaving out
// what a finding already says.
func (r *Result) LogWarnings(targets []Target, logger *log.Logger) {
	said := map[string]bool{}
	for _, f := range r.Findings {
		said[fmt.Sprintf("%s:%d", f.Path, f.Line)] = true
	}
	for _, t := range targets {
		if t.Tree == nil {
			continue
		}
		for _, w := range t.Warnings {
			w.Path = r.rel(w.Path)
			if !said[fmt.Sprintf("%s:%d", w.Path, w.Line)] {
				logger.Warn(w.String())
			}
		}
	}
}
