package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/onehead/onehead/internal/alembictest"
)

// mergeTemplates are script.py.mako files from the merge corpus, with the
// ini lines each needs: every stock era and a few customisations.
var mergeTemplates = []struct{ corpusCase, ini string }{
	{"001-generic-two-heads", ""},
	{"005-debian-1.8-generic", ""},
	{"006-multidb-1.19", "databases = engine1, engine2\n"},
	{"008-era-0.6", ""},
	{"035-licensed-custom", ""},
	{"037-control-lines", ""},
}

// mergeIniExtras vary the file name and date options.
var mergeIniExtras = []string{
	"",
	"file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s\ntimezone = Europe/Paris\n",
	"file_template = %%(epoch)s_%%(rev)s_%%(slug)s\ntimezone = UTC\n",
	"truncate_slug_length = 12\n",
}

var mergeMessages = []string{
	"merge heads", "", "Ünïcödé İstanbul ΟΔΟΣ", "merge 'feature/x' & fix: bug #12",
	"a message long enough to be truncated at forty characters, surely", "tab\tand\nnewline", `back\slash`,
}

// offlineEnv is an env.py that runs migrations in offline mode only, so
// that `alembic upgrade head --sql` can check a merged tree without a
// database.
const offlineEnv = `from alembic import context

context.configure(url="sqlite://", literal_binds=True)
with context.begin_transaction():
    context.run_migrations()
`

// TestMergeDifferential generates random trees (seeded; replay with
// ONEHEAD_SEED), merges each with real Alembic and with onehead under the
// same frozen clock, and compares the exit status, stdout and every file
// written. On each tree onehead merged, real Alembic must then list the
// same heads as on the tree it merged itself, and when one head remains,
// `alembic upgrade head --sql` must succeed.
func TestMergeDifferential(t *testing.T) {
	a := alembictest.Find(t)
	seed := uint64(1)
	if s := os.Getenv("ONEHEAD_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	trees := 120
	if testing.Short() {
		trees = 30
	}
	rng := rand.New(rand.NewPCG(seed, 2))
	root := t.TempDir()
	cache := t.TempDir()
	type merge struct {
		theirs, ours string
		argv         []string
		now          int64
		tz           string
	}
	var merges []merge
	for i := range trees {
		base := filepath.Join(root, fmt.Sprint(i), "base")
		shape := alembictest.Shape{Revisions: rng.IntN(30), Quirks: true, Broken: rng.IntN(10) == 0}
		if err := alembictest.Generate(base, rng, shape); err != nil {
			t.Fatal(err)
		}
		tmpl := mergeTemplates[rng.IntN(len(mergeTemplates))]
		src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "merge", tmpl.corpusCase, "tree", "alembic", "script.py.mako"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(base, "alembic", "script.py.mako"), string(src))
		writeFile(t, filepath.Join(base, "alembic", "env.py"), offlineEnv)
		appendFile(t, filepath.Join(base, "alembic.ini"), tmpl.ini+mergeIniExtras[rng.IntN(len(mergeIniExtras))])
		m := merge{theirs: filepath.Join(root, fmt.Sprint(i), "alembic"), ours: filepath.Join(root, fmt.Sprint(i), "onehead"),
			argv: randomMergeArgs(rng, base, cache),
			now:  time.Date(2026, time.Month(1+rng.IntN(12)), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60), 0, time.UTC).Unix(),
			tz:   []string{"UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata"}[rng.IntN(4)]}
		for _, dst := range []string{m.theirs, m.ours} {
			if err := os.CopyFS(dst, os.DirFS(base)); err != nil {
				t.Fatal(err)
			}
		}
		merges = append(merges, m)
	}
	var jobs []alembictest.Job
	for _, m := range merges {
		jobs = append(jobs, alembictest.Job{Dir: m.theirs, Argv: m.argv, NowMicros: m.now * 1e6, TZ: m.tz})
	}
	results := a.Run(t, jobs)
	var after []alembictest.Job
	var checked []int
	for i, m := range merges {
		want := results[i]
		var stdout, stderr bytes.Buffer
		code := run(m.argv, env{Stdout: &stdout, Stderr: &stderr, Dir: m.ours, Getenv: func(k string) string {
			return map[string]string{"ONEHEAD_CACHE_DIR": cache, "SOURCE_DATE_EPOCH": fmt.Sprint(m.now), "TZ": m.tz}[k]
		}})
		name := fmt.Sprintf("tree %d: %q", i, m.argv)
		wantCode := want.Exit
		if wantCode == 1 {
			wantCode = exitBroken
		}
		if code != wantCode {
			t.Errorf("%s: exit %d, alembic %d\nalembic: %s%s\nonehead: %s%s", name, code, want.Exit, want.Stdout, tail(want.Stderr), stdout.String(), stderr.String())
			continue
		}
		gotOut, wantOut := normalize(stdout.String(), m.ours), normalize(want.Stdout, m.theirs)
		if code == exitFailed && strings.Contains(wantOut, "  done\nFAILED") {
			// Alembic fails after writing; onehead fails before.
			wantOut = wantOut[strings.LastIndex(wantOut, "FAILED"):]
		}
		if code != exitBroken && gotOut != wantOut {
			t.Errorf("%s: stdout differs\n--- alembic\n%s--- onehead\n%s", name, wantOut, gotOut)
		}
		theirs, ours := hashTree(t, m.theirs), hashTree(t, m.ours)
		if code != exitOK {
			if base := hashTree(t, filepath.Join(filepath.Dir(m.ours), "base")); !maps2Equal(ours, base) {
				t.Errorf("%s: a failed merge changed the tree", name)
			}
			continue
		}
		if !maps2Equal(theirs, ours) {
			t.Errorf("%s: the tree differs from alembic's after the merge: %s", name, diffKeys(theirs, ours))
			continue
		}
		after = append(after, alembictest.Job{Dir: m.ours, Argv: []string{"heads"}}, alembictest.Job{Dir: m.theirs, Argv: []string{"heads"}})
		checked = append(checked, i)
	}
	if len(after) == 0 {
		t.Fatal("no merge succeeded; the test proves nothing")
	}
	heads := a.Run(t, after)
	var upgrades []alembictest.Job
	for k, i := range checked {
		ours, theirs := heads[2*k], heads[2*k+1]
		if ours.Exit != theirs.Exit || normalize(ours.Stdout, "$TREE") != normalize(theirs.Stdout, "$TREE") {
			t.Errorf("tree %d: alembic heads on onehead's merge: %d %q; on alembic's: %d %q", i, ours.Exit, ours.Stdout, theirs.Exit, theirs.Stdout)
		}
		if slices.Contains(merges[i].argv, "heads") && strings.Count(ours.Stdout, " (head)\n") != 1 {
			t.Errorf("tree %d: after merging all heads, alembic heads shows %q", i, ours.Stdout)
		}
		if ours.Exit == 0 && strings.Count(ours.Stdout, "\n") == 1 {
			for _, dir := range []string{merges[i].ours, merges[i].theirs} {
				upgrades = append(upgrades, alembictest.Job{Dir: dir, Argv: []string{"upgrade", "head", "--sql"}})
			}
		}
	}
	upgraded := 0
	results = a.Run(t, upgrades)
	for k := 0; k < len(results); k += 2 {
		// Where the tree's own revisions or env.py keep Alembic from
		// upgrading (multidb functions take an engine name), both fail.
		ours, theirs := results[k], results[k+1]
		if ours.Exit != theirs.Exit {
			t.Errorf("%s: alembic upgrade head --sql exits %d on onehead's merge, %d on alembic's: %s", upgrades[k].Dir, ours.Exit, theirs.Exit, tail(ours.Stderr))
		}
		if ours.Exit == 0 {
			upgraded++
		}
	}
	t.Logf("alembic %s, seed %d: %d merges, %d succeeded, %d upgraded offline", a.Version, seed, len(merges), len(checked), upgraded)
}

// randomMergeArgs picks a merge command for the tree at dir: all heads,
// explicit heads in a random order (full ids or prefixes, which may be
// ambiguous), `head`, or a non-head with or without --splice; with a
// random message, id and sometimes a branch label.
func randomMergeArgs(rng *rand.Rand, dir, cache string) []string {
	argv := []string{"merge", "--rev-id", fmt.Sprintf("%012x", rng.Uint64()&0xffffffffffff)}
	if m := rng.IntN(len(mergeMessages) + 1); m < len(mergeMessages) {
		argv = append(argv, "-m", mergeMessages[m])
	}
	if rng.IntN(8) == 0 {
		argv = append(argv, "--branch-label", fmt.Sprintf("label%d", rng.IntN(3)))
	}
	var stdout bytes.Buffer
	run([]string{"heads", "--resolve-dependencies"}, env{Stdout: &stdout, Stderr: &bytes.Buffer{}, Dir: dir,
		Getenv: func(k string) string { return map[string]string{"ONEHEAD_CACHE_DIR": cache}[k] }})
	var heads []string
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			heads = append(heads, f[0])
		}
	}
	switch r := rng.IntN(10); {
	case r < 4 || len(heads) == 0:
		return append(argv, "heads")
	case r < 8:
		rng.Shuffle(len(heads), func(i, j int) { heads[i], heads[j] = heads[j], heads[i] })
		for _, h := range heads {
			if rng.IntN(2) == 0 {
				h = h[:1+rng.IntN(len(h))]
			}
			argv = append(argv, h)
		}
		return argv
	case r == 8:
		return append(argv, "head")
	}
	// A revision that is probably not a head, by a prefix.
	if rng.IntN(2) == 0 {
		argv = append(argv, "--splice")
	}
	ids := revisionIDs(dir)
	return append(argv, heads[0], ids[rng.IntN(len(ids))][:4])
}

var revisionLine = regexp.MustCompile(`(?m)^revision\b[^=\n]*= *['"]([^'"]+)['"]`)

// revisionIDs reads the ids of the generated revision files under dir.
func revisionIDs(dir string) []string {
	var ids []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".py") {
			data, _ := os.ReadFile(p)
			if m := revisionLine.FindSubmatch(data); m != nil && len(m[1]) >= 4 {
				ids = append(ids, string(m[1]))
			}
		}
		return nil
	})
	return ids
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func appendFile(t *testing.T, path, content string) {
	t.Helper()
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, string(old)+content)
}

// hashTree maps every file and directory under root (relative path) to a
// hash of its content, so that trees can be compared, or one compared
// with itself before and after a command.
func hashTree(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			out[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(p)
		sum := sha256.Sum256(data)
		out[rel] = hex.EncodeToString(sum[:])
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func maps2Equal(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func diffKeys(a, b map[string]string) string {
	var d []string
	for k, v := range a {
		if b[k] != v {
			d = append(d, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			d = append(d, k)
		}
	}
	slices.Sort(d)
	return strings.Join(d, ", ")
}

// tree0 writes a small two-head tree with the 1.19 stock template and
// returns its directory.
func tree0(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tree")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "merge", "001-generic-two-heads", "tree"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runIn runs onehead in dir with a private cache and the given extra
// environment.
func runIn(dir string, vars map[string]string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	getenv := func(k string) string {
		if k == "ONEHEAD_CACHE_DIR" {
			return filepath.Join(filepath.Dir(dir), "cache")
		}
		return vars[k]
	}
	code = run(args, env{Stdout: &out, Stderr: &errb, Dir: dir, Getenv: getenv})
	return code, out.String(), errb.String()
}

// TestMergeCommand covers the command line: argparse's error for no
// revisions, Alembic's stdout and exit statuses, the heads printed after a
// merge, and refusals that must leave the tree exactly as it was.
func TestMergeCommand(t *testing.T) {
	tests := []struct {
		name     string
		setup    func(t *testing.T, dir string)
		args     []string
		code     int
		stdout   string // exact, with $TREE for the tree
		stderr   string // a substring
		modifies bool
	}{
		{name: "no revisions", args: []string{"merge", "-m", "x"}, code: exitBroken,
			stderr: "onehead merge: error: the following arguments are required: revisions"},
		{name: "merge heads", args: []string{"merge", "-m", "merge heads", "--rev-id", "3f0d4e5a6b7c", "heads"}, code: exitOK,
			stdout: "Generating $TREE/alembic/versions/3f0d4e5a6b7c_merge_heads.py ...  done\n",
			stderr: "heads after merge:\n  3f0d4e5a6b7c (head)\n", modifies: true},
		{name: "not a head", args: []string{"merge", "1a2b", "ae10"}, code: exitFailed,
			stdout: "FAILED: Revision 1a2b3c4d5e6f is not a head revision; please specify --splice to create a new branch from this revision\n"},
		{name: "unknown, with the reason on stderr", args: []string{"merge", "zz"}, code: exitFailed,
			stdout: "FAILED: Can't locate revision identified by 'zz'\n",
			stderr: "No such revision or branch 'zz'; please ensure at least four characters"},
		{name: "triple quotes", args: []string{"merge", "-m", `a """ b`, "heads"}, code: exitBroken, stderr: `contains """`},
		{name: "broken ini", setup: func(t *testing.T, dir string) {
			appendFile(t, filepath.Join(dir, "alembic.ini"), "this line is not an option\n")
		}, args: []string{"merge", "heads"}, code: exitBroken, stderr: "alembic.ini"},
		{name: "unsupported template construct", setup: func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "alembic", "script.py.mako"), "<%def name=\"x()\">y</%def>\n\"\"\"${message}\"\"\"\n")
		}, args: []string{"merge", "--rev-id", "abc", "heads"}, code: exitBroken, stderr: "script.py.mako:1"},
		{name: "undefined name in template", setup: func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "alembic", "script.py.mako"), "${imports}\n")
		}, args: []string{"merge", "--rev-id", "abc", "heads"}, code: exitFailed, stderr: "NameError"},
		{name: "existing file", setup: func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "alembic", "versions", "abc_.py"), "# not a revision, but in the way\nrevision = 'x'\ndown_revision = None\n")
		}, args: []string{"merge", "--rev-id", "abc", "ae10", "27c6"}, code: exitBroken, stderr: "already exists"},
		{name: "directory in the way", setup: func(t *testing.T, dir string) {
			appendFile(t, filepath.Join(dir, "alembic.ini"), "file_template = sub/%%(rev)s\n")
			writeFile(t, filepath.Join(dir, "alembic", "versions", "sub"), "a file where a directory must go\n")
		}, args: []string{"merge", "--rev-id", "abc", "heads"}, code: exitBroken, stderr: "sub"},
		{name: "unwritable directory", setup: func(t *testing.T, dir string) {
			if os.Geteuid() == 0 {
				t.Skip("root writes anywhere")
			}
			versions := filepath.Join(dir, "alembic", "versions")
			if err := os.Chmod(versions, 0o555); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(versions, 0o755) })
		}, args: []string{"merge", "--rev-id", "abc", "heads"}, code: exitBroken, stderr: "permission denied"},
		{name: "hook in a new directory fails after writing", setup: func(t *testing.T, dir string) {
			appendFile(t, filepath.Join(dir, "alembic.ini"), "file_template = new/dir/%%(rev)s\n"+
				"[post_write_hooks]\nhooks = wreck\nwreck.type = exec\nwreck.executable = sh\n"+
				"wreck.options = -c 'echo garbage > \"$0\"' REVISION_SCRIPT_FILENAME\n")
		}, args: []string{"merge", "--rev-id", "abc", "heads"}, code: exitBroken, stderr: "no longer reads back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tree0(t)
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			before := hashTree(t, dir)
			code, stdout, stderr := runIn(dir, nil, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout, stderr)
			}
			if got := strings.ReplaceAll(stdout, dir, "$TREE"); tt.stdout != "" && got != tt.stdout {
				t.Errorf("stdout %q, want %q", got, tt.stdout)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q, want it to contain %q", stderr, tt.stderr)
			}
			if changed := !maps2Equal(before, hashTree(t, dir)); changed != tt.modifies {
				t.Errorf("tree changed: %v, want %v (%s)", changed, tt.modifies, diffKeys(before, hashTree(t, dir)))
			}
		})
	}
}

// TestMergeReproducible is --rev-id auto with --date-from-parents: two
// people with different clocks and time zones merging the same heads (one
// by name, one with "heads": the same parents in the same order) write
// byte-identical files at the same path, so that git merges their
// branches without re-forking the graph.
func TestMergeReproducible(t *testing.T) {
	src := filepath.Join("..", "..", "testdata", "merge", "015-tdr006-report", "tree")
	var files []map[string]string
	for i, p := range []struct {
		tz, now string
		heads   []string
	}{
		{"Europe/Paris", "1777000000", []string{"20260413_drop_card_templates", "20260422_purchase_plaintext_columns"}},
		{"Asia/Tokyo", "1778888888", []string{"heads"}},
	} {
		dir := filepath.Join(t.TempDir(), "tree")
		if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
		args := append([]string{"merge", "-m", "merge heads", "--rev-id", "auto", "--date-from-parents"}, p.heads...)
		code, stdout, stderr := runIn(dir, map[string]string{"TZ": p.tz, "SOURCE_DATE_EPOCH": p.now}, args...)
		if code != exitOK {
			t.Fatalf("person %d: exit %d: %s%s", i, code, stdout, stderr)
		}
		files = append(files, hashTree(t, dir))
		if !strings.Contains(stdout, "/20260422_merge_") {
			t.Errorf("person %d: the id does not follow the tree's dated pattern: %s", i, stdout)
		}
	}
	if !maps2Equal(files[0], files[1]) {
		t.Errorf("the two merges differ: %s", diffKeys(files[0], files[1]))
	}
}

// TestMergeStage checks --stage: inside a git work tree the new file is
// in the index afterwards; outside one, a warning.
func TestMergeStage(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := tree0(t)
	code, _, stderr := runIn(dir, nil, "merge", "--stage", "--rev-id", "abc", "heads")
	if code != exitOK || !strings.Contains(stderr, "not inside a git work tree") {
		t.Fatalf("outside git: exit %d, stderr %q", code, stderr)
	}
	dir = tree0(t)
	gitCmd := func(args ...string) string {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+t.TempDir())
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v: %s", args, err, out)
		}
		return string(out)
	}
	gitCmd("init", "-q")
	code, stdout, stderr := runIn(dir, nil, "merge", "--stage", "-m", "staged", "--rev-id", "abc", "heads")
	if code != exitOK {
		t.Fatalf("exit %d: %s%s", code, stdout, stderr)
	}
	if got := gitCmd("diff", "--cached", "--name-only"); got != "alembic/versions/abc_staged.py\n" {
		t.Errorf("staged %q", got)
	}
}
