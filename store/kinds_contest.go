package store

import (
	"strconv"

	"khuyencong/model"
	"khuyencong/vntext"
)

// Unique indexes of the contest kinds.
var (
	bucketRoundIdx = []byte("idx_round_code")  // folded code → round ID (live only)
	bucketEntryIdx = []byte("idx_entry_code")  // folded code → entry ID (live only)
	bucketSheetIdx = []byte("idx_score_sheet") // round/entry/folded member → sheet ID
)

// contestKinds are the descriptors of the contest kinds, in model.Kinds
// order after the budget kinds.
func contestKinds() []*kindDesc {
	return []*kindDesc{
		kindSpec[model.Round, *model.Round]{
			kind: model.KindRound, index: bucketRoundIdx,
			dec: decodeRound, enc: encodeRound, fields: roundFields,
			unique: func(r *model.Round) (string, string, string) {
				return vntext.Fold(r.Code), r.Code, "round_code"
			},
			text:  func(tb *textBuf, r *model.Round, _ namer) { tb.round(r) },
			rules: checkRound,
		}.desc(),
		kindSpec[model.Entry, *model.Entry]{
			kind: model.KindEntry, index: bucketEntryIdx,
			dec: decodeEntry, enc: encodeEntry, fields: entryFields,
			unique: func(e *model.Entry) (string, string, string) {
				return vntext.Fold(e.Code), e.Code, "entry_code"
			},
			refs: func(e *model.Entry, out []ref) []ref {
				return append(out, ref{model.KindRound, e.Round, MsgStoreEntryRound},
					ref{model.KindFacility, e.Facility, MsgStoreEntryFacility})
			},
			text:  func(tb *textBuf, e *model.Entry, n namer) { tb.entry(e, n) },
			rules: checkEntry,
		}.desc(),
		kindSpec[model.ScoreSheet, *model.ScoreSheet]{
			kind: model.KindScoreSheet, index: bucketSheetIdx,
			dec: decodeScoreSheet, enc: encodeScoreSheet, fields: sheetFields,
			unique: func(s *model.ScoreSheet) (string, string, string) {
				if s.Member == "" {
					return "", "", ""
				}
				return sheetKey(s.Round, s.Entry, s.Member), s.Member, "member"
			},
			refs: func(s *model.ScoreSheet, out []ref) []ref {
				return append(out, ref{model.KindRound, s.Round, MsgStoreSheetRound},
					ref{model.KindEntry, s.Entry, MsgStoreSheetEntry})
			},
			text:  func(tb *textBuf, s *model.ScoreSheet, _ namer) { tb.sheet(s) },
			rules: checkSheet,
		}.desc(),
	}
}

// sheetKey is a sheet's unique key: one sheet per round, entry and member.
func sheetKey(round, entry model.ID, member string) string {
	return strconv.FormatUint(uint64(round), 10) + "/" + strconv.FormatUint(uint64(entry), 10) + "/" + vntext.Fold(member)
}

func roundFields(v *model.Round) []field {
	return []field{
		{"round_code", v.Code}, {"name", v.Name}, {"level", v.Level.Code()}, {"year", num(v.Year)},
		{"decision_no", v.DecisionNo}, {"decision_date", v.DecisionDate.String()},
		{"reg_open", v.RegOpen.String()}, {"reg_close", v.RegClose.String()},
		{"scoring_date", v.ScoringDate.String()}, {"results_date", v.ResultsDate.String()},
		{"round_status", v.Status.Code()}, {"results_decision", v.ResultsDecision},
		{"needs_lower", yes(v.NeedsLower)}, {"council", joinNames(v.Council)},
		{"basis", v.Rules.Basis}, {"pass_mark", num(v.Rules.PassMark)},
		{"valid_years", num(v.Rules.ValidYears)}, {"complaint_days", num(v.Rules.ComplaintDays)},
		{"answer_days", num(v.Rules.AnswerDays)}, {"criteria", model.FormatCriteria(v.Rules.Criteria)},
		{"notes", v.Notes},
	}
}

func entryFields(v *model.Entry) []field {
	fs := []field{
		{"entry_code", v.Code}, {"round", ids([]model.ID{v.Round})},
		{"facility", ids([]model.ID{v.Facility})}, {"product", v.Product},
		{"product_group", v.Group.Code()},
	}
	for i, d := range v.Dossier {
		fs = append(fs, field{model.DossierField(i), d.String()})
	}
	return append(fs,
		field{"lower_cert", v.LowerCert}, field{"nominated", yes(v.Nominated)},
		field{"cert_no", v.CertNo}, field{"cert_decision", v.CertDecision},
		field{"cert_date", v.CertDate.String()}, field{"valid_until", v.ValidUntil.String()},
		field{"complaint_date", v.ComplaintDate.String()}, field{"answer_date", v.AnswerDate.String()},
		field{"complaint", v.Complaint}, field{"notes", v.Notes})
}

func sheetFields(v *model.ScoreSheet) []field {
	scores := make([]string, len(v.Scores))
	for i, s := range v.Scores {
		scores[i] = strconv.Itoa(int(s))
	}
	return []field{
		{"round", ids([]model.ID{v.Round})}, {"entry", ids([]model.ID{v.Entry})},
		{"member", v.Member}, {"scores", joinNames(scores)}, {"notes", v.Notes},
	}
}

func yes(b bool) string {
	if b {
		return "x"
	}
	return ""
}

func joinNames(v []string) string {
	out := ""
	for i, s := range v {
		if i > 0 {
			out += "; "
		}
		out += s
	}
	return out
}

func (t *textBuf) round(r *model.Round) {
	t.reset()
	t.add(r.Code)
	t.add(r.Name)
	t.add(strconv.Itoa(int(r.Year)))
	t.add(r.DecisionNo)
}

// entry includes the facility's name.
func (t *textBuf) entry(e *model.Entry, n namer) {
	t.reset()
	t.add(e.Code)
	t.add(e.Product)
	t.add(n.facilityName(e.Facility))
	t.add(e.CertNo)
}

func (t *textBuf) sheet(s *model.ScoreSheet) {
	t.reset()
	t.add(s.Member)
}
