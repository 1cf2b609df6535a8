package vtable

import (
	"reflect"
	"slices"
)

// orderTag is what an order was made from: the Source and the sort
// column (-1: natural order) and direction.
type orderTag struct {
	src  Source
	col  int
	desc bool
}

// orderOf is the order of src by col: shared through o when src allows it
// (see Versioned), else sorted here. stop only stops a sort made here: a
// shared one is paid once for every table and is always finished.
func orderOf(o *Orders, src Source, col int, desc bool, key keyer, stop func() bool) []int32 {
	if key != nil && o != nil {
		if v, ok := sharedKeys(src); ok {
			if rows := o.get(src, v, col, desc); rows != nil {
				return rows
			}
		}
	}
	return buildOrder(src, key, desc, stop)
}

// readyOrder is the order of src by col when it can be had without
// waiting or sorting: shared and made already, or patched now from an
// older version's (see Orders.ready); nil otherwise.
func (m *Model) readyOrder(o *Orders, src Source, col int, desc bool, key keyer) []int32 {
	if key == nil {
		if l, ok := src.(Lister); ok && m.smallChange(src) {
			return l.Listed() // a store table patches its base's list
		}
		return nil
	}
	if o == nil {
		return nil
	}
	v, ok := sharedKeys(src)
	if !ok {
		return nil
	}
	return o.ready(src, v, col, desc)
}

// smallChange reports whether src is a new version of the Source the
// current order was made from with at most maxReadyChanges rows changed.
func (m *Model) smallChange(src Source) bool {
	old := m.ordTag.src
	if old == nil || reflect.TypeOf(old) != reflect.TypeOf(src) {
		return false
	}
	ov, ok := old.(Versioned)
	v, ok2 := src.(Versioned)
	if !ok || !ok2 || ov.DataVersion() == 0 {
		return false
	}
	rows, ok := v.ChangedSince(ov.DataVersion())
	return ok && len(rows) <= maxReadyChanges
}

// patchResult derives the filter result over the new order from the last
// complete one when the data is a new version of the same line and only a
// few rows changed: those rows are re-tested and put in place (issue 16),
// instead of scanning every row again. It reports whether it did.
func (m *Model) patchResult() bool {
	if len(m.words) == 0 || !slices.Equal(m.words, m.resWords) || m.res == nil {
		return false
	}
	old, nw := m.resTag, m.ordTag
	if old.src == nil || old.col != nw.col || old.desc != nw.desc || reflect.TypeOf(old.src) != reflect.TypeOf(nw.src) {
		return false
	}
	ov, ok := sharedKeys(old.src)
	if !ok {
		return false
	}
	v, ok := sharedKeys(nw.src)
	if !ok {
		return false
	}
	changed, ok := v.ChangedSince(ov.DataVersion())
	if !ok {
		return false
	}
	ro := &ranker{src: old.src, key: srcKeyer(old.src, old.col), desc: old.desc}
	rn := &ranker{src: nw.src, key: srcKeyer(nw.src, nw.col), desc: nw.desc}
	words := m.words
	// The table's own result buffer, which nobody else reads, is patched
	// in place: a save then allocates nothing per session.
	own := m.res.owned() && m.res.pool == m.pool && m.res != m.order
	rows := patch(m.res.rows, changed, ro, rn, matcherFor(nw.src, words), own)
	m.gen.Add(1) // a scan still running is of no use now
	m.pending, m.partial = false, false
	if cap(rows) > 0 && cap(m.res.rows) > 0 && &rows[:1][0] == &m.res.rows[:1][0] {
		m.res.rows = rows
		m.install(m.res.retain(), words)
	} else {
		b := newBuf(rows) // fresh: the table's own, recycled in its pool
		b.pool = m.pool
		m.install(b, words)
	}
	return true
}

// indexOf is the index of row in rows (a complete result or the order,
// both in the order of ordTag), -1 if absent: by binary search when the
// keys come from the Source the order was made from (which may be older
// than m.src while a new order is being made), so that keeping the cursor on its row after
// a save costs a few keys, not a pass over a million rows.
func (m *Model) indexOf(rows []int32, row int32) int {
	t := m.ordTag
	key := srcKeyer(t.src, t.col)
	if t.src == nil || t.col >= 0 && key == nil {
		return slices.Index(rows, row)
	}
	if int(row) >= t.src.Len() {
		return -1
	}
	r := &ranker{src: t.src, key: key, desc: t.desc}
	if i := r.search(rows, row); i < len(rows) && rows[i] == row {
		return i
	}
	return -1
}
