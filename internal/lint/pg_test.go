package lint

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/python"
)

// TestPostgres proves the fixes on a real PostgreSQL. For each fixture
// with a pg/ section it takes the SQL the seed migration runs, before and
// after --fix, and applies it to four databases holding the fixture's
// schema:
//
//   - fresh, original seed: the rows are inserted (the reference), and a
//     second run changes nothing;
//   - stale (pg/stale.sql first), original seed: nothing changes — the bug;
//   - fresh, fixed seed: the same rows as the original inserts, twice;
//   - stale, fixed seed: the rows are healed (pg/healed), and a second run
//     changes nothing.
//
// It starts its own server (initdb and pg_ctl, on a Unix socket in a temp
// directory, no TCP) and stops it at the end. It skips when PostgreSQL's
// binaries are absent, unless ONEHEAD_REQUIRE_ORACLE=1 (CI), where it fails.
func TestPostgres(t *testing.T) {
	var cases []fixture
	for _, fx := range fixtures(t) {
		if _, ok := fx.section(pgPrefix + "schema.sql"); ok {
			cases = append(cases, fx)
		}
	}
	if len(cases) == 0 {
		t.Fatal("no fixture has a pg/schema.sql")
	}
	pg := startPostgres(t)
	for n, fx := range cases {
		t.Run(fx.name, func(t *testing.T) {
			dir := fx.writeTree(t)
			res := lintDir(t, dir, false)
			if len(res.Fixes) != 1 {
				t.Fatalf("want one file to fix, lint offers %d:\n%s", len(res.Fixes), findingsText(res))
			}
			path := filepath.Join(dir, res.Fixes[0].Path)
			orig := seedSQL(t, path)
			if err := res.Apply(); err != nil {
				t.Fatal(err)
			}
			fixed := seedSQL(t, path)
			section := func(name string) string {
				data, ok := fx.section(pgPrefix + name)
				if !ok {
					t.Fatalf("no %s%s", pgPrefix, name)
				}
				return string(data)
			}
			schema, stale, dump := section("schema.sql"), section("stale.sql"), section("dump.sql")

			db := func(kind string) string {
				name := fmt.Sprintf("f%d_%s", n, kind)
				pg.psql(t, "postgres", "CREATE DATABASE "+name)
				pg.psql(t, name, schema)
				return name
			}
			twice := func(name string, seed []string, want string) {
				t.Helper()
				for run := 1; run <= 2; run++ {
					for _, sql := range seed {
						pg.psql(t, name, sql)
					}
					if got := pg.psql(t, name, dump); got != want {
						t.Errorf("%s, run %d:\n%s\nwant:\n%s", name, run, got, want)
					}
				}
			}

			fresh := db("fresh_original")
			for _, sql := range orig {
				pg.psql(t, fresh, sql)
			}
			inserted := pg.psql(t, fresh, dump)
			twice(fresh, orig, inserted)

			// The bug: rows the database had keep their stale values (the
			// seed only adds the rows it lacked).
			staleOrig := db("stale_original")
			pg.psql(t, staleOrig, stale)
			before := pg.psql(t, staleOrig, dump)
			if before == inserted {
				t.Fatalf("pg/stale.sql leaves what the seed inserts; it must hold stale rows")
			}
			for run := 1; run <= 2; run++ {
				for _, sql := range orig {
					pg.psql(t, staleOrig, sql)
				}
				after := pg.psql(t, staleOrig, dump)
				rows := map[string]bool{}
				for _, row := range strings.Split(after, "\n") {
					rows[row] = true
				}
				for _, row := range strings.Split(before, "\n") {
					if !rows[row] {
						t.Errorf("run %d of the original seed changed the stale row %q:\n%s", run, row, after)
					}
				}
				if after == section("healed") {
					t.Errorf("the original seed healed the stale rows; the fixture shows no bug")
				}
			}

			twice(db("fresh_fixed"), fixed, inserted)

			staleFixed := db("stale_fixed")
			pg.psql(t, staleFixed, stale)
			twice(staleFixed, fixed, section("healed"))
		})
	}
}

// seedSQL returns the SQL strings of a revision file that insert rows,
// as lint reads them.
func seedSQL(t *testing.T, path string) []string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text, err := python.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	toks, err := python.Tokenize(raw)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range scanSource(newSource(text, toks)).frags {
		if len(f.inserts) > 0 {
			out = append(out, f.st.sql)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: no seed SQL", path)
	}
	return out
}

// postgres is a private PostgreSQL server.
type postgres struct {
	bin, socket string
	asPostgres  bool // run the binaries as the postgres user (we are root)
}

// startPostgres starts a server for the test and stops it at the end.
func startPostgres(t *testing.T) *postgres {
	bin := postgresBin()
	if bin == "" {
		const why = "no PostgreSQL server binaries (initdb, pg_ctl); apt-get install -y postgresql"
		if os.Getenv("ONEHEAD_REQUIRE_ORACLE") == "1" {
			t.Fatal(why + ", and ONEHEAD_REQUIRE_ORACLE=1")
		}
		t.Skip(why)
	}
	pg := &postgres{bin: bin, asPostgres: os.Geteuid() == 0}
	// initdb refuses to run as root: the server runs as postgres, in a
	// directory that user owns (t.TempDir's parents are private to root).
	base, err := os.MkdirTemp("", "onehead-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	data, socket := filepath.Join(base, "data"), filepath.Join(base, "socket")
	for _, d := range []string{data, socket} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if pg.asPostgres {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("running as root, and there is no postgres user to run the server as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		for _, d := range []string{base, data, socket} {
			if err := os.Chown(d, uid, gid); err != nil {
				t.Fatal(err)
			}
		}
	}
	pg.socket = socket
	pg.run(t, nil, "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
	pg.run(t, nil, "pg_ctl", "-D", data, "-l", filepath.Join(base, "server.log"), "-w", "-s",
		"-o", fmt.Sprintf("-h '' -k %s -p 5432 -F", socket), "start")
	t.Cleanup(func() { pg.run(t, nil, "pg_ctl", "-D", data, "-m", "fast", "-w", "-s", "stop") })
	return pg
}

// postgresBin finds the directory of initdb, pg_ctl and psql: initdb's on
// PATH (through symlinks), or where Debian's postgresql package puts them
// (/usr/lib/postgresql/N/bin), newest version first.
func postgresBin() string {
	var dirs []string
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			dirs = append(dirs, filepath.Dir(real))
		}
	}
	debian, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(debian, func(i, j int) bool {
		vi, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(debian[i])), 64)
		vj, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(debian[j])), 64)
		return vi > vj
	})
	for _, d := range append(dirs, debian...) {
		complete := true
		for _, name := range []string{"initdb", "pg_ctl", "psql"} {
			if _, err := os.Stat(filepath.Join(d, name)); err != nil {
				complete = false
			}
		}
		if complete {
			return d
		}
	}
	return ""
}

// run runs a PostgreSQL binary, as the postgres user when we are root.
func (pg *postgres) run(t *testing.T, stdin []byte, name string, args ...string) string {
	t.Helper()
	argv := append([]string{filepath.Join(pg.bin, name)}, args...)
	if pg.asPostgres {
		argv = append([]string{"runuser", "-u", "postgres", "--"}, argv...)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = os.TempDir()
	cmd.Stdin = bytes.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s%s", strings.Join(argv, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// psql runs sql in database db and returns what it prints, unaligned.
func (pg *postgres) psql(t *testing.T, db, sql string) string {
	t.Helper()
	return pg.run(t, []byte(sql), "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
		"-h", pg.socket, "-p", "5432", "-U", "postgres", "-d", db, "-f", "-")
}
