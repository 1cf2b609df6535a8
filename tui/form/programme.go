package form

import (
	"strconv"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// NewProgrammeForm opens a form over a copy of base; isNew saves with
// Create. The indicators are a text area, one indicator per line in the
// form files use (model.FormatIndicators), read once the years are known.
func NewProgrammeForm(c *kit.Session, base model.Programme, isNew bool) *RecordForm {
	level := base.Level
	year := func(y int32) string {
		if y == 0 {
			return ""
		}
		return strconv.Itoa(int(y))
	}
	txt := func(name string, kind fieldKind, v string, required bool) *formField {
		return &formField{Name: name, Kind: kind, value: v, required: required}
	}
	fields := []*formField{
		txt("programme_code", kText, base.Code, true),
		txt("name", kText, base.Name, true),
		choice(c, "programme_level", &level, model.AllProgrammeLevels, model.ProgrammeLevel.Label, true),
		txt("from", kYear, year(base.From), true),
		txt("to", kYear, year(base.To), true),
		txt("decision_no", kText, base.DecisionNo, false),
		txt("decision_date", kDate, base.DecisionDate.String(), false),
		textAreaLines("indicators", kNotes, model.FormatIndicators(base.Indicators, base.From), c.T(MsgIndicatorsHint), 8),
		textArea("notes", kNotes, base.Notes, ""),
	}
	title := c.T(MsgFormNewProgramme)
	if !isNew {
		title = c.T(MsgFormEditProgramme, base.Code)
	}
	b := base
	rk := recordKind{
		Kind: model.KindProgramme,
		Record: func(f *RecordForm) model.Record {
			r := *f.base.(*model.Programme)
			r.Code, r.Name, r.Level = f.Get("programme_code"), f.Get("name"), level
			r.From, r.To = f.count("from"), f.count("to")
			r.DecisionNo, r.DecisionDate = f.Get("decision_no"), f.date("decision_date")
			r.Indicators, _ = model.ParseIndicators(f.Get("indicators"), r.From, r.To) // checked by check
			r.Notes = f.Get("notes")
			return &r
		},
		Name:   func(r model.Record) string { return r.(*model.Programme).Code },
		remake: func(r model.Record) *RecordForm { return NewProgrammeForm(c, *r.(*model.Programme), false) },
		check: func(f *RecordForm) model.Problems {
			if _, err := model.ParseIndicators(f.Get("indicators"), f.count("from"), f.count("to")); err != nil {
				return model.Problems{{Field: "indicators", Err: err}}
			}
			return nil
		},
	}
	return newRecordForm(c, rk, title, &b, isNew, fields)
}
