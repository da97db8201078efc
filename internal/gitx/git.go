// Package gitx is onehead's access to git: the git command line for
// everything that writes or that depends on git's configuration and
// environment (the index, hooks, config, merge-base, merge-tree), and
// in-process reads of commits and trees through go-git where it can open
// the repository, with `git cat-file` as the fallback where it cannot.
package gitx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// Runner runs git. The real one is [CLI]; tests may record or fake calls.
type Runner interface {
	// Git runs git with args in the runner's directory and returns its
	// standard output. stdin may be nil.
	Git(ctx context.Context, stdin []byte, args ...string) ([]byte, error)
}

// CLI runs the git executable found on PATH in Dir ("" for the process's
// working directory), with the environment inherited: inside a hook, git
// has set GIT_DIR, GIT_INDEX_FILE and friends as they must be seen.
type CLI struct {
	Dir string
	// Env, when set, is appended to the inherited environment.
	Env []string
}

// Error is a git command that failed: its arguments, exit status and
// what it printed on stderr.
type Error struct {
	Args   []string
	Code   int
	Stderr string
}

func (e *Error) Error() string {
	msg := strings.TrimSpace(e.Stderr)
	if msg == "" {
		msg = fmt.Sprintf("exit status %d", e.Code)
	}
	return fmt.Sprintf("git %s: %s", strings.Join(e.Args, " "), msg)
}

// ExitCode is the exit status of a failed git command, or -1 when err is
// not one.
func ExitCode(err error) int {
	var ge *Error
	if errors.As(err, &ge) {
		return ge.Code
	}
	return -1
}

func (c CLI) Git(ctx context.Context, stdin []byte, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = c.Dir
	if c.Env != nil {
		cmd.Env = append(cmd.Environ(), c.Env...)
	}
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return stdout.Bytes(), &Error{Args: args, Code: ee.ExitCode(), Stderr: stderr.String()}
	}
	if err != nil {
		return nil, fmt.Errorf("running git: %w (is git installed and on PATH?)", err)
	}
	return stdout.Bytes(), nil
}

// Lines splits git output into lines, without the final newline.
func Lines(out []byte) []string {
	s := strings.TrimSuffix(string(out), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
