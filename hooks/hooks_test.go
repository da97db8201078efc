package hooks

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The shims must run as git runs them on every platform: sh, LF line
// ends, executable in the checkout (so that a copy by hand works), with
// the marker install and uninstall look for and one place for the binary.
func TestScriptsAreShims(t *testing.T) {
	for _, name := range Names {
		script, err := scripts.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(script, []byte("#!/bin/sh\n")) {
			t.Errorf("%s does not start with #!/bin/sh and LF", name)
		}
		if bytes.ContainsRune(script, '\r') {
			t.Errorf("%s has a CR: sh would read it as part of a command", name)
		}
		if !IsShim(script) {
			t.Errorf("%s lacks the marker %q", name, marker)
		}
		if n := bytes.Count(script, []byte(placeholder)); n != 1 {
			t.Errorf("%s has the placeholder %d times, want once", name, n)
		}
		if !bytes.Contains(script, []byte("'"+placeholder+"'")) {
			t.Errorf("%s: the placeholder is not single-quoted, as Shim's quoting assumes", name)
		}
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm()&0o111 != 0o111 {
			t.Errorf("%s has mode %v in the checkout, want it executable (git tracks 100755)", name, info.Mode().Perm())
		}
	}
}

// Whatever the path of the binary install records, the shim runs that
// binary and nothing else: sh must see it as one quoted word.
func TestShimRunsTheRecordedBinary(t *testing.T) {
	for _, dir := range []string{
		"plain",
		"with space",
		"it's quoted",
		"'$(touch pwned)'",
		"`touch pwned`",
		`back\slash "and" dollar $HOME`,
	} {
		for _, name := range Names {
			t.Run(dir+"/"+name, func(t *testing.T) {
				tmp := t.TempDir()
				binDir := filepath.Join(tmp, dir)
				if err := os.Mkdir(binDir, 0o755); err != nil {
					t.Fatal(err)
				}
				bin := filepath.Join(binDir, "onehead")
				record := filepath.Join(tmp, "args")
				if err := os.WriteFile(bin, []byte("#!/bin/sh\nprintf '%s\\n' \"$@\" >\"$RECORD\"\n"), 0o755); err != nil {
					t.Fatal(err)
				}
				shim, err := Shim(name, bin)
				if err != nil {
					t.Fatal(err)
				}
				hook := filepath.Join(tmp, name)
				if err := os.WriteFile(hook, shim, 0o755); err != nil {
					t.Fatal(err)
				}
				cmd := exec.Command(hook, "first arg", "second")
				cmd.Dir = tmp
				cmd.Env = append(os.Environ(), "ONEHEAD_BIN=", "ONEHEAD_SKIP=", "RECORD="+record)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("%v: %s", err, out)
				}
				got, err := os.ReadFile(record)
				if err != nil {
					t.Fatalf("the recorded binary did not run: %v", err)
				}
				if want := "hook\n" + name + "\nfirst arg\nsecond\n"; string(got) != want {
					t.Errorf("the binary got %q, want %q", got, want)
				}
				if _, err := os.Stat(filepath.Join(tmp, "pwned")); err == nil {
					t.Error("sh ran a command from the recorded path")
				}
			})
		}
	}
}

func TestShimUnknownHook(t *testing.T) {
	_, err := Shim("pre-commit", "/bin/onehead")
	if err == nil || !strings.Contains(err.Error(), `"pre-commit"`) || !strings.Contains(err.Error(), "post-rewrite, pre-push") {
		t.Errorf("Shim(pre-commit) = %v, want an error naming it and the hooks there are", err)
	}
}

func TestIsShim(t *testing.T) {
	for _, tc := range []struct {
		content string
		want    bool
	}{
		{"#!/bin/sh\n# onehead-shim v1: installed by 'onehead install'\nexec onehead\n", true},
		{"#!/bin/sh\n# onehead-shim v7: a later onehead's\n", true},
		{"#!/bin/sh\ngit lfs pre-push \"$@\"\n", false},
		{"#!/bin/sh\necho '# onehead-shim is mentioned here'\n", false},
		{"", false},
	} {
		if got := IsShim([]byte(tc.content)); got != tc.want {
			t.Errorf("IsShim(%q) = %v, want %v", tc.content, got, tc.want)
		}
	}
}
