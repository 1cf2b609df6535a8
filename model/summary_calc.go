package model

import (
	"math"
	"math/bits"
)

// acc does saturating money arithmetic and remembers any overflow.
type acc struct{ overflow bool }

func (a *acc) add(x, y Money) Money {
	s := x + y
	switch {
	case y > 0 && s < x:
		a.overflow = true
		return math.MaxInt64
	case y < 0 && s > x:
		a.overflow = true
		return math.MinInt64
	}
	return s
}

func (a *acc) neg(x Money) Money {
	if x == math.MinInt64 {
		a.overflow = true
		return math.MaxInt64
	}
	return -x
}

// mulPct is floor(m × pct / 100) without overflow, for 0 ≤ pct ≤ 100 and
// m ≥ 0 (anything outside is clamped).
func mulPct(m Money, pct int32) Money {
	if m <= 0 || pct <= 0 {
		return 0
	}
	pct = min(pct, 100)
	hi, lo := bits.Mul64(uint64(m), uint64(pct))
	q, _ := bits.Div64(hi, lo, 100)
	return Money(q)
}

// mulCount is m × n saturated at the int64 maximum, for m ≥ 0 and n ≥ 1.
func mulCount(m Money, n int) Money {
	if m > 0 && int64(n) > math.MaxInt64/int64(m) {
		return math.MaxInt64
	}
	return m * Money(n)
}

// idIndex finds a position by record ID: a slice when the IDs are dense
// enough (store IDs are dense from 1, and a slice look-up is what keeps the
// million-facility pass fast), a map otherwise.
type idIndex struct {
	dense  []int32 // position+1 by ID
	sparse map[ID]int32
}

const maxDenseIndex = 1 << 22 // 16 MiB of int32 at most

func newIDIndex(ids []ID) idIndex {
	var top ID
	for _, id := range ids {
		top = max(top, id)
	}
	if int(top) <= 8*len(ids)+1024 || (int(top) <= maxDenseIndex && len(ids) >= 1024) {
		d := make([]int32, int(top)+1)
		for i, id := range ids {
			d[id] = int32(i + 1)
		}
		return idIndex{dense: d}
	}
	m := make(map[ID]int32, len(ids))
	for i, id := range ids {
		m[id] = int32(i + 1)
	}
	return idIndex{sparse: m}
}

func (x idIndex) get(id ID) (int, bool) {
	var v int32
	if x.dense != nil {
		if int(id) < len(x.dense) {
			v = x.dense[id]
		}
	} else {
		v = x.sparse[id]
	}
	return int(v) - 1, v > 0
}

// MulPct is floor(m × pct / 100) without overflow, for the store's checks.
func MulPct(m Money, pct int32) Money { return mulPct(m, pct) }
