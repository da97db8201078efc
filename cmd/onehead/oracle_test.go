package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/onehead/onehead/internal/alembictest"
)

// TestDifferentialRandomTrees generates random trees (seeded, so a failure
// can be replayed with ONEHEAD_SEED), runs heads and branches through real
// Alembic and through onehead, and compares them as TestAlembicParity does.
func TestDifferentialRandomTrees(t *testing.T) {
	a := alembictest.Find(t)
	seed := uint64(1)
	if s := os.Getenv("ONEHEAD_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	trees := 150
	if testing.Short() {
		trees = 30
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	root := t.TempDir()
	var jobs []alembictest.Job
	var dirs []string
	var argvs [][]string
	for i := range trees {
		dir := filepath.Join(root, fmt.Sprint(i))
		shape := alembictest.Shape{Revisions: rng.IntN(40), Quirks: true, Broken: rng.IntN(8) == 0}
		if err := alembictest.Generate(dir, rng, shape); err != nil {
			t.Fatal(err)
		}
		for _, args := range goldenCommands {
			jobs = append(jobs, alembictest.Job{Dir: dir, Argv: args})
			dirs = append(dirs, dir)
			argvs = append(argvs, args)
		}
	}
	results := a.Run(t, jobs)
	cache := t.TempDir()
	t.Logf("alembic %s, %d trees, %d commands, seed %d", a.Version, trees, len(jobs), seed)
	for i, want := range results {
		var stdout, stderr bytes.Buffer
		code := run(argvs[i], env{Stdout: &stdout, Stderr: &stderr, Dir: dirs[i], Getenv: func(k string) string {
			if k == "ONEHEAD_CACHE_DIR" {
				return cache
			}
			return ""
		}})
		name := fmt.Sprintf("tree %s: %v", filepath.Base(dirs[i]), argvs[i])
		if want.Exit == alembictest.TimedOut {
			t.Logf("%s: alembic never finished; onehead exits %d: %s", name, code, stderr.String())
			continue
		}
		wantCode := want.Exit
		if wantCode == 1 {
			wantCode = exitBroken
		}
		if code != wantCode {
			t.Errorf("%s: exit %d, alembic %d\nalembic stderr: %s\nonehead stderr: %s", name, code, want.Exit, tail(want.Stderr), stderr.String())
			continue
		}
		if got, w := normalize(stdout.String(), dirs[i]), normalize(want.Stdout, dirs[i]); got != w {
			t.Errorf("%s: stdout differs\n--- alembic\n%s--- onehead\n%s", name, w, got)
		}
	}
}

func tail(s string) string {
	lines := bytes.Split(bytes.TrimSpace([]byte(s)), []byte("\n"))
	return string(lines[len(lines)-1])
}
