//go:build !linux

package store

import bolt "go.etcd.io/bbolt"

// releaseMap is a no-op where madvise is not used.
func releaseMap(*bolt.DB) {}
