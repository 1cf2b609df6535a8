package model

import (
	"iter"

	"khuyencong/i18n"
)

// Texts of the complaint deadlines.
const (
	MsgWarnComplaintLate i18n.Key = "warn.complaint_late"
	MsgWarnComplaintSoon i18n.Key = "warn.complaint_soon"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgWarnComplaintLate: {"Khiếu nại về %s: quá hạn trả lời (%s, trễ %d ngày; khiếu nại ngày %s; %s)",
			"Complaint on %s: answer late (%s, %d days ago; made %s; %s)"},
		MsgWarnComplaintSoon: {"Khiếu nại về %s: trả lời trước %s (còn %d ngày; khiếu nại ngày %s; %s)",
			"Complaint on %s: answer by %s (%d days left; made %s; %s)"},
	})
}

// ComplaintDue is the last day to answer the entry's complaint under its
// round's rules, and whether the complaint is still waiting for an answer.
func ComplaintDue(r *Round, e *Entry) (Date, bool) {
	if r == nil || e == nil || e.ComplaintDate == 0 || e.AnswerDate != 0 {
		return 0, false
	}
	return r.Rules.AnswerDeadline(e.ComplaintDate), true
}

// ComplaintWarnings lists, on day today, each complaint about a round's
// results that has no answer and whose answer deadline (the round's
// AnswerDays working days after it was made) has passed, or falls within
// soon days. The warnings belong to today's year: they are about now, as
// a late complaint from last year's round is still to answer this year.
func ComplaintWarnings(entries iter.Seq[*Entry], round func(ID) (*Round, bool), soon int32, today Date) []Warning {
	if entries == nil || today == 0 {
		return nil
	}
	var ws []Warning
	for e := range entries {
		if e == nil || e.Deleted {
			continue
		}
		r, ok := round(e.Round)
		if !ok || r.Deleted {
			continue
		}
		due, open := ComplaintDue(r, e)
		if !open {
			continue
		}
		days := int(due.Time().Sub(today.Time()).Hours() / 24)
		w := Warning{RecordKind: KindEntry, ID: e.ID, Year: int32(today.Year())}
		switch {
		case days < 0:
			w.Kind = WarnLate
			w.Err = Errorf(MsgWarnComplaintLate, e.Code, due.String(), -days, e.ComplaintDate.String(), r.Rules.Basis)
		case days <= int(soon):
			w.Kind = WarnDueSoon
			w.Err = Errorf(MsgWarnComplaintSoon, e.Code, due.String(), days, e.ComplaintDate.String(), r.Rules.Basis)
		default:
			continue
		}
		ws = append(ws, w)
	}
	return ws
}
