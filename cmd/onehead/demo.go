package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/onehead/onehead/internal/demo"
)

// DemoCmd is `onehead demo`: the report's incident, replayed with the
// hooks installed, in a temporary directory.
type DemoCmd struct {
	Dir  string `placeholder:"DIR" help:"Build the demo repositories in DIR (kept) instead of a temporary directory."`
	Keep bool   `help:"Keep the temporary directory and print where it is."`
}

func (c *DemoCmd) Run(e env) error {
	bin := e.Getenv("ONEHEAD_BIN")
	if bin == "" {
		exe, err := os.Executable()
		if err != nil {
			return err
		}
		if bin, err = filepath.EvalSymlinks(exe); err != nil {
			return err
		}
	}
	dir := c.Dir
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	return demo.Run(context.Background(), demo.Options{Binary: bin, Dir: dir, Keep: c.Keep, Out: e.Stdout})
}
