//go:build linux

package store

import (
	"os"
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// releaseMap drops the pages of the database map from this process's
// resident set once the read model holds everything: the file stays in the
// page cache and bbolt faults pages back in when a write needs them. At a
// million records this is a few hundred megabytes of resident memory.
func releaseMap(db *bolt.DB) {
	if db == nil {
		return // not a bbolt file
	}
	fi, err := os.Stat(db.Path())
	if err != nil || fi.Size() == 0 {
		return
	}
	// The map is read-only and shared with the file, so dropping it loses
	// nothing. A failure only leaves the pages resident.
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, db.Info().Data, uintptr(fi.Size()), syscall.MADV_DONTNEED)
}
