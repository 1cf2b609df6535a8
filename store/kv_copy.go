package store

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// CopyKV copies every bucket of src, keys, values and sequence, into dst
// in one write transaction of dst: all or nothing. dst must hold no
// bucket yet (a new file, an unused etcd prefix). progress, if not nil, is
// called with the number of keys copied so far, every few thousand. A
// done ctx (Ctrl+C) rolls the copy back with an error matching
// ErrCanceled.
func CopyKV(ctx context.Context, dst, src KV, progress func(n int)) error {
	return src.View(func(from KVTx) error {
		return dst.Update(func(to KVTx) error {
			used := false
			if err := to.ForEachBucket(func([]byte, KVBucket) error { used = true; return nil }); err != nil {
				return fmt.Errorf("read %s: %w", dst.Name(), err)
			}
			if used {
				return coded(ErrNotDatabase, nil, MsgStoreTargetUsed, dst.Name())
			}
			n := 0
			return from.ForEachBucket(func(name []byte, b KVBucket) error {
				return copyBucket(ctx, to, name, b, &n, progress)
			})
		})
	})
}

func copyBucket(ctx context.Context, to KVTx, name []byte, b KVBucket, n *int, progress func(int)) error {
	nb, err := to.CreateBucketIfNotExists(name)
	if err != nil {
		return fmt.Errorf("create bucket %s: %w", name, err)
	}
	nb.SetFillPercent(1) // keys arrive in order
	err = b.ForEach(func(k, v []byte) error {
		if err := nb.Put(k, v); err != nil {
			return fmt.Errorf("copy %s %x: %w", name, k, err)
		}
		if *n++; *n%4096 == 0 {
			if err := Canceled(ctx); err != nil {
				return err
			}
			if progress != nil {
				progress(*n)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := nb.SetSequence(b.Sequence()); err != nil {
		return fmt.Errorf("copy %s sequence: %w", name, err)
	}
	return nil
}

// OpenBoltKV opens (or creates) a bbolt file as a bare KV, without the
// store's checks or read model: the target or source of a migration.
func OpenBoltKV(path string, opt Options) (KV, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = defaultTimeout
	}
	db, err := openBolt(path, opt)
	if err != nil {
		return nil, err
	}
	return boltKV{db}, nil
}

// KV is the store's backend, for a migration or a copy that reads it
// whole: the caller must not write through it.
func (s *Store) KV() KV { return s.kv }

// backupCopy is Backup for a backend that is not a bbolt file: the data is
// copied into a new bbolt file, which is then written to w, so that a
// backup always opens with the plain app.
func (s *Store) backupCopy(w io.Writer) (int64, error) {
	dir, err := os.MkdirTemp("", "khuyencong-backup-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "backup.db")
	db, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true})
	if err != nil {
		return 0, err
	}
	if err := CopyKV(context.Background(), boltKV{db}, s.kv, nil); err != nil {
		db.Close()
		return 0, err
	}
	if err := db.Close(); err != nil {
		return 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return io.Copy(w, f)
}
