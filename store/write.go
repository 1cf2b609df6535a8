package store

import (
	"khuyencong/model"
)

// Create stores a new record: it assigns the next ID of its kind (dense
// from 1), Version 1 and the timestamps, and updates r in place (also its
// sanitised text). Editors and admins only.
func (s *Store) Create(a Actor, r model.Record) error {
	if err := s.prepareRecord(a, r); err != nil {
		return err
	}
	saved := *r.Header()
	err := s.write(a, permWrite, func(w *wtx) error {
		if err := w.create(r); err != nil {
			return err
		}
		h := r.Header()
		return w.audit(AuditEntry{Op: OpCreate, Kind: r.Kind(), ID: h.ID, Changes: diff(nil, r)}, true)
	})
	if err != nil {
		*r.Header() = saved
	}
	return err
}

// Update saves a changed record. r.Header().Version must be the version
// the caller read; if the record moved on since, Update returns a
// *ConflictError naming who saved it and when. On success r carries the
// new Meta. Saving an unchanged record writes nothing. Editors and admins
// only.
func (s *Store) Update(a Actor, r model.Record) error {
	if err := s.prepareRecord(a, r); err != nil {
		return err
	}
	saved := *r.Header()
	err := s.write(a, permWrite, func(w *wtx) error { return w.update(r) })
	if err != nil {
		*r.Header() = saved
	}
	return err
}

// update writes a changed record read at r.Header().Version, with its own
// audit entry; errNoop when nothing changed (r then carries the stored Meta).
func (w *wtx) update(r model.Record) error {
	saved := *r.Header()
	old, err := w.current(r.Kind(), saved.ID)
	if err != nil {
		return err
	}
	oh := old.Header()
	switch {
	case oh.Version != saved.Version:
		return conflict(oh)
	case oh.Deleted:
		return deletedErr(r.Kind(), oh.ID)
	}
	changes := diff(old, r)
	if len(changes) == 0 {
		*r.Header() = *oh
		return errNoop
	}
	w.stamp(r.Header(), oh.ID, oh.Version+1, oh.CreatedAt, false)
	if err := w.checkRefs(old, r); err != nil {
		return err
	}
	if err := w.checkUnits(old, r); err != nil {
		return err
	}
	if err := w.checkLife(old, r); err != nil {
		return err
	}
	if err := w.checkRules(old, r); err != nil {
		return err
	}
	if err := w.reindex(old, r); err != nil {
		return err
	}
	if err := w.put(r); err != nil {
		return err
	}
	return w.audit(AuditEntry{Op: OpUpdate, Kind: r.Kind(), ID: oh.ID, Changes: changes}, true)
}

// Delete marks a record deleted (soft: it stays, hidden from Live and All,
// and Restore brings it back). version is the version the caller read.
// Admins only.
func (s *Store) Delete(a Actor, k model.Kind, id model.ID, version uint32) error {
	if err := s.allow(a, permDelete); err != nil {
		return err
	}
	return s.write(a, permDelete, func(w *wtx) error {
		old, err := w.current(k, id)
		if err != nil {
			return err
		}
		oh := old.Header()
		switch {
		case oh.Version != version:
			return conflict(oh)
		case oh.Deleted:
			return errNoop
		}
		if err := sheetLocked(w, old); err != nil {
			return err
		}
		r := cloneRecord(old)
		w.stamp(r.Header(), id, oh.Version+1, oh.CreatedAt, true)
		if err := w.reindex(old, r); err != nil {
			return err
		}
		if err := w.put(r); err != nil {
			return err
		}
		return w.audit(AuditEntry{Op: OpDelete, Kind: k, ID: id}, true)
	})
}

// Restore brings a deleted record back, unless its tax code or project
// code has been taken meanwhile (*DuplicateError). Admins only.
func (s *Store) Restore(a Actor, k model.Kind, id model.ID) error {
	if err := s.allow(a, permRestore); err != nil {
		return err
	}
	return s.write(a, permRestore, func(w *wtx) error {
		old, err := w.current(k, id)
		if err != nil {
			return err
		}
		oh := old.Header()
		if !oh.Deleted {
			return errNoop
		}
		if err := sheetLocked(w, old); err != nil {
			return err
		}
		r := cloneRecord(old)
		w.stamp(r.Header(), id, oh.Version+1, oh.CreatedAt, false)
		if err := w.reindex(old, r); err != nil {
			return err
		}
		if err := w.put(r); err != nil {
			return err
		}
		return w.audit(AuditEntry{Op: OpRestore, Kind: k, ID: id}, true)
	})
}

// prepareRecord is what every create and update does before touching the
// file: role, kind, sanitise, validate.
func (s *Store) prepareRecord(a Actor, r model.Record) error {
	if err := s.allow(a, permWrite); err != nil {
		return err
	}
	if err := checkKind(r); err != nil {
		return err
	}
	r.Sanitize()
	if ps := r.Validate(); len(ps) > 0 {
		return ps
	}
	return nil
}

// create stores r under the next ID (no audit: the caller writes one).
func (w *wtx) create(r model.Record) error { return w.createAs(r, false) }

// createAs stores r under the next ID, deleted or not.
func (w *wtx) createAs(r model.Record, deleted bool) error {
	id, err := w.nextID(r.Kind())
	if err != nil {
		return err
	}
	w.stamp(r.Header(), id, 1, w.now, deleted)
	if err := w.checkRefs(nil, r); err != nil {
		return err
	}
	if err := w.checkUnits(nil, r); err != nil {
		return err
	}
	if err := w.checkLife(nil, r); err != nil {
		return err
	}
	if err := w.checkRules(nil, r); err != nil {
		return err
	}
	if err := w.reindex(nil, r); err != nil {
		return err
	}
	return w.put(r)
}
