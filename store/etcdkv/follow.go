package etcdkv

import (
	"context"
	"errors"
	"time"

	"go.etcd.io/etcd/api/v3/mvccpb"
	"go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	clientv3 "go.etcd.io/etcd/client/v3"

	"khuyencong/store"
)

// Follow starts a watch on the prefix from the revision after the one
// this process caught up to. The channel gets a value whenever commits of
// others wait for Drain; Close closes it.
func (k *KV) Follow() (<-chan struct{}, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.following {
		return nil, errors.New("etcd: already following")
	}
	ctx, cancel := context.WithCancel(context.Background())
	k.following, k.stop, k.notify = true, cancel, make(chan struct{}, 1)
	go k.watch(ctx, k.rev.Load()+1)
	return k.notify, nil
}

func (k *KV) isFollowing() bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.following
}

// watch queues every revision of the prefix from rev on, and a progress
// mark when the cluster says nothing of ours changed up to its revision
// (so that reads move past revisions a compaction may remove). A watch
// that fails is started again from the revision after the last one seen;
// a compacted one queues a reload from the newest revision.
func (k *KV) watch(ctx context.Context, rev int64) {
	defer func() {
		k.mu.Lock()
		close(k.notify)
		k.notify = nil
		k.mu.Unlock()
	}()
	for ctx.Err() == nil {
		wctx, wcancel := context.WithCancel(clientv3.WithRequireLeader(ctx))
		wch := k.cli.Watch(wctx, k.prefix, clientv3.WithPrefix(), clientv3.WithRev(rev), clientv3.WithProgressNotify())
		for wr := range wch {
			if wr.CompactRevision != 0 || errors.Is(wr.Err(), rpctypes.ErrCompacted) {
				rev = k.queueReload(ctx)
				break
			}
			if wr.Err() != nil {
				break
			}
			if wr.IsProgressNotify() {
				k.push(commit{rev: wr.Header.Revision, progress: true})
				continue
			}
			for _, c := range k.group(wr.Events) {
				k.push(c)
				rev = c.rev + 1
			}
		}
		wcancel() // a watch left by a break would stay open
		if ctx.Err() == nil {
			time.Sleep(100 * time.Millisecond) // the cluster lost its leader or this member
		}
	}
}

// queueReload queues a reload at the newest revision and returns the one
// to watch from next.
func (k *KV) queueReload(ctx context.Context) int64 {
	for ctx.Err() == nil {
		c, cancel := context.WithTimeout(ctx, k.Timeout)
		resp, err := k.cli.Get(c, k.headKey())
		cancel()
		if err == nil {
			k.push(commit{rev: resp.Header.Revision, reload: true})
			return resp.Header.Revision + 1
		}
		time.Sleep(100 * time.Millisecond)
	}
	return 0
}

// group splits a watch response's events into commits, one per revision.
func (k *KV) group(evs []*clientv3.Event) []commit {
	var out []commit
	for _, ev := range evs {
		r := ev.Kv.ModRevision
		if len(out) == 0 || out[len(out)-1].rev != r {
			out = append(out, commit{rev: r})
		}
		bucket, key, ok := k.split(ev.Kv.Key)
		if !ok {
			continue
		}
		c := change{bucket: bucket, key: key}
		if ev.Type == mvccpb.PUT {
			c.value = nonNil(ev.Kv.Value)
		}
		out[len(out)-1].changes = append(out[len(out)-1].changes, c)
	}
	return out
}

func (k *KV) push(c commit) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.queue = append(k.queue, c)
	if k.notify == nil {
		return // closed
	}
	select {
	case k.notify <- struct{}{}:
	default:
	}
}

// Drain applies the queued commits of other writers in order, skipping
// those this process already has (its own). After a compaction it moves
// the reads to the newest revision and returns store.ErrKVReload; the
// commits queued after stay for the next Drain.
func (k *KV) Drain(apply func([]store.KVChange) error) error {
	for {
		k.mu.Lock()
		if len(k.queue) == 0 {
			k.mu.Unlock()
			return nil
		}
		c := k.queue[0]
		k.queue = k.queue[1:]
		k.mu.Unlock()
		switch {
		case c.reload:
			k.rev.Store(c.rev)
			k.reloads.Add(1)
			k.push(commit{rev: c.rev, progress: true}) // wake the store for what follows
			return store.ErrKVReload
		case c.rev <= k.rev.Load():
			continue
		case c.progress:
		default:
			// The store may read the rest of what changed (the users,
			// the unit table) at this commit's revision.
			k.rev.Store(c.rev)
			if err := apply(c.public()); err != nil {
				// The read model missed a commit: build it again at it.
				k.reloads.Add(1)
				return store.ErrKVReload
			}
		}
		k.rev.Store(c.rev)
	}
}

func (c commit) public() []store.KVChange {
	out := make([]store.KVChange, len(c.changes))
	for i, ch := range c.changes {
		out[i] = store.KVChange{Bucket: ch.bucket, Key: ch.key, Value: ch.value}
	}
	return out
}
