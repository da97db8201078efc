//go:build linux

package script

import (
	"os"
	"path/filepath"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// readBuffers are scratch space for readFile, one per reading goroutine.
var readBuffers = sync.Pool{New: func() any { return new([64 << 10]byte) }}

// readFile reads a whole file in the fewest system calls: open, read until
// end of file, close. os.ReadFile adds two fstat calls (one to size its
// buffer, one in os.Open to decide whether the file can be polled); on trees
// of 100,000 revision files, system calls are most of the time onehead takes.
func readFile(name string) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	buf := readBuffers.Get().(*[64 << 10]byte)
	defer readBuffers.Put(buf)
	var out []byte
	for {
		n, err := syscall.Read(fd, buf[:])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, &os.PathError{Op: "read", Path: name, Err: err}
		case n == 0:
			if out == nil {
				out = []byte{}
			}
			return out, nil
		}
		out = append(out, buf[:n]...)
	}
}

// stat returns a file's identity for the cache. Files are stat'ed relative
// to their directory, kept open for the run: the kernel then resolves one
// name instead of the whole path, which is a third of a cached run.
func (c *Cache) stat(name string) (FileID, bool) {
	dir, base := filepath.Split(name)
	c.mu.Lock()
	fd, ok := c.dirs[dir]
	if !ok {
		var err error
		fd, err = syscall.Open(dir, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
		if err != nil {
			fd = -1
		}
		if c.dirs == nil {
			c.dirs = map[string]int{}
		}
		c.dirs[dir] = fd
	}
	c.mu.Unlock()
	var st unix.Stat_t
	var err error
	if fd >= 0 {
		err = unix.Fstatat(fd, base, &st, 0)
	} else {
		err = unix.Stat(name, &st)
	}
	if err != nil {
		return FileID{}, false
	}
	return FileID{Size: st.Size, Mtime: st.Mtim.Nano(), Ctime: st.Ctim.Nano(), Ino: st.Ino, Dev: uint64(st.Dev)}, true
}

// closeDirs closes the directories stat kept open.
func (c *Cache) closeDirs() {
	for dir, fd := range c.dirs {
		if fd >= 0 {
			syscall.Close(fd)
		}
		delete(c.dirs, dir)
	}
}
