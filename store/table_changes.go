package store

import (
	"slices"
	"sync/atomic"
)

// A Table knows which of its rows differ from the tables it was derived
// from, so that a reader holding an order or a filter result of an older
// table (a session's sorted list) patches it from a handful of rows
// instead of rebuilding it from a million (issue 16).

// tableVersions numbers every Table of the process: a version names one
// table, whichever store it belongs to.
var tableVersions atomic.Uint64

// tableChange is the rows (sorted, unique) that differ between the table
// of version from and this one, rows appended since included.
type tableChange struct {
	from uint64
	rows []int32
}

const (
	// maxChangedRows bounds the rows a table remembers as changed: past
	// it (an import, a bulk conversion) a reader rebuilds, once.
	maxChangedRows = 4096
	// maxChangeChain is how many ancestors a table remembers its changes
	// from: a session that skipped a few snapshots (the feed coalesces
	// them) can still patch.
	maxChangeChain = 8
)

// Version identifies this table among every Table of the process; it is
// never 0. Two tables with the same version are the same table.
func (t *Table[T]) Version() uint64 {
	if v := t.ver.Load(); v != 0 {
		return v
	}
	t.ver.CompareAndSwap(0, tableVersions.Add(1))
	return t.ver.Load()
}

// ChangedSince returns the rows that may differ between the table of
// version v (an ancestor of this one, or this one) and this table, sorted,
// rows appended since included: their record, search text or deleted flag
// may have changed, and no other row's has. ok is false when the table
// does not know (v is not a recent ancestor, or too many rows changed);
// the caller must then rebuild. The slice is shared: do not modify it.
func (t *Table[T]) ChangedSince(v uint64) (rows []int32, ok bool) {
	if v == t.Version() {
		return nil, true
	}
	for _, c := range t.changes {
		if c.from == v {
			return c.rows, true
		}
	}
	return nil, false
}

// noteChanged records that the edit wrote row i.
func (e *tableEdit[T]) noteChanged(i int) {
	if e.overflow {
		return
	}
	if len(e.changed) >= maxChangedRows*2 {
		e.compactChanged()
		if len(e.changed) > maxChangedRows {
			e.overflow, e.changed = true, nil
			return
		}
	}
	e.changed = append(e.changed, int32(i))
}

func (e *tableEdit[T]) compactChanged() {
	slices.Sort(e.changed)
	e.changed = slices.Compact(e.changed)
}

// changesFrom is the change list of the table the edit makes: its own
// rows from the base, then the base's lists merged with them, as long as
// they stay small.
func (e *tableEdit[T]) changesFrom(base *Table[T]) []tableChange {
	if e.overflow {
		return nil
	}
	e.compactChanged()
	if len(e.changed) > maxChangedRows {
		return nil
	}
	own := slices.Clip(e.changed)
	out := []tableChange{{from: base.Version(), rows: own}}
	for _, c := range base.changes {
		if len(out) == maxChangeChain {
			break
		}
		rows := mergeRows(c.rows, own)
		if len(rows) > maxChangedRows {
			break
		}
		out = append(out, tableChange{from: c.from, rows: rows})
	}
	return out
}

// mergeRows is the sorted union of two sorted lists of unique rows.
func mergeRows(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// patchLive is LiveRows from the base's live rows and the rows changed
// since: the stretches between changed rows are copied whole, and each
// changed row is put back if it is live now.
func (t *Table[T]) patchLive(base, changed []int32) []int32 {
	out := make([]int32, 0, t.live)
	at := 0
	for _, c := range changed {
		i, found := slices.BinarySearch(base[at:], c)
		out = append(out, base[at:at+i]...)
		at += i
		if found {
			at++
		}
		if !t.Deleted(int(c)) {
			out = append(out, c)
		}
	}
	return append(out, base[at:]...)
}
