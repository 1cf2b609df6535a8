package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Options tune Open.
type Options struct {
	// Timeout is how long to wait for another process to release the file
	// (default 1s); then Open fails with ErrInUse.
	Timeout time.Duration
	// ReadOnly opens with a shared lock; every write fails with ErrReadOnly.
	ReadOnly bool
	// NoSync skips fsync on commit: for bulk loads and tests only, a crash
	// can lose or corrupt the file.
	NoSync bool
}

const (
	defaultTimeout = time.Second
	// initialMmap is mapped up front so that the file can grow to it
	// without remapping, which has to wait for every read transaction.
	initialMmap = 1 << 30
)

// Store is an open khuyencong database with its read model. It is safe
// for concurrent use; one Store serves every session of a server.
type Store struct {
	path string
	kv   KV
	db   *bolt.DB // the file's handle when kv is a bbolt file, else nil
	opt  Options
	now  func() time.Time

	mu     sync.Mutex // orders writes with their publication
	snap   atomic.Pointer[Snapshot]
	users  atomic.Pointer[userIndex]
	feed   feed
	closed atomic.Bool
}

// Open opens or creates the database at path and loads the read model.
// A file held by another process fails after opt.Timeout with ErrInUse; a
// file that is not a khuyencong database or is damaged fails with
// ErrNotDatabase; a layout written by a newer program with ErrSchema.
func Open(path string, opt Options) (*Store, error) { return open(path, opt, currentPlan) }

func open(path string, opt Options, plan schemaPlan) (*Store, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = defaultTimeout
	}
	if _, err := checkHeader(path); err != nil {
		return nil, err
	}
	db, err := openBolt(path, opt)
	if err != nil {
		return nil, err
	}
	s := &Store{path: path, kv: boltKV{db}, db: db, opt: opt, now: time.Now}
	if err := s.start(plan); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// OpenKV opens the store on another backend (an etcd cluster): the same
// checks of the layout as Open, then the read model, then, for a backend
// shared with other writers, the following of their commits (not for a
// read-only store: a command that reads once). Close closes kv.
func OpenKV(kv KV, opt Options) (*Store, error) {
	s := &Store{path: kv.Name(), kv: kv, opt: opt, now: time.Now}
	if err := s.start(currentPlan); err != nil {
		kv.Close()
		return nil, err
	}
	if f, ok := kv.(KVFollower); ok && !opt.ReadOnly {
		notify, err := f.Follow()
		if err != nil {
			kv.Close()
			return nil, fmt.Errorf("follow %s: %w", s.path, err)
		}
		go s.follow(f, notify)
	}
	return s, nil
}

// openBolt opens the file with bbolt, mapping its errors to ours. A panic
// inside bbolt (a damaged freelist page) must not leave the file open and
// locked, so the handle is kept to close it.
func openBolt(path string, opt Options) (*bolt.DB, error) {
	var file *os.File
	bopt := &bolt.Options{
		Timeout:         opt.Timeout,
		ReadOnly:        opt.ReadOnly,
		NoSync:          opt.NoSync,
		FreelistType:    bolt.FreelistMapType,
		InitialMmapSize: initialMmap,
		OpenFile: func(name string, flag int, mode os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, mode)
			file = f
			return f, err
		},
	}
	var db *bolt.DB
	err := guard(path, func() error {
		var err error
		db, err = bolt.Open(path, 0o600, bopt)
		return err
	})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, ErrNotDatabase):
		if file != nil {
			releaseFile(file)
		}
		return nil, err
	case errors.Is(err, berrors.ErrTimeout):
		return nil, coded(ErrInUse, err, MsgStoreInUse, path)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, coded(ErrNotDatabase, err, MsgStoreNotDatabase, path)
	case errors.Is(err, berrors.ErrChecksum):
		return nil, coded(ErrNotDatabase, err, MsgStoreDamaged, path, err.Error())
	}
	return nil, openFailure(path, err)
}

// openFailure says in one sentence, naming the path once, why the file
// could not be opened: bbolt's own error repeats the path as each layer
// wraps it ("open x.db: open x.db: no such file or directory").
func openFailure(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return coded(fs.ErrNotExist, err, MsgStoreNoFolder, path)
	case errors.Is(err, fs.ErrPermission):
		return coded(fs.ErrPermission, err, MsgStoreNoAccess, path)
	}
	inner := err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		inner = pe.Err
	}
	return coded(nil, err, MsgStoreCannotOpen, path, inner.Error())
}

// start checks or upgrades the layout and loads the read model.
func (s *Store) start(plan schemaPlan) error {
	err := guard(s.path, func() error {
		var current bool
		err := s.kv.View(func(tx KVTx) error {
			if s.opt.ReadOnly {
				return checkReadOnly(tx, s.path, plan)
			}
			current = upToDate(tx, plan)
			return nil
		})
		if err != nil || s.opt.ReadOnly || current {
			// An up-to-date file needs no write transaction (and no fsync).
			return err
		}
		return s.prepareKV(plan)
	})
	if err != nil {
		return err
	}
	snap, err := s.load()
	if err != nil {
		return err
	}
	s.snap.Store(snap)
	users, err := s.loadUsers()
	if err != nil {
		return err
	}
	s.users.Store(users)
	// Everything is decoded out of the map; its pages need not stay resident.
	releaseMap(s.db)
	return nil
}

// Close closes the database after any write in progress, and ends every
// subscription. Snapshots taken before stay readable.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Swap(true) {
		return nil
	}
	s.feed.close()
	if err := s.kv.Close(); err != nil {
		return fmt.Errorf("close %s: %w", s.path, err)
	}
	return nil
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// Snapshot returns the current read model: O(1), immutable, shared.
func (s *Store) Snapshot() *Snapshot { return s.snap.Load() }

// prepareKV runs prepare in a write transaction. On a backend shared with
// other front ends, one that started at the same moment may have set the
// database up first: the reads move to its state and prepare runs again
// (and then finds nothing to do).
func (s *Store) prepareKV(plan schemaPlan) error {
	for attempt := 0; ; attempt++ {
		err := s.kv.Update(func(tx KVTx) error { return prepare(tx, s.path, plan) })
		var stale KVStaleError
		if !errors.As(err, &stale) || attempt == maxStale {
			return err
		}
		if err := stale.CatchUp(func([]KVChange) error { return nil }); err != nil {
			return err
		}
	}
}
