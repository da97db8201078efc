// Package atomicfile replaces files so that a reader, or a crash, sees the
// old content or the new, never a mix: lint --fix rewrites migrations and
// convention --write READMEs that others may be reading at that moment.
package atomicfile

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Write gives path the content: it writes a new file beside it and renames
// it over path. An existing file keeps its mode; a new one gets the mode a
// plain create gives (0666 less the umask), which is why the temporary file
// is not made with os.CreateTemp (always 0600). A symbolic link is
// followed and the file it names replaced, so that a link the repository
// tracks (a README shared with docs/) stays a link; a dangling one is an
// error rather than a guess at what it meant.
func Write(path string, content []byte) error {
	if l, err := os.Lstat(path); err == nil && l.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err // its path is a part of the link's
			}
			return &fs.PathError{Op: "follow link", Path: path, Err: err}
		}
		path = target
	}
	info, err := os.Stat(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	tmp, err := create(path)
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(content); err != nil {
		tmp.Close()
		return err
	}
	if info != nil {
		if err := tmp.Chmod(info.Mode().Perm()); err != nil {
			tmp.Close()
			return err
		}
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// create makes a new hidden file beside path, named after it.
func create(path string) (*os.File, error) {
	prefix := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".onehead-")
	for {
		f, err := os.OpenFile(prefix+strconv.FormatUint(rand.Uint64(), 36), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}
