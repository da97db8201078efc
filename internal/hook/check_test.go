package hook

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/gitx"
	"github.com/onehead/onehead/internal/tree"
)

type testRepo struct {
	t   *testing.T
	dir string
}

func newTestRepo(t *testing.T) *testRepo {
	r := &testRepo{t: t, dir: t.TempDir()}
	r.sh("git init -q -b main .")
	return r
}

func (r *testRepo) sh(s string) string {
	r.t.Helper()
	cmd := exec.Command("sh", "-ec", s)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("%s: %v\n%s", s, err, out)
	}
	return strings.TrimSpace(string(out))
}

func (r *testRepo) write(name, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *testRepo) rev(id, down string) {
	if down != "None" {
		down = "'" + down + "'"
	}
	r.write("db/alembic/versions/"+id+".py", "revision = '"+id+"'\ndown_revision = "+down+"\n")
}

func (r *testRepo) commit(msg string) string {
	r.sh("git add -A && git commit -q -m '" + msg + "'")
	return r.sh("git rev-parse HEAD")
}

// checker opens the repository afresh, as each hook run does, with the
// cache on disk.
func (r *testRepo) checker(t *testing.T) *Checker {
	ctx := context.Background()
	repo, err := gitx.Open(ctx, gitx.CLI{Dir: r.dir})
	if err != nil {
		t.Fatal(err)
	}
	obj := gitx.OpenObjects(ctx, repo)
	t.Cleanup(func() { obj.Close() })
	return &Checker{Top: repo.Top, Objects: obj, Settings: tree.Settings{Version: "test"},
		Cache: OpenCache(filepath.Join(repo.CommonDir, "onehead", "hooks.cache"), "test")}
}

// The cache answers only for content it has seen: a commit that changes
// no file the reading depended on is known fine without reading; any
// change to what was read (a revision, the configuration) is read again.
func TestCheckerCache(t *testing.T) {
	r := newTestRepo(t)
	r.write("db/alembic.ini", "[alembic]\nscript_location = alembic\n")
	r.write("db/alembic/env.py", "")
	r.write("README.md", "hello\n")
	r.rev("a", "None")
	r.rev("b", "a")
	first := r.commit("first")
	r.write("README.md", "changed\n")
	r.write("src/app.py", "x = 1\n")
	readme := r.commit("readme")
	r.write("db/NOTES.md", "not read by Alembic\n")
	notes := r.commit("notes beside the tree")
	r.sh("git rm -q db/NOTES.md")
	r.rev("c", "a")
	forked := r.commit("fork")
	r.sh("git rm -q db/alembic/versions/c.py")
	r.write("db/alembic.ini", "[alembic]\nscript_location = alembic\nversion_locations = %(here)s/alembic/versions %(here)s/more\n")
	r.write("db/more/x.py", "revision = 'x'\ndown_revision = 'b'\n")
	config := r.commit("config")

	for _, step := range []struct {
		commit       string
		cached, fork bool
		what         string
	}{
		{first, false, false, "first check reads the tree"},
		{first, true, false, "the same commit again"},
		{readme, true, false, "a commit that changes no migration"},
		{notes, true, false, "a change in the tree's directory that reading does not look at"},
		{forked, false, true, "a new revision forks the graph"},
		{readme, true, false, "back to known content"},
		{config, false, false, "a configuration change is read again"},
		{config, true, false, "and then known"},
	} {
		c := r.checker(t)
		got, err := c.Commit(step.commit)
		if err != nil {
			t.Fatalf("%s: %v", step.what, err)
		}
		c.Cache.Save()
		if cached := got.Report == nil; cached != step.cached {
			t.Errorf("%s: answered from the cache: %v, want %v", step.what, cached, step.cached)
		}
		if fork := len(got.Forked()) > 0; fork != step.fork {
			t.Errorf("%s: forked %v, want %v", step.what, fork, step.fork)
		}
	}
}

// Revision files whose blob was read before are not read again: a commit
// that adds one revision to a tree reads one file. (The stored revision is
// tampered with here to see that it is the one used.)
func TestRevisionsByBlob(t *testing.T) {
	r := newTestRepo(t)
	r.write("db/alembic.ini", "[alembic]\nscript_location = alembic\n")
	r.rev("a", "None")
	r.write("db/alembic/versions/b.py", "\"\"\"b as written\"\"\"\nrevision = 'b'\ndown_revision = 'a'\n")
	first := r.commit("first")
	r.rev("c", "a")
	forked := r.commit("fork")

	c := r.checker(t)
	c.Revisions = OpenRevisions(filepath.Join(r.dir, ".git", "onehead", "revisions"), "test")
	if _, err := c.Commit(first); err != nil {
		t.Fatal(err)
	}
	c.Revisions.Save()
	if n := len(c.Revisions.byKey); n != 2 {
		t.Fatalf("%d revisions kept, want 2", n)
	}
	for _, rev := range c.Revisions.byKey {
		if rev.ID == "b" {
			rev.Doc = "b as remembered"
		}
	}
	c.Revisions.dirty = true
	c.Revisions.Save()

	c = r.checker(t)
	c.Revisions = OpenRevisions(filepath.Join(r.dir, ".git", "onehead", "revisions"), "test")
	got, err := c.Commit(forked)
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, f := range got.Forked() {
		for _, fork := range f.Forks {
			for _, chain := range fork.Chains {
				for _, n := range chain {
					docs = append(docs, n.ID+": "+n.ShortDoc())
				}
			}
		}
	}
	if !slices.Contains(docs, "b: b as remembered") {
		t.Errorf("the fork's chains show %q: b was read again instead of recalled", docs)
	}
	if n := len(c.Revisions.byKey); n != 3 {
		t.Errorf("%d revisions kept, want 3 (a, b recalled, c read)", n)
	}
}
