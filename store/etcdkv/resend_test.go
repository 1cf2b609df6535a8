package etcdkv

import (
	"context"
	"testing"

	clientv3 "go.etcd.io/etcd/client/v3"

	"khuyencong/store/etcdkv/etcdtest"
)

// TestResentWriteAppliesOnce: a write whose reply was lost is sent again
// with the same ID. When the first copy had applied, the second finds the
// head naming it and reports success without writing again; when another
// writer came between, it reports a stale write.
func TestResentWriteAppliesOnce(t *testing.T) {
	c := etcdtest.Start(t, 1)
	cli := c.Client()
	k, err := New(cli, "resend", "")
	if err != nil {
		t.Fatal(err)
	}
	rev := k.Revision()
	ops := []clientv3.Op{clientv3.OpPut(k.dataPrefix([]byte("b"))+"x", "1")}
	// The first copy applies; its reply is "lost" (we ignore it).
	if err := k.send(rev, ops, "first"); err != nil {
		t.Fatal(err)
	}
	if err := k.send(rev, ops, "first"); err != nil {
		t.Fatalf("the resent copy: %v", err)
	}
	resp, err := cli.Get(context.Background(), k.dataPrefix([]byte("b"))+"x")
	if err != nil || len(resp.Kvs) != 1 || resp.Kvs[0].Version != 1 {
		t.Fatalf("the key was written %d times (%v)", resp.Kvs[0].Version, err)
	}
	// Another transaction from the same old revision is stale.
	err = k.send(rev, ops, "second")
	if _, ok := err.(*staleError); !ok {
		t.Fatalf("a write from an old revision: %v", err)
	}
}
