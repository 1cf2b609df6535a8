package etcdkv

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	"go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	clientv3 "go.etcd.io/etcd/client/v3"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"khuyencong/store"
)

// Update runs fn on the state this process has caught up to and commits
// what it wrote in one etcd Txn, if no other writer committed since; if
// one did, it returns a store.KVStaleError and writes nothing.
func (k *KV) Update(fn func(store.KVTx) error) error {
	t := k.newTx(true)
	err := fn(t)
	if t.err != nil {
		return t.err
	}
	if err != nil {
		return err
	}
	ops := t.ops()
	if len(ops) == 0 {
		return nil
	}
	return k.commit(t.rev, ops)
}

// ops are the transaction's writes, in key order.
func (t *tx) ops() []clientv3.Op {
	var ops []clientv3.Op
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range t.buckets {
			if !yield(n) {
				return
			}
		}
	}) {
		if b := t.buckets[name]; b.dirty {
			ops = append(ops, clientv3.OpPut(t.k.bucketKey(b.name), string(binary.BigEndian.AppendUint64(nil, b.seq))))
		}
	}
	keys := make([]string, 0, len(t.overlay))
	for key := range t.overlay {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	for _, key := range keys {
		if v := *t.overlay[key]; v != nil {
			ops = append(ops, clientv3.OpPut(key, string(v)))
		} else {
			ops = append(ops, clientv3.OpDelete(key))
		}
	}
	return ops
}

// commit sends the writes with the head key, if the head was not written
// after rev. A lost reply (a timeout, a leader change) sends the same Txn
// again until CommitTimeout: the condition makes a second copy fail if
// the first applied, and the head then names this transaction.
func (k *KV) commit(rev int64, ops []clientv3.Op) error { return k.send(rev, ops, k.txnID()) }

// send is commit with the transaction's ID.
func (k *KV) send(rev int64, ops []clientv3.Op, id string) error {
	head := k.headKey()
	ops = append(ops, clientv3.OpPut(head, id))
	deadline := time.Now().Add(k.CommitTimeout)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), k.Timeout)
		resp, err := k.cli.Txn(ctx).
			If(clientv3.Compare(clientv3.ModRevision(head), "<", rev+1)).
			Then(ops...).
			Else(clientv3.OpGet(head)).
			Commit()
		cancel()
		if err == nil {
			return k.committed(resp, id)
		}
		if !retryable(err) {
			return fmt.Errorf("etcd %s: write refused, nothing saved: %w", k.name, err)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("etcd %s: write not confirmed: %w", k.name, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// committed reads a Txn's answer: our write applied (now or by an earlier
// copy of this Txn), or another writer's came first.
func (k *KV) committed(resp *clientv3.TxnResponse, id string) error {
	if resp.Succeeded {
		k.advance(resp.Header.Revision)
		return nil
	}
	var headRev int64
	if rr := resp.Responses[0].GetResponseRange(); rr != nil && len(rr.Kvs) > 0 {
		if string(rr.Kvs[0].Value) == id {
			k.advance(rr.Kvs[0].ModRevision)
			return nil
		}
		headRev = rr.Kvs[0].ModRevision
	}
	k.stale.Add(1)
	return &staleError{k: k, rev: headRev}
}

// advance records that this process's state is at rev (its own commit:
// nothing else was written between, the Txn's condition says so).
func (k *KV) advance(rev int64) {
	for {
		cur := k.rev.Load()
		if rev <= cur || k.rev.CompareAndSwap(cur, rev) {
			return
		}
	}
}

// retryable says whether a failed request may have been lost on the way
// (send it again) rather than refused (too many operations, too large,
// not allowed: sending it again would be refused again).
func retryable(err error) bool {
	switch {
	case errors.Is(err, rpctypes.ErrTooManyOps), errors.Is(err, rpctypes.ErrRequestTooLarge),
		errors.Is(err, rpctypes.ErrPermissionDenied), errors.Is(err, rpctypes.ErrAuthFailed),
		errors.Is(err, rpctypes.ErrDuplicateKey), errors.Is(err, rpctypes.ErrNoSpace):
		return false
	}
	switch status.Code(err) {
	case codes.InvalidArgument, codes.PermissionDenied, codes.Unauthenticated, codes.ResourceExhausted:
		return false
	}
	return true
}

// staleError says another writer committed at rev since this process
// caught up.
type staleError struct {
	k   *KV
	rev int64
}

func (e *staleError) Error() string {
	return fmt.Sprintf("etcd %s: another writer committed at revision %d", e.k.name, e.rev)
}

// CatchUp applies the other writers' commits up to the one that made the
// transaction stale. Before the store follows (while it opens), there is
// no read model to update: the reads simply move to the newest state.
func (e *staleError) CatchUp(apply func([]store.KVChange) error) error {
	if !e.k.isFollowing() {
		_, err := e.k.latest()
		return err
	}
	deadline := time.Now().Add(e.k.CommitTimeout)
	for e.k.rev.Load() < e.rev {
		if err := e.k.Drain(apply); err != nil {
			return err
		}
		if e.k.rev.Load() >= e.rev {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("etcd %s: revision %d did not arrive", e.k.name, e.rev)
		}
		time.Sleep(2 * time.Millisecond)
	}
	return nil
}
