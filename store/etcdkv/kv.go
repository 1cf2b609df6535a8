package etcdkv

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// KV is a store.KV on an etcd cluster, under one prefix.
type KV struct {
	cli    *clientv3.Client
	own    bool   // cli was made by Open and is closed by Close
	prefix string // "P/"
	name   string
	// Timeout bounds one request; a write whose reply was lost is sent
	// again until CommitTimeout has passed.
	Timeout, CommitTimeout time.Duration
	// Page is how many keys one range read returns.
	Page int

	rev     atomic.Int64 // the revision this process has caught up to
	reloads atomic.Int64 // how often the history was compacted under us
	stale   atomic.Int64 // how often a write found another's commit first

	mu        sync.Mutex
	queue     []commit // other writers' commits, from the watch
	following bool
	notify    chan struct{}
	stop      context.CancelFunc
	closed    bool
	idBase    string
	idN       atomic.Uint64
}

// commit is one revision seen by the watch: the changes of another
// writer, a progress mark (nothing of ours changed up to rev), or a
// reload after a compaction.
type commit struct {
	rev      int64
	changes  []change
	progress bool
	reload   bool
}

type change struct{ bucket, key, value []byte }

// New uses cli for the data under prefix (without a trailing slash), for
// tests and for a caller that made its own client. Close does not close
// cli.
func New(cli *clientv3.Client, prefix, name string) (*KV, error) {
	prefix = strings.TrimSuffix(prefix, "/")
	if prefix == "" {
		return nil, fmt.Errorf("etcd: empty prefix")
	}
	var id [8]byte
	if _, err := rand.Read(id[:]); err != nil {
		return nil, err
	}
	k := &KV{cli: cli, prefix: prefix + "/", name: name, Timeout: 5 * time.Second,
		CommitTimeout: 30 * time.Second, Page: 2000, idBase: hex.EncodeToString(id[:])}
	if k.name == "" {
		k.name = "etcd:" + prefix
	}
	if _, err := k.latest(); err != nil {
		return nil, err
	}
	return k, nil
}

// Name says which cluster and prefix, for messages.
func (k *KV) Name() string { return k.name }

// Close stops following and, if Open made the client, closes it.
func (k *KV) Close() error {
	k.mu.Lock()
	if k.closed {
		k.mu.Unlock()
		return nil
	}
	k.closed = true
	if k.stop != nil {
		k.stop()
	}
	k.mu.Unlock()
	if k.own {
		return k.cli.Close()
	}
	return nil
}

// Reloads says how often the read model had to be built again because
// the revisions it missed were compacted away.
func (k *KV) Reloads() int64 { return k.reloads.Load() }

// Stale says how often a write found that another front end had
// committed first (and was run again by the store).
func (k *KV) Stale() int64 { return k.stale.Load() }

// Revision is the etcd revision this process has caught up to.
func (k *KV) Revision() int64 { return k.rev.Load() }

// latest moves the reads to the cluster's newest revision.
func (k *KV) latest() (int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), k.Timeout)
	defer cancel()
	resp, err := k.cli.Get(ctx, k.headKey())
	if err != nil {
		return 0, fmt.Errorf("etcd %s: %w", k.name, err)
	}
	k.rev.Store(resp.Header.Revision)
	return resp.Header.Revision, nil
}

func (k *KV) headKey() string                 { return k.prefix + "head" }
func (k *KV) bucketKey(name []byte) string    { return k.prefix + "b/" + string(name) }
func (k *KV) dataPrefix(bucket []byte) string { return k.prefix + "d/" + string(bucket) + "/" }

// txnID names one write transaction in the head key: unique per process
// and write.
func (k *KV) txnID() string { return fmt.Sprintf("%s-%d", k.idBase, k.idN.Add(1)) }

// split is the bucket and key of a data key, ok false for the other keys.
func (k *KV) split(key []byte) (bucket, rest []byte, ok bool) {
	s := key[len(k.prefix):]
	if len(s) < 2 || s[0] != 'd' || s[1] != '/' {
		return nil, nil, false
	}
	s = s[2:]
	for i, c := range s {
		if c == '/' {
			return s[:i], s[i+1:], true
		}
	}
	return nil, nil, false
}

// prefixEnd is the first key after every key starting with p.
func prefixEnd(p string) string { return clientv3.GetPrefixRangeEnd(p) }
