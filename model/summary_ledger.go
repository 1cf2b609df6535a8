package model

import (
	"cmp"
	"iter"
	"slices"
)

// projEntry is a project with what has been paid on it.
type projEntry struct {
	p        *Project
	paid     Money // every payment
	advanced Money // advances (PayAdvance) only
	proposed Date  // the registration step's date, 0 when none is recorded
	acc            // overflow of the two sums
}

type budgetKey struct {
	year int32
	src  Source
}

type allocSum struct {
	amount Money
	first  ID // lowest allocation ID, for warnings to point at
	acc
}

// ledger is the projects, allocations and payments read once, shared by
// the summaries and the warnings.
type ledger struct {
	acc
	projects []projEntry
	allocs   map[budgetKey]allocSum
	orphans  int
}

func readLedger(d Data) *ledger {
	lg := &ledger{allocs: map[budgetKey]allocSum{}}
	if d.Projects != nil {
		for p := range d.Projects {
			if p != nil && !p.Deleted {
				lg.projects = append(lg.projects, projEntry{p: p})
			}
		}
	}
	if d.Allocations != nil {
		for a := range d.Allocations {
			if a == nil || a.Deleted {
				continue
			}
			k := budgetKey{a.Year, a.Source}
			s := lg.allocs[k]
			if s.first == 0 || a.ID < s.first {
				s.first = a.ID
			}
			s.amount = s.add(s.amount, a.Amount)
			lg.allocs[k] = s
		}
	}
	if d.Payments != nil {
		lg.readPayments(d)
	}
	if d.Steps != nil {
		lg.readSteps(d.Steps)
	}
	return lg
}

// readSteps notes each project's registration date.
func (lg *ledger) readSteps(steps iter.Seq[*Step]) {
	at := make(map[ID]int, len(lg.projects))
	for i, e := range lg.projects {
		at[e.p.ID] = i
	}
	for s := range steps {
		if s == nil || s.Deleted || s.Stage != StageRegistered {
			continue
		}
		if i, ok := at[s.Project]; ok {
			lg.projects[i].proposed = s.Date
		}
	}
}

func (lg *ledger) readPayments(d Data) {
	ids := make([]ID, len(lg.projects))
	for i, e := range lg.projects {
		ids[i] = e.p.ID
	}
	index := newIDIndex(ids)
	for pay := range d.Payments {
		if pay == nil || pay.Deleted {
			continue
		}
		i, ok := index.get(pay.Project)
		if !ok {
			lg.orphans++
			continue
		}
		e := &lg.projects[i]
		e.paid = e.add(e.paid, pay.Amount)
		if pay.PayKind == PayAdvance {
			e.advanced = e.add(e.advanced, pay.Amount)
		}
	}
	for _, e := range lg.projects {
		lg.overflow = lg.overflow || e.overflow
	}
}

// budget is the budget-against-actual table of every year and source.
func (lg *ledger) budget() []BudgetRow {
	type rowAcc struct {
		BudgetRow
		acc
	}
	rows := map[budgetKey]*rowAcc{}
	row := func(k budgetKey) *rowAcc {
		r := rows[k]
		if r == nil {
			r = &rowAcc{BudgetRow: BudgetRow{Year: k.year, Source: k.src}}
			rows[k] = r
		}
		return r
	}
	for k, s := range lg.allocs {
		r := row(k)
		r.Allocated, r.overflow = s.amount, s.overflow
	}
	for _, e := range lg.projects {
		if !e.p.Status.Commits() {
			// Money already paid on a project that was later stopped
			// left the budget all the same: it counts as paid, though
			// the project no longer commits its support.
			if e.paid != 0 {
				r := row(budgetKey{e.p.Year, e.p.Source})
				r.Paid = r.add(r.Paid, e.paid)
				r.overflow = r.overflow || e.overflow
			}
			continue
		}
		r := row(budgetKey{e.p.Year, e.p.Source})
		r.Committed = r.add(r.Committed, e.p.Support)
		r.Counterpart = r.add(r.Counterpart, e.p.Counterpart)
		r.Paid = r.add(r.Paid, e.paid)
		r.overflow = r.overflow || e.overflow
		r.Projects++
	}
	out := make([]BudgetRow, 0, len(rows))
	for _, r := range rows {
		r.finish(&r.acc)
		lg.overflow = lg.overflow || r.Overflow
		out = append(out, r.BudgetRow)
	}
	slices.SortFunc(out, func(a, b BudgetRow) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Source, b.Source))
	})
	return out
}

// pick returns the projects of a year (0 = all).
func (lg *ledger) pick(year int32) []*projEntry {
	var ps []*projEntry
	for i := range lg.projects {
		if year == 0 || lg.projects[i].p.Year == year {
			ps = append(ps, &lg.projects[i])
		}
	}
	return ps
}
