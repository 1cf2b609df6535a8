package store

import (
	"fmt"

	"khuyencong/model"
	"khuyencong/vntext"
)

// Publication is what publishing a round's results records: the decision
// that recognises the products and its date, which the certificates carry.
type Publication struct {
	Decision string
	Date     model.Date
}

// PublishRound publishes a round's results in one write: every live entry
// whose average reaches the round's pass mark with a complete dossier gets
// a certificate (number, decision, date, validity from the round's rules),
// an entry that held one and no longer passes loses it, and the round
// becomes published, which locks its score sheets. version is the round's
// version the caller read. It returns how many certificates the round
// now has. Editors and admins; each changed record has its audit entry.
func (s *Store) PublishRound(a Actor, id model.ID, version uint32, p Publication) (int, error) {
	if err := s.allow(a, permWrite); err != nil {
		return 0, err
	}
	issued := 0
	err := s.write(a, permWrite, func(w *wtx) error {
		var err error
		issued, err = w.publish(id, version, p)
		return err
	})
	return issued, err
}

// PublishRound publishes a round created in the batch (the sample): see
// Store.PublishRound.
func (b *Batch) PublishRound(id model.ID, version uint32, p Publication) (int, error) {
	if err := b.canceled(); err != nil {
		return 0, err
	}
	return b.w.publish(id, version, p)
}

func (w *wtx) publish(id model.ID, version uint32, p Publication) (int, error) {
	w.publishing = true
	defer func() { w.publishing = false }()
	p.Decision = vntext.CleanLine(p.Decision)
	if p.Date == 0 || !p.Date.Valid() {
		return 0, model.Problems{{Field: "results_date", Err: model.Errorf(model.MsgRequired)}}
	}
	cur, err := w.current(model.KindRound, id)
	if err != nil {
		return 0, err
	}
	round := cur.(*model.Round)
	switch {
	case round.Version != version:
		return 0, conflict(&round.Meta)
	case round.Deleted:
		return 0, deletedErr(model.KindRound, id)
	case round.Status == model.RoundPublished:
		return 0, model.Errorf(MsgStoreAlreadyPublished, round.Code)
	}
	n, err := w.issueCertificates(round, p)
	if err != nil {
		return 0, err
	}
	r := *round
	r.Status, r.ResultsDecision, r.ResultsDate = model.RoundPublished, p.Decision, p.Date
	return n, w.update(&r)
}

// issueCertificates updates the round's entries, read from the file so
// that a batch's own records count.
func (w *wtx) issueCertificates(round *model.Round, p Publication) (int, error) {
	var entries []*model.Entry
	var sheets []*model.ScoreSheet
	err := w.scan(model.KindEntry, func(r model.Record) {
		if e := r.(*model.Entry); !e.Deleted && e.Round == round.ID {
			entries = append(entries, e)
		}
	})
	if err == nil {
		err = w.scan(model.KindScoreSheet, func(r model.Record) {
			if s := r.(*model.ScoreSheet); !s.Deleted && s.Round == round.ID {
				sheets = append(sheets, s)
			}
		})
	}
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		res := model.Evaluate(round, e, sheets)
		next := *e
		if res.Passed {
			n++
			if next.CertNo == "" {
				next.CertNo = fmt.Sprintf("%02d/%s", n, round.Code)
			}
			next.CertDecision, next.CertDate = p.Decision, p.Date
			next.ValidUntil = round.Rules.ValidUntil(p.Date)
		} else {
			next.CertNo, next.CertDecision, next.CertDate, next.ValidUntil = "", "", 0, 0
		}
		if err := w.update(&next); err != nil && err != errNoop {
			return 0, fmt.Errorf("%s: %w", e.Code, err)
		}
	}
	return n, nil
}

// scan decodes every record of the kind in the file, in ID order.
func (w *wtx) scan(k model.Kind, fn func(model.Record)) error {
	b, err := w.records(k)
	if err != nil {
		return err
	}
	return b.ForEach(func(key, raw []byte) error {
		r, err := decodeRecord(k, raw)
		if err != nil {
			return fmt.Errorf("%s %x: %w", k, key, err)
		}
		fn(r)
		return nil
	})
}

// ReopenRound moves a published round back to scoring, unlocking its
// score sheets; its certificates stay until it is published again. Admins
// only; the audit trail has the change of status.
func (s *Store) ReopenRound(a Actor, id model.ID, version uint32) error {
	if err := s.allow(a, permReopen); err != nil {
		return err
	}
	return s.write(a, permReopen, func(w *wtx) error {
		cur, err := w.current(model.KindRound, id)
		if err != nil {
			return err
		}
		round := *cur.(*model.Round)
		if round.Version != version {
			return conflict(&round.Meta)
		}
		if round.Status != model.RoundPublished {
			return errNoop
		}
		round.Status = model.RoundScoring
		return w.update(&round)
	})
}

// EntriesOfRound lists the round's live entries in ID order (copies).
func EntriesOfRound(snap *Snapshot, round model.ID) []*model.Entry {
	var out []*model.Entry
	for e := range TableOf[model.Entry](snap).Scan() {
		if e.Round == round {
			c := *e
			out = append(out, &c)
		}
	}
	return out
}

// SheetsOfRound lists the round's live score sheets in ID order (copies).
func SheetsOfRound(snap *Snapshot, round model.ID) []*model.ScoreSheet {
	var out []*model.ScoreSheet
	for s := range TableOf[model.ScoreSheet](snap).Scan() {
		if s.Round == round {
			c := *s
			out = append(out, &c)
		}
	}
	return out
}
