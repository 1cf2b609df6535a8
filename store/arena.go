package store

import "unsafe"

// arena packs the rows of many records into large blocks, so that loading
// a million records makes a few hundred allocations instead of a million.
// Each loader goroutine has its own.
//
// Strings point into a block that is only ever appended to within its
// capacity, so earlier bytes never move or change: unsafe.String is sound.
type arena struct {
	blk []byte
}

const (
	arenaBlock    = 256 << 10
	arenaMaxSmall = arenaBlock / 16 // larger rows get their own allocation
)

func newArena() *arena { return &arena{} }

func (a *arena) bytes(p []byte) string {
	if len(p) == 0 {
		return ""
	}
	if len(p) > arenaMaxSmall {
		return string(p)
	}
	if len(p) > cap(a.blk)-len(a.blk) {
		a.blk = make([]byte, 0, arenaBlock)
	}
	off := len(a.blk)
	a.blk = append(a.blk, p...)
	return unsafe.String(&a.blk[off], len(p))
}
