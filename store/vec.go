package store

import "slices"

// vec is an immutable chunked vector. A change copies the chunk index
// (N/1024 pointers) and the chunks it touches, never the whole vector, so a
// write at a million rows copies a few kilobytes while readers of the old
// snapshot keep their view without locking.
type vec[V any] struct {
	chunks []*[chunkSize]V
	n      int
}

const (
	chunkBits = 10
	chunkSize = 1 << chunkBits
	chunkMask = chunkSize - 1
)

func (v *vec[V]) at(i int) V { return v.chunks[i>>chunkBits][i&chunkMask] }

// vecEdit is a change in progress: chunks it has copied (or made) are
// private and are written in place until done.
type vecEdit[V any] struct {
	v     vec[V]
	owned []bool
}

func (v vec[V]) edit() *vecEdit[V] {
	return &vecEdit[V]{
		v:     vec[V]{chunks: slices.Clone(v.chunks), n: v.n},
		owned: make([]bool, len(v.chunks)),
	}
}

func (e *vecEdit[V]) at(i int) V { return e.v.at(i) }

// set writes slot i, growing the vector when i is at or past the end.
func (e *vecEdit[V]) set(i int, x V) {
	ci := i >> chunkBits
	for ci >= len(e.v.chunks) {
		e.v.chunks = append(e.v.chunks, new([chunkSize]V))
		e.owned = append(e.owned, true)
	}
	if !e.owned[ci] {
		c := *e.v.chunks[ci]
		e.v.chunks[ci] = &c
		e.owned[ci] = true
	}
	e.v.chunks[ci][i&chunkMask] = x
	if i >= e.v.n {
		e.v.n = i + 1
	}
}

func (e *vecEdit[V]) done() vec[V] { return e.v }
