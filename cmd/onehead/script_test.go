package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/onehead/onehead/internal/alembictest"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"onehead": main})
}

// TestScripts runs the scenarios in testdata/script: onehead as a user
// runs it, a process with real files (and real git where a scenario needs
// it).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("GIT_CONFIG_NOSYSTEM", "1")
			env.Setenv("GIT_AUTHOR_NAME", "Ada")
			env.Setenv("GIT_AUTHOR_EMAIL", "ada@example.com")
			env.Setenv("GIT_COMMITTER_NAME", "Ada")
			env.Setenv("GIT_COMMITTER_EMAIL", "ada@example.com")
			env.Setenv("NO_COLOR", "1")
			env.Setenv("ONEHEAD_CACHE_DIR", env.WorkDir+"/.cache")
			return nil
		},
		// [alembic] holds when real Alembic (1.19 or later) can run, found
		// as the oracle tests find it; under ONEHEAD_REQUIRE_ORACLE=1 a
		// scenario that asks for it fails instead of skipping its checks.
		Condition: func(cond string) (bool, error) {
			if cond != "alembic" {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			a, why := findAlembic(t)
			if a == nil && os.Getenv("ONEHEAD_REQUIRE_ORACLE") == "1" {
				return false, fmt.Errorf("%s", why)
			}
			return a != nil, nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// exits N prog args... runs prog and checks its exact exit
			// status, which `exec` and `! exec` cannot tell apart.
			"exits": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: exits N program [args...]")
				}
				want, err := strconv.Atoi(args[0])
				ts.Check(err)
				err = ts.Exec(args[1], args[2:]...)
				got := 0
				var exit *exec.ExitError
				switch {
				case errors.As(err, &exit):
					got = exit.ExitCode()
				case err != nil:
					ts.Fatalf("%v", err)
				}
				if got != want {
					ts.Fatalf("%s exited %d, want %d", args[1], got, want)
				}
			},
			// alembic args... runs real Alembic, under [alembic].
			"alembic": func(ts *testscript.TestScript, neg bool, args []string) {
				a, why := findAlembic(t)
				if a == nil {
					ts.Fatalf("%s", why)
				}
				for k, v := range map[string]string{"PYTHONPATH": a.PythonPath, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"} {
					defer ts.Setenv(k, ts.Getenv(k))
					ts.Setenv(k, v)
				}
				err := ts.Exec(a.Python, append([]string{"-m", "alembic"}, args...)...)
				if (err != nil) != neg {
					ts.Fatalf("alembic %v: %v", args, err)
				}
			},
		},
	})
}

var alembicOnce struct {
	sync.Once
	a   *alembictest.Alembic
	why string
}

// findAlembic looks for real Alembic once, as the oracle tests do, and
// says why it is missing.
func findAlembic(t *testing.T) (*alembictest.Alembic, string) {
	alembicOnce.Do(func() {
		r := &skipRecorder{TB: t}
		alembicOnce.a = alembictest.Find(r)
		alembicOnce.why = r.why
	})
	return alembicOnce.a, alembicOnce.why
}

// skipRecorder keeps the reason alembictest.Find would skip or fail a
// test with, so that only the scenarios that need Alembic are affected.
type skipRecorder struct {
	testing.TB
	why string
}

func (r *skipRecorder) Helper()                        {}
func (r *skipRecorder) Skipf(format string, a ...any)  { r.why = fmt.Sprintf(format, a...) }
func (r *skipRecorder) Fatalf(format string, a ...any) { r.why = fmt.Sprintf(format, a...) }
