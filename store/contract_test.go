package store_test

import (
	"path/filepath"
	"testing"

	"khuyencong/store"
	"khuyencong/store/storetest"
)

// TestContract runs the store's contract on the bbolt file; store/etcdkv
// runs the same on an etcd cluster.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		path := filepath.Join(t.TempDir(), "k.db")
		return func() (*store.Store, error) { return store.Open(path, store.Options{NoSync: true}) }
	})
}
