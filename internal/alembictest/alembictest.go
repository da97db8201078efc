// Package alembictest runs real Alembic for onehead's differential tests:
// the expected output of every comparison comes from Alembic itself.
//
// Alembic is found, in order, through $ONEHEAD_ALEMBIC_PYTHONPATH (a
// directory holding the alembic package, run with python3), the upstream
// copy at ../shared/tools/alembic-*/ beside the repository, and an alembic
// importable by python3. When none is found the test is skipped, unless
// $ONEHEAD_REQUIRE_ORACLE=1 (set by .ci/run), where it fails: CI must never
// skip an oracle test.
package alembictest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Job is one alembic command line, run from Dir.
type Job struct {
	Dir  string   `json:"cwd"`
	Argv []string `json:"argv"`
	// NowMicros, when not zero, freezes the clock Alembic reads for a new
	// revision's create_date (and file-name date tokens) at this many
	// microseconds after the Unix epoch, so that merge output can be
	// compared byte for byte.
	NowMicros int64 `json:"now_us,omitempty"`
	// TZ, when set, is the job's TZ environment variable: the zone of a
	// naive create_date.
	TZ string `json:"tz,omitempty"`
}

// Result is what the command printed and its exit status (255 for
// "FAILED:", 1 for a traceback, [TimedOut] when Alembic did not finish).
type Result struct {
	Exit   int    `json:"exit"`
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
}

// TimedOut is the Result.Exit of a command Alembic did not finish in time:
// some broken graphs send Alembic into a loop that never ends.
const TimedOut = -1

// Alembic is a Python installation that can run Alembic.
type Alembic struct {
	Python     string
	PythonPath string
	Version    string
}

// Find locates Alembic, skipping (or failing, under ONEHEAD_REQUIRE_ORACLE)
// the test when there is none.
func Find(t testing.TB) *Alembic {
	t.Helper()
	python, err := exec.LookPath("python3")
	if p := "/usr/bin/python3"; fileExists(p) {
		python, err = p, nil // Debian's, where python3-sqlalchemy lives
	}
	if err != nil {
		missing(t, "python3 is not on PATH")
		return nil
	}
	var paths []string
	if p := os.Getenv("ONEHEAD_ALEMBIC_PYTHONPATH"); p != "" {
		paths = append(paths, p)
	}
	upstream, _ := filepath.Glob(filepath.Join(repoRoot(), "..", "shared", "tools", "alembic-*"))
	paths = append(paths, upstream...)
	paths = append(paths, "")
	var older []string
	for _, pp := range paths {
		a := &Alembic{Python: python, PythonPath: pp}
		cmd := a.command("-c", "import alembic, sqlalchemy; print(alembic.__version__)")
		out, err := cmd.Output()
		if err != nil {
			continue
		}
		a.Version = strings.TrimSpace(string(out))
		// onehead follows Alembic 1.19; older ones differ on purpose (file
		// order, messages: testdata/heads/README.md).
		if atLeast(a.Version, 1, 19) {
			return a
		}
		older = append(older, a.Version)
	}
	if len(older) > 0 {
		missing(t, "only Alembic "+strings.Join(older, ", ")+" found; the oracle must be 1.19 or later "+
			"(set ONEHEAD_ALEMBIC_PYTHONPATH, or keep ../shared/tools beside the repository)")
		return nil
	}
	missing(t, "no importable alembic (apt-get install -y python3-alembic python3-typing-extensions)")
	return nil
}

// atLeast reports whether a version string is at least major.minor.
func atLeast(version string, major, minor int) bool {
	var ma, mi int
	if _, err := fmt.Sscanf(version, "%d.%d", &ma, &mi); err != nil {
		return false
	}
	return ma > major || ma == major && mi >= minor
}

func missing(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("ONEHEAD_REQUIRE_ORACLE") == "1" {
		t.Fatalf("real Alembic is required (ONEHEAD_REQUIRE_ORACLE=1) but %s", why)
	}
	t.Skipf("real Alembic not available: %s", why)
}

func (a *Alembic) command(args ...string) *exec.Cmd {
	cmd := exec.Command(a.Python, args...)
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8")
	if a.PythonPath != "" {
		cmd.Env = append(cmd.Env, "PYTHONPATH="+a.PythonPath)
	}
	return cmd
}

// Run runs jobs in one Python process and returns their results in order.
func (a *Alembic) Run(t testing.TB, jobs []Job) []Result {
	t.Helper()
	in, err := json.Marshal(jobs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := a.command(filepath.Join(repoRoot(), "testdata", "oracle", "alembic_driver.py"))
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("running alembic: %v\n%s", err, stderr.String())
	}
	var res struct {
		Results []Result `json:"results"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("reading alembic driver output: %v", err)
	}
	return res.Results
}

// repoRoot is the repository's top directory, found from this file.
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
