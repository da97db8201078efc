package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// goldenCommands are the alembic commands recorded for every corpus case,
// by file name.
var goldenCommands = map[string][]string{
	"heads":            {"heads"},
	"heads-verbose":    {"heads", "--verbose"},
	"heads-resolve":    {"heads", "--resolve-dependencies"},
	"branches":         {"branches"},
	"branches-verbose": {"branches", "--verbose"},
}

// corpusCase is one directory of testdata/heads: a tree and what real
// Alembic printed for it (testdata/heads/generate.py records it).
type corpusCase struct {
	name, dir   string
	cwd         string
	args        []string
	env         map[string]string
	oneheadFail string
	// oneheadDiffers says why onehead deliberately succeeds where Alembic
	// fails (it does not import what revision files import).
	oneheadDiffers string
}

func loadCases(t *testing.T) []corpusCase {
	t.Helper()
	dirs, err := filepath.Glob("../../testdata/heads/*/tree")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no corpus under testdata/heads (err %v)", err)
	}
	var cases []corpusCase
	for _, tr := range dirs {
		dir := filepath.Dir(tr)
		c := corpusCase{name: filepath.Base(dir), dir: dir, env: map[string]string{}}
		c.cwd, _ = filepath.Abs(tr)
		data, _ := os.ReadFile(filepath.Join(dir, "case"))
		for _, line := range strings.Split(string(data), "\n") {
			key, val, _ := strings.Cut(line, " ")
			switch key {
			case "cwd":
				c.cwd = filepath.Join(c.cwd, val)
			case "args":
				c.args = strings.Fields(val)
			case "env":
				k, v, _ := strings.Cut(val, "=")
				c.env[k] = v
			case "onehead-fails":
				c.oneheadFail = val
			case "onehead-differs":
				c.oneheadDiffers = val
			}
		}
		cases = append(cases, c)
	}
	return cases
}

// TestAlembicParity runs heads and branches on every corpus tree and
// compares with what Alembic 1.19 printed: the same stdout and exit status,
// except where Alembic crashed with a traceback (exit 1), where onehead
// must exit 2 with a message on stderr instead.
//
// All commands share one revision cache, so most runs read cached
// revisions: the cache must not change a byte of the output.
func TestAlembicParity(t *testing.T) {
	cache := t.TempDir()
	for _, c := range loadCases(t) {
		for golden, args := range goldenCommands {
			t.Run(c.name+"/"+golden, func(t *testing.T) {
				data, err := os.ReadFile(filepath.Join(c.dir, "alembic-1.19", golden+".txtar"))
				if err != nil {
					t.Fatal(err)
				}
				want := sections(txtar.Parse(data))
				wantExit, _ := strconv.Atoi(strings.TrimSpace(want["exit"]))
				tree, _ := filepath.Abs(filepath.Join(c.dir, "tree"))
				var stdout, stderr bytes.Buffer
				code := run(append(slices.Clone(c.args), args...), env{
					Stdout: &stdout, Stderr: &stderr, Dir: c.cwd,
					Getenv: func(k string) string {
						if k == "ONEHEAD_CACHE_DIR" {
							return cache
						}
						return c.env[k]
					},
				})
				got := normalize(stdout.String(), tree)
				switch {
				case c.oneheadFail != "":
					if code != exitBroken || !strings.Contains(stderr.String(), c.oneheadFail) {
						t.Fatalf("want exit 2 naming %q (a value only Python knows); got exit %d\nstderr: %s", c.oneheadFail, code, stderr.String())
					}
					return
				case c.oneheadDiffers != "":
					if code != exitOK {
						t.Fatalf("want exit 0 (%s); got %d\nstderr: %s", c.oneheadDiffers, code, stderr.String())
					}
					return
				case wantExit == 1:
					if code != exitBroken {
						t.Errorf("alembic crashed (%s); want exit 2, got %d", strings.TrimSpace(want["stderr-tail"]), code)
					}
					if !strings.Contains(stderr.String(), "error") {
						t.Errorf("want an error on stderr, got %q", stderr.String())
					}
				case code != wantExit:
					t.Errorf("exit %d, alembic exits %d\nstderr: %s", code, wantExit, stderr.String())
				}
				if w := normalize(want["stdout"], "$TREE"); got != w {
					t.Errorf("stdout differs from alembic's\n--- alembic\n%s--- onehead\n%s--- onehead stderr\n%s", w, got, stderr.String())
				}
			})
		}
	}
}

func sections(a *txtar.Archive) map[string]string {
	m := map[string]string{}
	for _, f := range a.Files {
		m[f.Name] = string(f.Data)
	}
	return m
}

var labelGroup = regexp.MustCompile(`\(([^()]*, [^()]*)\)`)

// normalize makes outputs comparable where Alembic's own output varies from
// run to run: labels come from a Python set, and the children of a branch
// point from a frozenset. It also replaces the tree's path by $TREE.
func normalize(out, tree string) string {
	if tree != "$TREE" {
		if real, err := filepath.EvalSymlinks(tree); err == nil {
			out = strings.ReplaceAll(out, real, "$TREE")
		}
		out = strings.ReplaceAll(out, tree, "$TREE")
	}
	lines := strings.SplitAfter(out, "\n")
	for i, l := range lines {
		lines[i] = labelGroup.ReplaceAllStringFunc(l, func(g string) string {
			return "(" + sortedList(g[1:len(g)-1]) + ")"
		})
		for _, prefix := range []string{"Branches into: ", "Branch names: "} {
			if rest, ok := strings.CutPrefix(l, prefix); ok {
				lines[i] = prefix + sortedList(strings.TrimSuffix(rest, "\n")) + "\n"
			}
		}
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && strings.Contains(lines[j], " -> ") && strings.HasPrefix(lines[j], " ") {
			j++
		}
		slices.Sort(lines[i:j])
		i = max(j, i+1)
	}
	return strings.Join(lines, "")
}

func sortedList(s string) string {
	parts := strings.Split(s, ", ")
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}
