package model

import (
	"cmp"
	"slices"
)

// ProjectMoney is one project with what has been paid on it, as the budget
// rows count it: Paid adds up every live payment of the project, Advanced
// the advances (PayAdvance) among them, Settled the settlement payments.
type ProjectMoney struct {
	Project  *Project
	Paid     Money
	Advanced Money
	Settled  Money
}

// Remaining is the support not yet paid (negative when overpaid).
func (m ProjectMoney) Remaining() Money { return m.Project.Support - m.Paid }

// ProjectMoneys are the live projects of a plan year (0: every year) with
// their payments, by code. They are read by the same ledger as
// Summarize's budget rows, so the paid of the committed projects of a year
// and source adds up to that BudgetRow's Paid for the same data.
func ProjectMoneys(d Data, year int32) []ProjectMoney {
	lg := readLedger(Data{Projects: d.Projects, Payments: d.Payments})
	var out []ProjectMoney
	for _, e := range lg.pick(year) {
		out = append(out, ProjectMoney{Project: e.p, Paid: e.paid, Advanced: e.advanced})
	}
	if d.Payments != nil {
		at := make(map[ID]int, len(out))
		for i, m := range out {
			at[m.Project.ID] = i
		}
		for pay := range d.Payments {
			if pay == nil || pay.Deleted || pay.PayKind != PaySettlement {
				continue
			}
			if i, ok := at[pay.Project]; ok {
				out[i].Settled += pay.Amount
			}
		}
	}
	slices.SortFunc(out, func(a, b ProjectMoney) int { return cmp.Compare(a.Project.Code, b.Project.Code) })
	return out
}
