// Package hooks holds the scripts onehead installs as git hooks: POSIX sh
// shims that run the hook found there before onehead, then hand git's
// arguments and input to `onehead hook <name>`. They are files rather than
// Go strings so that they can be read, copied by hand and run by tests as
// they are; the binary embeds them so that `onehead install` can write
// them anywhere.
package hooks

import (
	"bytes"
	"embed"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

//go:embed post-rewrite pre-push
var scripts embed.FS

// Names are the hooks onehead has a shim for.
var Names = []string{"post-rewrite", "pre-push"}

// marker starts the line that tells onehead's shims from other hooks. The
// version after it may change; the prefix may not, so that any onehead
// recognizes, updates and uninstalls the shims of any other.
const marker = "\n# onehead-shim "

// placeholder stands, inside single quotes, for the onehead binary that
// installed the shim. Left as it is (a shim copied by hand), the shim looks
// for onehead on PATH.
const placeholder = "@ONEHEAD_BIN@"

// Check returns an error naming the hooks onehead has unless name is one.
func Check(name string) error {
	if slices.Contains(Names, name) {
		return nil
	}
	return fmt.Errorf("unknown hook %q (onehead's are %s)", name, strings.Join(Names, ", "))
}

// Shim is the script for the hook name, recording bin as the onehead to
// run. The path is quoted for sh whatever it contains.
func Shim(name, bin string) ([]byte, error) {
	if err := Check(name); err != nil {
		return nil, err
	}
	script, err := scripts.ReadFile(name)
	if err != nil {
		return nil, err
	}
	quoted := strings.ReplaceAll(filepath.ToSlash(bin), "'", `'\''`)
	return bytes.Replace(script, []byte(placeholder), []byte(quoted), 1), nil
}

// IsShim reports whether a hook file's content is one of onehead's shims,
// of this version or any other.
func IsShim(content []byte) bool {
	return bytes.Contains(content, []byte(marker))
}
