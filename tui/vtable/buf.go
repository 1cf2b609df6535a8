package vtable

import (
	"sync"
	"sync/atomic"
)

// buf is a reference-counted slice of row numbers. Results are handed
// between the UI goroutine and scan goroutines; counting references lets a
// result be narrowed in place or recycled only when nobody else reads it,
// so that a keystroke does not allocate a new slice of N rows.
type buf struct {
	rows []int32
	refs atomic.Int32
	pool *pool // nil: not recycled
}

func (b *buf) retain() *buf {
	if b != nil {
		b.refs.Add(1)
	}
	return b
}

func (b *buf) release() {
	if b == nil {
		return
	}
	if b.refs.Add(-1) == 0 && b.pool != nil {
		b.pool.put(b)
	}
}

// owned reports whether the caller holds the only reference.
func (b *buf) owned() bool { return b.refs.Load() == 1 }

// newBuf makes an unpooled buffer holding rows, with one reference.
func newBuf(rows []int32) *buf {
	b := &buf{rows: rows}
	b.refs.Store(1)
	return b
}

// pool keeps a few spare result buffers; it is shared with the goroutines
// of one table.
type pool struct {
	mu   sync.Mutex
	free []*buf
}

// poolKeep is how many spare buffers a table keeps: one is enough for
// the next scan while the current result is shown.
const poolKeep = 1

// get returns an empty buffer with room for n rows and one reference.
func (p *pool) get(n int) *buf {
	p.mu.Lock()
	best := -1
	for i, b := range p.free {
		if cap(b.rows) >= n && (best < 0 || cap(b.rows) < cap(p.free[best].rows)) {
			best = i
		}
	}
	var b *buf
	if best >= 0 {
		b = p.free[best]
		p.free = append(p.free[:best], p.free[best+1:]...)
	}
	p.mu.Unlock()
	if b == nil {
		b = &buf{rows: make([]int32, 0, n), pool: p}
	}
	b.rows = b.rows[:0]
	b.refs.Store(1)
	return b
}

// drop forgets the spare buffers: the filter was cleared, and an idle
// session should not hold memory per row.
func (p *pool) drop() {
	p.mu.Lock()
	p.free = nil
	p.mu.Unlock()
}

func (p *pool) put(b *buf) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.free) < poolKeep {
		p.free = append(p.free, b)
		return
	}
	// Keep the largest buffers: those are the ones worth not reallocating.
	small := 0
	for i, f := range p.free {
		if cap(f.rows) < cap(p.free[small].rows) {
			small = i
		}
	}
	if cap(b.rows) > cap(p.free[small].rows) {
		p.free[small] = b
	}
}
