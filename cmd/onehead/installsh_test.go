package main

import (
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// installSh runs the repository's install.sh with sh, from dir, with env
// added to a clean environment, and returns its stdout, stderr and exit
// status.
func installSh(t *testing.T, dir string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command("sh", append([]string{filepath.Join(repoTop(t), "install.sh")}, args...)...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "PREFIX" || k == "GOBIN" || strings.HasPrefix(k, "GIT_") || strings.HasPrefix(k, "ONEHEAD_") {
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	cmd.Env = append(cmd.Env, "GIT_CONFIG_NOSYSTEM=1", "GOPROXY=off", "GOTOOLCHAIN=local")
	cmd.Env = append(cmd.Env, env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	t.Logf("$ sh install.sh %s  (exit %d)\n%s%s", strings.Join(args, " "), code, out.String(), errb.String())
	return out.String(), errb.String(), code
}

// fakeTool writes an executable shell script called name into a new
// directory and returns PATH with that directory first.
func fakeTool(t *testing.T, name, script string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	return "PATH=" + dir + string(os.PathListSeparator) + os.Getenv("PATH")
}

// TestInstallSh builds onehead with install.sh into a PREFIX, runs the
// result, installs the hooks with --hooks (and --force through), and
// checks that too old a git or Go is refused before anything is built.
func TestInstallSh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds onehead; not with -short")
	}
	for _, tool := range []string{"sh", "git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH", tool)
		}
	}
	tmp := t.TempDir()

	t.Run("help", func(t *testing.T) {
		out, _, code := installSh(t, tmp, nil, "--help")
		if code != 0 || !strings.HasPrefix(out, "Usage: ./install.sh") || !strings.Contains(out, "--hooks") {
			t.Errorf("--help: exit %d\n%s", code, out)
		}
		_, errOut, code := installSh(t, tmp, nil, "--bogus")
		if code == 0 || !strings.Contains(errOut, "unknown argument '--bogus'") {
			t.Errorf("--bogus: exit %d\n%s", code, errOut)
		}
		_, errOut, code = installSh(t, tmp, nil, "--force")
		if code == 0 || !strings.Contains(errOut, "--force goes with --hooks") {
			t.Errorf("--force alone: exit %d\n%s", code, errOut)
		}
	})

	t.Run("prefix", func(t *testing.T) {
		prefix := filepath.Join(tmp, "prefix")
		out, errOut, code := installSh(t, tmp, []string{"PREFIX=" + prefix})
		bin := filepath.Join(prefix, "bin", "onehead")
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, errOut)
		}
		for _, want := range []string{
			"install.sh: installed " + bin + " (onehead ",
			"install.sh: " + filepath.Join(prefix, "bin") + " is not on PATH",
			`export PATH="` + filepath.Join(prefix, "bin") + `:$PATH"`,
		} {
			if !strings.Contains(out, want) {
				t.Errorf("stdout lacks %q:\n%s", want, out)
			}
		}
		version, err := exec.Command(bin, "--version").CombinedOutput()
		if err != nil || !regexp.MustCompile(`^onehead \S+\n$`).Match(version) {
			t.Errorf("%s --version: %v %q", bin, err, version)
		}
		// Built without cgo: no dynamic loader to start.
		if f, err := elf.Open(bin); err == nil {
			for _, p := range f.Progs {
				if p.Type == elf.PT_INTERP {
					t.Errorf("%s is dynamically linked: install.sh builds with cgo", bin)
				}
			}
			f.Close()
		} else if runtime.GOOS == "linux" {
			t.Error(err)
		}

		// --hooks installs onehead's hooks in the repository of the
		// working directory, with the binary just built.
		repo := filepath.Join(tmp, "repo")
		if out, err := exec.Command("git", "init", "-q", repo).CombinedOutput(); err != nil {
			t.Fatalf("git init: %v\n%s", err, out)
		}
		sub := filepath.Join(repo, "sub")
		if err := os.Mkdir(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		// The directory on PATH this time: said so.
		out, errOut, code = installSh(t, sub, []string{"PREFIX=" + prefix,
			"PATH=" + filepath.Join(prefix, "bin") + string(os.PathListSeparator) + os.Getenv("PATH")}, "--hooks")
		if code != 0 {
			t.Fatalf("--hooks: exit %d\n%s", code, errOut)
		}
		for _, want := range []string{
			"install.sh: " + filepath.Join(prefix, "bin") + " is on PATH\n",
			"install.sh: installing the git hooks: " + bin + " install\n",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("stdout lacks %q:\n%s", want, out)
			}
		}
		for _, hook := range []string{"post-rewrite", "pre-push"} {
			shim, err := os.ReadFile(filepath.Join(repo, ".git", "hooks", hook))
			if err != nil || !bytes.Contains(shim, []byte("onehead-shim")) || !bytes.Contains(shim, []byte(bin)) {
				t.Errorf("%s after --hooks: %v\n%s", hook, err, shim)
			}
		}
		// --force reaches onehead install, which then takes a
		// core.hooksPath directory.
		if out, err := exec.Command("git", "-C", repo, "config", "core.hooksPath", "githooks").CombinedOutput(); err != nil {
			t.Fatalf("git config: %v\n%s", err, out)
		}
		if _, _, code = installSh(t, repo, []string{"PREFIX=" + prefix}, "--hooks"); code == 0 {
			t.Errorf("--hooks with core.hooksPath set and no --force: exit 0")
		}
		if _, errOut, code = installSh(t, repo, []string{"PREFIX=" + prefix}, "--hooks", "--force"); code != 0 {
			t.Fatalf("--hooks --force: exit %d\n%s", code, errOut)
		}
		if _, err := os.Stat(filepath.Join(repo, "githooks", "pre-push")); err != nil {
			t.Errorf("--hooks --force did not install into core.hooksPath: %v", err)
		}
	})

	t.Run("old git", func(t *testing.T) {
		prefix := filepath.Join(tmp, "old-git")
		path := fakeTool(t, "git", `echo "git version 2.37.1 (Apple Git-137.1)"`+"\n")
		_, errOut, code := installSh(t, tmp, []string{"PREFIX=" + prefix, path})
		if code == 0 || !strings.Contains(errOut, "install.sh: git 2.37.1 is too old: onehead needs git >= 2.38") {
			t.Errorf("exit %d\n%s", code, errOut)
		}
		if _, err := os.Stat(prefix); err == nil {
			t.Errorf("%s was created", prefix)
		}
	})

	t.Run("no git", func(t *testing.T) {
		path := fakeTool(t, "git", "exit 127\n")
		_, errOut, code := installSh(t, tmp, []string{"PREFIX=" + filepath.Join(tmp, "no-git"), path})
		if code == 0 || !strings.Contains(errOut, "onehead needs git >= 2.38") {
			t.Errorf("exit %d\n%s", code, errOut)
		}
	})

	t.Run("old go", func(t *testing.T) {
		prefix := filepath.Join(tmp, "old-go")
		path := fakeTool(t, "go", `case $1 in
env) echo go1.22.5 ;;
version) echo "go version go1.22.5 linux/amd64" ;;
*) echo "fake go: $*" >&2; exit 2 ;;
esac
`)
		_, errOut, code := installSh(t, tmp, []string{"PREFIX=" + prefix, path})
		if code == 0 || !regexp.MustCompile(`install\.sh: Go 1\.22\.5 is too old: building onehead needs Go >= \d+\.\d+`).MatchString(errOut) {
			t.Errorf("exit %d\n%s", code, errOut)
		}
		if _, err := os.Stat(prefix); err == nil {
			t.Errorf("%s was created", prefix)
		}
	})

	t.Run("go refuses", func(t *testing.T) {
		path := fakeTool(t, "go", `case $1 in
env) echo "go: go.mod requires go >= 1.26.0 (running go 1.22.5; GOTOOLCHAIN=local)" >&2; exit 1 ;;
version) echo "go version go1.22.5 linux/amd64" ;;
esac
`)
		_, errOut, code := installSh(t, tmp, []string{"PREFIX=" + filepath.Join(tmp, "go-refuses"), path})
		if code == 0 || !strings.Contains(errOut, "'go env GOVERSION' there says:\ngo: go.mod requires go >= 1.26.0") || !strings.Contains(errOut, "GOTOOLCHAIN=auto ./install.sh") {
			t.Errorf("exit %d\n%s", code, errOut)
		}
	})
}
