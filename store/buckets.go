package store

import (
	"encoding/binary"

	"khuyencong/model"
)

// Bucket layout. Records are keyed by their ID in big-endian so that a
// cursor walks them in ID order; each record bucket's sequence is the last
// ID it gave out.
var (
	bucketMeta     = []byte("meta")
	bucketTaxIdx   = []byte("idx_tax_code")     // tax code → facility ID (live only)
	bucketCodeIdx  = []byte("idx_project_code") // folded code → project ID (live only)
	bucketAudit    = []byte("audit")            // sequence → entry
	bucketAuditRec = []byte("audit_by_record")  // kind, ID, sequence → empty
	bucketUsers    = []byte("users")            // name → user
	bucketKeyIdx   = []byte("idx_key")          // key fingerprint → user name
	bucketSettings = []byte("settings")         // "settings" → settings

	keyMagic    = []byte("magic")
	keySchema   = []byte("schema")
	keySettings = []byte("settings")
	appMagic    = []byte("khuyencong")
)

// Each kind of record has a bucket named as model's registry names the
// kind ("facility"), and maybe a unique index; storeKinds lists them.

// allBuckets are the buckets of a database of this program: created with a
// new one, and on opening one written before a kind was added (which is
// why a new kind needs no migration of its own).
var allBuckets = bucketsOf(storeKinds())

func bucketsOf(kinds []*kindDesc) [][]byte {
	bs := [][]byte{bucketMeta, bucketAudit, bucketAuditRec, bucketUsers, bucketKeyIdx, bucketSettings, bucketUnits}
	for _, d := range kinds {
		bs = append(bs, d.bucket)
		if d.index != nil {
			bs = append(bs, d.index)
		}
	}
	return bs
}

// kindBucket is the bucket of a kind the store keeps records of, nil for
// any other.
func kindBucket(k model.Kind) []byte {
	if d := descOf(k); d != nil {
		return d.bucket
	}
	return nil
}

func idKey(id model.ID) []byte { return binary.BigEndian.AppendUint32(make([]byte, 0, 4), uint32(id)) }

func keyID(k []byte) (model.ID, bool) {
	if len(k) != 4 {
		return 0, false
	}
	return model.ID(binary.BigEndian.Uint32(k)), true
}

func seqKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, 8), seq) }

// recKey is an audit_by_record key; a prefix of kind and ID finds a
// record's history without scanning the trail.
func recKey(k model.Kind, id model.ID, seq uint64) []byte {
	b := make([]byte, 0, 13)
	b = append(b, byte(k))
	b = binary.BigEndian.AppendUint32(b, uint32(id))
	return binary.BigEndian.AppendUint64(b, seq)
}
