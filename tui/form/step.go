package form

import (
	"khuyencong/model"
	"khuyencong/tui/kit"
)

// NewStepForm records the next step of a project: only the steps that may
// follow now are offered (model.Life.NextStages); the store checks again,
// and refuses a decision (approval, adjustment, stop, rejection) to an
// editor with the reason shown on the form. Date defaults to today.
func NewStepForm(c *kit.Session, p *model.Project, life model.Life, today model.Date) *RecordForm {
	base := model.Step{Project: p.ID, Date: today}
	stage := new(model.Stage)
	approver := new(model.Approver)
	txt := func(name string, kind fieldKind, v string, required bool) *formField {
		return &formField{Name: name, Kind: kind, value: v, required: required}
	}
	fields := []*formField{
		choice(c, "stage", stage, life.NextStages(p.Status), model.Stage.Label, true),
		txt("date", kDate, base.Date.String(), true),
		txt("doc_no", kText, "", false),
		txt("score", kCount, "", false),
		choice(c, "approver", approver, model.AllApprovers, model.Approver.Label, false),
		txt("change", kText, "", false),
		textArea("notes", kNotes, "", ""),
	}
	rk := recordKind{
		Kind: model.KindStep,
		Record: func(f *RecordForm) model.Record {
			r := *f.base.(*model.Step)
			r.Stage, r.Approver = *stage, *approver
			r.Date, r.DocNo, r.Score = f.date("date"), f.Get("doc_no"), f.count("score")
			r.Change, r.Notes = f.Get("change"), f.Get("notes")
			return &r
		},
		Name: func(r model.Record) string { return StepName(c, r.(*model.Step)) },
	}
	return newRecordForm(c, rk, c.T(MsgFormNewStep, p.Code), &base, true, fields)
}

// StepName is a step as a status line names it: "KCĐP-2026-01 Phê duyệt".
func StepName(c *kit.Session, s *model.Step) string {
	code := ""
	if p, ok := c.Snap.Projects().Get(s.Project); ok {
		code = p.Code + " "
	}
	return code + s.Stage.Label(c.Lang)
}
