package store

import (
	bolt "go.etcd.io/bbolt"
)

// boltKV is the seam over a bbolt file: a thin adapter, each method one
// call of bbolt's.
type boltKV struct{ db *bolt.DB }

func (b boltKV) View(fn func(KVTx) error) error {
	return b.db.View(func(tx *bolt.Tx) error { return fn(boltTx{tx}) })
}

func (b boltKV) Update(fn func(KVTx) error) error {
	return b.db.Update(func(tx *bolt.Tx) error { return fn(boltTx{tx}) })
}

func (b boltKV) Close() error { return b.db.Close() }
func (b boltKV) Name() string { return b.db.Path() }

type boltTx struct{ tx *bolt.Tx }

func (t boltTx) Bucket(name []byte) KVBucket {
	if b := t.tx.Bucket(name); b != nil {
		return boltBucket{b}
	}
	return nil // a nil interface, not a nil *bolt.Bucket in one
}

func (t boltTx) CreateBucketIfNotExists(name []byte) (KVBucket, error) {
	b, err := t.tx.CreateBucketIfNotExists(name)
	if err != nil {
		return nil, err
	}
	return boltBucket{b}, nil
}

func (t boltTx) ForEachBucket(fn func([]byte, KVBucket) error) error {
	return t.tx.ForEach(func(name []byte, b *bolt.Bucket) error { return fn(name, boltBucket{b}) })
}

type boltBucket struct{ b *bolt.Bucket }

func (b boltBucket) Get(k []byte) []byte                      { return b.b.Get(k) }
func (b boltBucket) Put(k, v []byte) error                    { return b.b.Put(k, v) }
func (b boltBucket) Delete(k []byte) error                    { return b.b.Delete(k) }
func (b boltBucket) Cursor() KVCursor                         { return b.b.Cursor() }
func (b boltBucket) ForEach(fn func(k, v []byte) error) error { return b.b.ForEach(fn) }
func (b boltBucket) Sequence() uint64                         { return b.b.Sequence() }
func (b boltBucket) NextSequence() (uint64, error)            { return b.b.NextSequence() }
func (b boltBucket) SetSequence(v uint64) error               { return b.b.SetSequence(v) }
func (b boltBucket) SetFillPercent(p float64)                 { b.b.FillPercent = p }
