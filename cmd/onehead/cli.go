package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"

	"github.com/alecthomas/kong"
	"github.com/charmbracelet/log"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/tree"
)

// version is set at build time with -ldflags "-X main.version=...";
// otherwise it comes from the module version or the git commit Go recorded.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return "devel"
	}
	return "devel-" + rev + dirty
}

// Exit statuses of onehead's own commands. The Alembic-compatible commands
// (heads, branches) also use Alembic's 255 for "FAILED:".
const (
	exitOK     = 0
	exitFound  = 1 // the problem onehead looks for: several heads, a blocked push
	exitBroken = 2 // onehead could not run
	exitFailed = 255
)

// env is what a command may touch of the process: its streams, its
// environment and its working directory.
type env struct {
	// Stdin is what git gives hooks; nil reads nothing.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// Dir is the working directory; empty means the process's.
	Dir string
}

func (e env) dir() (string, error) {
	if e.Dir != "" {
		return e.Dir, nil
	}
	return os.Getwd()
}

// Globals are the options of every command: alembic's global options,
// so that `onehead -c x.ini heads` reads what `alembic -c x.ini heads`
// reads, and onehead's own.
type Globals struct {
	Config  []string         `short:"c" name:"config" sep:"none" placeholder:"FILE" help:"Alternate config file, as alembic's -c; give it twice for an ini and a pyproject.toml. Default: alembic.ini and pyproject.toml in the working directory (or $$ALEMBIC_CONFIG)."`
	Name    string           `short:"n" default:"alembic" help:"Name of the section in the ini file, as alembic's -n."`
	Strict  bool             `help:"Treat values onehead cannot know statically as errors, even where they do not decide the graph."`
	NoCache bool             `env:"ONEHEAD_NO_CACHE" help:"Read every revision file, even those unchanged since onehead last read them (the cache lives in $$ONEHEAD_CACHE_DIR, default the user cache directory)."`
	Version kong.VersionFlag `help:"Print onehead's version and exit."`
}

// CLI is onehead's command line. Global options mirror alembic's so that
// `onehead -c x.ini heads` reads what `alembic -c x.ini heads` reads.
type CLI struct {
	Globals `embed:""`

	Heads    HeadsCmd    `cmd:"" help:"Show current available heads, exactly as 'alembic heads' does."`
	Branches BranchesCmd `cmd:"" help:"Show current branch points, exactly as 'alembic branches' does."`
	Check    CheckCmd    `cmd:"" help:"Check every Alembic tree under a path for forked heads (the CI guard)."`
	Lint     LintCmd     `cmd:"" help:"Lint every revision file: seeds that do not heal existing databases, forked heads, identifiers only Python can compute."`
	Merge    MergeCmd    `cmd:"" help:"Merge revisions into a new revision file, exactly as 'alembic merge' writes it."`
	Hook     HookCmd     `cmd:"" help:"Run as a git hook (installed by 'onehead install', or the pre-commit framework)."`
	Demo     DemoCmd     `cmd:"" help:"Replay the incident onehead was made for, with the hooks installed, in a temporary repository."`

	Install   InstallCmd   `cmd:"" help:"Install onehead's post-rewrite and pre-push git hooks in this repository, chaining any hook already there."`
	Uninstall UninstallCmd `cmd:"" help:"Remove onehead's git hooks, putting back the hooks they chained."`

	Convention ConventionCmd `cmd:"" help:"Show each tree's convention for forked heads (from its README.md); --write adds the default where a tree has none."`
}

// settings are how commands read trees: strictness and the cache of
// revision files, keyed by this very binary so that a rebuilt onehead never
// trusts an older one's reading.
func (cli *Globals) settings(e env) tree.Settings {
	s := tree.Settings{Strict: cli.Strict}
	if cli.NoCache {
		return s
	}
	s.CacheDir = e.Getenv("ONEHEAD_CACHE_DIR")
	if s.CacheDir == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return s
		}
		s.CacheDir = filepath.Join(dir, "onehead")
	}
	s.Version = versionString()
	if exe, err := os.Executable(); err == nil {
		if st, err := os.Stat(exe); err == nil {
			s.Version += fmt.Sprintf(" %d %d", st.Size(), st.ModTime().UnixNano())
		}
	}
	return s
}

// commandLine is what kong parses args with: when they name a command
// (after global options), the global options and that command alone, else
// the whole command line. Building kong's model of every command costs
// about 2 ms, a fifth of a hook's run or of `onehead heads` on a small tree.
func commandLine(args []string) (model any, globals *Globals) {
	full := &CLI{}
	t := reflect.TypeOf(*full)
	g, _ := t.FieldByName("Globals")
	name := commandName(args)
	for i := range t.NumField() {
		f := t.Field(i)
		if _, cmd := f.Tag.Lookup("cmd"); !cmd || strings.ToLower(f.Name) != name {
			continue
		}
		one := reflect.New(reflect.StructOf([]reflect.StructField{g, f}))
		return one.Interface(), one.Elem().Field(0).Addr().Interface().(*Globals)
	}
	return full, &full.Globals
}

// commandName is the first argument that is not a global option or its
// value ("" if none): what kong will take for the command. A global option
// that takes a value (-c FILE, -n NAME) takes the next argument unless the
// value is joined to it (-cFILE, --config=FILE).
func commandName(args []string) string {
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--":
			return ""
		case a == "-c" || a == "--config" || a == "-n" || a == "--name":
			i++
		case !strings.HasPrefix(a, "-") || a == "-":
			return a
		}
	}
	return ""
}

// errExit carries an exit status for an outcome already reported to the
// user, such as Alembic's "FAILED:" line or a check that found forks.
type errExit int

func (e errExit) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func run(args []string, e env) (code int) {
	model, globals := commandLine(args)
	logger := log.NewWithOptions(e.Stderr, log.Options{Prefix: "onehead"})
	parser, err := kong.New(model,
		kong.Name("onehead"),
		kong.Description("Keep an Alembic migration graph at one head, without running Python."),
		kong.Vars{"version": "onehead " + versionString()},
		kong.Writers(e.Stdout, e.Stderr),
		kong.Exit(func(code int) { panic(exitRequest(code)) }),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
	)
	if err != nil {
		fmt.Fprintln(e.Stderr, "onehead:", err)
		return exitBroken
	}
	// kong exits after --help and --version; the panic brings its status
	// back here so that tests can run commands in-process.
	defer func() {
		if r := recover(); r != nil {
			req, ok := r.(exitRequest)
			if !ok {
				panic(r)
			}
			code = int(req)
		}
	}()
	ctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintf(e.Stderr, "onehead: error: %v (see 'onehead --help')\n", err)
		return exitBroken
	}
	return exitCode(ctx.Run(globals, e, logger), e)
}

// exitRequest is kong asking to exit, after --help or --version.
type exitRequest int

// exitCode reports err and maps it to onehead's exit statuses.
func exitCode(err error, e env) int {
	var (
		failed *alembic.Failed
		exit   errExit
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &exit):
		return int(exit)
	case errors.As(err, &failed):
		fmt.Fprintf(e.Stdout, "FAILED: %s\n", failed.Message)
		return exitFailed
	default:
		fmt.Fprintln(e.Stderr, "onehead: error:", err)
		return exitBroken
	}
}
