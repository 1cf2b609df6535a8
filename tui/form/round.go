package form

import (
	"strings"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// NewRoundForm opens the shared record form (form.go) over a copy of base,
// a contest round: code, name, level, year, the organising decision, the
// dates, status, results decision, the council (names separated by ';')
// and the round's rules. The store lets only an admin change the rules;
// others see them and save the rest.
func NewRoundForm(c *kit.Session, base model.Round, isNew bool) *RecordForm {
	level, status := new(model.ContestLevel), new(model.RoundStatus)
	*level, *status = base.Level, base.Status
	statuses := model.AllRoundStatuses[:3] // published only by publishing
	if base.Status == model.RoundPublished {
		statuses = model.AllRoundStatuses
	}
	txt := func(name string, kind fieldKind, v string, required bool) *formField {
		return &formField{Name: name, Kind: kind, value: v, required: required}
	}
	r := base.Rules
	fields := []*formField{
		txt("round_code", kText, base.Code, true),
		txt("name", kText, base.Name, true),
		choice(c, "level", level, model.AllContestLevels, model.ContestLevel.Label, true),
		txt("year", kYear, kit.CountText(base.Year), true),
		txt("decision_no", kText, base.DecisionNo, false),
		txt("decision_date", kDate, base.DecisionDate.String(), false),
		txt("reg_open", kDate, base.RegOpen.String(), false),
		txt("reg_close", kDate, base.RegClose.String(), false),
		txt("scoring_date", kDate, base.ScoringDate.String(), false),
		txt("results_date", kDate, base.ResultsDate.String(), false),
		choice(c, "round_status", status, statuses, model.RoundStatus.Label, true),
		txt("results_decision", kText, base.ResultsDecision, false),
		txt("council", kText, strings.Join(base.Council, "; "), false),
		txt("pass_mark", kCount, kit.CountText(r.PassMark), true),
		txt("valid_years", kCount, kit.CountText(r.ValidYears), false),
		txt("complaint_days", kCount, kit.CountText(r.ComplaintDays), false),
		txt("answer_days", kCount, kit.CountText(r.AnswerDays), false),
		txt("criteria", kText, model.FormatCriteria(r.Criteria), true),
		txt("basis", kText, r.Basis, false),
		textArea("notes", kNotes, base.Notes, ""),
	}
	title := c.T(MsgFormNewRound)
	if !isNew {
		title = c.T(MsgFormEditRound, base.Code)
	}
	b := base
	rk := recordKind{
		Kind: model.KindRound,
		Record: func(f *RecordForm) model.Record {
			out := *f.base.(*model.Round)
			out.Code, out.Name, out.Level, out.Year = f.Get("round_code"), f.Get("name"), *level, f.count("year")
			out.DecisionNo, out.DecisionDate = f.Get("decision_no"), f.date("decision_date")
			out.RegOpen, out.RegClose = f.date("reg_open"), f.date("reg_close")
			out.ScoringDate, out.ResultsDate = f.date("scoring_date"), f.date("results_date")
			out.Status, out.ResultsDecision = *status, f.Get("results_decision")
			out.Council = nil
			for _, m := range strings.Split(f.Get("council"), ";") {
				if m = strings.TrimSpace(m); m != "" {
					out.Council = append(out.Council, m)
				}
			}
			out.Rules.PassMark, out.Rules.ValidYears = f.count("pass_mark"), f.count("valid_years")
			out.Rules.ComplaintDays, out.Rules.AnswerDays = f.count("complaint_days"), f.count("answer_days")
			// A cell that does not read is no criteria, which the
			// round's validation refuses with its message.
			out.Rules.Criteria, _ = model.ParseCriteria(f.Get("criteria"))
			out.Rules.Basis, out.Notes = f.Get("basis"), f.Get("notes")
			return &out
		},
		Name:   func(r model.Record) string { return r.(*model.Round).Code },
		remake: func(r model.Record) *RecordForm { return NewRoundForm(c, *r.(*model.Round), false) },
	}
	return newRecordForm(c, rk, title, &b, isNew, fields)
}
