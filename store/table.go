package store

import (
	"iter"
	"sync"

	"khuyencong/model"
)

// Table is one record kind of a Snapshot. Row i holds ID i+1 (IDs are
// dense); deleted rows stay, with Deleted set. A Table never changes: a
// write makes a new one that shares every untouched chunk.
type Table[T any] struct {
	rows vec[*T]
	text vec[string]
	live int
	hdr  func(*T) *model.Meta

	liveOnce sync.Once
	liveRows []int32 // LiveRows, made on first use
}

// Len is the number of rows, deleted ones included.
func (t *Table[T]) Len() int { return t.rows.n }

// Live is the number of rows not deleted.
func (t *Table[T]) Live() int { return t.live }

// At returns row i (0 <= i < Len), never nil. The record is shared by every
// reader: do not modify it; copy it to edit.
func (t *Table[T]) At(i int) *T { return t.rows.at(i) }

// Get returns the record with the ID, deleted or not (check Deleted); ok
// is false when no record has the ID.
func (t *Table[T]) Get(id model.ID) (*T, bool) {
	if id == 0 || int(id) > t.rows.n {
		return nil, false
	}
	return t.rows.at(int(id) - 1), true
}

// Text is row i's search text: the searchable fields folded with
// model.Fold and joined by " | ".
func (t *Table[T]) Text(i int) string { return t.text.at(i) }

// All yields the live rows in ID order.
func (t *Table[T]) All() iter.Seq[*T] {
	return func(yield func(*T) bool) {
		for ci, c := range t.rows.chunks {
			n := min(chunkSize, t.rows.n-ci*chunkSize)
			for _, p := range c[:n] {
				if !t.hdr(p).Deleted && !yield(p) {
					return
				}
			}
		}
	}
}

// LiveRows returns the row numbers of the live rows (not deleted), in ID
// order. It is computed on first use, once per Table, and the same slice is
// returned to every caller, so every session showing the table unsorted
// and unfiltered shares one list instead of holding 4 bytes per row each.
// The slice is shared and read-only: do not modify it.
func (t *Table[T]) LiveRows() []int32 {
	t.liveOnce.Do(func() {
		rows := make([]int32, 0, t.live)
		for ci, c := range t.rows.chunks {
			base := ci * chunkSize
			n := min(chunkSize, t.rows.n-base)
			for j, p := range c[:n] {
				if !t.hdr(p).Deleted {
					rows = append(rows, int32(base+j))
				}
			}
		}
		t.liveRows = rows
	})
	return t.liveRows
}

// tableEdit builds the next Table from the current one.
type tableEdit[T any] struct {
	rows *vecEdit[*T]
	text *vecEdit[string]
	live int
	hdr  func(*T) *model.Meta
}

func (t *Table[T]) edit() *tableEdit[T] {
	return &tableEdit[T]{rows: t.rows.edit(), text: t.text.edit(), live: t.live, hdr: t.hdr}
}

// get is Get on the table being built.
func (e *tableEdit[T]) get(id model.ID) (*T, bool) {
	if id == 0 || int(id) > e.rows.v.n {
		return nil, false
	}
	return e.rows.at(int(id) - 1), true
}

// put stores a record in the row of its ID. Rows between the old end and
// the ID (which only a damaged file could leave) get deleted placeholders
// so that At never returns nil.
func (e *tableEdit[T]) put(v *T, text string) {
	i := int(e.hdr(v).ID) - 1
	for j := e.rows.v.n; j < i; j++ {
		e.rows.set(j, e.placeholder(model.ID(j+1)))
		e.text.set(j, "")
	}
	if i < e.rows.v.n {
		if old := e.rows.at(i); !e.hdr(old).Deleted {
			e.live--
		}
	}
	if !e.hdr(v).Deleted {
		e.live++
	}
	e.rows.set(i, v)
	e.text.set(i, text)
}

// setText replaces a row's search text (a project whose beneficiary was
// renamed, a payment whose project code changed).
func (e *tableEdit[T]) setText(id model.ID, text string) { e.text.set(int(id)-1, text) }

func (e *tableEdit[T]) placeholder(id model.ID) *T {
	v := new(T)
	*e.hdr(v) = model.Meta{ID: id, Deleted: true}
	return v
}

func (e *tableEdit[T]) done() *Table[T] {
	return &Table[T]{rows: e.rows.done(), text: e.text.done(), live: e.live, hdr: e.hdr}
}

func newTable[T any](hdr func(*T) *model.Meta) *Table[T] { return &Table[T]{hdr: hdr} }

func facilityMeta(f *model.Facility) *model.Meta     { return &f.Meta }
func projectMeta(p *model.Project) *model.Meta       { return &p.Meta }
func allocationMeta(a *model.Allocation) *model.Meta { return &a.Meta }
func paymentMeta(p *model.Payment) *model.Meta       { return &p.Meta }
