package store

import (
	"context"

	"khuyencong/model"
	"khuyencong/vntext"
)

// Batch is one all-or-nothing write of many records: an import or the
// sample. Everything created or updated through it is committed together
// when WriteBatch's function returns nil, or not at all. A process killed
// half-way leaves nothing behind: bbolt writes a transaction's pages
// elsewhere and switches the meta page last, so an unfinished
// transaction is simply not there on the next open
// (https://github.com/etcd-io/bbolt#transactions).
type Batch struct {
	w       *wtx
	ctx     context.Context
	n       int            // records offered so far, for BatchError.Index
	created []model.Record // for the audit summary
	saved   []savedMeta    // to give callers back their records on failure
}

type savedMeta struct {
	r model.Record
	m model.Meta
	h *model.Meta // where m was, for a stamp undone (wtx.undo)
}

// WriteBatch runs fn in one write transaction. ctx is checked before every
// record: when it is done (Ctrl+C, SIGTERM) the transaction is rolled back
// and WriteBatch returns an error matching ErrCanceled. The creates get
// one audit entry (an import) with note; each update keeps its own entry
// with old → new. Editors and admins.
func (s *Store) WriteBatch(ctx context.Context, a Actor, note string, fn func(b *Batch) error) error {
	if err := s.allow(a, permWrite); err != nil {
		return err
	}
	b := &Batch{ctx: ctx}
	err := s.write(a, permWrite, func(w *wtx) error {
		// A write run again (KVStaleError) starts the batch again.
		b.w, b.n, b.created, b.saved = w, 0, nil, nil
		w.batch = true
		if err := fn(b); err != nil {
			return err
		}
		if err := b.canceled(); err != nil {
			return err
		}
		if len(b.created) == 0 {
			if len(w.changed) == 0 {
				return errNoop
			}
			return nil
		}
		kind, changes := importSummary(b.created)
		return w.audit(AuditEntry{Op: OpImport, Kind: kind, Changes: changes, Note: vntext.CleanText(note)}, false)
	})
	if err != nil {
		for _, sm := range b.saved {
			*sm.r.Header() = sm.m
		}
	}
	return err
}

// canceled is ErrCanceled once the caller's context is done.
func (b *Batch) canceled() error { return Canceled(b.ctx) }

// Canceled is an error matching ErrCanceled, with the context's reason as
// its cause, once ctx is done; nil before. Long work before a batch (reading
// a file) uses it so that the user gets the same message.
func Canceled(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return coded(ErrCanceled, err, MsgStoreCanceled)
	}
	return nil
}

// begin checks the context and the record before it is written; a refused
// record is a *BatchError with its index among the batch's records.
func (b *Batch) begin(r model.Record) error {
	if err := b.canceled(); err != nil {
		return err
	}
	i := b.n
	b.n++
	if err := checkKind(r); err != nil {
		return &BatchError{Index: i, Err: err}
	}
	r.Sanitize()
	if ps := r.Validate(); len(ps) > 0 {
		return &BatchError{Index: i, Err: ps}
	}
	b.saved = append(b.saved, savedMeta{r: r, m: *r.Header()})
	return nil
}

// KeepDeletedRefs lets the batch's records refer to deleted records, as
// an exported database did (a project whose beneficiary was deleted since):
// an import restores the file's references as they were instead of
// refusing them. `check` and the app still show them as deleted.
func (b *Batch) KeepDeletedRefs() { b.w.keepDeletedRefs = true }

// Create stores a new record, which gets its ID, version and timestamps
// in place: a later record of the batch may refer to it. A record whose
// Meta says Deleted is stored deleted (an exported deleted record).
func (b *Batch) Create(r model.Record) error {
	deleted := r.Header().Deleted
	if err := b.begin(r); err != nil {
		return err
	}
	if err := b.w.createAs(r, deleted); err != nil {
		return &BatchError{Index: b.n - 1, Err: err}
	}
	b.created = append(b.created, r)
	return nil
}

// Update saves a changed record read at r.Header().Version; a record
// changed meanwhile is a *ConflictError, an unchanged one writes nothing.
func (b *Batch) Update(r model.Record) error {
	if err := b.begin(r); err != nil {
		return err
	}
	if err := b.w.update(r); err != nil && err != errNoop {
		return &BatchError{Index: b.n - 1, Err: err}
	}
	return nil
}
