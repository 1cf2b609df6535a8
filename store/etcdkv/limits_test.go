package etcdkv_test

import (
	"context"
	"strings"
	"testing"

	"go.etcd.io/etcd/server/v3/embed"

	"khuyencong/store"
	"khuyencong/store/etcdkv/etcdtest"
	"khuyencong/store/storetest"
)

// TestBatchAboveEtcdLimits: on members with etcd's default limits (128
// operations a transaction), an import too big for one Txn is refused
// whole, says so, and leaves nothing; a small one still saves.
func TestBatchAboveEtcdLimits(t *testing.T) {
	c := etcdtest.StartWith(t, 1, func(cfg *embed.Config) {
		cfg.MaxTxnOps, cfg.MaxRequestBytes = embed.DefaultMaxTxnOps, embed.DefaultMaxRequestBytes
	})
	s := openFront(t, c, "limits")
	batch := func(n int) error {
		return s.WriteBatch(context.Background(), editor, "", func(b *store.Batch) error {
			for range n {
				if err := b.Create(storetest.Facility("Cơ sở nhập")); err != nil {
					return err
				}
			}
			return nil
		})
	}
	err := batch(200)
	if err == nil || !strings.Contains(err.Error(), "refused, nothing saved") || !strings.Contains(err.Error(), "too many operations") {
		t.Fatalf("a batch of 200 on 128 operations: %v", err)
	}
	if s.Snapshot().Facilities().Len() != 0 || s.Snapshot().Seq != 0 {
		t.Fatal("the refused batch left something in the read model")
	}
	fresh := openFront(t, c, "limits")
	if fresh.Snapshot().Facilities().Len() != 0 {
		t.Fatal("the refused batch left records in etcd")
	}
	if err := batch(20); err != nil {
		t.Fatalf("a batch of 20: %v", err)
	}
}
