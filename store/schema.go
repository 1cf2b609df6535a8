package store

import (
	"encoding/binary"
	"fmt"
)

// schemaVersion is the layout this program writes. A database with an
// older layout is upgraded at Open by the migrations, in one transaction;
// one with a newer layout is refused.
const schemaVersion = 2

// migration upgrades a database from layout From to From+1.
type migration struct {
	From uint32
	Run  func(tx KVTx) error
}

// migrations lists every upgrade, oldest first; a change of a record
// format adds one that rewrites the bucket.
var migrations = []migration{
	{From: 1, Run: migrateAddresses}, // two-level addresses (1/7/2025)
}

// schemaPlan is the layout to reach and how; tests pass their own.
type schemaPlan struct {
	version    uint32
	migrations []migration
}

var currentPlan = schemaPlan{version: schemaVersion, migrations: migrations}

// prepare makes a new file a khuyencong database, or checks that an
// existing one is one and brings its layout up to date.
func prepare(tx KVTx, path string, plan schemaPlan) error {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return initialize(tx, path, plan)
	}
	v, err := checkMeta(meta, path, plan)
	if err != nil {
		return err
	}
	for v < plan.version {
		m, ok := findMigration(plan.migrations, v)
		if !ok {
			return coded(ErrSchema, nil, MsgStoreSchemaNoPath, path, v)
		}
		if err := m.Run(tx); err != nil {
			return fmt.Errorf("upgrade %s from layout %d: %w", path, v, err)
		}
		v++
		if err := meta.Put(keySchema, schemaBytes(v)); err != nil {
			return fmt.Errorf("upgrade %s: %w", path, err)
		}
	}
	return ensureBuckets(tx)
}

// checkReadOnly is prepare for a read-only open: nothing can be written, so
// a new or outdated file is refused.
func checkReadOnly(tx KVTx, path string, plan schemaPlan) error {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return coded(ErrNotDatabase, nil, MsgStoreNotDatabase, path)
	}
	v, err := checkMeta(meta, path, plan)
	if err != nil {
		return err
	}
	if v < plan.version {
		return coded(ErrSchema, nil, MsgStoreSchemaRO, path, v, plan.version)
	}
	return nil
}

// upToDate reports whether the file is a khuyencong database of the plan's
// layout with every bucket, so that prepare has nothing to do.
func upToDate(tx KVTx, plan schemaPlan) bool {
	meta := tx.Bucket(bucketMeta)
	if meta == nil || string(meta.Get(keyMagic)) != string(appMagic) ||
		string(meta.Get(keySchema)) != string(schemaBytes(plan.version)) {
		return false
	}
	for _, name := range allBuckets {
		if tx.Bucket(name) == nil {
			return false
		}
	}
	return true
}

func checkMeta(meta KVBucket, path string, plan schemaPlan) (uint32, error) {
	if string(meta.Get(keyMagic)) != string(appMagic) {
		return 0, coded(ErrNotDatabase, nil, MsgStoreForeign, path)
	}
	raw := meta.Get(keySchema)
	if len(raw) != 4 {
		return 0, coded(ErrNotDatabase, nil, MsgStoreDamaged, path, "schema")
	}
	v := binary.BigEndian.Uint32(raw)
	if v > plan.version {
		return 0, coded(ErrSchema, nil, MsgStoreSchemaNewer, path, v, plan.version)
	}
	return v, nil
}

// initialize sets up an empty bbolt file; one that already holds other
// buckets belongs to another program.
func initialize(tx KVTx, path string, plan schemaPlan) error {
	foreign := false
	if err := tx.ForEachBucket(func([]byte, KVBucket) error { foreign = true; return nil }); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if foreign {
		return coded(ErrNotDatabase, nil, MsgStoreForeign, path)
	}
	if err := ensureBuckets(tx); err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	if err := meta.Put(keyMagic, appMagic); err != nil {
		return fmt.Errorf("initialise %s: %w", path, err)
	}
	if err := meta.Put(keySchema, schemaBytes(plan.version)); err != nil {
		return fmt.Errorf("initialise %s: %w", path, err)
	}
	return seedRules(tx)
}

func ensureBuckets(tx KVTx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

func findMigration(ms []migration, from uint32) (migration, bool) {
	for _, m := range ms {
		if m.From == from {
			return m, true
		}
	}
	return migration{}, false
}

func schemaBytes(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
