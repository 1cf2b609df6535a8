package model

import "iter"

// SaveRisk is a budget warning that saving one record would raise or make
// worse, with the figures a form shows when it asks before saving: the
// warning as it would stand after the save (Amount against Limit) and the
// same figure before it.
//
// For WarnOverCommitted, Limit is the year's allocation of the source and
// Before/Amount its committed support before/after. For WarnOverPaid,
// Limit is the project's support and Before/Amount what is paid on it
// before/after; This is the saved payment's amount (0 when the record is
// not a payment, e.g. a project whose support was lowered).
type SaveRisk struct {
	Warning
	Before Money
	This   Money
}

// SaveRisks lists the over-commitment and over-payment warnings (the same
// rules as Warnings) that saving rec over d would raise, or make worse
// when they already stand. rec replaces the record of its kind with the
// same ID, or is added when its ID is 0. The other warnings are not asked
// about at save time: they are about a project's own figures, which its
// form already shows.
func SaveRisks(d Data, rec Record, st Settings) []SaveRisk {
	before := readLedger(d)
	after := readLedger(withRecord(d, rec))
	was := before.warnings(before.budget(), st)
	var out []SaveRisk
	for _, w := range after.warnings(after.budget(), st) {
		if w.Kind != WarnOverCommitted && w.Kind != WarnOverPaid {
			continue
		}
		r := SaveRisk{Warning: w}
		if w.Kind == WarnOverCommitted {
			r.Before = committedOf(before.budget(), w.Year, w.Source)
		} else {
			r.Before = before.paidOn(w.ID)
			if p, ok := rec.(*Payment); ok {
				r.This = p.Amount
			}
		}
		if old, ok := sameWarning(was, w); ok && w.Amount <= old.Amount && w.Limit >= old.Limit {
			continue // stood before, and the save does not make it worse
		}
		out = append(out, r)
	}
	return out
}

func sameWarning(ws []Warning, w Warning) (Warning, bool) {
	for _, o := range ws {
		if o.Kind == w.Kind && o.Year == w.Year && o.Source == w.Source &&
			(w.Kind == WarnOverCommitted || o.ID == w.ID) {
			return o, true
		}
	}
	return Warning{}, false
}

func committedOf(rows []BudgetRow, year int32, src Source) Money {
	for _, r := range rows {
		if r.Year == year && r.Source == src {
			return r.Committed
		}
	}
	return 0
}

func (lg *ledger) paidOn(id ID) Money {
	for _, e := range lg.projects {
		if e.p.ID == id {
			return e.paid
		}
	}
	return 0
}

// withRecord is d with rec in place of its stored version.
func withRecord(d Data, rec Record) Data {
	switch r := rec.(type) {
	case *Project:
		d.Projects = replaced(d.Projects, r)
	case *Allocation:
		d.Allocations = replaced(d.Allocations, r)
	case *Payment:
		d.Payments = replaced(d.Payments, r)
	}
	return d
}

func replaced[T any, P interface {
	*T
	Record
}](seq iter.Seq[*T], rec P) iter.Seq[*T] {
	id := rec.Header().ID
	return func(yield func(*T) bool) {
		if seq != nil {
			for x := range seq {
				if x != nil && id != 0 && P(x).Header().ID == id {
					continue
				}
				if !yield(x) {
					return
				}
			}
		}
		yield((*T)(rec))
	}
}
