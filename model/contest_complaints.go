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
		MsgWarnComplaintLate: {"Khiếu nại về %s (%s, ngày %s) chưa được trả lời: quá hạn %s, trễ %d ngày (%s)",
			"Complaint about %s (%s, made %s) not answered: due %s, %d days ago (%s)"},
		MsgWarnComplaintSoon: {"Khiếu nại về %s (%s, ngày %s) chưa được trả lời: hạn %s, còn %d ngày (%s)",
			"Complaint about %s (%s, made %s) not answered: due %s, %d days left (%s)"},
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
			w.Err = Errorf(MsgWarnComplaintLate, e.Code, e.Product, e.ComplaintDate.String(), due.String(), -days, r.Rules.Basis)
		case days <= int(soon):
			w.Kind = WarnDueSoon
			w.Err = Errorf(MsgWarnComplaintSoon, e.Code, e.Product, e.ComplaintDate.String(), due.String(), days, r.Rules.Basis)
		default:
			continue
		}
		ws = append(ws, w)
	}
	return ws
}
