// Command onehead keeps an Alembic migration graph at one head: it reads
// migration directories statically, prints what `alembic heads` and
// `alembic branches` print, and guards a repository against forked graphs.
//
// This package only wires the command line (kong) to the internal packages
// and maps their errors to exit codes.
package main

import (
	"os"

	"github.com/onehead/onehead/internal/gcpolicy"
)

func main() {
	gcpolicy.Apply(os.Getenv)
	os.Exit(run(os.Args[1:], env{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
	}))
}
