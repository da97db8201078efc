// Command gentree writes a random Alembic project for benchmarks and manual
// testing: `go run ./internal/alembictest/gentree -n 10000 DIR`.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"

	"github.com/onehead/onehead/internal/alembictest"
)

func main() {
	n := flag.Int("n", 300, "number of revision files")
	seed := flag.Uint64("seed", 1, "random seed: the same seed writes the same tree")
	quirks := flag.Bool("quirks", false, "write merges, labels, depends_on, odd names and every file style")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gentree [-n N] [-seed S] [-quirks] DIR")
		os.Exit(2)
	}
	rng := rand.New(rand.NewPCG(*seed, 0))
	if err := alembictest.Generate(flag.Arg(0), rng, alembictest.Shape{Revisions: *n, Quirks: *quirks}); err != nil {
		fmt.Fprintln(os.Stderr, "gentree:", err)
		os.Exit(1)
	}
}
