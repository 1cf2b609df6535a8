package model

import "math/bits"

// FacilityTotals are the headline figures over a set of facilities: how
// many, their workers, and what the weighted mean income needs. Every
// figure is a sum, so a save that changes a few facilities updates them
// by removing each changed facility as it was and adding it as it is,
// instead of reading every facility again.
type FacilityTotals struct {
	Count     int
	Employees int64
	// Σ income × employees as a 128-bit number. Sums of products that
	// are each below 2^94 cannot leave 128 bits for any realistic number
	// of facilities, so wrap-around on Remove undoes an earlier Add
	// exactly.
	wagesHi, wagesLo uint64
	workers          int64 // Σ employees of facilities with an income
}

// Add counts f; nil and deleted facilities count nothing.
func (t *FacilityTotals) Add(f *Facility) {
	if f == nil || f.Deleted {
		return
	}
	t.Count++
	if f.Employees <= 0 {
		return
	}
	t.Employees += int64(f.Employees)
	if f.AvgIncome > 0 {
		hi, lo := bits.Mul64(uint64(f.AvgIncome), uint64(f.Employees))
		var c uint64
		t.wagesLo, c = bits.Add64(t.wagesLo, lo, 0)
		t.wagesHi += hi + c
		t.workers += int64(f.Employees)
	}
}

// Remove undoes Add(f) for the same facility as it was then.
func (t *FacilityTotals) Remove(f *Facility) {
	if f == nil || f.Deleted {
		return
	}
	t.Count--
	if f.Employees <= 0 {
		return
	}
	t.Employees -= int64(f.Employees)
	if f.AvgIncome > 0 {
		hi, lo := bits.Mul64(uint64(f.AvgIncome), uint64(f.Employees))
		var b uint64
		t.wagesLo, b = bits.Sub64(t.wagesLo, lo, 0)
		t.wagesHi -= hi + b
		t.workers -= int64(f.Employees)
	}
}

// AvgIncome is Σ(income × employees) / Σ employees over the facilities
// that record both (see Summary.AvgIncome), 0 when none does.
func (t FacilityTotals) AvgIncome() Money {
	if t.workers <= 0 {
		return 0
	}
	// The mean cannot exceed the largest income, so the quotient fits and
	// wagesHi < workers holds as Div64 requires.
	q, _ := bits.Div64(t.wagesHi, t.wagesLo, uint64(t.workers))
	return Money(q)
}

// SetTotals puts the headline figures of t into s, for a summary made
// from only some facilities (the beneficiaries of its projects) while t
// counts every one.
func (s *Summary) SetTotals(t FacilityTotals) {
	s.Facilities, s.Employees, s.AvgIncome = t.Count, t.Employees, t.AvgIncome()
}
