package store

import (
	"encoding/binary"
	"strings"

	"khuyencong/model"
)

func (c *checker) meta(tx KVTx) {
	b := tx.Bucket(bucketMeta)
	if b == nil {
		c.add(MsgCheckBucket, string(bucketMeta))
		return
	}
	if string(b.Get(keyMagic)) != string(appMagic) {
		c.add(MsgCheckMeta, "magic")
	}
	if v := b.Get(keySchema); len(v) != 4 || binary.BigEndian.Uint32(v) != schemaVersion {
		c.add(MsgCheckMeta, "schema")
	}
}

// records walks a kind's bucket: keys, decoding, IDs, density, unique keys,
// and the references to check once every kind is read.
func (c *checker) records(tx KVTx, k model.Kind) {
	b := tx.Bucket(kindBucket(k))
	if b == nil {
		c.add(MsgCheckBucket, string(kindBucket(k)))
		return
	}
	seq := b.Sequence()
	if seq > 1<<32 {
		c.add(MsgCheckSequence, c.kind(k), 0, seq)
		return
	}
	state := make([]byte, seq+1)
	c.state[k] = state
	count := uint64(0)
	cur := b.Cursor()
	for key, val := cur.First(); key != nil; key, val = cur.Next() {
		count++
		id, ok := keyID(key)
		if !ok || id == 0 || uint64(id) > seq {
			c.add(MsgCheckKey, c.kind(k), key)
			continue
		}
		r, err := decodeRecord(k, val)
		if err != nil {
			state[id] = recBroken
			c.add(MsgCheckDecode, c.kind(k), id, err.Error())
			continue
		}
		h := r.Header()
		if h.ID != id {
			c.add(MsgCheckIDMismatch, c.kind(k), id, h.ID)
		}
		state[id] = recDeleted
		if !h.Deleted {
			state[id] = recLive
			c.live[k]++
		}
		c.record(tx, k, r)
	}
	for id := uint64(1); id <= seq; id++ {
		if state[id] == recMissing {
			c.add(MsgCheckGap, c.kind(k), id)
		}
	}
	if count != seq {
		c.add(MsgCheckSequence, c.kind(k), count, seq)
	}
}

// record checks one decoded record's unique key and notes its references.
func (c *checker) record(tx KVTx, k model.Kind, r model.Record) {
	id := r.Header().ID
	if bucket, key, value, _ := uniqueKey(r); key != "" {
		seen := c.unique[string(bucket)]
		if seen == nil {
			seen = map[string]model.ID{}
			c.unique[string(bucket)] = seen
		}
		if other, dup := seen[key]; dup {
			c.add(MsgCheckDuplicate, c.kind(k), other, id, value)
		} else {
			seen[key] = id
		}
		if idx := tx.Bucket(bucket); idx == nil {
			c.add(MsgCheckBucket, string(bucket))
		} else if got, ok := keyID(idx.Get([]byte(key))); !ok || got != id {
			c.add(MsgCheckIndexMissing, c.kind(k), id, value)
		}
	}
	if r.Header().Deleted {
		return
	}
	if f, ok := r.(*model.Facility); ok && c.units != nil {
		if err := addressProblems(c.units, &f.Address, &model.Address{}); err != nil {
			c.add(MsgCheckAddress, c.kind(k), id, model.Localize(err, c.lang))
		}
	}
	for _, to := range recordDesc(r).refs(r, nil) {
		c.refs = append(c.refs, reference{k, to.to, id, to.id})
	}
}

// index checks that every entry of a unique index names the live record
// holding that key.
func (c *checker) index(tx KVTx, bucket []byte) {
	idx := tx.Bucket(bucket)
	if idx == nil {
		return
	}
	seen := c.unique[string(bucket)]
	_ = idx.ForEach(func(key, val []byte) error {
		id, ok := keyID(val)
		if !ok || seen[string(key)] != id {
			c.add(MsgCheckIndexStale, string(bucket), string(key), id)
		}
		return nil
	})
}

func (c *checker) references() {
	for _, r := range c.refs {
		st := c.state[r.to]
		switch {
		case int(r.toID) >= len(st) || st[r.toID] == recMissing:
			c.add(MsgCheckRef, c.kind(r.from), r.fromID, c.kind(r.to), r.toID)
		case st[r.toID] == recDeleted:
			// Not damage, but a report would count a beneficiary that is
			// no longer on the register (issue 18): restore it or change
			// the record that names it.
			c.add(MsgCheckRefDeleted, c.kind(r.from), r.fromID, c.kind(r.to), r.toID)
		}
	}
}

func (c *checker) audit(tx KVTx) {
	b := tx.Bucket(bucketAudit)
	if b == nil {
		c.add(MsgCheckBucket, string(bucketAudit))
		return
	}
	c.auditSeq = b.Sequence()
	count := uint64(0)
	_ = b.ForEach(func(key, val []byte) error {
		count++
		if len(key) != 8 {
			c.add(MsgCheckKey, c.lang.T(MsgStoreKindAudit), key)
			return nil
		}
		seq := binary.BigEndian.Uint64(key)
		e, err := decodeAudit(val)
		switch {
		case err != nil:
			c.add(MsgCheckAudit, seq, err.Error())
		case e.Seq != seq:
			c.add(MsgCheckAudit, seq, "sequence")
		}
		return nil
	})
	if count != c.auditSeq {
		c.add(MsgCheckSequence, c.lang.T(MsgStoreKindAudit), count, c.auditSeq)
	}
	if idx := tx.Bucket(bucketAuditRec); idx != nil {
		_ = idx.ForEach(func(key, _ []byte) error {
			if len(key) != 13 || b.Get(key[5:]) == nil {
				c.add(MsgCheckKey, string(bucketAuditRec), key)
			}
			return nil
		})
	}
}

func (c *checker) users(tx KVTx) {
	b, keys := tx.Bucket(bucketUsers), tx.Bucket(bucketKeyIdx)
	if b == nil || keys == nil {
		c.add(MsgCheckBucket, string(bucketUsers))
		return
	}
	owners := map[string]string{}
	_ = b.ForEach(func(name, val []byte) error {
		u, err := decodeUser(val)
		switch {
		case err != nil:
			c.add(MsgCheckUser, string(name), err.Error())
			return nil
		case u.Name != string(name):
			c.add(MsgCheckUser, string(name), "name")
		}
		for _, k := range u.Keys {
			owners[k.Fingerprint] = u.Name
			if string(keys.Get([]byte(k.Fingerprint))) != u.Name {
				c.add(MsgCheckIndexMissing, string(bucketKeyIdx), 0, k.Fingerprint)
			}
		}
		return nil
	})
	_ = keys.ForEach(func(fp, name []byte) error {
		if owners[string(fp)] != string(name) {
			c.add(MsgCheckIndexStale, string(bucketKeyIdx), string(fp), 0)
		}
		return nil
	})
}

func (c *checker) settings(tx KVTx) {
	b := tx.Bucket(bucketSettings)
	if b == nil {
		c.add(MsgCheckBucket, string(bucketSettings))
		return
	}
	raw := b.Get(keySettings)
	if raw == nil {
		return
	}
	st, err := decodeSettings(raw)
	if err != nil {
		c.add(MsgCheckSettings, err.Error())
		return
	}
	if ps := st.Validate(); len(ps) > 0 {
		c.add(MsgCheckSettings, strings.TrimSpace(ps.In(c.lang)))
	}
}
