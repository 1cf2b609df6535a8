package store

import (
	"iter"
	"sync"
	"sync/atomic"

	"khuyencong/model"
)

// Table is one record kind of a Snapshot. Row i holds ID i+1 (IDs are
// dense); deleted rows stay, with Deleted set. A Table never changes: a
// write makes a new one that shares every untouched chunk. Rows are kept
// packed (see pack.go) and decoded when read.
type Table[T any] struct {
	rows  vec[string]
	names []string // the dictionary as it was when the table was made
	live  int

	liveMu   sync.Mutex
	liveRows atomic.Pointer[[]int32] // LiveRows, made on first use
	prevLive *[]int32                // the base's LiveRows when this table was made, if it had them

	ver     atomic.Uint64 // Version, given on first use
	changes []tableChange // rows changed since recent ancestors (table_changes.go)
}

// Len is the number of rows, deleted ones included.
func (t *Table[T]) Len() int { return t.rows.n }

// Live is the number of rows not deleted.
func (t *Table[T]) Live() int { return t.live }

// At returns a fresh copy of row i (0 <= i < Len), never nil; the caller
// may keep and change it. It allocates: a loop over many rows should use
// Load with one record, or All.
func (t *Table[T]) At(i int) *T {
	v := new(T)
	t.Load(i, v)
	return v
}

// Load decodes row i (0 <= i < Len) into v, overwriting all of it. The
// strings it sets share the table's memory and stay valid.
func (t *Table[T]) Load(i int, v *T) { unpack(t.rows.at(i), t.names, v) }

// Deleted reports whether row i is deleted, without decoding it.
func (t *Table[T]) Deleted(i int) bool {
	row := t.rows.at(i)
	return row == "" || row[0]&rowDeleted != 0
}

// Get returns a copy of the record with the ID, deleted or not (check
// Deleted); ok is false when no record has the ID.
func (t *Table[T]) Get(id model.ID) (*T, bool) {
	if id == 0 || int(id) > t.rows.n {
		return nil, false
	}
	return t.At(int(id) - 1), true
}

// Text is row i's search text: the searchable fields folded with
// vntext.Fold and joined by " | ". A row with shared parts (see textBuf)
// has its text put together, which allocates: a filter over many rows
// uses Matcher.
func (t *Table[T]) Text(i int) string {
	text, shared, _ := rowSplit(t.rows.at(i))
	if shared == "" {
		return text
	}
	b := []byte(text)
	sharedParts(shared, func(id uint32) bool {
		b = appendPart(b, t.name(id))
		return true
	})
	return string(b)
}

func appendPart(b []byte, part string) []byte {
	if len(b) > 0 {
		b = append(b, fieldSep...)
	}
	return append(b, part...)
}

// name is dictionary entry id as the table knows it.
func (t *Table[T]) name(id uint32) string {
	if int(id) < len(t.names) {
		return t.names[id]
	}
	return ""
}

// All yields a copy of each live row, in ID order; the caller may keep
// them. For a pass over many rows that keeps nothing, Scan does not
// allocate.
func (t *Table[T]) All() iter.Seq[*T] {
	return func(yield func(*T) bool) {
		for i := range t.rows.n {
			if !t.Deleted(i) && !yield(t.At(i)) {
				return
			}
		}
	}
}

// Scan yields the live rows in ID order, decoding each into the same
// record: a million rows cost one allocation, not a million. The record is
// overwritten at the next step; copy it (*v) to keep it. Its strings stay
// valid.
func (t *Table[T]) Scan() iter.Seq[*T] {
	return func(yield func(*T) bool) {
		v := new(T)
		for i := range t.rows.n {
			if t.Deleted(i) {
				continue
			}
			t.Load(i, v)
			if !yield(v) {
				return
			}
		}
	}
}

// LiveRows returns the row numbers of the live rows (not deleted), in ID
// order. It is computed on first use, once per Table, and the same slice is
// returned to every caller, so every session showing the table unsorted
// and unfiltered shares one list instead of holding 4 bytes per row each.
// A table made by a small write patches its base's list (table_changes.go)
// instead of reading every row. The slice is shared and read-only: do not
// modify it.
func (t *Table[T]) LiveRows() []int32 {
	if p := t.liveRows.Load(); p != nil {
		return *p
	}
	t.liveMu.Lock()
	defer t.liveMu.Unlock()
	if p := t.liveRows.Load(); p != nil {
		return *p
	}
	var rows []int32
	if t.prevLive != nil && len(t.changes) > 0 {
		rows = t.patchLive(*t.prevLive, t.changes[0].rows)
	} else {
		rows = make([]int32, 0, t.live)
		for i := range t.rows.n {
			if !t.Deleted(i) {
				rows = append(rows, int32(i))
			}
		}
	}
	t.prevLive = nil
	t.liveRows.Store(&rows)
	return rows
}

// tableEdit builds the next Table from the current one.
type tableEdit[T any] struct {
	base *Table[T]
	rows *vecEdit[string]
	live int
	d    *dict
	pk   *packer

	changed  []int32 // rows written, for ChangedSince
	overflow bool    // too many to remember
}

func (t *Table[T]) edit(d *dict, pk *packer) *tableEdit[T] {
	return &tableEdit[T]{base: t, rows: t.rows.edit(), live: t.live, d: d, pk: pk}
}

// get is Get on the table being built.
func (e *tableEdit[T]) get(id model.ID) (*T, bool) {
	if id == 0 || int(id) > e.rows.v.n {
		return nil, false
	}
	v := new(T)
	unpack(e.rows.at(int(id)-1), e.d.view(), v)
	return v, true
}

// put stores a record in the row of its ID. Rows between the old end and
// the ID (which only a damaged file could leave) get deleted placeholders
// so that every row decodes.
func (e *tableEdit[T]) put(v *T, text *textBuf) {
	i := int(header(v).ID) - 1
	for j := e.rows.v.n; j < i; j++ {
		e.rows.set(j, string(e.pk.pack(placeholder[T](model.ID(j+1)), nil)))
		e.noteChanged(j)
	}
	if i < e.rows.v.n {
		if old := e.rows.at(i); old != "" && old[0]&rowDeleted == 0 {
			e.live--
		}
	}
	if !header(v).Deleted {
		e.live++
	}
	e.rows.set(i, string(e.pk.pack(any(v).(model.Record), text)))
	e.noteChanged(i)
}

// setText replaces a row's search text (a project whose beneficiary was
// renamed, a payment whose project code changed).
func (e *tableEdit[T]) setText(id model.ID, text *textBuf) {
	i := int(id) - 1
	e.rows.set(i, e.pk.withText(e.rows.at(i), text))
	e.noteChanged(i)
}

func placeholder[T any](id model.ID) model.Record {
	v := new(T)
	*header(v) = model.Meta{ID: id, Deleted: true}
	return any(v).(model.Record)
}

func (e *tableEdit[T]) done() *Table[T] {
	t := &Table[T]{rows: e.rows.done(), names: e.d.view(), live: e.live, changes: e.changesFrom(e.base)}
	if len(t.changes) > 0 {
		t.prevLive = e.base.liveRows.Load()
	}
	t.Version()
	return t
}

// record, editAny and doneAny make a Table an anyTable.
func (t *Table[T]) record(id model.ID) (model.Record, bool) {
	v, ok := t.Get(id)
	if !ok {
		return nil, false
	}
	return any(v).(model.Record), true
}

func (t *Table[T]) editAny(d *dict, pk *packer) anyEdit { return t.edit(d, pk) }

func (e *tableEdit[T]) doneAny() anyTable { return e.done() }
