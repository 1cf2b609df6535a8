package store

import (
	"fmt"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// uniqueKey is a live record's entry in a unique index: a facility's tax
// code, a project's code folded (so "KCĐP-1" and "kcdp-1" clash). Deleted
// records and empty tax codes have none.
func uniqueKey(r model.Record) (bucket []byte, key, value, field string) {
	if r == nil || r.Header().Deleted {
		return nil, "", "", ""
	}
	switch v := r.(type) {
	case *model.Facility:
		if v.TaxCode != "" {
			return bucketTaxIdx, v.TaxCode, v.TaxCode, "tax_code"
		}
	case *model.Project:
		if v.Code != "" {
			return bucketCodeIdx, vntext.Fold(v.Code), v.Code, "code"
		}
	}
	return nil, "", "", ""
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
	if new.Header().Deleted {
		return nil
	}
	switch v := new.(type) {
	case *model.Project:
		had := map[model.ID]bool{}
		if o, ok := old.(*model.Project); ok {
			for _, f := range o.Beneficiaries {
				had[f] = true
			}
		}
		for _, f := range v.Beneficiaries {
			if err := w.ref(model.KindFacility, f, had[f], model.MsgStoreBeneficiary); err != nil {
				return err
			}
		}
	case *model.Payment:
		kept := false
		if o, ok := old.(*model.Payment); ok {
			kept = o.Project == v.Project
		}
		return w.ref(model.KindProject, v.Project, kept, model.MsgStorePaymentOwner)
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
	if m.Deleted && !kept {
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
