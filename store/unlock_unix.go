//go:build unix

package store

import (
	"os"
	"syscall"
)

// releaseFile drops bbolt's lock and closes the file after bbolt panicked
// inside Open. Closing alone is not enough: the memory map bbolt made
// keeps the file, and with it the lock, alive.
func releaseFile(f *os.File) {
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	_ = f.Close()
}
