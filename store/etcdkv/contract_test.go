package etcdkv_test

import (
	"fmt"
	"testing"

	"khuyencong/store"
	"khuyencong/store/etcdkv"
	"khuyencong/store/etcdkv/etcdtest"
	"khuyencong/store/storetest"
)

// TestContract runs the store's contract on one embedded etcd member, a
// prefix per case.
func TestContract(t *testing.T) {
	c := etcdtest.Start(t, 1)
	n := 0
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		n++
		url := c.URL(fmt.Sprintf("contract%d", n))
		return func() (*store.Store, error) {
			kv, err := etcdkv.Open(url, etcdkv.Security{})
			if err != nil {
				return nil, err
			}
			return store.OpenKV(kv, store.Options{})
		}
	})
}
