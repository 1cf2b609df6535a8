package model

import (
	"strings"
	"unicode/utf8"

	"khuyencong/vntext"
)

// maxCouncil bounds a council, and so the score grid's columns.
const maxCouncil = 15

// Validate checks a round and its rules.
func (r *Round) Validate() Problems {
	var ps Problems
	ps.contestCode("round_code", r.Code)
	ps.text("name", r.Name, maxLineRunes, true)
	ps.enum("level", int(r.Level), int(LevelNational), true)
	ps.planYear(r.Year)
	ps.text("decision_no", r.DecisionNo, maxLineRunes, false)
	ps.text("results_decision", r.ResultsDecision, maxLineRunes, false)
	ps.date("decision_date", r.DecisionDate)
	ps.date("reg_open", r.RegOpen)
	ps.date("reg_close", r.RegClose)
	ps.date("scoring_date", r.ScoringDate)
	ps.date("results_date", r.ResultsDate)
	if r.RegOpen != 0 && r.RegClose != 0 && r.RegClose < r.RegOpen {
		ps.add("reg_close", MsgEndBeforeStart)
	}
	ps.enum("round_status", int(r.Status), int(RoundPublished), true)
	if r.Status == RoundPublished && r.ResultsDate == 0 {
		ps.add("results_date", MsgRequired)
	}
	if len(r.Council) > maxCouncil {
		ps.add("council", MsgContestCouncilSize, maxCouncil)
	}
	seen := map[string]bool{}
	for i, m := range r.Council {
		f := vntext.Fold(m)
		if strings.TrimSpace(m) == "" || utf8.RuneCountInString(m) > maxLineRunes || seen[f] {
			ps.add("council", MsgContestMember, i+1)
		}
		seen[f] = true
	}
	ps = append(ps, r.Rules.Validate()...)
	ps.text("notes", r.Notes, maxNoteRunes, false)
	return ps
}

// Validate checks an entry on its own; the store checks it against its
// round.
func (e *Entry) Validate() Problems {
	var ps Problems
	ps.contestCode("entry_code", e.Code)
	if e.Round == 0 {
		ps.add("round", MsgChoose)
	}
	if e.Facility == 0 {
		ps.add("facility", MsgChoose)
	}
	ps.text("product", e.Product, maxLineRunes, true)
	ps.enum("product_group", int(e.Group), int(GroupOther), true)
	for i, d := range e.Dossier {
		ps.date(dossierFields[i], d)
	}
	ps.text("lower_cert", e.LowerCert, maxLineRunes, false)
	ps.text("cert_no", e.CertNo, maxLineRunes, false)
	ps.text("cert_decision", e.CertDecision, maxLineRunes, false)
	ps.date("cert_date", e.CertDate)
	ps.date("valid_until", e.ValidUntil)
	if e.CertNo != "" && (e.CertDate == 0 || e.ValidUntil == 0) {
		ps.add("cert_date", MsgRequired)
	}
	ps.date("complaint_date", e.ComplaintDate)
	ps.date("answer_date", e.AnswerDate)
	if e.AnswerDate != 0 && e.AnswerDate < e.ComplaintDate {
		ps.add("answer_date", MsgEndBeforeStart)
	}
	ps.text("complaint", e.Complaint, maxNoteRunes, false)
	ps.text("notes", e.Notes, maxNoteRunes, false)
	return ps
}

// dossierFields names the dossier items as fields, in Dossier order.
var dossierFields = [DossierItems]string{"dossier_form", "dossier_description", "dossier_photos", "dossier_quality"}

// DossierField is the field name of dossier item i.
func DossierField(i int) string { return dossierFields[i] }

// Validate checks a sheet on its own: the store checks the scores against
// the round's criteria, which the sheet does not carry.
func (s *ScoreSheet) Validate() Problems {
	var ps Problems
	if s.Round == 0 {
		ps.add("round", MsgChoose)
	}
	if s.Entry == 0 {
		ps.add("entry", MsgChoose)
	}
	ps.text("member", s.Member, maxLineRunes, true)
	if len(s.Scores) > maxCriteria {
		ps.add("scores", MsgContestCriteriaCount, maxCriteria)
	}
	for i, v := range s.Scores {
		if v < 0 {
			ps.add("scores", MsgContestScore, i+1, 0)
		}
	}
	ps.text("notes", s.Notes, maxNoteRunes, false)
	return ps
}

// CheckScores checks a sheet against its round: one score per criterion,
// each within its maximum.
func (s *ScoreSheet) CheckScores(r *Round) Problems {
	var ps Problems
	cs := r.Rules.Criteria
	if len(s.Scores) != len(cs) {
		ps.add("scores", MsgContestScoreCount, len(cs))
		return ps
	}
	for i, v := range s.Scores {
		if v < 0 || v > cs[i].Max {
			ps.add("scores", MsgContestScore, i+1, cs[i].Max)
		}
	}
	return ps
}

func (ps *Problems) contestCode(field, s string) {
	switch {
	case strings.TrimSpace(s) == "":
		ps.add(field, MsgRequired)
	case utf8.RuneCountInString(s) > maxCodeRunes:
		ps.add(field, MsgTooLong, maxCodeRunes)
	case !codeShape(s):
		ps.add(field, MsgProjectCode)
	}
}

// Sanitize cleans the round's text in place.
func (r *Round) Sanitize() {
	r.Code = vntext.CleanLine(r.Code)
	r.Name = vntext.CleanLine(r.Name)
	r.DecisionNo = vntext.CleanLine(r.DecisionNo)
	r.ResultsDecision = vntext.CleanLine(r.ResultsDecision)
	var council []string
	for _, m := range r.Council {
		if m = vntext.CleanLine(m); m != "" {
			council = append(council, m)
		}
	}
	r.Council = council
	r.Rules.Basis = vntext.CleanLine(r.Rules.Basis)
	for i := range r.Rules.Criteria {
		r.Rules.Criteria[i].Name = vntext.CleanLine(r.Rules.Criteria[i].Name)
	}
	r.Notes = vntext.CleanText(r.Notes)
}

// Sanitize cleans the entry's text in place.
func (e *Entry) Sanitize() {
	e.Code = vntext.CleanLine(e.Code)
	e.Product = vntext.CleanLine(e.Product)
	e.LowerCert = vntext.CleanLine(e.LowerCert)
	e.CertNo = vntext.CleanLine(e.CertNo)
	e.CertDecision = vntext.CleanLine(e.CertDecision)
	e.Complaint = vntext.CleanText(e.Complaint)
	e.Notes = vntext.CleanText(e.Notes)
}

// Sanitize cleans the sheet's text in place.
func (s *ScoreSheet) Sanitize() {
	s.Member = vntext.CleanLine(s.Member)
	s.Notes = vntext.CleanText(s.Notes)
}
