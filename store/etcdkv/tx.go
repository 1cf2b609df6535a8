package etcdkv

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	"go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	clientv3 "go.etcd.io/etcd/client/v3"

	"khuyencong/store"
)

// tx is one transaction: reads at rev, and for a write, the puts and
// deletes it will commit.
type tx struct {
	k        *KV
	rev      int64
	writable bool
	err      error              // the first failed read; the transaction fails with it
	buckets  map[string]*bucket // every bucket, once readBuckets ran
	// bucketsRead is set once the buckets were read.
	bucketsRead bool
	overlay     map[string]*[]byte  // full key → value, nil value = deleted
	byBucket    map[string][]string // bucket → its overlay keys, for cursors
}

func (k *KV) newTx(writable bool) *tx {
	return &tx{k: k, rev: k.rev.Load(), writable: writable, buckets: map[string]*bucket{},
		overlay: map[string]*[]byte{}, byBucket: map[string][]string{}}
}

// View runs fn at the revision this process has caught up to: the state
// its read model shows.
func (k *KV) View(fn func(store.KVTx) error) error {
	t := k.newTx(false)
	err := fn(t)
	if t.err != nil {
		return t.err
	}
	return err
}

func (t *tx) fail(err error) {
	if t.err == nil && err != nil {
		t.err = fmt.Errorf("etcd %s: %w", t.k.name, err)
	}
}

// get reads one key at the transaction's revision.
func (t *tx) get(key string) ([]byte, bool) {
	if t.err != nil {
		return nil, false
	}
	resp, err := t.read(key, clientv3.WithRev(t.rev))
	if err != nil {
		t.fail(err)
		return nil, false
	}
	if len(resp.Kvs) == 0 {
		return nil, false
	}
	return nonNil(resp.Kvs[0].Value), true
}

// scan reads up to limit keys of [from, to) at the transaction's revision,
// in key order or reversed.
func (t *tx) scan(from, to string, limit int, desc bool) (keys, vals [][]byte, more bool) {
	if t.err != nil {
		return nil, nil, false
	}
	opts := []clientv3.OpOption{clientv3.WithRange(to), clientv3.WithRev(t.rev), clientv3.WithLimit(int64(limit))}
	if desc {
		opts = append(opts, clientv3.WithSort(clientv3.SortByKey, clientv3.SortDescend))
	}
	resp, err := t.read(from, opts...)
	if err != nil {
		t.fail(err)
		return nil, nil, false
	}
	for _, kv := range resp.Kvs {
		keys, vals = append(keys, kv.Key), append(vals, nonNil(kv.Value))
	}
	return keys, vals, resp.More
}

func (t *tx) Bucket(name []byte) store.KVBucket {
	if b := t.bucket(name); b != nil {
		return b
	}
	return nil
}

func (t *tx) bucket(name []byte) *bucket {
	t.readBuckets()
	return t.buckets[string(name)]
}

// readBuckets reads every bucket's marker and sequence in one range read
// the first time the transaction needs one: a save uses four or five
// buckets, and each would be a round trip to the cluster.
func (t *tx) readBuckets() {
	if t.bucketsRead {
		return
	}
	t.bucketsRead = true
	p := t.k.prefix + "b/"
	for from := p; ; {
		keys, vals, more := t.scan(from, prefixEnd(p), t.k.Page, false)
		for i, key := range keys {
			name := key[len(p):]
			b := &bucket{t: t, name: slices.Clone(name), prefix: t.k.dataPrefix(name)}
			if len(vals[i]) == 8 {
				b.seq = binary.BigEndian.Uint64(vals[i])
			}
			t.buckets[string(name)] = b
		}
		if !more || len(keys) == 0 {
			return
		}
		from = string(keys[len(keys)-1]) + "\x00"
	}
}

func (t *tx) CreateBucketIfNotExists(name []byte) (store.KVBucket, error) {
	if !t.writable {
		return nil, fmt.Errorf("etcd: create bucket %s in a read transaction", name)
	}
	if b := t.bucket(name); b != nil {
		return b, nil
	}
	if t.err != nil {
		return nil, t.err
	}
	b := &bucket{t: t, name: slices.Clone(name), prefix: t.k.dataPrefix(name), dirty: true}
	t.buckets[string(name)] = b
	return b, nil
}

func (t *tx) ForEachBucket(fn func([]byte, store.KVBucket) error) error {
	t.readBuckets()
	if t.err != nil {
		return t.err
	}
	for _, name := range slices.Sorted(maps.Keys(t.buckets)) {
		if err := fn([]byte(name), t.buckets[name]); err != nil {
			return err
		}
	}
	return t.err
}

// bucket is a bucket as the transaction sees it.
type bucket struct {
	t      *tx
	name   []byte
	prefix string // P/d/<bucket>/
	seq    uint64
	dirty  bool              // new, or its sequence changed: written at commit
	gets   int               // single reads so far
	cache  map[string][]byte // the whole bucket, once hot (hotGets)
}

// hotGets is how many single reads of a bucket a transaction makes
// before it reads the whole bucket once instead: `check` reads the tax-code
// index once per facility, an import once per new record, and a round
// trip each would cost a hundred thousand of them.
const hotGets = 64

func (b *bucket) Get(key []byte) []byte {
	full := b.prefix + string(key)
	if v, ok := b.t.overlay[full]; ok {
		return *v
	}
	if b.cache == nil {
		if b.gets++; b.gets == hotGets {
			b.fill()
		}
	}
	if b.cache != nil {
		return b.cache[string(key)]
	}
	v, _ := b.t.get(full)
	return v
}

// fill reads the whole bucket (as etcd holds it at the transaction's
// revision) into the cache.
func (b *bucket) fill() {
	cache := map[string][]byte{}
	c := &cursor{t: b.t, prefix: b.prefix}
	for k, v := c.First(); k != nil; k, v = c.Next() {
		cache[string(k)] = v
	}
	if b.t.err == nil {
		b.cache = cache
	}
}

func (b *bucket) Put(key, value []byte) error { return b.set(key, slices.Clone(value), true) }
func (b *bucket) Delete(key []byte) error     { return b.set(key, nil, false) }

func (b *bucket) set(key, value []byte, put bool) error {
	if !b.t.writable {
		return fmt.Errorf("etcd: write in a read transaction")
	}
	if len(key) == 0 {
		return fmt.Errorf("etcd: empty key in %s", b.name)
	}
	if put && value == nil {
		value = []byte{} // a present, empty value
	}
	full := b.prefix + string(key)
	if _, seen := b.t.overlay[full]; !seen {
		b.t.byBucket[string(b.name)] = append(b.t.byBucket[string(b.name)], string(key))
	}
	b.t.overlay[full] = &value
	return nil
}

func (b *bucket) Sequence() uint64 { return b.seq }

func (b *bucket) NextSequence() (uint64, error) {
	if err := b.SetSequence(b.seq + 1); err != nil {
		return 0, err
	}
	return b.seq, nil
}

func (b *bucket) SetSequence(v uint64) error {
	if !b.t.writable {
		return fmt.Errorf("etcd: write in a read transaction")
	}
	b.seq, b.dirty = v, true
	return nil
}

func (b *bucket) SetFillPercent(float64) {}

func (b *bucket) ForEach(fn func(k, v []byte) error) error {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return b.t.err
}

// Cursor reads pages from etcd; in a write transaction that changed the
// bucket, it merges those changes in.
func (b *bucket) Cursor() store.KVCursor {
	base := &cursor{t: b.t, prefix: b.prefix}
	keys := b.t.byBucket[string(b.name)]
	if len(keys) == 0 {
		return base
	}
	ov := make([]entry, 0, len(keys))
	for _, k := range keys {
		ov = append(ov, entry{key: []byte(k), val: *b.t.overlay[b.prefix+k]})
	}
	slices.SortFunc(ov, func(x, y entry) int { return bytes.Compare(x.key, y.key) })
	return &merged{b: b, base: base, ov: ov}
}

// nonNil keeps an empty value present: gRPC decodes it as nil, which the
// store would take for a missing key.
func nonNil(v []byte) []byte {
	if v == nil {
		return []byte{}
	}
	return v
}

// read is a Get at the transaction's revision. A revision is immutable, so
// any member that has applied it answers the same as the leader: the read
// is first served by the member the client talks to (serializable, no
// round of the leader's), and only a member still behind that revision
// passes it on (linearizable).
func (t *tx) read(key string, opts ...clientv3.OpOption) (*clientv3.GetResponse, error) {
	ctx, cancel := context.WithTimeout(context.Background(), t.k.Timeout)
	defer cancel()
	resp, err := t.k.cli.Get(ctx, key, append(opts, clientv3.WithSerializable())...)
	if errors.Is(err, rpctypes.ErrFutureRev) {
		resp, err = t.k.cli.Get(ctx, key, opts...)
	}
	return resp, err
}
