package form

import (
	"khuyencong/model"
	"khuyencong/tui/kit"
)

// NewAllocationForm opens the shared record form (form.go) over a copy of
// base: year, source, batch, amount (anything model.ParseMoney reads:
// "2,05 tỷ", "2050tr", "2.050.000.000"), decision and notes.
func NewAllocationForm(c *kit.Session, base model.Allocation, isNew bool) *RecordForm {
	src := new(model.Source)
	*src = base.Source
	txt := func(name string, kind fieldKind, v string, required bool) *formField {
		return &formField{Name: name, Kind: kind, value: v, required: required}
	}
	fields := []*formField{
		txt("year", kYear, kit.CountText(base.Year), true),
		choice(c, "source", src, model.AllSources, model.Source.Label, true),
		txt("batch", kCount, kit.CountText(base.Batch), false),
		txt("amount", kMoney, moneyText(base.Amount), true),
		txt("decision_no", kText, base.DecisionNo, false),
		txt("decision_date", kDate, base.DecisionDate.String(), false),
		textArea("notes", kNotes, base.Notes, ""),
	}
	title := c.T(MsgFormNewAllocation)
	if !isNew {
		title = c.T(MsgFormEditAllocation, AllocationName(c, &base))
	}
	b := base
	rk := recordKind{
		Kind: model.KindAllocation,
		Record: func(f *RecordForm) model.Record {
			r := *f.base.(*model.Allocation)
			r.Year, r.Source, r.Batch = f.count("year"), *src, f.count("batch")
			r.Amount = f.Money("amount")
			r.DecisionNo, r.DecisionDate = f.Get("decision_no"), f.date("decision_date")
			r.Notes = f.Get("notes")
			return &r
		},
		Name:   func(r model.Record) string { return AllocationName(c, r.(*model.Allocation)) },
		remake: func(r model.Record) *RecordForm { return NewAllocationForm(c, *r.(*model.Allocation), false) },
	}
	return newRecordForm(c, rk, title, &b, isNew, fields)
}
