package store

import (
	"errors"
	"fmt"
	"math"
	"time"

	"khuyencong/dvhc"
	"khuyencong/model"
	"khuyencong/vntext"
)

// wtx is one write transaction and what it will publish after commit.
type wtx struct {
	s     *Store
	tx    KVTx
	now   time.Time
	actor string
	role  model.Role // the actor's role now, for the checks of a project's life
	// lives is each project's steps as this transaction sees them
	// (stepsOf); syncing is set while a step updates its project.
	lives   map[model.ID][]*model.Step
	syncing bool
	changed []model.Record // committed copies for the read model, in order
	set     *model.Settings
	units   *dvhc.Table // the unit table, when the write replaced it
	users   *userIndex
	seq     uint64
	ev      Event
	// keepDeletedRefs lets new references name deleted records (an import
	// of an export that had them).
	keepDeletedRefs bool
	// who is the actor, for the rules that depend on the role; batch is
	// set in a WriteBatch and publishing while a round is published.
	who        Actor
	batch      bool
	publishing bool
	undo       []savedMeta // the Meta each stamp replaced, in order
}

// errNoop ends a write that would change nothing: nothing is written,
// audited or published, and the caller gets nil.
var errNoop = errors.New("no change")

// fillRecords packs record buckets fuller than bbolt's default half: IDs
// only grow, so pages are appended to, rarely split in the middle.
const fillRecords = 0.9

// write runs fn in one write transaction of the backend, then publishes what it
// changed to the read model and the feed. Writes are serialised by s.mu so
// that snapshots follow commit order. The actor's permission for p is
// checked again under s.mu: a user removed or demoted while their form was
// open is refused here, whatever the role their session carries.
func (s *Store) write(a Actor, p perm, fn func(w *wtx) error) error {
	if s.opt.ReadOnly {
		return coded(ErrReadOnly, nil, MsgStoreReadOnly)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return coded(ErrClosed, nil, MsgStoreClosed)
	}
	var w *wtx
	var err error
	for attempt := 0; ; attempt++ {
		if w, err = s.attempt(a, p, fn); err == nil || attempt == maxStale {
			break
		}
		var stale KVStaleError
		if !errors.As(err, &stale) {
			break
		}
		// Another front end committed first: give the caller's records
		// back their Meta, take the other commits into the read model and
		// run fn again on the new state.
		for i := len(w.undo) - 1; i >= 0; i-- {
			*w.undo[i].h = w.undo[i].m
		}
		if err := s.drain(stale.CatchUp); err != nil {
			return err
		}
	}
	if errors.Is(err, errNoop) {
		return nil
	}
	if err != nil {
		return err
	}
	if w.units != nil {
		return s.unitsReplaced(w)
	}
	e := s.snap.Load().edit()
	for _, r := range w.changed {
		e.apply(r)
	}
	s.snap.Store(e.done(w.seq, w.set))
	if w.users != nil {
		s.users.Store(w.users)
	}
	s.feed.send(w.ev)
	return nil
}

// maxStale bounds how often a write is run again because other front
// ends kept committing first.
const maxStale = 16

// attempt checks the actor and runs fn once in a write transaction.
func (s *Store) attempt(a Actor, p perm, fn func(w *wtx) error) (*wtx, error) {
	if err := s.allow(a, p); err != nil {
		return nil, err
	}
	// Microseconds, UTC: what the codec keeps, so the published record
	// equals the one a reload decodes.
	w := &wtx{s: s, now: s.now().UTC().Truncate(time.Microsecond), actor: vntext.CleanLine(a.Name), who: a}
	if cur, err := s.Current(a); err == nil {
		w.role = cur.Role
	}
	return w, s.kv.Update(func(tx KVTx) error {
		w.tx = tx
		return fn(w)
	})
}

func (w *wtx) bucket(name []byte) (KVBucket, error) {
	b := w.tx.Bucket(name)
	if b == nil {
		return nil, coded(ErrNotDatabase, nil, MsgStoreDamaged, w.s.path, "bucket "+string(name))
	}
	return b, nil
}

func (w *wtx) records(k model.Kind) (KVBucket, error) {
	name := kindBucket(k)
	if name == nil {
		return nil, badKind(k)
	}
	b, err := w.bucket(name)
	if err == nil {
		b.SetFillPercent(fillRecords)
	}
	return b, err
}

// current decodes the stored record.
func (w *wtx) current(k model.Kind, id model.ID) (model.Record, error) {
	b, err := w.records(k)
	if err != nil {
		return nil, err
	}
	raw := b.Get(idKey(id))
	if raw == nil {
		return nil, notFound(k, id)
	}
	r, err := decodeRecord(k, raw)
	if err != nil {
		return nil, fmt.Errorf("%s #%d: %w", k, id, err)
	}
	return r, nil
}

// nextID takes the kind's next ID; a failed transaction gives it back, so
// IDs stay dense.
func (w *wtx) nextID(k model.Kind) (model.ID, error) {
	b, err := w.records(k)
	if err != nil {
		return 0, err
	}
	id, err := b.NextSequence()
	if err != nil {
		return 0, fmt.Errorf("next %s id: %w", k, err)
	}
	if id > math.MaxUint32 {
		return 0, model.Errorf(MsgStoreTooMany, k.String())
	}
	return model.ID(id), nil
}

// put stores the record and keeps a decoded copy of what was stored for
// the read model, so that readers never share the caller's object.
func (w *wtx) put(r model.Record) error {
	b, err := w.records(r.Kind())
	if err != nil {
		return err
	}
	raw, err := encodeRecord(r)
	if err != nil {
		return err
	}
	id := r.Header().ID
	if err := b.Put(idKey(id), raw); err != nil {
		return fmt.Errorf("save %s #%d: %w", r.Kind(), id, err)
	}
	c, err := decodeRecord(r.Kind(), raw)
	if err != nil {
		return fmt.Errorf("save %s #%d: %w", r.Kind(), id, err)
	}
	w.changed = append(w.changed, c)
	return w.afterPut(c)
}

// stamp sets the store-owned fields of a new version.
// The caller's Meta is kept so that a write run again (KVStaleError)
// starts from the record the caller gave.
func (w *wtx) stamp(h *model.Meta, id model.ID, version uint32, created time.Time, deleted bool) {
	w.undo = append(w.undo, savedMeta{m: *h, h: h})
	*h = model.Meta{ID: id, Version: version, Deleted: deleted, CreatedAt: created, UpdatedAt: w.now, UpdatedBy: w.actor}
}

func conflict(cur *model.Meta) error {
	return &ConflictError{By: cur.UpdatedBy, At: cur.UpdatedAt, Version: cur.Version}
}
