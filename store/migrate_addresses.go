package store

import (
	"bytes"
	"fmt"

	"khuyencong/model"
)

// migrateAddresses rewrites every facility from layout 1 to 2: what the
// record held as its address (commune, district, province as written)
// becomes the address before 1/7/2025, unchanged; the units in force since
// are filled in later by `units convert` or by a person. Rows are rewritten
// in chunks so that the cursor never walks a page it just changed.
func migrateAddresses(tx KVTx) error {
	b := tx.Bucket([]byte(model.KindFacility.String()))
	if b == nil {
		return nil
	}
	const chunk = 4096
	var from []byte
	for {
		keys, vals, err := migrateChunk(b, from, chunk)
		if err != nil {
			return err
		}
		for i := range keys {
			if err := b.Put(keys[i], vals[i]); err != nil {
				return fmt.Errorf("facility %x: %w", keys[i], err)
			}
		}
		if len(keys) < chunk {
			return nil
		}
		from = keys[len(keys)-1]
	}
}

// migrateChunk converts up to n rows after the key from (from the first
// when nil).
func migrateChunk(b KVBucket, from []byte, n int) (keys, vals [][]byte, err error) {
	c := b.Cursor()
	k, v := c.First()
	if from != nil {
		if k, v = c.Seek(from); k != nil && bytes.Equal(k, from) {
			k, v = c.Next()
		}
	}
	for ; k != nil && len(keys) < n; k, v = c.Next() {
		if len(v) > 0 && v[0] != fmtFacilityV1 {
			continue // already rewritten (a migration retried)
		}
		var f model.Facility
		if err := decodeFacilityV1(newReader(v), &f); err != nil {
			return nil, nil, fmt.Errorf("facility %x: %w", k, err)
		}
		w := writer{}
		encodeFacility(&w, &f)
		keys = append(keys, bytes.Clone(k))
		vals = append(vals, w.b)
	}
	return keys, vals, nil
}
