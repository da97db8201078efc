//go:build !linux

package script

import "os"

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }

func listDir(name string) ([]dirent, error) {
	entries, err := os.ReadDir(name)
	return dirents(entries), err
}

// fileDirs reads the files Load reads by their paths.
type fileDirs struct{ files []string }

func openFileDirs(files []string) *fileDirs { return &fileDirs{files: files} }

func (d *fileDirs) read(i int, _ []byte) ([]byte, error) { return os.ReadFile(d.files[i]) }

// readIdentified reads file i without an identity (ok is false).
func (d *fileDirs) readIdentified(i int, buf []byte) (src []byte, id FileID, ok bool, err error) {
	src, err = d.read(i, buf)
	return src, FileID{}, false, err
}

// stat reports no identity: without one, nothing is cached.
func (d *fileDirs) stat(int) (FileID, bool) { return FileID{}, false }

func (d *fileDirs) close() {}
