package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
)

// goldenCase is one directory of testdata/merge: a tree, the merge
// command, and what Alembic 1.19.2 did (testdata/merge/generate.py).
type goldenCase struct {
	name, dir string
	argv      []string
	tz        string
	now       time.Time
	// onehead is where onehead deliberately differs: "writes-nothing"
	// (Alembic fails after writing) or "refuses: <error substring>".
	onehead string
	want    map[string]string // txtar sections
}

func loadGolden(t *testing.T) []goldenCase {
	t.Helper()
	files, err := filepath.Glob("../../testdata/merge/*/case")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus under testdata/merge (err %v)", err)
	}
	var cases []goldenCase
	for _, f := range files {
		dir := filepath.Dir(f)
		c := goldenCase{name: filepath.Base(dir), dir: dir}
		data, _ := os.ReadFile(f)
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			key, val, _ := strings.Cut(line, " ")
			switch key {
			case "argv":
				if err := json.Unmarshal([]byte(val), &c.argv); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
			case "tz":
				c.tz = val
			case "now_us":
				us, _ := strconv.ParseInt(val, 10, 64)
				c.now = time.UnixMicro(us)
			case "onehead":
				c.onehead = val
			}
		}
		ar, err := txtar.ParseFile(filepath.Join(dir, "alembic-1.19.txtar"))
		if err != nil {
			t.Fatal(err)
		}
		c.want = map[string]string{}
		for _, s := range ar.Files {
			c.want[s.Name] = string(s.Data)
		}
		cases = append(cases, c)
	}
	return cases
}

// request turns alembic merge arguments into a Request, as argparse reads
// them.
func request(t *testing.T, argv []string) Request {
	t.Helper()
	var r Request
	for i := 0; i < len(argv); i++ {
		next := func() string {
			i++
			return argv[i]
		}
		switch argv[i] {
		case "merge":
		case "-m", "--message":
			r.Message = ptr(next())
		case "--rev-id":
			r.RevID = next()
		case "--branch-label":
			r.BranchLabel = ptr(next())
		case "--splice":
			r.Splice = true
		default:
			r.Revisions = append(r.Revisions, argv[i])
		}
	}
	return r
}

// snapshotTree reads every file and directory under root, so that a test
// can tell exactly what a merge changed.
func snapshotTree(t *testing.T, root string) map[string]string {
	t.Helper()
	snap := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			snap[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(p)
		snap[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
}

// exitStatus is how onehead's command line reports err.
func exitStatus(err error) int {
	var failed *alembic.Failed
	switch {
	case err == nil:
		return 0
	case errors.As(err, &failed):
		return 255
	}
	return 2
}

var tmpFile = regexp.MustCompile(`see \S+\.txt for`)

func normalizeOut(out, tree string) string {
	out = strings.ReplaceAll(out, tree, "$TREE")
	return tmpFile.ReplaceAllLiteralString(out, "see $TMPFILE for")
}

// TestGolden runs onehead's merge on every corpus tree with Alembic's
// frozen clock and compares the exit status, stdout, every file the merge
// wrote (byte for byte, Create Date included) and the heads afterwards.
// Where Alembic fails or crashes, onehead must leave the tree untouched.
func TestGolden(t *testing.T) {
	for _, c := range loadGolden(t) {
		t.Run(c.name, func(t *testing.T) {
			tree := filepath.Join(t.TempDir(), "tree")
			copyTree(t, filepath.Join(c.dir, "tree"), tree)
			before := snapshotTree(t, tree)
			req := request(t, c.argv)
			req.Config = config.Options{Dir: tree, Getenv: func(string) string { return "" }}
			req.Now = func() time.Time { return c.now }
			req.Local = mustZone(t, c.tz)
			var stdout, stderr bytes.Buffer
			req.Stdout, req.Stderr = &stdout, &stderr
			res, err := Merge(req)
			var failed *alembic.Failed
			if errors.As(err, &failed) {
				stdout.WriteString("FAILED: " + failed.Message + "\n")
			}
			got := normalizeOut(stdout.String(), tree)
			after := snapshotTree(t, tree)
			wantExit, _ := strconv.Atoi(strings.TrimSpace(c.want["exit"]))

			if refusal, ok := strings.CutPrefix(c.onehead, "refuses: "); ok {
				if err == nil || exitStatus(err) != 2 || !strings.Contains(err.Error(), refusal) {
					t.Fatalf("want a refusal (exit 2) naming %q, got exit %d: %v", refusal, exitStatus(err), err)
				}
			} else {
				wantStatus := wantExit
				if wantStatus == 1 {
					wantStatus = 2 // a traceback in Alembic
				}
				if exitStatus(err) != wantStatus {
					t.Fatalf("exit %d (%v), alembic exit %d\nstdout:\n%s", exitStatus(err), err, wantExit, got)
				}
				want := c.want["stdout"]
				if c.onehead == "writes-nothing" {
					// Alembic announced and wrote the file before failing.
					lines := strings.SplitAfter(want, "\n")
					want = lines[len(lines)-2]
				}
				if wantExit != 1 && got != want {
					t.Errorf("stdout differs\n--- alembic\n%s--- onehead\n%s", want, got)
				}
			}
			if err != nil {
				if !maps.Equal(before, after) {
					t.Errorf("a failed merge changed the tree: %v", changedPaths(before, after))
				}
				return
			}
			changed := changedPaths(before, after)
			wantChanged := strings.Fields(c.want["changed"])
			if !slices.Equal(changed, wantChanged) {
				t.Errorf("changed %v, alembic changed %v", changed, wantChanged)
			}
			for _, rel := range wantChanged {
				want, _ := os.ReadFile(filepath.Join(c.dir, "alembic-1.19", rel))
				if after[rel] != string(want) {
					t.Errorf("%s differs from alembic's\n--- alembic\n%s\n--- onehead\n%s", rel, want, after[rel])
				}
			}
			var heads strings.Builder
			for _, h := range res.Heads {
				heads.WriteString(h.HeadLine() + "\n")
			}
			if sortLabels(heads.String()) != sortLabels(c.want["heads"]) {
				t.Errorf("heads after the merge\n--- alembic\n%s--- onehead\n%s", c.want["heads"], heads.String())
			}
			if _, warning, ok := strings.Cut(c.want["stderr-tail"], "UserWarning: "); ok {
				var ws []string
				for _, w := range res.Warnings {
					ws = append(ws, w.String())
				}
				if !strings.Contains(strings.Join(ws, "\n"), strings.TrimSpace(warning)) {
					t.Errorf("alembic warned %q; onehead warned %q", warning, ws)
				}
			}
		})
	}
}

var labelGroup = regexp.MustCompile(`\(([^()]*, [^()]*)\)`)

// sortLabels sorts each group of several branch labels: Alembic prints a
// Python set there, in an order that varies.
func sortLabels(out string) string {
	return labelGroup.ReplaceAllStringFunc(out, func(g string) string {
		parts := strings.Split(g[1:len(g)-1], ", ")
		slices.Sort(parts)
		return "(" + strings.Join(parts, ", ") + ")"
	})
}

// changedPaths lists the files (not directories) created or changed
// between two snapshots, and directories created or removed.
func changedPaths(before, after map[string]string) []string {
	var out []string
	for p, data := range after {
		if old, ok := before[p]; !ok || old != data {
			if !strings.HasSuffix(p, "/") {
				out = append(out, p)
			} else if !ok && !slices.ContainsFunc(slices.Collect(maps.Keys(after)), func(q string) bool {
				return q != p && strings.HasPrefix(q, p)
			}) {
				out = append(out, p) // an empty new directory
			}
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}
