// Package etcdtest starts real etcd members in the test's process
// (go.etcd.io/etcd/server/v3/embed) on 127.0.0.1 and free ports, with
// their data in the test's temporary directory: one member, or a cluster
// of three whose members a test can stop and start again.
package etcdtest
