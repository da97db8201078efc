//go:build unix

package script

import (
	"os"
	"sync"
	"syscall"
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

// statFile returns a file's identity for the cache.
func statFile(name string) (FileID, bool) {
	var st syscall.Stat_t
	if err := syscall.Stat(name, &st); err != nil {
		return FileID{}, false
	}
	return FileID{Size: st.Size, Mtime: st.Mtim.Nano(), Ctime: st.Ctim.Nano(), Ino: st.Ino, Dev: uint64(st.Dev)}, true
}
