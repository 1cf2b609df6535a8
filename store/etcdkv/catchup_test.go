package etcdkv_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"

	"khuyencong/store"
	"khuyencong/store/etcdkv"
	"khuyencong/store/etcdkv/etcdtest"
	"khuyencong/store/storetest"
)

// TestFrontEndCatchesUp: a front end cut off the cluster while another
// front end writes catches up from its revision when it is back (no
// reload); when the revisions it missed were compacted meanwhile, it
// loads everything again.
func TestFrontEndCatchesUp(t *testing.T) {
	c := etcdtest.Start(t, 3)
	a := openFront(t, c, "catch")
	// b talks to member 2 only, through a connection the test can cut.
	proxy := etcdtest.NewProxy(t, c.Members[2].ClientURL.Host)
	kvB, err := etcdkv.Open(etcdkv.Scheme+proxy.Addr+"/catch", etcdkv.Security{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := store.OpenKV(kvB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	saveWhileAway := func(from int) {
		proxy.Cut()
		for i := range 20 {
			if err := a.Create(editor, storetest.Facility(fmt.Sprintf("Cơ sở %d", from+i))); err != nil {
				t.Fatal(err)
			}
		}
	}
	waitFor := func(n int) {
		t.Helper()
		t0 := time.Now()
		defer func() { t.Logf("waited %v for %d", time.Since(t0).Round(time.Millisecond), n) }()
		deadline := time.Now().Add(20 * time.Second)
		for b.Snapshot().Facilities().Len() != n && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if got := b.Snapshot().Facilities().Len(); got != n {
			t.Fatalf("b holds %d facilities, want %d", got, n)
		}
	}
	saveWhileAway(0)
	proxy.Restore()
	waitFor(20)
	if kvB.Reloads() != 0 {
		t.Fatalf("b reloaded %d times while its revisions were there", kvB.Reloads())
	}
	saveWhileAway(20)
	cli := c.Client()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	resp, err := cli.Get(ctx, "x")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cli.Compact(ctx, resp.Header.Revision, clientv3Physical()...); err != nil {
		t.Fatal(err)
	}
	proxy.Restore()
	waitFor(40)
	if kvB.Reloads() != 1 {
		t.Fatalf("b reloaded %d times after a compaction, want 1", kvB.Reloads())
	}
	if b.Snapshot().Seq != a.Snapshot().Seq {
		t.Fatalf("audit sequence b %d, a %d", b.Snapshot().Seq, a.Snapshot().Seq)
	}
}

func clientv3Physical() []clientv3.CompactOption {
	return []clientv3.CompactOption{clientv3.WithCompactPhysical()}
}
