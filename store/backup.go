package store

import (
	"fmt"
	"io"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the database to w while it stays in
// use (one read transaction; writers are not blocked) and returns the
// bytes written. The copy opens with Open. Admins only.
func (s *Store) Backup(a Actor, w io.Writer) (int64, error) {
	if err := s.allow(a, permBackup); err != nil {
		return 0, err
	}
	var n int64
	err := guard(s.path, func() error {
		if s.db == nil {
			var err error
			n, err = s.backupCopy(w)
			return err
		}
		return s.db.View(func(tx *bolt.Tx) error {
			var err error
			n, err = tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return n, fmt.Errorf("backup %s: %w", s.path, err)
	}
	return n, nil
}
