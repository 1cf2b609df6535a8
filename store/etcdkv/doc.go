// Package etcdkv keeps the store's buckets in an etcd cluster, so that
// several front ends (`serve` on several machines) share one database
// that survives the loss of a machine.
//
// It implements store.KV below the store: roles, versions, unique keys,
// soft delete and the audit trail stay in package store, the same on
// bbolt and on etcd. The layout under the prefix P:
//
//	P/b/<bucket>         the bucket exists; value: its sequence (8 bytes)
//	P/d/<bucket>/<key>   a value, as bbolt would hold it
//	P/head               the last write transaction's ID
//
// A write transaction reads at the revision the process has caught up
// to, buffers its puts and deletes, and commits them in one etcd Txn that
// also writes P/head, if P/head was not written since that revision
// (https://etcd.io/docs/v3.5/learning/api/#transaction). One key written
// by every transaction serialises the writers of every front end as
// bbolt's single writer does; a transaction that lost the race gets a
// store.KVStaleError, the store applies the other commits and runs the
// write again, so that the record's version check refuses it with the
// usual conflict. A reply lost in the network is resolved by sending the
// same Txn again: its condition fails if the first one applied, and the
// head then holds this transaction's ID, so a write applies at most once
// and is reported saved only once etcd confirmed it.
//
// Each front end follows the others with a watch on P from the revision
// it loaded (https://etcd.io/docs/v3.5/learning/api/#watch-api); a
// revision compacted away means a full reload.
package etcdkv
