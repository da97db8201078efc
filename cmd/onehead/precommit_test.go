package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The pre-commit framework is an oracle like Alembic: found through
// $ONEHEAD_PRE_COMMIT, else ../shared/tools/pre-commit beside the
// repository; skipped when it is not there or cannot run, unless
// $ONEHEAD_REQUIRE_ORACLE=1 (CI), where that fails the test.
func findPreCommit(t *testing.T) string {
	t.Helper()
	p := os.Getenv("ONEHEAD_PRE_COMMIT")
	if p == "" {
		p = filepath.Join(repoTop(t), "..", "shared", "tools", "pre-commit")
	}
	if _, err := os.Stat(p); err != nil {
		preCommitMissing(t, err.Error())
	}
	out, err := exec.Command(p, "--version").CombinedOutput()
	if err != nil {
		preCommitMissing(t, fmt.Sprintf("%s --version: %v\n%s", p, err, out))
	}
	m := regexp.MustCompile(`^pre-commit (\d+)\.(\d+)`).FindStringSubmatch(string(out))
	if m == nil || atoi(m[1])*1000+atoi(m[2]) < 3002 {
		preCommitMissing(t, fmt.Sprintf("%s is %q; the manifest needs pre-commit >= 3.2.0", p, strings.TrimSpace(string(out))))
	}
	for _, tool := range []string{"git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			preCommitMissing(t, tool+" is not on PATH")
		}
	}
	t.Logf("%s: %s", p, strings.TrimSpace(string(out)))
	return p
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func preCommitMissing(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("ONEHEAD_REQUIRE_ORACLE") == "1" {
		t.Fatalf("the pre-commit framework is required (ONEHEAD_REQUIRE_ORACLE=1) but %s", why)
	}
	t.Skipf("the pre-commit framework is not available: %s", why)
}

// repoTop is the root of onehead's repository (the test runs in
// cmd/onehead).
func repoTop(t *testing.T) string {
	t.Helper()
	top, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return top
}

// sandbox runs git and pre-commit as a user would, with nothing of the
// caller's git, onehead or pre-commit settings.
type sandbox struct {
	t   *testing.T
	env []string
}

func newSandbox(t *testing.T, tmp string) *sandbox {
	gitconfig := filepath.Join(tmp, "gitconfig")
	pcWriteFile(t, gitconfig, "[user]\n\tname = Ada\n\temail = ada@example.com\n"+
		"[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n[advice]\n\tdetachedHead = false\n")
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "GIT_") || strings.HasPrefix(k, "ONEHEAD_") || strings.HasPrefix(k, "PRE_COMMIT") {
			continue
		}
		env = append(env, kv)
	}
	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}
	env = append(env,
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_GLOBAL="+gitconfig,
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-home"),
		// pre-commit builds onehead with `go install ./...` and
		// GOPATH=<its env dir>: keep the module cache the test itself was
		// built from, and never reach for the network.
		"GOMODCACHE="+strings.TrimSpace(string(modcache)),
		"GOPROXY=off",
		"GOTOOLCHAIN=local",
		"NO_COLOR=1",
	)
	return &sandbox{t: t, env: env}
}

// run runs a command in dir and returns its combined output and exit
// status; want is the status expected: 0, or -1 for "not 0".
func (s *sandbox) run(dir string, want int, name string, args ...string) string {
	s.t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = s.env
	cmd.Stdin = nil
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	code := 0
	if err != nil {
		exit, ok := err.(*exec.ExitError)
		if !ok {
			s.t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		code = exit.ExitCode()
	}
	s.t.Logf("$ %s %s  (exit %d, %.1fs)\n%s", name, strings.Join(args, " "), code, time.Since(start).Seconds(), out.String())
	if want == 0 && code != 0 || want == -1 && code == 0 || want > 0 && code != want {
		s.t.Fatalf("%s %s: exit %d, want %s", name, strings.Join(args, " "), code, map[bool]string{true: "non-zero", false: fmt.Sprint(want)}[want == -1])
	}
	return out.String()
}

func (s *sandbox) git(dir string, args ...string) string {
	s.t.Helper()
	return s.run(dir, 0, "git", args...)
}

func pcWriteFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// snapshotSource commits onehead's source as it is in the work tree (what
// this test was built from, uncommitted changes included) into a new
// repository at dst, for pre-commit to clone at the returned commit.
// Tests and testdata are left out: `go install ./...` does not build
// them.
func snapshotSource(t *testing.T, s *sandbox, top, dst string) string {
	t.Helper()
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = top
	cmd.Env = s.env
	list, err := cmd.Output()
	if err != nil {
		t.Fatalf("git ls-files in %s: %v", top, err)
	}
	n := 0
	for _, name := range strings.Split(string(list), "\x00") {
		if name == "" || strings.HasSuffix(name, "_test.go") || name == "testdata" ||
			strings.HasPrefix(name, "testdata/") || strings.Contains(name, "/testdata/") {
			continue
		}
		from := filepath.Join(top, filepath.FromSlash(name))
		st, err := os.Lstat(from)
		if err != nil || !st.Mode().IsRegular() {
			continue // deleted in the work tree, or a link
		}
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		to := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, st.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if _, err := os.Stat(filepath.Join(dst, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatalf("no .pre-commit-hooks.yaml in %s: %v", top, err)
	}
	s.git(dst, "init", "-q")
	s.git(dst, "add", "-A")
	s.git(dst, "commit", "-q", "-m", fmt.Sprintf("onehead's work tree (%d files)", n))
	return strings.TrimSpace(s.git(dst, "rev-parse", "HEAD"))
}

const (
	pcAlembicIni = "[alembic]\nscript_location = alembic\n"
	pcEnvPy      = "from alembic import context\n"
	pcMako       = `"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
`
	pcReadme = "# Migrations\n\nTeam rule: when `alembic heads` shows two heads after a rebase, " +
		"commit the empty revision of `alembic merge heads` in the same pull request.\n"
)

func migration(id, down string) string {
	d := "None"
	if down != "" {
		d = "'" + down + "'"
	}
	return fmt.Sprintf("\"\"\"%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2026-04-0%d 09:00:00.000000\n\n\"\"\"\n"+
		"revision = '%s'\ndown_revision = %s\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n",
		id, id, down, len(id), id, d)
}

// TestPreCommitFramework installs onehead's hooks with the real pre-commit
// framework, from .pre-commit-hooks.yaml (pre-commit clones a snapshot of
// this work tree and builds it with `go install ./...`), and drives them
// with real git: a commit of a forked tree is refused (onehead-check), a
// push whose merge with origin/main would fork is refused, `git rebase`
// writes and stages the merge revision and shows the team's convention
// (onehead-post-rewrite, through pre-commit, which gives the hook no
// stdin), and the merged branch then pushes; a pushed forked commit is
// refused and never reaches the remote.
func TestPreCommitFramework(t *testing.T) {
	if testing.Short() {
		t.Skip("builds onehead through pre-commit; not with -short")
	}
	preCommit := findPreCommit(t)
	tmp := t.TempDir()
	s := newSandbox(t, tmp)
	start := time.Now()
	src := filepath.Join(tmp, "onehead")
	rev := snapshotSource(t, s, repoTop(t), src)

	if out := s.run(src, 0, preCommit, "validate-manifest", ".pre-commit-hooks.yaml"); out != "" {
		t.Errorf("validate-manifest printed %q", out)
	}

	work := filepath.Join(tmp, "backend")
	s.git(tmp, "init", "-q", "--bare", "origin.git")
	s.git(tmp, "init", "-q", "backend")
	s.git(work, "remote", "add", "origin", "../origin.git")
	config := fmt.Sprintf("repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: onehead-post-rewrite\n  - id: onehead-pre-push\n  - id: onehead-check\n", src, rev)
	for name, content := range map[string]string{
		".pre-commit-config.yaml":     config,
		"alembic.ini":                 pcAlembicIni,
		"alembic/env.py":              pcEnvPy,
		"alembic/script.py.mako":      pcMako,
		"alembic/README.md":           pcReadme,
		"alembic/versions/0_base.py":  migration("base", ""),
		"app/models.py":               "# the application\n",
		"docs/unrelated/versions.txt": "not a migration\n",
	} {
		pcWriteFile(t, filepath.Join(work, name), content)
	}
	s.git(work, "add", "-A")
	s.git(work, "commit", "-q", "-m", "base")

	installStart := time.Now()
	out := s.run(work, 0, preCommit, "install", "--install-hooks",
		"--hook-type", "pre-commit", "--hook-type", "post-rewrite", "--hook-type", "pre-push")
	built := time.Since(installStart)
	for _, hook := range []string{"pre-commit", "post-rewrite", "pre-push"} {
		if !strings.Contains(out, "pre-commit installed at .git/hooks/"+hook) {
			t.Errorf("pre-commit install did not install %s:\n%s", hook, out)
		}
	}

	// The first push of main (a new history: pre-commit sets no
	// FROM/TO refs, only the branches) passes.
	out = s.git(work, "push", "-u", "origin", "main")
	mustMatch(t, out, `onehead - block a push of forked Alembic heads\.+Passed`)

	// feature adds f1 on base; main meanwhile gets m1 on base.
	s.git(work, "switch", "-q", "-c", "feature")
	pcWriteFile(t, filepath.Join(work, "alembic/versions/1_f1.py"), migration("f1", "base"))
	s.git(work, "add", "alembic/versions/1_f1.py")
	out = s.git(work, "commit", "-q", "-m", "feature: f1")
	mustMatch(t, out, `onehead - check Alembic trees for forked heads\.+Passed`)
	pcWriteFile(t, filepath.Join(work, "app/models.py"), "# the application, with payments\n")
	s.git(work, "commit", "-q", "-am", "feature: payments model")
	s.git(work, "switch", "-q", "main")
	pcWriteFile(t, filepath.Join(work, "alembic/versions/1_m1.py"), migration("m1", "base"))
	s.git(work, "add", "alembic/versions/1_m1.py")
	s.git(work, "commit", "-q", "-m", "main: m1")
	s.git(work, "push", "origin", "main")

	// feature alone has one head, but merged with origin/main two: its
	// push is refused, and the remote has no feature branch.
	s.git(work, "switch", "-q", "feature")
	out = s.run(work, -1, "git", "push", "origin", "feature")
	mustMatch(t, out, `onehead - block a push of forked Alembic heads\.+Failed`)
	mustMatch(t, out, `feature merged with origin/main \([0-9a-f]+, as last fetched\) would publish a forked Alembic graph`)
	mustMatch(t, out, `push refused`)
	if got := s.run(tmp+"/origin.git", -1, "git", "rev-parse", "--verify", "-q", "refs/heads/feature"); got != "" {
		t.Errorf("the refused push reached the remote: %s", got)
	}

	// The rebase onto main: pre-commit runs onehead-post-rewrite, which
	// finds the rewritten commits itself, writes the merge revision,
	// stages it and prints the team's rule.
	out = s.git(work, "rebase", "main")
	mustMatch(t, out, `onehead - merge Alembic heads a rebase forked\.+Passed`)
	mustMatch(t, out, `onehead: wrote and staged alembic/versions/\S+\.py`)
	mustMatch(t, out, `Team rule: when .alembic heads. shows two heads after a rebase`)
	staged := strings.Fields(s.git(work, "diff", "--cached", "--name-status"))
	if len(staged) != 2 || staged[0] != "A" || !strings.HasPrefix(staged[1], "alembic/versions/") {
		t.Fatalf("after the rebase the index holds %q; want one added merge revision", staged)
	}
	merge, err := os.ReadFile(filepath.Join(work, staged[1]))
	if err != nil {
		t.Fatal(err)
	}
	mustMatch(t, string(merge), `down_revision = \('(f1', 'm1|m1', 'f1)'\)`)
	if st := s.git(work, "status", "--porcelain", "--untracked-files=all"); st != "A  "+staged[1]+"\n" {
		t.Errorf("git status after the rebase:\n%s", st)
	}
	out = s.git(work, "commit", "-q", "-m", "Merge Alembic heads")
	mustMatch(t, out, `onehead - check Alembic trees for forked heads\.+Passed`)
	out = s.git(work, "push", "origin", "feature")
	mustMatch(t, out, `onehead - block a push of forked Alembic heads\.+Passed`)

	// An amend is not a rebase: the hook runs and does nothing.
	s.git(work, "commit", "-q", "--amend", "-m", "Merge the Alembic heads")
	if st := s.git(work, "status", "--porcelain"); st != "" {
		t.Errorf("after an amend: %s", st)
	}

	// A commit that forks the graph is refused by onehead-check; pushed
	// anyway (--no-verify on the commit), pre-push refuses it.
	s.git(work, "switch", "-q", "-c", "forked", "main")
	pcWriteFile(t, filepath.Join(work, "alembic/versions/2_x.py"), migration("x", "m1"))
	pcWriteFile(t, filepath.Join(work, "alembic/versions/2_y.py"), migration("y", "m1"))
	s.git(work, "add", "alembic/versions")
	out = s.run(work, -1, "git", "commit", "-q", "-m", "two heads")
	mustMatch(t, out, `onehead - check Alembic trees for forked heads\.+Failed`)
	mustMatch(t, out, `FORKED`)
	s.git(work, "commit", "-q", "--no-verify", "-m", "two heads")
	out = s.run(work, -1, "git", "push", "origin", "forked")
	mustMatch(t, out, `onehead - block a push of forked Alembic heads\.+Failed`)
	mustMatch(t, out, `pushing [0-9a-f]+ to forked would publish a forked Alembic graph`)
	if got := s.run(tmp+"/origin.git", -1, "git", "rev-parse", "--verify", "-q", "refs/heads/forked"); got != "" {
		t.Errorf("the refused push reached the remote: %s", got)
	}

	// A change outside the Alembic trees does not run onehead-check.
	s.git(work, "switch", "-q", "main")
	pcWriteFile(t, filepath.Join(work, "docs/unrelated/versions.txt"), "still not a migration\n")
	out = s.git(work, "commit", "-am", "docs")
	mustMatch(t, out, `onehead - check Alembic trees for forked heads\.+\(no files to check\)Skipped`)

	t.Logf("pre-commit built onehead's hook environment in %.1fs; whole test %.1fs", built.Seconds(), time.Since(start).Seconds())
}

func mustMatch(t *testing.T, text, pattern string) {
	t.Helper()
	if !regexp.MustCompile(pattern).MatchString(text) {
		t.Fatalf("no match for %s in:\n%s", pattern, text)
	}
}
