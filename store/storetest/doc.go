// Package storetest is the contract of package store, written once and
// run on every backend: the bbolt file (store's own tests) and an etcd
// cluster (store/etcdkv's). It uses only the store's public API, so that
// what it checks (versions and conflicts, unique codes, roles, soft
// delete, the audit entry of each write, all-or-nothing batches,
// settings, users, what a reopened database holds) is what every caller
// of the store can rely on, whichever backend is below.
package storetest
