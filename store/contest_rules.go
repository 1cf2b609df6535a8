package store

import (
	"slices"

	"khuyencong/model"
	"khuyencong/vntext"
)

// checkRules runs the kind's rules against other records and the role.
func (w *wtx) checkRules(old, new model.Record) error {
	d := recordDesc(new)
	if d == nil || new.Header().Deleted {
		return nil
	}
	if recordDesc(old) != d {
		old = nil
	}
	return d.rules(w, old, new)
}

// admin reports whether the write's actor is an admin now.
func (w *wtx) admin() bool { return w.s.allow(w.who, permRestore) == nil }

// checkRound: a round's figures are an admin's to change (a new round
// starts from the defaults); results are published by PublishRound, which
// issues the certificates, and only an admin moves a published round back
// (ReopenRound). An import (a batch) may bring a published round as it
// was.
func checkRound(w *wtx, old, r *model.Round) error {
	name := vntext.CleanLine(w.who.Name)
	if old == nil {
		def := model.DefaultContestRules()
		if !r.Rules.Equal(&def) && !w.admin() {
			return coded(ErrForbidden, nil, MsgStoreContestRules, name)
		}
		if r.Status == model.RoundPublished && !w.batch {
			return model.Errorf(MsgStorePublishWith)
		}
		return nil
	}
	if !r.Rules.Equal(&old.Rules) && !w.admin() {
		return coded(ErrForbidden, nil, MsgStoreContestRules, name)
	}
	wasPublished, isPublished := old.Status == model.RoundPublished, r.Status == model.RoundPublished
	switch {
	case !wasPublished && isPublished && !w.publishing && !w.batch:
		return model.Errorf(MsgStorePublishWith)
	case wasPublished && !isPublished && !w.admin():
		return coded(ErrForbidden, nil, MsgStoreReopenAdmin, name)
	}
	return nil
}

// checkEntry: the entry's round must be live; certificate fields are set
// by publishing, or by an admin.
func checkEntry(w *wtx, old, e *model.Entry) error {
	certOf := func(e *model.Entry) [4]string {
		if e == nil {
			return [4]string{}
		}
		return [4]string{e.CertNo, e.CertDecision, e.CertDate.String(), e.ValidUntil.String()}
	}
	if certOf(old) != certOf(e) && !w.publishing && !w.admin() {
		return coded(ErrForbidden, nil, MsgStoreCertAdmin, vntext.CleanLine(w.who.Name))
	}
	return nil
}

// checkSheet: the sheet's entry belongs to its round, its member sits on
// the round's council, each score is within its criterion's maximum, and
// the round's results are not published (then the sheet is locked; an
// admin's import may still bring sheets back as they were).
func checkSheet(w *wtx, _, s *model.ScoreSheet) error {
	rr, err := w.current(model.KindRound, s.Round)
	if err != nil {
		return err
	}
	round := rr.(*model.Round)
	if round.Status == model.RoundPublished && !(w.batch && w.admin()) {
		return model.Errorf(MsgStoreSheetLocked, round.Code)
	}
	er, err := w.current(model.KindEntry, s.Entry)
	if err != nil {
		return err
	}
	if er.(*model.Entry).Round != s.Round {
		return model.Errorf(MsgStoreSheetOtherRound, er.(*model.Entry).Code, round.Code)
	}
	member := vntext.Fold(s.Member)
	if !slices.ContainsFunc(round.Council, func(m string) bool { return vntext.Fold(m) == member }) {
		return model.Errorf(MsgStoreSheetMember, s.Member, round.Code)
	}
	if ps := s.CheckScores(round); len(ps) > 0 {
		return ps
	}
	return nil
}

// sheetLocked refuses deleting or restoring a score sheet of a round whose
// results are published: that changes its results as an edit would
// (checkSheet), so an admin reopens the round first. Other kinds pass.
func sheetLocked(w *wtx, r model.Record) error {
	s, ok := r.(*model.ScoreSheet)
	if !ok {
		return nil
	}
	rr, err := w.current(model.KindRound, s.Round)
	if err != nil {
		return nil // a deleted or missing round locks nothing
	}
	if round := rr.(*model.Round); round.Status == model.RoundPublished {
		return model.Errorf(MsgStoreSheetLocked, round.Code)
	}
	return nil
}
