package model

import (
	"iter"

	"khuyencong/i18n"
)

// Deadlines are the dates a project's paperwork is due by, as data an
// admin can change. The defaults are those of TT 36/2013/TT-BCT for
// national funds (Art. 10: plan proposals reach the Sở by 20/5 and the Sở
// sends them to the Cục by 15/6 of the year before the plan year; Art. 12:
// the settlement dossier within 15 days of the last acceptance, and the
// contract liquidated by 22/01 of the following year); a province's own
// procedure for local funds may set others.
type Deadlines struct {
	Register  int32 // mmdd, year before the plan year: units → Sở
	Forward   int32 // mmdd, year before the plan year: Sở → Cục (KCQG only)
	Dossier   int32 // days after the last acceptance
	Liquidate int32 // mmdd of the year after the acceptance
	Soon      int32 // days ahead a deadline is listed as due
	Basis     string
}

// DefaultDeadlines are TT 36/2013/TT-BCT's.
func DefaultDeadlines() Deadlines {
	return Deadlines{Register: 520, Forward: 615, Dossier: 15, Liquidate: 122, Soon: 30,
		Basis: "TT 36/2013/TT-BCT Điều 10, 12"}
}

// dayOf is month-day md of year y, or 0 when md is not a date.
func dayOf(y int, md int32) Date {
	d := Date(int32(y)*10000 + md)
	if md <= 0 || !d.Valid() {
		return 0
	}
	return d
}

// addDays is d moved by n days.
func addDays(d Date, n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// DeadlineWarnings lists, on day today, each project's next deadline that
// is late or due within dl.Soon days: registration and forwarding before
// appraisal, then the settlement dossier and the liquidation after
// acceptance. The dates after acceptance come from the recorded steps: an
// older project without steps has only the plan year's.
func DeadlineWarnings(projects iter.Seq[*Project], life func(ID) Life, dl Deadlines, today Date) []Warning {
	var ws []Warning
	if today == 0 || projects == nil {
		return nil
	}
	for p := range projects {
		if p == nil || p.Deleted {
			continue
		}
		l := life(p.ID)
		for _, due := range dueDates(p, l, dl, today) {
			if w, ok := deadlineWarning(p, due, dl, today); ok {
				ws = append(ws, w)
			}
		}
	}
	return ws
}

type dueDate struct {
	day  Date
	what i18n.Key // the paperwork due
}

// dueDates are the project's open deadlines at the stage it is at. The
// plan's deadlines lapse when its year begins: the plan is made by then,
// and a proposal left behind is a matter for the next plan.
func dueDates(p *Project, l Life, dl Deadlines, today Date) []dueDate {
	stage := l.Stage
	if stage == 0 {
		stage = stageOfStatus(p.Status)
	}
	var out []dueDate
	switch stage {
	case 0, StageRegistered:
		if today.Year() >= int(p.Year) {
			break
		}
		if stage == 0 && p.Status == StatusProposed {
			out = append(out, dueDate{dayOf(int(p.Year)-1, dl.Register), MsgDueRegister})
		}
		if p.Source == SourceNational {
			out = append(out, dueDate{dayOf(int(p.Year)-1, dl.Forward), MsgDueForward})
		}
	case StageAccepted, StageLiquidated:
		acc := l.lastAcceptance()
		if acc == 0 {
			break
		}
		if dl.Dossier > 0 {
			out = append(out, dueDate{addDays(acc, int(dl.Dossier)), MsgDueDossier})
		}
		if stage == StageAccepted {
			out = append(out, dueDate{dayOf(acc.Year()+1, dl.Liquidate), MsgDueLiquidate})
		}
	}
	return out
}

func (l Life) lastAcceptance() Date {
	var d Date
	for _, s := range l.Steps {
		if s.Stage == StageAccepted {
			d = s.Date
		}
	}
	return d
}

func deadlineWarning(p *Project, due dueDate, dl Deadlines, today Date) (Warning, bool) {
	if due.day == 0 {
		return Warning{}, false
	}
	days := int(due.day.Time().Sub(today.Time()).Hours() / 24)
	w := Warning{RecordKind: KindProject, ID: p.ID, Year: p.Year, Source: p.Source}
	switch {
	case days < 0:
		w.Kind = WarnLate
		w.Err = Errorf(MsgWarnLate, p.Code, due.what, due.day.String(), -days, dl.Basis)
	case days <= int(dl.Soon):
		w.Kind = WarnDueSoon
		w.Err = Errorf(MsgWarnDueSoon, p.Code, due.what, due.day.String(), days, dl.Basis)
	default:
		return Warning{}, false
	}
	return w, true
}

// Validate checks the deadlines: month-days must be dates (29/02 is not,
// as most years lack it) and counts must not be negative.
func (dl *Deadlines) Validate() Problems {
	var ps Problems
	for _, md := range []int32{dl.Register, dl.Forward, dl.Liquidate} {
		if md != 0 && dayOf(2001, md) == 0 {
			ps.add("deadlines", MsgBadDate)
		}
	}
	if dl.Dossier < 0 || dl.Soon < 0 {
		ps.add("deadlines", MsgNegative)
	}
	return ps
}
