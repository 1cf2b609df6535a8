package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"time"

	"khuyencong/model"
)

// Change is one field's old and new value, as text.
type Change struct{ Field, Old, New string }

// AuditEntry is one committed write. The trail is append-only: no method
// edits or removes an entry.
type AuditEntry struct {
	Seq     uint64
	At      time.Time
	Actor   string
	Op      Op
	Kind    model.Kind
	ID      model.ID
	Changes []Change
	Note    string
}

// AuditQuery filters the trail; zero fields do not filter. From is
// inclusive, To exclusive; Before pages back (entries with Seq < Before);
// Limit 0 means no limit.
type AuditQuery struct {
	Kind   model.Kind
	ID     model.ID
	Actor  string
	From   time.Time
	To     time.Time
	Before uint64
	Limit  int
}

// audit appends the write's entry and makes it the write's event. With
// byRecord it is also indexed under its record, for per-record history.
func (w *wtx) audit(e AuditEntry, byRecord bool) error {
	b, err := w.bucket(bucketAudit)
	if err != nil {
		return err
	}
	b.SetFillPercent(1) // keys only ever grow
	seq, err := b.NextSequence()
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	e.Seq, e.At, e.Actor = seq, w.now, w.actor
	if err := b.Put(seqKey(seq), encodeAudit(&e)); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	if byRecord && e.ID != 0 {
		idx, err := w.bucket(bucketAuditRec)
		if err != nil {
			return err
		}
		if err := idx.Put(recKey(e.Kind, e.ID, seq), []byte{}); err != nil {
			return fmt.Errorf("audit index: %w", err)
		}
	}
	w.seq = seq
	w.ev = Event{Seq: seq, Op: e.Op, Kind: e.Kind, ID: e.ID, Actor: w.actor, At: w.now}
	return nil
}

// Audit returns the entries that match q, newest first. Admins only. With
// Kind and ID set it reads the record's index instead of the whole trail.
func (s *Store) Audit(a Actor, q AuditQuery) ([]AuditEntry, error) {
	if err := s.allow(a, permAudit); err != nil {
		return nil, err
	}
	var out []AuditEntry
	err := guard(s.path, func() error {
		return s.kv.View(func(tx KVTx) error {
			trail := tx.Bucket(bucketAudit)
			if trail == nil {
				return nil
			}
			keep := func(raw []byte) bool {
				e, err := decodeAudit(raw)
				if err == nil && q.match(&e) { // a damaged entry is Check's to report
					out = append(out, e)
				}
				return q.Limit > 0 && len(out) >= q.Limit
			}
			if q.Kind != 0 && q.ID != 0 {
				q.byRecord(tx, trail, keep)
			} else {
				q.scan(trail, keep)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("audit %s: %w", s.path, err)
	}
	return out, nil
}

func (q *AuditQuery) match(e *AuditEntry) bool {
	return (q.Kind == 0 || e.Kind == q.Kind) && (q.ID == 0 || e.ID == q.ID) &&
		(q.Actor == "" || e.Actor == q.Actor) &&
		(q.From.IsZero() || !e.At.Before(q.From)) && (q.To.IsZero() || e.At.Before(q.To))
}

// scan walks the trail backwards from Before until keep says stop.
func (q *AuditQuery) scan(trail KVBucket, keep func([]byte) bool) {
	c := trail.Cursor()
	k, v := c.Last()
	if q.Before > 0 {
		k, v = c.Seek(seqKey(q.Before))
		if k == nil {
			k, v = c.Last()
		}
		if k != nil && binary.BigEndian.Uint64(k) >= q.Before {
			k, v = c.Prev()
		}
	}
	for k != nil && !keep(v) {
		k, v = c.Prev()
	}
}

// byRecord walks one record's index backwards until keep says stop.
func (q *AuditQuery) byRecord(tx KVTx, trail KVBucket, keep func([]byte) bool) {
	idx := tx.Bucket(bucketAuditRec)
	if idx == nil {
		return
	}
	prefix := recKey(q.Kind, q.ID, 0)[:5]
	end := uint64(1<<64 - 1)
	if q.Before > 0 {
		end = q.Before - 1
	}
	c := idx.Cursor()
	last := recKey(q.Kind, q.ID, end)
	k, _ := c.Seek(last)
	if k == nil {
		k, _ = c.Last()
	}
	if k != nil && bytes.Compare(k, last) > 0 {
		k, _ = c.Prev()
	}
	for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
		if v := trail.Get(k[5:]); v != nil && keep(v) {
			return
		}
	}
}
