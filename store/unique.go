package store

import (
	"fmt"
	"slices"

	"khuyencong/i18n"
	"khuyencong/model"
)

// uniqueKey is a live record's entry in its kind's unique index (see
// storeKinds). Deleted records and empty keys have none.
func uniqueKey(r model.Record) (bucket []byte, key, value, field string) {
	d := recordDesc(r)
	if d == nil || d.index == nil || r.Header().Deleted {
		return nil, "", "", ""
	}
	key, value, field = d.unique(r)
	if key == "" {
		return nil, "", "", ""
	}
	return d.index, key, value, field
}

// reindex moves a record's unique-index entry from its old version to the
// new one, refusing a key another live record holds.
func (w *wtx) reindex(old, new model.Record) error {
	ob, ok, _, _ := uniqueKey(old)
	nb, nk, nv, field := uniqueKey(new)
	id := new.Header().ID
	if nk != "" {
		idx, err := w.bucket(nb)
		if err != nil {
			return err
		}
		if got, ok := keyID(idx.Get([]byte(nk))); ok && got != id {
			return &DuplicateError{Field: field, Value: nv, ID: got}
		}
	}
	if ok != "" && ok != nk {
		idx, err := w.bucket(ob)
		if err != nil {
			return err
		}
		if got, found := keyID(idx.Get([]byte(ok))); found && got == id {
			if err := idx.Delete([]byte(ok)); err != nil {
				return fmt.Errorf("unindex %s: %w", ok, err)
			}
		}
	}
	if nk != "" {
		idx, _ := w.bucket(nb)
		if err := idx.Put([]byte(nk), idKey(id)); err != nil {
			return fmt.Errorf("index %s: %w", nk, err)
		}
	}
	return nil
}

// checkRefs refuses references to records that do not exist. A reference
// the record did not have before must also be live; one it kept may point
// to a record deleted since.
func (w *wtx) checkRefs(old, new model.Record) error {
	d := recordDesc(new)
	if d == nil || new.Header().Deleted {
		return nil
	}
	var had []ref
	if recordDesc(old) == d {
		had = d.refs(old, nil)
	}
	for _, r := range d.refs(new, nil) {
		kept := slices.ContainsFunc(had, func(o ref) bool { return o.to == r.to && o.id == r.id })
		if err := w.ref(r.to, r.id, kept, r.missing); err != nil {
			return err
		}
	}
	return nil
}

func (w *wtx) ref(k model.Kind, id model.ID, kept bool, missing i18n.Key) error {
	b, err := w.records(k)
	if err != nil {
		return err
	}
	raw := b.Get(idKey(id))
	if raw == nil {
		return model.Errorf(missing, id)
	}
	m, err := peekMeta(raw)
	if err != nil {
		return fmt.Errorf("%s #%d: %w", k, id, err)
	}
	if m.Deleted && !kept && !w.keepDeletedRefs {
		return deletedErr(k, id)
	}
	return nil
}

// peekMeta decodes only the Meta at the head of a record.
func peekMeta(raw []byte) (model.Meta, error) {
	var m model.Meta
	r := reader{b: raw}
	r.byte() // format
	r.meta(&m)
	return m, r.err
}
