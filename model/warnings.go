package model

import (
	"cmp"
	"khuyencong/i18n"
	"slices"
)

// WarningKind is what a Warning is about.
type WarningKind uint8

const (
	// WarnOverCommitted: a source's committed support for a year is above
	// its allocation.
	WarnOverCommitted WarningKind = iota + 1
	// WarnNoAllocation: support is committed for a year and source that
	// has no allocation at all.
	WarnNoAllocation
	// WarnOverPaid: a project's payments add up to more than its support.
	WarnOverPaid
	// WarnAdvance: a project not yet accepted has advances above the
	// AdvanceLimit share of its support.
	WarnAdvance
	// WarnCeilingPercent: support above the category's share of total cost.
	WarnCeilingPercent
	// WarnCeilingMax: support above the category's amount per facility.
	WarnCeilingMax
	// WarnNoRule: no norm of the project's category is in force on its
	// approval date (Settings.Rules).
	WarnNoRule
	// WarnDueSoon and WarnLate: a project's paperwork is due within
	// Deadlines.Soon days, or late (DeadlineWarnings).
	WarnDueSoon
	WarnLate
)

var warningKindKeys = [...]i18n.Key{
	WarnOverCommitted:  MsgKindOverCommitted,
	WarnNoAllocation:   MsgKindNoAllocation,
	WarnOverPaid:       MsgKindOverPaid,
	WarnAdvance:        MsgKindAdvance,
	WarnCeilingPercent: MsgKindCeilingPercent,
	WarnCeilingMax:     MsgKindCeilingMax,
	WarnNoRule:         MsgKindNoRule,
	WarnDueSoon:        MsgKindDueSoon,
	WarnLate:           MsgKindLate,
}

// Label is the kind's short name for a table column.
func (k WarningKind) Label(l i18n.Lang) string {
	if int(k) >= len(warningKindKeys) || warningKindKeys[k] == "" {
		return ""
	}
	return l.T(warningKindKeys[k])
}

// Warning is a budget rule that the records break; it never blocks a save.
//
// RecordKind and ID name the record to open: the project for project
// warnings; for WarnOverCommitted the year's first allocation of the source;
// for WarnNoAllocation KindAllocation with ID 0 (there is none, so a screen
// goes to the budget row of Year and Source). Amount is the offending
// figure and Limit the figure it passes.
type Warning struct {
	Kind       WarningKind
	RecordKind Kind
	ID         ID
	Year       int32
	Source     Source
	Amount     Money
	Limit      Money
	Err        *Error // the sentence, in either language via Text
}

// Text is the warning as a sentence.
func (w Warning) Text(l i18n.Lang) string { return w.Err.In(l) }

// Warnings checks the budget rules on d (facilities are not needed). Use
// Summary.Warnings when the summaries are computed anyway.
func Warnings(d Data, st Settings) []Warning {
	lg := readLedger(d)
	return lg.warnings(lg.budget(), st)
}

// warnings lists budget warnings by year and source, then project
// warnings by kind and project ID.
func (lg *ledger) warnings(budget []BudgetRow, st Settings) []Warning {
	var ws []Warning
	for _, r := range budget {
		switch {
		case r.Allocated > 0 && r.Committed > r.Allocated:
			ws = append(ws, Warning{Kind: WarnOverCommitted, RecordKind: KindAllocation,
				ID: lg.allocs[budgetKey{r.Year, r.Source}].first, Year: r.Year, Source: r.Source,
				Amount: r.Committed, Limit: r.Allocated,
				Err: Errorf(MsgWarnOverCommitted, r.Source.Code(), int(r.Year), r.Committed.String(), r.Allocated.String())})
		case r.Allocated <= 0 && r.Committed > 0:
			ws = append(ws, Warning{Kind: WarnNoAllocation, RecordKind: KindAllocation,
				Year: r.Year, Source: r.Source, Amount: r.Committed,
				Err: Errorf(MsgWarnNoAllocation, r.Source.Code(), int(r.Year), r.Committed.String())})
		}
	}
	var pws []Warning
	for i := range lg.projects {
		pws = lg.projectWarnings(pws, &lg.projects[i], st)
	}
	slices.SortStableFunc(pws, func(a, b Warning) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.ID, b.ID))
	})
	return append(ws, pws...)
}

func (lg *ledger) projectWarnings(ws []Warning, e *projEntry, st Settings) []Warning {
	p := e.p
	w := func(k WarningKind, amount, limit Money, msg i18n.Key, args ...any) {
		ws = append(ws, Warning{Kind: k, RecordKind: KindProject, ID: p.ID, Year: p.Year,
			Source: p.Source, Amount: amount, Limit: limit, Err: Errorf(msg, args...)})
	}
	if e.paid > p.Support {
		w(WarnOverPaid, e.paid, p.Support, MsgWarnOverPaid, p.Code, e.paid.String(), p.Support.String())
	}
	if len(st.Rules) > 0 {
		return lg.ruleWarnings(ws, e, st)
	}
	if st.AdvanceLimit > 0 && !p.Status.Accepted() {
		// advanced > floor(support × limit / 100) ⇔ advanced × 100 > support × limit
		if lim := mulPct(p.Support, st.AdvanceLimit); e.advanced > lim {
			w(WarnAdvance, e.advanced, lim, MsgWarnAdvance, p.Code, e.advanced.String(), int(st.AdvanceLimit), lim.String())
		}
	}
	// A rejected or stopped project will not be paid, so its ceiling is moot.
	if p.Status == StatusRejected || p.Status == StatusStopped {
		return ws
	}
	c := st.Ceiling(p.Category)
	if c.Percent > 0 {
		total := lg.add(p.Support, p.Counterpart)
		if lim := mulPct(total, c.Percent); p.Support > lim {
			w(WarnCeilingPercent, p.Support, lim, MsgWarnCeilingPercent, p.Code, p.Support.String(), int(c.Percent), lim.String())
		}
	}
	if c.Max > 0 {
		n := max(len(p.Beneficiaries), 1)
		if lim := mulCount(c.Max, n); p.Support > lim {
			w(WarnCeilingMax, p.Support, lim, MsgWarnCeilingMax, p.Code, p.Support.String(), lim.String(), n)
		}
	}
	return ws
}
