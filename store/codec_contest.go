package store

import "khuyencong/model"

// Format bytes of the contest kinds (see codec_records.go).
const (
	fmtRound      = 1
	fmtEntry      = 1
	fmtScoreSheet = 1
)

func encodeRound(w *writer, r *model.Round) {
	w.byte(fmtRound)
	w.meta(&r.Meta)
	w.str(r.Code)
	w.str(r.Name)
	w.byte(byte(r.Level))
	w.i(int64(r.Year))
	w.str(r.DecisionNo)
	for _, d := range []model.Date{r.DecisionDate, r.RegOpen, r.RegClose, r.ScoringDate, r.ResultsDate} {
		w.i(int64(d))
	}
	w.byte(byte(r.Status))
	w.str(r.ResultsDecision)
	w.bool(r.NeedsLower)
	w.u(uint64(len(r.Council)))
	for _, m := range r.Council {
		w.istr(m)
	}
	w.istr(r.Rules.Basis)
	w.i(int64(r.Rules.PassMark))
	w.i(int64(r.Rules.ValidYears))
	w.i(int64(r.Rules.ComplaintDays))
	w.i(int64(r.Rules.AnswerDays))
	w.u(uint64(len(r.Rules.Criteria)))
	for _, c := range r.Rules.Criteria {
		w.istr(c.Name)
		w.i(int64(c.Max))
	}
	w.str(r.Notes)
}

func decodeRound(rd *reader, r *model.Round) error {
	rd.format(fmtRound)
	rd.meta(&r.Meta)
	r.Code = rd.str()
	r.Name = rd.str()
	r.Level = model.ContestLevel(rd.byte())
	r.Year = rd.i32()
	r.DecisionNo = rd.str()
	for _, d := range []*model.Date{&r.DecisionDate, &r.RegOpen, &r.RegClose, &r.ScoringDate, &r.ResultsDate} {
		*d = model.Date(rd.i32())
	}
	r.Status = model.RoundStatus(rd.byte())
	r.ResultsDecision = rd.str()
	r.NeedsLower = rd.bool()
	if n := rd.count(1); n > 0 {
		r.Council = make([]string, n)
		for i := range r.Council {
			r.Council[i] = rd.istr()
		}
	}
	r.Rules.Basis = rd.istr()
	r.Rules.PassMark = rd.i32()
	r.Rules.ValidYears = rd.i32()
	r.Rules.ComplaintDays = rd.i32()
	r.Rules.AnswerDays = rd.i32()
	if n := rd.count(2); n > 0 {
		r.Rules.Criteria = make([]model.Criterion, n)
		for i := range r.Rules.Criteria {
			r.Rules.Criteria[i].Name = rd.istr()
			r.Rules.Criteria[i].Max = rd.i32()
		}
	}
	r.Notes = rd.str()
	return rd.done()
}

func encodeEntry(w *writer, e *model.Entry) {
	w.byte(fmtEntry)
	w.meta(&e.Meta)
	w.str(e.Code)
	w.u(uint64(e.Round))
	w.u(uint64(e.Facility))
	w.str(e.Product)
	w.byte(byte(e.Group))
	for _, d := range e.Dossier {
		w.i(int64(d))
	}
	w.str(e.LowerCert)
	w.bool(e.Nominated)
	w.str(e.CertNo)
	w.istr(e.CertDecision)
	w.i(int64(e.CertDate))
	w.i(int64(e.ValidUntil))
	w.i(int64(e.ComplaintDate))
	w.i(int64(e.AnswerDate))
	w.str(e.Complaint)
	w.str(e.Notes)
}

func decodeEntry(r *reader, e *model.Entry) error {
	r.format(fmtEntry)
	r.meta(&e.Meta)
	e.Code = r.str()
	e.Round = model.ID(r.u32())
	e.Facility = model.ID(r.u32())
	e.Product = r.str()
	e.Group = model.ProductGroup(r.byte())
	for i := range e.Dossier {
		e.Dossier[i] = model.Date(r.i32())
	}
	e.LowerCert = r.str()
	e.Nominated = r.bool()
	e.CertNo = r.str()
	e.CertDecision = r.istr()
	e.CertDate = model.Date(r.i32())
	e.ValidUntil = model.Date(r.i32())
	e.ComplaintDate = model.Date(r.i32())
	e.AnswerDate = model.Date(r.i32())
	e.Complaint = r.str()
	e.Notes = r.str()
	return r.done()
}

func encodeScoreSheet(w *writer, s *model.ScoreSheet) {
	w.byte(fmtScoreSheet)
	w.meta(&s.Meta)
	w.u(uint64(s.Round))
	w.u(uint64(s.Entry))
	w.istr(s.Member)
	w.u(uint64(len(s.Scores)))
	for _, v := range s.Scores {
		w.i(int64(v))
	}
	w.str(s.Notes)
}

func decodeScoreSheet(r *reader, s *model.ScoreSheet) error {
	r.format(fmtScoreSheet)
	r.meta(&s.Meta)
	s.Round = model.ID(r.u32())
	s.Entry = model.ID(r.u32())
	s.Member = r.istr()
	if n := r.count(1); n > 0 {
		s.Scores = make([]int32, n)
		for i := range s.Scores {
			s.Scores[i] = r.i32()
		}
	}
	s.Notes = r.str()
	return r.done()
}
