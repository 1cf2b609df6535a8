package store

// The storage seam. The store keeps its records, indexes, audit trail,
// users and settings in named buckets of ordered byte keys, each bucket
// with a sequence, as bbolt does; KV is exactly what it needs of a
// storage engine. Roles, versions, unique keys, soft delete and the audit
// entry stay in the store, above the seam, so that every backend keeps
// the same guarantees. The bbolt file is one backend (kv_bolt.go); an etcd
// cluster is another (package store/etcdkv).

// KV is a transactional store of buckets.
type KV interface {
	// View runs fn in a read transaction: one consistent state.
	View(fn func(KVTx) error) error
	// Update runs fn in a write transaction, committed when fn returns nil
	// and rolled back (nothing written) when it returns an error. Writes
	// are serialised.
	Update(fn func(KVTx) error) error
	Close() error
	// Name says where the data is, for messages ("k.db", "etcd://…/p").
	Name() string
}

// KVTx is one transaction. A bucket's values are valid until the
// transaction ends.
type KVTx interface {
	// Bucket is the named bucket, nil if there is none.
	Bucket(name []byte) KVBucket
	CreateBucketIfNotExists(name []byte) (KVBucket, error)
	// ForEachBucket calls fn with the name of every bucket, in order.
	ForEachBucket(fn func(name []byte, b KVBucket) error) error
}

// KVBucket is an ordered map of byte keys with a sequence.
type KVBucket interface {
	Get(key []byte) []byte
	Put(key, value []byte) error
	Delete(key []byte) error
	Cursor() KVCursor
	// ForEach calls fn for every key in order; an error stops it.
	ForEach(fn func(k, v []byte) error) error
	Sequence() uint64
	NextSequence() (uint64, error)
	SetSequence(v uint64) error
	// SetFillPercent is a page-packing hint (bbolt's FillPercent) that
	// other backends ignore.
	SetFillPercent(p float64)
}

// KVCursor walks a bucket in key order; a nil key means past either end.
type KVCursor interface {
	First() (k, v []byte)
	Last() (k, v []byte)
	Seek(key []byte) (k, v []byte)
	Next() (k, v []byte)
	Prev() (k, v []byte)
}

// KVChange is one key written by a commit: Value nil means deleted.
type KVChange struct {
	Bucket, Key, Value []byte
}

// KVFollower is a backend shared with other writers (other front ends of
// one cluster). Follow starts following their commits and returns a
// channel that receives a value whenever some are waiting, and is closed
// by Close; Drain then applies those waiting, each as the list of what it
// changed, in commit order. The store calls Drain under its write lock,
// so that the read model follows commit order. A backend that can no
// longer deliver every commit (its history was compacted) returns
// ErrKVReload from Drain after moving its reads to its newest state.
type KVFollower interface {
	Follow() (<-chan struct{}, error)
	Drain(apply func([]KVChange) error) error
}

// KVStaleError is what a following backend's Update returns when another
// writer committed since this process last caught up: the store applies
// those commits with CatchUp and runs the write again, so that the
// record's version check sees the other write and refuses with the usual
// ConflictError.
type KVStaleError interface {
	error
	CatchUp(apply func([]KVChange) error) error
}

func emptyBucket(b KVBucket) bool {
	k, _ := b.Cursor().First()
	return k == nil
}
