// Command onehead keeps an Alembic migration graph at one head: it reads
// migration directories statically, prints what `alembic heads` and
// `alembic branches` print, and guards a repository against forked graphs.
//
// This package only wires the command line (kong) to the internal packages
// and maps their errors to exit codes.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// onehead runs briefly and most of what it allocates while reading a
	// file is garbage at once: collect rarely, within a bound. GOGC and
	// GOMEMLIMIT still win when set.
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(800)
		debug.SetMemoryLimit(256 << 20)
	}
	os.Exit(run(os.Args[1:], env{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
	}))
}
