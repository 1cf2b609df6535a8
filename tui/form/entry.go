package form

import (
	"khuyencong/model"
	"khuyencong/tui/kit"
)

// NewEntryForm opens the shared record form (form.go) over a copy of base,
// a contest entry of base.Round: registration number, the facility (with
// the projects' beneficiary picker; one facility), product and group, the
// dossier items as the dates they arrived, the lower-level certificate,
// the complaint and its answer, notes. The certificate is not a field: it
// is issued by publishing the round.
func NewEntryForm(c *kit.Session, base model.Entry, isNew bool) *RecordForm {
	group := new(model.ProductGroup)
	*group = base.Group
	facility := new([]model.ID)
	if base.Facility != 0 {
		*facility = []model.ID{base.Facility}
	}
	txt := func(name string, kind fieldKind, v string, required bool) *formField {
		return &formField{Name: name, Kind: kind, value: v, required: required}
	}
	fac := beneficiaries(c, facility)
	fac.Name = "facility"
	fields := []*formField{
		txt("entry_code", kText, base.Code, true),
		fac,
		txt("product", kText, base.Product, true),
		choice(c, "product_group", group, model.AllProductGroups, model.ProductGroup.Label, true),
	}
	for i, d := range base.Dossier {
		fields = append(fields, txt(model.DossierField(i), kDate, d.String(), false))
	}
	fields = append(fields,
		txt("lower_cert", kText, base.LowerCert, false),
		txt("complaint_date", kDate, base.ComplaintDate.String(), false),
		txt("answer_date", kDate, base.AnswerDate.String(), false),
		textArea("complaint", kNotes, base.Complaint, ""),
		textArea("notes", kNotes, base.Notes, ""),
	)
	title := c.T(MsgFormNewEntry)
	if !isNew {
		title = c.T(MsgFormEditEntry, base.Code)
	}
	b := base
	rk := recordKind{
		Kind: model.KindEntry,
		Record: func(f *RecordForm) model.Record {
			r := *f.base.(*model.Entry)
			r.Code, r.Product, r.Group = f.Get("entry_code"), f.Get("product"), *group
			// One facility makes the product; none or several is "choose".
			r.Facility = 0
			if len(*facility) == 1 {
				r.Facility = (*facility)[0]
			}
			for i := range r.Dossier {
				r.Dossier[i] = f.date(model.DossierField(i))
			}
			r.LowerCert = f.Get("lower_cert")
			r.ComplaintDate, r.AnswerDate = f.date("complaint_date"), f.date("answer_date")
			r.Complaint, r.Notes = f.Get("complaint"), f.Get("notes")
			return &r
		},
		Name:   func(r model.Record) string { return r.(*model.Entry).Code },
		remake: func(r model.Record) *RecordForm { return NewEntryForm(c, *r.(*model.Entry), false) },
	}
	return newRecordForm(c, rk, title, &b, isNew, fields)
}
