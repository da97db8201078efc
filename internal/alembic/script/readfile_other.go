//go:build !unix

package script

import "os"

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }

// statFile reports no identity: without one, nothing is cached.
func statFile(string) (FileID, bool) { return FileID{}, false }
