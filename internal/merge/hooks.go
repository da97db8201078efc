package merge

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
)

// revisionToken is what hook options name the new file by.
const revisionToken = "REVISION_SCRIPT_FILENAME"

// hookRunners are the hook types onehead runs, with the option each
// requires: Alembic's built-in write hooks. Custom types are registered in
// env.py, which onehead does not run.
var hookRunners = map[string]string{
	"exec":            "executable",
	"console_scripts": "entrypoint",
	"module":          "module",
}

// hook is a post-write hook checked and ready to run.
type hook struct {
	name, kind, target string
	// args are the parsed options, still holding revisionToken.
	args []string
	cwd  string
}

// prepareHooks checks every hook as Alembic's _run_hooks would when it
// reaches it, with Alembic's messages, but before anything is written:
// Alembic fails after writing the file and leaves it behind.
func prepareHooks(hooks []config.Hook) ([]hook, error) {
	var out []hook
	for _, h := range hooks {
		kind, err := h.Type()
		if err != nil {
			return nil, err
		}
		required, ok := hookRunners[kind]
		if !ok {
			return nil, alembic.Failf("No formatter with name '%s' registered", kind)
		}
		target, ok := h.Options[required]
		if !ok {
			return nil, alembic.Failf("Key %s.%s is required for post write hook %s", h.Name, required, reprStr(h.Name))
		}
		opts := h.Options["options"]
		if !strings.Contains(opts, revisionToken) {
			opts = revisionToken + " " + opts
		}
		args, err := shlexSplit(opts)
		if err != nil {
			return nil, &alembic.FileError{Path: h.Source.Path, Line: h.Source.Line,
				Msg: fmt.Sprintf("post write hook %s: options %q: %v (Alembic crashes here, after writing the file)", reprStr(h.Name), h.Options["options"], err)}
		}
		out = append(out, hook{name: h.Name, kind: kind, target: target, args: args, cwd: h.Options["cwd"]})
	}
	return out, nil
}

// hookEnv is what running hooks needs from the caller.
type hookEnv struct {
	stdout, stderr io.Writer
	// dir is the working directory: where hooks run unless they set cwd,
	// and where a project virtualenv is looked for.
	dir  string
	warn func(msg string)
}

// run runs the hook on the file at path as Alembic does: announced, with
// the token replaced by the path in every argument, output passed through
// and the exit status ignored. What Alembic would crash on (a missing
// program, a missing cwd) is a warning: the revision is written and valid
// either way.
func (h hook) run(path string, e hookEnv) {
	fmt.Fprintf(e.stdout, "Running post write hook %s ...\n", reprStr(h.name))
	argv := make([]string, len(h.args))
	for i, a := range h.args {
		argv[i] = strings.ReplaceAll(a, revisionToken, path)
	}
	var cmdline []string
	switch h.kind {
	case "exec":
		cmdline = []string{h.target}
	case "console_scripts":
		// Alembic runs the entry point through its own interpreter; the
		// closest without Python is the script the entry point installs,
		// else the module of the same name.
		if p := findProgram(e.dir, h.target); p != "" {
			cmdline = []string{p}
		} else if py := findPython(e.dir); py != "" {
			cmdline = []string{py, "-m", h.target}
		} else {
			e.warn(fmt.Sprintf("post write hook %s: console script %q not found (onehead looks in the project's virtualenv and PATH); the hook did not run", reprStr(h.name), h.target))
		}
	case "module":
		if py := findPython(e.dir); py != "" {
			cmdline = []string{py, "-m", h.target}
		} else {
			e.warn(fmt.Sprintf("post write hook %s: no Python interpreter found to run module %q; the hook did not run", reprStr(h.name), h.target))
		}
	}
	if cmdline != nil {
		cmd := exec.Command(cmdline[0], append(cmdline[1:], argv...)...)
		// Alembic's subprocess runs in the hook's cwd, relative to the
		// working directory, or in the working directory itself.
		cmd.Dir, cmd.Stdout, cmd.Stderr = e.dir, e.stdout, e.stderr
		if h.cwd != "" {
			cmd.Dir = filepath.Join(e.dir, h.cwd)
			if filepath.IsAbs(h.cwd) {
				cmd.Dir = h.cwd
			}
		}
		err := cmd.Run()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit):
			e.warn(fmt.Sprintf("post write hook %s: %s exited with status %d (ignored, as Alembic does)", reprStr(h.name), cmdline[0], exit.ExitCode()))
		case err != nil:
			e.warn(fmt.Sprintf("post write hook %s did not run: %v", reprStr(h.name), err))
		}
	}
	fmt.Fprint(e.stdout, "  done\n")
}

// venvBins are the directories of the project's virtualenv, where hooks
// find the formatters the project pins: $VIRTUAL_ENV, else .venv or venv
// in the working directory.
func venvBins(dir string) []string {
	var bins []string
	if v := os.Getenv("VIRTUAL_ENV"); v != "" {
		bins = append(bins, filepath.Join(v, "bin"))
	}
	for _, name := range []string{".venv", "venv"} {
		bins = append(bins, filepath.Join(dir, name, "bin"))
	}
	return bins
}

// findProgram looks for an executable in the project's virtualenv, then
// on PATH.
func findProgram(dir, name string) string {
	for _, bin := range venvBins(dir) {
		p := filepath.Join(bin, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return p
		}
	}
	p, _ := exec.LookPath(name)
	return p
}

// findPython is the interpreter Alembic would most likely run under.
func findPython(dir string) string {
	for _, name := range []string{"python", "python3"} {
		if p := findProgram(dir, name); p != "" {
			return p
		}
	}
	return ""
}

// shlexSplit is Python's shlex.split(s) in POSIX mode: words separated by
// whitespace, single quotes literal, double quotes with \" and \\ escapes,
// a backslash outside quotes escaping any character.
func shlexSplit(s string) ([]string, error) {
	var (
		out     []string
		cur     strings.Builder
		inToken bool
		quote   byte
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote == '\'':
			if c == '\'' {
				quote = 0
			} else {
				cur.WriteByte(c)
			}
		case quote == '"':
			switch {
			case c == '"':
				quote = 0
			case c == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\'):
				i++
				cur.WriteByte(s[i])
			default:
				cur.WriteByte(c)
			}
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			if inToken {
				out = append(out, cur.String())
				cur.Reset()
				inToken = false
			}
		case c == '\'' || c == '"':
			quote, inToken = c, true
		case c == '\\':
			if i+1 == len(s) {
				return nil, errors.New("No escaped character")
			}
			i++
			cur.WriteByte(s[i])
			inToken = true
		default:
			cur.WriteByte(c)
			inToken = true
		}
	}
	if quote != 0 {
		return nil, errors.New("No closing quotation")
	}
	if inToken {
		out = append(out, cur.String())
	}
	return out, nil
}
