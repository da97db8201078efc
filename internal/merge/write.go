package merge

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// undo records what a merge has created on disk, so that a failure at any
// later step leaves the tree exactly as it was: the revision file, then the
// directories made for it.
type undo struct {
	file string
	dirs []string
}

// mkdir is Alembic's ScriptDirectory._ensure_directory: create dir and any
// missing parents, announcing it as Alembic does. The directories it
// creates are recorded for rollback.
func (u *undo) mkdir(dir string, stdout io.Writer) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || d == filepath.Dir(d) {
			break
		}
		missing = append(missing, d)
	}
	fmt.Fprintf(stdout, "Creating directory %s ...", dir)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		fmt.Fprint(stdout, "  FAILED\n")
		return err
	}
	fmt.Fprint(stdout, "  done\n")
	u.dirs = append(u.dirs, missing...)
	return nil
}

// rollback removes what the merge created, deepest first. A directory
// someone else filled in the meantime stays.
func (u *undo) rollback() {
	if u.file != "" {
		os.Remove(u.file)
		u.file = ""
	}
	slices.SortFunc(u.dirs, func(a, b string) int { return len(b) - len(a) })
	for _, d := range u.dirs {
		os.Remove(d)
	}
	u.dirs = nil
}

// ExistsError is the refusal to replace an existing file, which alembic
// merge would silently overwrite.
type ExistsError struct {
	Path string
}

func (e *ExistsError) Error() string {
	return e.Path + " already exists; onehead merge never overwrites a file (alembic merge would); choose another --rev-id or message"
}

// create writes data to path, which must not exist, so that the file
// appears complete or not at all: a temporary file in the same directory
// (named so that Alembic never loads it) is written, synced and hard-linked
// to path, which fails rather than replaces an existing file. Where hard
// links are not supported, it falls back to a rename after checking that
// path is free.
func (u *undo) create(path string, data []byte) error {
	dir := filepath.Dir(path)
	var rnd [8]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return err
	}
	tmp := filepath.Join(dir, ".onehead-"+hex.EncodeToString(rnd[:])+".tmp")
	// 0666 before the umask, as Python's open() creates files.
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	err = os.Link(tmp, path)
	switch {
	case errors.Is(err, fs.ErrExist):
		return &ExistsError{Path: path}
	case err != nil:
		if _, serr := os.Lstat(path); serr == nil {
			return &ExistsError{Path: path}
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	u.file = path
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// encode is Python's str.encode(output_encoding) for the encodings onehead
// knows (UTF-8, ASCII, Latin-1, by any of Python's names for them). An
// unencodable character fails as Python's strict error handler does,
// which Alembic reports as a template rendering failure.
func encode(text, encoding string) ([]byte, error) {
	norm := strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(encoding)), "-", "_"), " ", "_")
	limit := rune(0)
	switch norm {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return []byte(text), nil
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6":
		limit = 0x80
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1", "ibm819":
		limit = 0x100
	default:
		return nil, &encodingError{fmt.Sprintf("output_encoding %q is not one onehead can write (utf-8, ascii, latin-1)", encoding), false}
	}
	out := make([]byte, 0, len(text))
	for i, r := range text {
		if r >= limit {
			return nil, &encodingError{fmt.Sprintf("UnicodeEncodeError: '%s' codec can't encode character U+%04X in position %d",
				norm, r, len([]rune(text[:i]))), true}
		}
		out = append(out, byte(r))
	}
	return out, nil
}

// encodingError is a failure to encode the rendered template. python says
// whether Python fails the same way (Alembic then reports a template
// rendering failure); otherwise onehead does not know the encoding.
type encodingError struct {
	msg    string
	python bool
}

func (e *encodingError) Error() string { return e.msg }
