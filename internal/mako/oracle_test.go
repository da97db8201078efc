package mako

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// makoPython finds a Python that imports mako: $ONEHEAD_MAKO_PYTHON, then
// python3, then Debian's /usr/bin/python3 (where python3-mako installs,
// which a pyenv python3 on PATH hides). Without one the test is skipped,
// unless ONEHEAD_REQUIRE_ORACLE=1 (as CI sets it), where it fails.
func makoPython(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("ONEHEAD_MAKO_PYTHON"), "python3", "/usr/bin/python3"} {
		if p != "" && exec.Command(p, "-c", "import mako").Run() == nil {
			return p
		}
	}
	if os.Getenv("ONEHEAD_REQUIRE_ORACLE") == "1" {
		t.Fatal("no python3 with mako (apt-get install python3-mako), and ONEHEAD_REQUIRE_ORACLE=1")
	}
	t.Skip("no python3 with mako; set ONEHEAD_REQUIRE_ORACLE=1 to make this a failure")
	return ""
}

// oracleCase is one template and variable set for testdata/render.py batch.
type oracleCase struct {
	Template string          `json:"template"` // base64
	Vars     json.RawMessage `json:"vars"`
}

type oracleResult struct {
	Out   *string `json:"out"`
	Error string  `json:"error"`
	Type  string  `json:"type"`
}

// TestDifferential renders random templates (seeded: replay a failure
// with ONEHEAD_SEED) with real Mako and with Parse and Render, and
// compares byte for byte. Where Mako fails, we must fail the same way
// (at load or at render time); where we refuse (UnsupportedError) or Mako
// prints a memory address, the case is counted, not compared.
func TestDifferential(t *testing.T) {
	python := makoPython(t)
	seed := uint64(1)
	if s := os.Getenv("ONEHEAD_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	n := 3000
	if testing.Short() {
		n = 500
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	sets := loadVarSets(t)
	var cases []oracleCase
	var templates []string
	for range n {
		src := genTemplate(rng)
		set := sets[rng.IntN(len(sets))]
		raw, err := json.Marshal(set.Vars)
		if err != nil {
			t.Fatal(err)
		}
		templates = append(templates, src)
		cases = append(cases, oracleCase{Template: base64.StdEncoding.EncodeToString([]byte(src)), Vars: raw})
	}
	input, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "testdata/render.py", "batch")
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("render.py: %v\n%s", err, stderr.String())
	}
	var results []oracleResult
	if err := json.Unmarshal(out, &results); err != nil || len(results) != n {
		t.Fatalf("render.py printed %d results: %v", len(results), err)
	}
	refused, failed := 0, 0
	for i, want := range results {
		var vars map[string]json.RawMessage
		_ = json.Unmarshal(cases[i].Vars, &vars)
		got, err := render("t.mako", []byte(templates[i]), pyVars(t, vars))
		var ue *UnsupportedError
		var ce *CompileError
		var re *RenderError
		msg := ""
		switch {
		case want.Out != nil && strings.Contains(*want.Out, " object at 0x"):
			// Mako printed a memory address (repr of UNDEFINED): no one
			// can reproduce that.
			refused++
		case errors.As(err, &ue):
			refused++
		case want.Out != nil && err != nil:
			msg = fmt.Sprintf("Mako renders %q, we fail: %v", *want.Out, err)
		case want.Out != nil && got != *want.Out:
			msg = fmt.Sprintf("output differs\n--- mako\n%q\n--- ours\n%q", *want.Out, got)
		case want.Out == nil && err == nil:
			msg = fmt.Sprintf("Mako fails (%s %s), we render %q", want.Error, want.Type, got)
		case want.Error == "compile" && !errors.As(err, &ce), want.Error == "render" && !errors.As(err, &re):
			msg = fmt.Sprintf("Mako fails at %s time (%s), we: %v", want.Error, want.Type, err)
		}
		if msg != "" {
			failed++
			if failed <= 10 {
				t.Errorf("case %d (seed %d): %s\ntemplate: %q\nvars: %s", i, seed, msg, templates[i], cases[i].Vars)
			}
		}
	}
	t.Logf("seed %d: %d cases, %d refused as unsupported, %d differ", seed, n, refused, failed)
	if refused > n/4 {
		t.Errorf("%d of %d cases refused: the generator no longer tests much", refused, n)
	}
}

// Pieces of random templates: the constructs of script templates, the
// characters Mako's lexer treats specially, and a few mistakes.
var (
	genText = []string{"abc", " ", "\t", "\n", "\r\n", "%", "%%", "#", "##", "\\\n", "\\", "<", "<&", "</%", "$", "{",
		"}", "é", "'", `"`, ">", "%>", "<b>", "\r", "|", "pass", `"""`, "\\\r\n", "\u3000", "\f", "<%", "${", "\x85"}
	genExpr = []string{"${message}", "${down_revision | comma,n}", "${repr(down_revision)}", `${imports if imports else ""}`,
		`${context.get("%s_upgrades" % "x", "pass")}`, "${ {'a': 1}['a'] }", "${'}'}", `${"|"}`, "${message | h}",
		"${}", "${message, }", "${message | u}", "${message | trim, h}", "${up_revision[:4]}", "${len(message)}",
		"${'%s-%s' % (up_revision, message)}", "${imports}", "${message | n}", "${down_revision | n}",
		"${message # c\n}", "${create_date}", "${repr(branch_labels)}", "${branch_labels | comma}",
		"${down_revision}", "${message | x, entity}", "${refresh}", "${ message }", "${(1,\n 2)}", "${x)(y}",
		"${message | h,}", "${v}", "${a}", "${UNDEFINED is Undefined}", "${str(imports)}", "${message|trim}",
		`${context["message"] if False else 1}`, "${config.get_main_option('databases')}", "${nope | comma}",
		"${'é' + message}", "${f'{up_revision!r:>14}'}", "${message.replace('e', '3')}",
		"${message if \\\n refresh else 0}", "${\"\"\"a}\nb\"\"\"}", "${'#'}", "${'\\''}", "${x | h | u}", "${message\u3000}"}
	genCond = []string{"message", "imports", "down_revision is None", "not branch_labels", "refresh",
		"up_revision == 'x'", "len(message) > 5", "imports is UNDEFINED", "v", "branch_labels and len(branch_labels) > 1"}
	genFor = [][2]string{{"v", `["a", "b"]`}, {"v", "down_revision or ()"}, {"v", "up_revision[:3]"},
		{"v", "branch_labels or []"}, {"a, b", "[(1, 'x'), (2, 'y')]"}, {"v", "re.split(r',\\s*', config.get_main_option('databases'))"},
		{"v", "[]"}, {"(a, b)", `["ab", "cd"]`}}
	genPrefix = []string{"", "", "", "", "# -*- coding: utf-8 -*-\n", "## -*- coding: latin-1 -*-\n", "\xef\xbb\xbf",
		"\xef\xbb\xbf# coding: utf8\n", "# coding=ascii\n", "#coding:utf-8", "# no encoding here\n"}
	genBlock = []string{"<%doc>x\n</%doc>", "<%text>${x} % if</%text>", "<% v = message %>", "<% a = 1; b = 2 %>",
		"<%!\nimport re\n%>", "<%! import re %>", "<% # c\n v = up_revision %>", "<%\n    v = 'p'\n%>", "<%text/>",
		"<% v = '%>' %>", "<%def name='f()'></%def>", "<% v, a = 'xy' %>"}
)

func genTemplate(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteString(pick(rng, genPrefix))
	genBody(rng, &b, 0)
	s := b.String()
	for range rng.IntN(4) {
		if s == "" {
			break
		}
		i := rng.IntN(len(s))
		switch rng.IntN(3) {
		case 0: // a deletion
			s = s[:i] + s[i+1:]
		case 1:
			s = s[:i] + pick(rng, genText) + s[i:]
		default: // a line repeated
			start := strings.LastIndexByte(s[:i], '\n') + 1
			end := strings.IndexByte(s[i:], '\n')
			if end < 0 {
				end = len(s) - i
			}
			s = s[:start] + s[start:i+end] + "\n" + s[start:]
		}
	}
	return s
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// newline ends the current line unless b is at a line start.
func newline(b *strings.Builder) {
	if s := b.String(); s != "" && !strings.HasSuffix(s, "\n") {
		b.WriteString("\n")
	}
}

func genBody(rng *rand.Rand, b *strings.Builder, depth int) {
	for range rng.IntN(6) {
		switch k := rng.IntN(10); {
		case k < 3:
			b.WriteString(pick(rng, genText))
		case k < 6:
			b.WriteString(pick(rng, genExpr))
		case k == 6:
			b.WriteString(pick(rng, genBlock))
		case k == 7 && depth < 3:
			newline(b)
			indent := pick(rng, []string{"", "  ", "\t"})
			b.WriteString(indent + "% if " + pick(rng, genCond) + ":" + pick(rng, []string{"", " # c", " ", " \\\n"}) + "\n")
			genBody(rng, b, depth+1)
			if rng.IntN(3) == 0 {
				newline(b)
				b.WriteString("% elif " + pick(rng, genCond) + ":\n")
				genBody(rng, b, depth+1)
			}
			if rng.IntN(2) == 0 {
				newline(b)
				b.WriteString(indent + "% else:\n")
				genBody(rng, b, depth+1)
			}
			newline(b)
			b.WriteString(indent + pick(rng, []string{"% endif\n", "%endif\n", "% endif trailing\n", "% endif", "% endif\r\n"}))
		case k == 8 && depth < 3:
			newline(b)
			f := pick(rng, genFor)
			b.WriteString("% for " + f[0] + " in " + f[1] + ":\n")
			genBody(rng, b, depth+1)
			if rng.IntN(4) == 0 {
				newline(b)
				b.WriteString("% else:\n")
				genBody(rng, b, depth+1)
			}
			newline(b)
			b.WriteString("% endfor\n")
		default:
			newline(b)
			b.WriteString(pick(rng, []string{"## comment\n", "%% literal\n", "  ## indented comment\n", "% endif\n", "##\n"}))
		}
	}
}
