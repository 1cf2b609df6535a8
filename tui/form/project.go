package form

import (
	"strconv"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// projectChoices are the project's enum fields and its beneficiaries.
type projectChoices struct {
	source   model.Source
	category model.Category
	status   model.Status
	bens     []model.ID
	prog     model.ID
}

// NewProjectForm opens a form over a copy of base; isNew saves with Create.
func NewProjectForm(c *kit.Session, base model.Project, isNew bool) *RecordForm {
	ch := &projectChoices{source: base.Source, category: base.Category, status: base.Status,
		bens: append([]model.ID(nil), base.Beneficiaries...), prog: base.Programme}
	txt := func(name string, kind fieldKind, v string, required bool) *formField {
		return &formField{Name: name, Kind: kind, value: v, required: required}
	}
	year := ""
	if base.Year != 0 {
		year = strconv.Itoa(int(base.Year))
	}
	fields := []*formField{
		txt("code", kText, base.Code, true),
		txt("name", kText, base.Name, true),
		txt("year", kYear, year, true),
		choice(c, "source", &ch.source, model.AllSources, model.Source.Label, true),
		txt("batch", kCount, kit.CountText(base.Batch), false),
		choice(c, "category", &ch.category, model.AllCategories, model.Category.Label, true),
		txt("item", kText, base.Item, false),
		choice(c, "status", &ch.status, model.AllStatuses, model.Status.Label, true),
		txt("implementer", kText, base.Implementer, false),
		beneficiaries(c, &ch.bens),
		txt("location", kText, base.Location, false),
		txt("start", kDate, base.Start.String(), false),
		txt("end", kDate, base.End.String(), false),
		txt("support", kMoney, moneyText(base.Support), false),
		txt("counterpart", kMoney, moneyText(base.Counterpart), false),
		txt("counterpart_by", kShares, model.FormatShares(base.CounterpartBy), false),
		txt("decision_no", kText, base.DecisionNo, false),
		txt("decision_date", kDate, base.DecisionDate.String(), false),
		textArea("notes", kNotes, base.Notes, ""),
		programmeChoice(c, &ch.prog),
	}
	title := c.T(MsgFormNewProject)
	if !isNew {
		title = c.T(MsgFormEditProject, base.Code)
	}
	b := base
	rk := recordKind{
		Kind:   model.KindProject,
		Record: func(f *RecordForm) model.Record { return projectFrom(f, ch) },
		Name:   func(r model.Record) string { return r.(*model.Project).Code },
		remake: func(r model.Record) *RecordForm { return NewProjectForm(c, *r.(*model.Project), false) },
	}
	return newRecordForm(c, rk, title, &b, isNew, fields)
}

// NewProject is a blank project with the defaults staff expect.
func NewProject(c *kit.Session) model.Project {
	return model.Project{Year: int32(c.Config.Time().Year()), Source: model.SourceNational, Status: model.StatusProposed}
}

// projectFrom makes the project to save; every field has been checked.
func projectFrom(f *RecordForm, ch *projectChoices) model.Record {
	r := *f.base.(*model.Project)
	r.Code, r.Name = f.Get("code"), f.Get("name")
	r.Year = f.count("year")
	r.Source, r.Category, r.Status = ch.source, ch.category, ch.status
	r.Batch = f.count("batch")
	r.Implementer = f.Get("implementer")
	r.Beneficiaries = append([]model.ID(nil), ch.bens...)
	r.Location = f.Get("location")
	r.Start, r.End = f.date("start"), f.date("end")
	r.Support, r.Counterpart = f.Money("support"), f.Money("counterpart")
	r.CounterpartBy, _ = model.ParseShares(f.Get("counterpart_by")) // checked with the other fields
	r.DecisionNo, r.DecisionDate = f.Get("decision_no"), f.date("decision_date")
	r.Notes = f.Get("notes")
	r.Programme = ch.prog
	r.Item = f.Get("item")
	return &r
}

// programmeChoice offers the live programmes (and the one the project
// names, even if deleted since), by code and name; none lets the
// project's fund and year decide.
func programmeChoice(c *kit.Session, v *model.ID) *formField {
	t := store.TableOf[model.Programme](c.Snap)
	var ids []model.ID
	names := map[model.ID]string{}
	for i := range t.Len() {
		pg := t.At(i)
		if !t.Deleted(i) || pg.ID == *v {
			ids = append(ids, pg.ID)
			names[pg.ID] = pg.Code + " – " + pg.Name
		}
	}
	label := func(id model.ID, l i18n.Lang) string {
		if id == 0 {
			return l.T(MsgProgrammeByFund)
		}
		return names[id]
	}
	return choice(c, "programme", v, ids, label, false)
}
