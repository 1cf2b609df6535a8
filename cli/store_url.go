package cli

import (
	"khuyencong/store"
	"khuyencong/store/etcdkv"
)

// openDB opens the database that --db or --store names: a bbolt file, or
// an etcd cluster (etcd://h1:2379,h2:2379/PREFIX, logged in to as
// etcdctl's ETCDCTL_* variables say).
func openDB(name string, opt store.Options) (*store.Store, error) {
	if !etcdkv.IsURL(name) {
		return store.Open(name, opt)
	}
	kv, err := etcdkv.Open(name, etcdkv.SecurityFromEnv())
	if err != nil {
		return nil, err
	}
	return store.OpenKV(kv, opt)
}

// checkStoreURL refuses a --store that is not an etcd URL with a prefix.
func checkStoreURL(s string) error {
	if _, err := etcdkv.Parse(s); err != nil {
		return usageErr(MsgCLIBadStore, s)
	}
	return nil
}
