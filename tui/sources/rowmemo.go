package sources

import (
	"sync/atomic"

	"khuyencong/model"
	"khuyencong/store"
)

// rowMemo keeps the row a FacilitySource decoded last. A table draws a
// row cell by cell, left to right, and every cell needs the row decoded:
// with the memo the row is decoded once for its eight columns instead of
// eight times, which was most of drawing a frame (every session draws its
// rows again after each save). Each decoded row is a new value published
// whole, so the memo is safe if a source is read from several goroutines.
type rowMemo struct{ last atomic.Pointer[memoRow] }

type memoRow struct {
	i int
	f model.Facility
}

// WithRowMemo returns the source with a memo of its last decoded row (see
// rowMemo); a source made without it decodes the row for every cell.
func (s FacilitySource) WithRowMemo() FacilitySource {
	s.memo = new(rowMemo)
	return s
}

// row returns row i of t decoded, from the memo when it is the last one;
// the caller must not modify it.
func (m *rowMemo) row(t *store.Table[model.Facility], i int) *model.Facility {
	if e := m.last.Load(); e != nil && e.i == i {
		return &e.f
	}
	e := &memoRow{i: i}
	t.Load(i, &e.f)
	m.last.Store(e)
	return &e.f
}
