//go:build linux

package script

import (
	"cmp"
	"encoding/binary"
	"io/fs"
	"os"
	"slices"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// On trees of 100,000 revision files, system calls are most of the time
// onehead takes: this file makes as few as it can, each as cheap as it can.

// readFile reads a whole file in the fewest system calls: open, read until
// end of file, close. os.ReadFile adds two fstat calls (one to size its
// buffer, one in os.Open to decide whether the file can be polled).
func readFile(name string) ([]byte, error) {
	return readFileAt(unix.AT_FDCWD, name, name, nil, nil)
}

// readFileAt is readFile for the file name in the directory open as dir,
// into buf's memory while it is large enough; path names the file in
// errors. When st is not nil, the open file's status is stored there
// before it is read.
func readFileAt(dir int, name, path string, buf []byte, st *unix.Stat_t) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = unix.Openat(dir, name, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	if st != nil {
		if err := unix.Fstat(fd, st); err != nil {
			return nil, &os.PathError{Op: "fstat", Path: path, Err: err}
		}
	}
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, max(len(buf), 8<<10))
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, &os.PathError{Op: "read", Path: path, Err: err}
		case n == 0:
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

// listDir lists a directory as os.ReadDir does — every entry but . and ..,
// sorted by name, typed from the directory itself (lstat only where the
// file system does not say) — in large reads and without an object per
// entry: a version directory can hold 100,000 files.
func listDir(name string) ([]dirent, error) {
	fd, err := unix.Open(name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	defer unix.Close(fd)
	const (
		reclenOff = unsafe.Offsetof(unix.Dirent{}.Reclen)
		typeOff   = unsafe.Offsetof(unix.Dirent{}.Type)
		nameOff   = unsafe.Offsetof(unix.Dirent{}.Name)
	)
	// Each read is made one string, which the names read slice.
	var (
		out []dirent
		buf = make([]byte, 128<<10)
	)
	for {
		n, err := unix.Getdents(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "readdirent", Path: name, Err: err}
		}
		if n <= 0 {
			break
		}
		text := string(buf[:n])
		for off := 0; n-off > int(nameOff); {
			reclen := int(*(*uint16)(unsafe.Pointer(&buf[off+int(reclenOff)])))
			if reclen <= int(nameOff) || reclen > n-off {
				break
			}
			ent := text[off+int(nameOff) : off+reclen]
			if i := strings.IndexByte(ent, 0); i >= 0 {
				ent = ent[:i]
			}
			typ := buf[off+int(typeOff)]
			off += reclen
			if ent == "." || ent == ".." {
				continue
			}
			mode, ok := direntMode(fd, ent, typ)
			if !ok {
				continue // gone between listing and lstat, as os.ReadDir skips it
			}
			out = append(out, dirent{name: ent, typ: mode})
		}
	}
	sortDirents(out)
	return out, nil
}

// sortDirents sorts entries by name, as os.ReadDir does, comparing the
// first eight bytes of names as one number first: most names differ there,
// and comparing numbers is several times faster than comparing strings.
func sortDirents(entries []dirent) {
	type keyed struct {
		key uint64
		e   dirent
	}
	keys := make([]keyed, len(entries))
	for i, e := range entries {
		var k [8]byte
		copy(k[:], e.name) // names hold no NUL: padding sorts first, as a shorter name does
		keys[i] = keyed{binary.BigEndian.Uint64(k[:]), e}
	}
	slices.SortFunc(keys, func(a, b keyed) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.e.name, b.e.name)
	})
	for i := range keys {
		entries[i] = keys[i].e
	}
}

// direntMode is the type of the entry name in the directory open as dir,
// given its d_type; ok is false if an entry of unknown type is gone.
func direntMode(dir int, name string, typ uint8) (mode fs.FileMode, ok bool) {
	switch typ {
	case unix.DT_DIR:
		return fs.ModeDir, true
	case unix.DT_LNK:
		return fs.ModeSymlink, true
	case unix.DT_UNKNOWN:
		var st unix.Stat_t
		if err := unix.Fstatat(dir, name, &st, unix.AT_SYMLINK_NOFOLLOW); err != nil {
			// Another error leaves the type unknown: the entry is then
			// read as a file, whose reading reports the error.
			return 0, err != syscall.ENOENT
		}
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFDIR:
			return fs.ModeDir, true
		case unix.S_IFLNK:
			return fs.ModeSymlink, true
		}
	}
	return 0, true
}

// fileDirs holds open the directories of the files Load reads, so that
// each file is opened and stat'ed by its name in its directory: the kernel
// then looks up one name instead of the whole path, which on large trees is
// a third of the time a run takes.
type fileDirs struct {
	files []string
	names []string // each file's name in its directory
	dir   []int32  // each file's directory, an index into fds
	fds   []int    // -1 where the directory could not be opened
}

func openFileDirs(files []string) *fileDirs {
	d := &fileDirs{files: files, names: make([]string, len(files)), dir: make([]int32, len(files))}
	index := map[string]int32{}
	var last int32
	lastDir := "\x00"
	for i, f := range files {
		slash := strings.LastIndexByte(f, '/')
		dir, name := f[:slash+1], f[slash+1:]
		// Files come directory by directory: look up only a change.
		if dir != lastDir {
			lastDir = dir
			var ok bool
			if last, ok = index[dir]; !ok {
				fd, err := unix.Open(dir, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
				if err != nil {
					fd = -1
				}
				last = int32(len(d.fds))
				d.fds = append(d.fds, fd)
				index[dir] = last
			}
		}
		d.names[i], d.dir[i] = name, last
	}
	return d
}

// at returns the directory to open file i in and its name there.
func (d *fileDirs) at(i int) (dir int, name string) {
	if fd := d.fds[d.dir[i]]; fd >= 0 {
		return fd, d.names[i]
	}
	return unix.AT_FDCWD, d.files[i]
}

// read reads file i into buf's memory while it is large enough.
func (d *fileDirs) read(i int, buf []byte) ([]byte, error) {
	dir, name := d.at(i)
	return readFileAt(dir, name, d.files[i], buf, nil)
}

// readIdentified is read that also returns the file's identity for the
// cache, taken from the open file before it is read: fstat on the file
// costs a third of what stat by name does (no name to look up), which a
// first run, with nothing cached, pays for every file.
func (d *fileDirs) readIdentified(i int, buf []byte) (src []byte, id FileID, ok bool, err error) {
	dir, name := d.at(i)
	var st unix.Stat_t
	src, err = readFileAt(dir, name, d.files[i], buf, &st)
	return src, fileID(&st), err == nil, err
}

// stat returns file i's identity for the cache.
func (d *fileDirs) stat(i int) (FileID, bool) {
	dir, name := d.at(i)
	var st unix.Stat_t
	if err := unix.Fstatat(dir, name, &st, 0); err != nil {
		return FileID{}, false
	}
	return fileID(&st), true
}

func fileID(st *unix.Stat_t) FileID {
	return FileID{Size: st.Size, Mtime: st.Mtim.Nano(), Ctime: st.Ctim.Nano(), Ino: st.Ino, Dev: uint64(st.Dev)}
}

func (d *fileDirs) close() {
	for _, fd := range d.fds {
		if fd >= 0 {
			unix.Close(fd)
		}
	}
}
