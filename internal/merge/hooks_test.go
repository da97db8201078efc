package merge

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
)

// TestShlexSplit compares with Python's shlex.split on the same strings.
func TestShlexSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		err  string
	}{
		{`REVISION_SCRIPT_FILENAME --flag "two words"`, []string{"REVISION_SCRIPT_FILENAME", "--flag", "two words"}, ""},
		{`a 'b c' d\ e "x\"y\z" ''`, []string{"a", "b c", "d e", `x"y\z`, ""}, ""},
		{"a\tb\nc", []string{"a", "b", "c"}, ""},
		{`x'y'z"w"`, []string{"xyzw"}, ""},
		{"", nil, ""},
		{`"abc`, nil, "No closing quotation"},
		{`ab\`, nil, "No escaped character"},
	}
	for _, tt := range tests {
		got, err := shlexSplit(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: want error %q, got %q, %v", tt.in, tt.err, got, err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// TestPrepareHooks checks Alembic's messages for hooks it cannot run, all
// found before anything is written.
func TestPrepareHooks(t *testing.T) {
	tests := []struct {
		opts map[string]string
		want string
	}{
		{map[string]string{"executable": "x"}, "Key 'fmt.type' (or 'type' in toml) is required for post write hook 'fmt'"},
		{map[string]string{"type": "black"}, "No formatter with name 'black' registered"},
		{map[string]string{"type": "exec"}, "Key fmt.executable is required for post write hook 'fmt'"},
		{map[string]string{"type": "console_scripts"}, "Key fmt.entrypoint is required for post write hook 'fmt'"},
		{map[string]string{"type": "module"}, "Key fmt.module is required for post write hook 'fmt'"},
	}
	for _, tt := range tests {
		_, err := prepareHooks([]config.Hook{{Name: "fmt", Options: tt.opts}})
		var failed *alembic.Failed
		if !errors.As(err, &failed) || failed.Message != tt.want {
			t.Errorf("%v: got %v, want FAILED %q", tt.opts, err, tt.want)
		}
	}
	if _, err := prepareHooks([]config.Hook{{Name: "fmt", Options: map[string]string{"type": "exec", "executable": "x", "options": `"open`}}}); err == nil {
		t.Error("unbalanced quotes in options must be refused")
	}
}

// TestHookRun runs exec hooks: the token is replaced in every argument,
// cwd is honoured, a failing exit status and a missing program are
// warnings, and the announcement is Alembic's.
func TestHookRun(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "rev.py")
	hooks, err := prepareHooks([]config.Hook{
		{Name: "record", Options: map[string]string{"type": "exec", "executable": "sh", "cwd": dir,
			"options": `-c 'pwd > seen; echo "$1" >> seen; exit 3' sh --file=REVISION_SCRIPT_FILENAME`}},
		{Name: "missing", Options: map[string]string{"type": "exec", "executable": "no-such-formatter-onehead"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	var warnings []string
	e := hookEnv{stdout: &stdout, stderr: &stdout, dir: dir, warn: func(m string) { warnings = append(warnings, m) }}
	for _, h := range hooks {
		h.run(target, e)
	}
	seen, err := os.ReadFile(filepath.Join(dir, "seen"))
	if err != nil {
		t.Fatal(err)
	}
	if want := dir + "\n--file=" + target + "\n"; string(seen) != want {
		t.Errorf("hook saw %q, want %q", seen, want)
	}
	if want := "Running post write hook 'record' ...\n  done\nRunning post write hook 'missing' ...\n  done\n"; stdout.String() != want {
		t.Errorf("stdout %q, want %q", stdout.String(), want)
	}
	if len(warnings) != 2 || !strings.Contains(warnings[0], "status 3") || !strings.Contains(warnings[1], "did not run") {
		t.Errorf("warnings %q", warnings)
	}
}
