// Package convention finds what a repository tells its authors to do when
// an Alembic tree has more than one head: the paragraph of the tree's
// README.md about `alembic merge` or heads. onehead shows that text, the
// team's own words, where it finds a fork (the git hooks, `onehead
// convention`), and falls back to the incident report's one-liner, which
// `onehead convention --write` adds where a tree has none.
package convention

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// Readme is the file a tree's convention is read from and written to.
const Readme = "README.md"

// Default is the convention onehead suggests: step 4 of the incident
// report that made onehead, in Markdown.
const Default = "If your branch's `alembic heads` shows more than one head after rebasing on main, " +
	"run `alembic merge -m \"<message>\" <head1> <head2>` and commit the empty merge migration before opening the PR."

// FS is what finding a convention needs of a file system: the work tree
// (os) or a commit's tree (gitx.Snapshot), so that a hook shows the
// convention of the commit it checks.
type FS interface {
	ReadFile(name string) ([]byte, error)
}

// Convention is a tree's written rule for forked heads.
type Convention struct {
	// Text is the paragraph, its lines joined with "\n" and trailing
	// blanks dropped; Default when the tree has none.
	Text string
	// Path is the README.md it was found in. For the default, it is
	// where the convention belongs: the script directory's README.md,
	// which may not exist.
	Path string
	// Line is the paragraph's first line, from 1; 0 for the default.
	Line int
	// Default is set when the tree has no convention of its own.
	Default bool
}

// Find reads the README.md of the script directory, then that of the
// config directory (where alembic runs), and returns the first paragraph
// of the first one that has any naming `alembic merge`, else its first
// paragraph mentioning heads. The script directory comes first because it
// is the tree's own; a repository README beside alembic.ini may speak of
// several trees. A nil fsys reads the file system. A README that cannot
// be read for a reason other than its absence is an error.
func Find(fsys FS, scriptDir, configDir string) (Convention, error) {
	if fsys == nil {
		fsys = osFS{}
	}
	own := filepath.Join(scriptDir, Readme)
	paths := []string{own}
	if p := filepath.Join(configDir, Readme); p != own {
		paths = append(paths, p)
	}
	for _, p := range paths {
		data, err := fsys.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return Convention{}, err
		}
		if text, line := pick(paragraphs(data)); line > 0 {
			return Convention{Text: text, Path: p, Line: line}, nil
		}
	}
	return Convention{Text: Default, Path: own, Default: true}, nil
}

type osFS struct{}

func (osFS) ReadFile(name string) ([]byte, error) { return os.ReadFile(name) }

var (
	mergeCmd = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)\balembic\s+merge\b`) })
	// heads also matches "heads up" (group 1), which is not about heads.
	heads = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)\bheads\b([\s-]+up\b)?`) })
)

// pick returns the paragraph naming `alembic merge`, else the one
// mentioning heads, and its line; line 0 when none does.
func pick(paras []paragraph) (string, int) {
	for _, p := range paras {
		if mergeCmd().MatchString(p.text) {
			return p.text, p.line
		}
	}
	for _, p := range paras {
		for _, m := range heads().FindAllStringSubmatch(p.text, -1) {
			if m[1] == "" {
				return p.text, p.line
			}
		}
	}
	return "", 0
}

// paragraph is a block of prose in a Markdown file.
type paragraph struct {
	text string
	line int
}

var (
	listItem = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*([-*+]|\d{1,9}[.)])(\s|$)`) })
	heading  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ {0,3}#{1,6}(\s|$)`) })
	fence    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("^ {0,3}(```|~~~)") })
)

// paragraphs splits Markdown into its paragraphs, as a reader sees them:
// blocks separated by blank lines, each list item a block of its own.
// Headings and code (fenced, or indented where a paragraph could start)
// are not prose: they end a paragraph and are left out, so that a
// "## Heads" title or an example command is not taken for the rule.
func paragraphs(data []byte) []paragraph {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	var (
		out     []paragraph
		cur     []string
		start   int
		inFence string
	)
	flush := func() {
		if len(cur) > 0 {
			out = append(out, paragraph{strings.Join(cur, "\n"), start})
			cur = nil
		}
	}
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimRight(l, " \t\r")
		if inFence != "" {
			if strings.HasPrefix(strings.TrimLeft(l, " "), inFence) {
				inFence = ""
			}
			continue
		}
		switch m := fence().FindStringSubmatch(l); {
		case m != nil:
			flush()
			inFence = m[1]
			continue
		case l == "" || heading().MatchString(l):
			flush()
			continue
		case listItem().MatchString(l):
			flush()
		case len(cur) == 0 && (strings.HasPrefix(l, "    ") || strings.HasPrefix(l, "\t")):
			continue
		}
		if len(cur) == 0 {
			start = i + 1
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// Add returns the README current with the default convention added as a
// paragraph of its own at the end: an empty or new README gets just the
// line; an existing one keeps its text, line endings (CRLF if it uses
// them) and whether it ends with a newline.
func Add(current []byte) []byte {
	if len(current) == 0 {
		return []byte(Default + "\n")
	}
	eol := "\n"
	if i := bytes.IndexByte(current, '\n'); i > 0 && current[i-1] == '\r' {
		eol = "\r\n"
	}
	out := bytes.Clone(current)
	final := bytes.HasSuffix(out, []byte("\n"))
	if !final {
		out = append(out, eol...)
	}
	if !bytes.HasSuffix(out, []byte(eol+eol)) {
		out = append(out, eol...)
	}
	out = append(out, Default...)
	if final {
		out = append(out, eol...)
	}
	return out
}
