package store

import (
	"fmt"

	"khuyencong/model"
)

// NominateWinners puts a published round's certified entries forward to a
// round of a higher level (TT 26/2014/TT-BCT: a higher level takes products
// holding a valid lower-level certificate, on the nominating authority's
// list), in one write: each gets an entry in the target round with its
// certificate as the lower-level one, and is marked nominated. An entry
// already nominated there is not copied twice. The target must be of a
// higher level and not yet published. Editors and admins; audited.
func (s *Store) NominateWinners(a Actor, from, to model.ID) (int, error) {
	if err := s.allow(a, permWrite); err != nil {
		return 0, err
	}
	n := 0
	err := s.write(a, permWrite, func(w *wtx) error {
		var err error
		n, err = w.nominate(from, to)
		return err
	})
	return n, err
}

func (w *wtx) nominate(fromID, toID model.ID) (int, error) {
	from, to, err := w.nominationRounds(fromID, toID)
	if err != nil {
		return 0, err
	}
	var winners []*model.Entry
	already := map[[2]string]bool{} // facility, product already in the target
	err = w.scan(model.KindEntry, func(r model.Record) {
		e := r.(*model.Entry)
		switch {
		case e.Deleted:
		case e.Round == to.ID:
			already[[2]string{fmt.Sprint(e.Facility), e.Product}] = true
		case e.Round == from.ID && e.Certified():
			winners = append(winners, e)
		}
	})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range winners {
		if already[[2]string{fmt.Sprint(e.Facility), e.Product}] {
			continue
		}
		n++
		next := &model.Entry{Code: fmt.Sprintf("%s-%s", to.Code, e.Code), Round: to.ID, Facility: e.Facility,
			Product: e.Product, Group: e.Group, LowerCert: e.CertNo,
			Notes: fmt.Sprintf("%s %s", from.Code, e.Code)}
		if err := w.createAudited(next); err != nil {
			return 0, err
		}
		if !e.Nominated {
			up := *e
			up.Nominated = true
			if err := w.update(&up); err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

func (w *wtx) nominationRounds(fromID, toID model.ID) (*model.Round, *model.Round, error) {
	get := func(id model.ID) (*model.Round, error) {
		r, err := w.current(model.KindRound, id)
		if err != nil {
			return nil, err
		}
		if r.Header().Deleted {
			return nil, deletedErr(model.KindRound, id)
		}
		return r.(*model.Round), nil
	}
	from, err := get(fromID)
	if err != nil {
		return nil, nil, err
	}
	to, err := get(toID)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case from.Status != model.RoundPublished:
		return nil, nil, model.Errorf(MsgStoreNominateUnpublished, from.Code)
	case to.Level <= from.Level:
		return nil, nil, model.Errorf(MsgStoreNominateLevel, to.Code, from.Code)
	case to.Status == model.RoundPublished:
		return nil, nil, model.Errorf(MsgStoreAlreadyPublished, to.Code)
	}
	return from, to, nil
}

// createAudited creates a record inside a write, as Create does: cleaned,
// validated, stored and audited.
func (w *wtx) createAudited(r model.Record) error {
	r.Sanitize()
	if ps := r.Validate(); len(ps) > 0 {
		return ps
	}
	if err := w.create(r); err != nil {
		return err
	}
	h := r.Header()
	return w.audit(AuditEntry{Op: OpCreate, Kind: r.Kind(), ID: h.ID, Changes: diff(nil, r)}, true)
}
