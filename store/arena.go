package store

import (
	"hash/maphash"
	"unsafe"
)

// arena packs the strings of many records into large blocks, so that
// loading a million records makes a few thousand allocations instead of a
// million, and keeps one copy of strings that repeat (districts, provinces,
// the names of the users who saved). Each loader goroutine has its own.
//
// Strings point into a block that is only ever appended to within its
// capacity, so earlier bytes never move or change: unsafe.String is sound.
type arena struct {
	blk  []byte
	seed maphash.Seed
	// seen caches recent repetitive strings by hash; a collision only
	// evicts, so it costs a hash and a compare, not a map's bookkeeping.
	seen [internSlots]string
}

const (
	arenaBlock    = 256 << 10
	arenaMaxSmall = arenaBlock / 16 // larger strings get their own allocation
	internMaxLen  = 64
	internSlots   = 1 << 10
)

func newArena() *arena { return &arena{seed: maphash.MakeSeed()} }

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

func (a *arena) intern(p []byte) string {
	if len(p) > internMaxLen {
		return a.bytes(p)
	}
	slot := &a.seen[maphash.Bytes(a.seed, p)&(internSlots-1)]
	if *slot == string(p) {
		return *slot
	}
	s := a.bytes(p)
	*slot = s
	return s
}
