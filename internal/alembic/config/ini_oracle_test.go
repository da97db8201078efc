package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/alembic"
)

// requireOracle reports whether a missing oracle must fail the test rather
// than skip it (CI sets ONEHEAD_REQUIRE_ORACLE=1 where Python is installed).
func requireOracle() bool { return os.Getenv("ONEHEAD_REQUIRE_ORACLE") == "1" }

// oracleScript reads each file named on the command line with
// configparser.ConfigParser({"here": ...}) as Alembic does and prints, per
// file, either the read error (exception class and its line numbers) or every
// section with every option's interpolated value or interpolation error, and
// the outcome of items() for the section.
const oracleScript = `
import configparser, json, sys
out = []
for path in sys.argv[1:]:
    p = configparser.ConfigParser({"here": "/h/dir"})
    try:
        p.read(path, encoding="utf-8")
    except configparser.Error as e:
        if isinstance(e, (configparser.MissingSectionHeaderError, configparser.DuplicateSectionError,
                          configparser.DuplicateOptionError)):
            line = e.lineno
        else:
            line = e.errors[0][0]
        out.append({"error": type(e).__name__, "line": line})
        continue
    sections = []
    for s in ["DEFAULT"] + p.sections():
        names = list(p.defaults()) if s == "DEFAULT" else p.options(s)
        opts = []
        for o in names:
            try:
                opts.append([o, p.get(s, o)])
            except configparser.Error as e:
                opts.append([o, "!" + type(e).__name__ + ": " + str(e)])
        try:
            items = [k for k, _ in p.items(s)]
        except configparser.Error as e:
            items = "!" + type(e).__name__
        sections.append({"name": s, "options": opts, "items": items})
    out.append({"sections": sections})
json.dump(out, sys.stdout)
`

// oracleResult is one file's outcome in oracleScript's JSON shape.
type oracleResult struct {
	Error    string          `json:"error,omitempty"`
	Line     int             `json:"line,omitempty"`
	Sections []oracleSection `json:"sections,omitempty"`
}

type oracleSection struct {
	Name    string      `json:"name"`
	Options [][2]string `json:"options"`
	Items   any         `json:"items"`
}

// goResult computes oracleResult with INI for the same file.
func goResult(path string) oracleResult {
	src, err := os.ReadFile(path)
	if err != nil {
		return oracleResult{Error: err.Error()}
	}
	f, err := ParseINI(path, src, map[string]string{"here": "/h/dir"})
	if err != nil {
		var fe *alembic.FileError
		if !errors.As(err, &fe) {
			return oracleResult{Error: "not a FileError: " + err.Error()}
		}
		name, _, _ := strings.Cut(fe.Msg, ":")
		return oracleResult{Error: name, Line: fe.Line}
	}
	var res oracleResult
	for _, s := range append([]string{defaultSection}, f.Sections()...) {
		names := f.defaults.names
		if s != defaultSection {
			names, _ = f.Options(s)
		}
		sec := oracleSection{Name: s, Options: [][2]string{}}
		for _, o := range names {
			v, _, err := f.Get(s, o)
			if err != nil {
				v = "!" + err.(*alembic.FileError).Msg
			}
			sec.Options = append(sec.Options, [2]string{o, v})
		}
		if items, err := f.Items(s); err != nil {
			name, _, _ := strings.Cut(err.(*alembic.FileError).Msg, ":")
			sec.Items = "!" + name
		} else {
			keys := []any{}
			for _, it := range items {
				keys = append(keys, it.Name)
			}
			sec.Items = keys
		}
		res.Sections = append(res.Sections, sec)
	}
	return res
}

// randomINI builds an ini file from the pieces configparser treats
// specially: both delimiters, mixed-case names, indented and Unicode
// whitespace, continuation and empty lines inside values, comments inside
// values, DEFAULT, interpolation references good and bad, odd headers, and
// (in some files) duplicates and lines configparser rejects.
func randomINI(r *rand.Rand) string {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	strict := r.IntN(3) > 0 // most files avoid fatal errors so values get compared
	indents := []string{"", "", "", " ", "  ", "\t", "\u3000", "\x1c", "\u00a0"}
	value := func() string {
		var parts []string
		for range r.IntN(4) {
			good := []string{"1", "x", "/p/q", "%(a)s", "%(B)s", "%%", "%(here)s", "x # not a comment",
				"é", "a\u00a0b", "%(c)s%(a)s", " ", "val ue"}
			if !strict || r.IntN(4) == 0 {
				good = append(good, "%", "%(nope)s", "%(a", "%x", "%(loop)s")
			}
			parts = append(parts, pick(good...))
		}
		return strings.Join(parts, pick("", " ", "  "))
	}
	var b strings.Builder
	eol := func() { b.WriteString(pick("\n", "\n", "\n", "\n", "\r\n", "\r")) }
	if r.IntN(8) == 0 {
		b.WriteString(pick("# leading comment", "", "  ; indented comment"))
		eol()
	}
	if !strict && r.IntN(4) == 0 {
		b.WriteString(pick("orphan = 1", "\ufeff"))
	}
	sections := []string{"alembic", "Alembic", "DEFAULT", "s1", "post_write_hooks", "a]b", " sp "}
	r.Shuffle(len(sections), func(i, j int) { sections[i], sections[j] = sections[j], sections[i] })
	nsect := 1 + r.IntN(4)
	if !strict && r.IntN(2) == 0 {
		sections[nsect-1] = sections[0]
	}
	for _, sect := range sections[:nsect] {
		b.WriteString(pick("", "", " ") + "[" + sect + "]" + pick("", "", " ; trailing", "x]"))
		eol()
		keys := []string{"a", "B", "c", "loop", "script_location", "Key Two", "here", "k\u0130"}
		r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		nkeys := r.IntN(6)
		if !strict && r.IntN(2) == 0 && nkeys > 1 {
			keys[nkeys-1] = strings.ToUpper(keys[0])
		}
		for _, key := range keys[:nkeys] {
			indent := pick(indents[:4]...)
			v := value()
			if key == "loop" && r.IntN(2) == 0 {
				v = "%(loop)s"
			}
			b.WriteString(indent + key + pick("", " ", "\t") + pick("=", ":", "=", " = :") + pick("", " ", "  ") + v)
			eol()
			for range r.IntN(4) {
				switch r.IntN(6) {
				case 0:
					b.WriteString(pick("", "   ", "\t"))
				case 1:
					b.WriteString(pick(indents...) + pick("#", ";") + " comment")
				case 2:
					if !strict {
						b.WriteString(pick("garbage line", "=no name", "[]"))
						break
					}
					fallthrough
				default:
					b.WriteString(indent + pick(indents[3:]...) + pick("", " ") + value() + "x")
				}
				eol()
			}
		}
	}
	return b.String()
}

// TestINIMatchesConfigparser is the live differential test: random ini
// files read by INI and by Python's configparser must agree on sections,
// options, interpolated values and errors.
func TestINIMatchesConfigparser(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		if requireOracle() {
			t.Fatal("ONEHEAD_REQUIRE_ORACLE=1 but python3 is not on PATH")
		}
		t.Skip("python3 not on PATH")
	}
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(20260601, 1))
	var paths []string
	for i := range 80 {
		path := filepath.Join(dir, fmt.Sprintf("f%02d.ini", i))
		if err := os.WriteFile(path, []byte(randomINI(r)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	out, err := exec.Command(python, append([]string{"-c", oracleScript}, paths...)...).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var want []oracleResult
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("oracle output: %v", err)
	}
	errorsSeen, valuesSeen := 0, 0
	for i, path := range paths {
		got := goResult(path)
		// Round-trip through JSON so both sides have the same types.
		var norm oracleResult
		data, _ := json.Marshal(got)
		_ = json.Unmarshal(data, &norm)
		if !reflect.DeepEqual(norm, want[i]) {
			src, _ := os.ReadFile(path)
			t.Errorf("%s differs from configparser\nsource: %q\ngot:  %+v\nwant: %+v", path, src, norm, want[i])
		}
		if want[i].Error != "" {
			errorsSeen++
		} else {
			valuesSeen++
		}
	}
	// Guard the generator: it must keep exercising both outcomes.
	if errorsSeen < 5 || valuesSeen < 20 {
		t.Errorf("generator produced %d failing and %d readable files", errorsSeen, valuesSeen)
	}
}
