package store

import (
	"context"
	"fmt"

	"khuyencong/model"
)

// CreateMany stores many new records in one transaction, all or nothing,
// with one audit entry (an import): a WriteBatch of creates that cannot be
// cancelled, for callers that hold the records already (tests, fixtures).
// Records are created in order, so a project may name facilities created
// earlier in the same call. A refused record is reported as a *BatchError
// with its index. Editors and admins.
func (s *Store) CreateMany(a Actor, rs []model.Record, note string) error {
	if len(rs) == 0 {
		return s.allow(a, permWrite)
	}
	return s.WriteBatch(context.Background(), a, note, func(b *Batch) error {
		for _, r := range rs {
			if err := b.Create(r); err != nil {
				return err
			}
		}
		return nil
	})
}

// importSummary says what an import created: per kind, how many and the ID
// range (IDs of one kind in one transaction are consecutive). The kind is
// 0 when several were imported.
func importSummary(rs []model.Record) (model.Kind, []Change) {
	type span struct {
		n      int
		lo, hi model.ID
	}
	spans := map[model.Kind]*span{}
	var kind model.Kind
	for i, r := range rs {
		k, id := r.Kind(), r.Header().ID
		if i == 0 {
			kind = k
		} else if k != kind {
			kind = 0
		}
		sp := spans[k]
		if sp == nil {
			sp = &span{lo: id}
			spans[k] = sp
		}
		sp.n++
		sp.hi = id
	}
	var cs []Change
	for _, k := range model.Kinds {
		if sp := spans[k]; sp != nil {
			cs = append(cs, Change{Field: k.String(), New: fmt.Sprintf("%d: #%d–#%d", sp.n, sp.lo, sp.hi)})
		}
	}
	return kind, cs
}
