package papers

import (
	"iter"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// portraitWidth is about the characters a table of 12-point Times New
// Roman fits across an A4 page standing up, within Decree 30's margins.
const portraitWidth = 95

// Request is what paper to make.
type Request struct {
	Kind    Kind
	Period  Period
	Project string // the project's code, for a settlement sheet
	// AllYears makes a budget paper cover every year (Period unused).
	AllYears bool
	// Round is the contest round of a results paper (its code or number).
	Round string
	// Programme limits a periodic report or a registration to one
	// programme's projects and indicators (its code or number).
	Programme string
}

// Build makes the paper asked for from a snapshot, dated day.
func Build(snap *store.Snapshot, r Request, day model.Date, l i18n.Lang) (*Paper, error) {
	var pg *model.Programme
	if r.Programme != "" {
		if r.Kind != Periodic && r.Kind != Registration {
			return nil, model.Errorf(MsgProgrammeKinds)
		}
		var err error
		if pg, err = findProgramme(snap, r.Programme); err != nil {
			return nil, err
		}
	}
	switch r.Kind {
	case Periodic:
		return buildPeriodic(snap, r.Period, pg, day, l), nil
	case Registration:
		return buildRegistration(snap, r.Period.Year, pg, day, l), nil
	case Settlement:
		return buildSettlement(snap, r.Project, day, l)
	case Budget:
		year := r.Period.Year
		if r.AllYears {
			year = 0
		}
		return buildBudget(snap, year, day, l), nil
	case Contest:
		return buildContest(snap, r.Round, day, l)
	}
	return nil, model.Errorf(MsgBadKind, string(r.Kind))
}

// ParseKind reads a kind's name.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", model.Errorf(MsgBadKind, s)
}

// summary is the summary the screens compute for a year (tui/money uses
// the same options), over the payments up to a day (0: all of them).
func summary(snap *store.Snapshot, year int32, until model.Date) *model.Summary {
	return model.Summarize(data(snap, until), model.SummaryOptions{
		Year: year, Top: 10, Settings: snap.Settings, PlaceLabel: snap.Units.CommuneLabel,
	})
}

// data is the snapshot as the summaries read it; until keeps the payments
// dated up to that day (0 keeps all).
func data(snap *store.Snapshot, until model.Date) model.Data {
	pays := snap.Payments().All()
	if until != 0 {
		pays = paidBy(pays, until)
	}
	return model.Data{
		Facilities:  store.FacilityBriefs(snap.Facilities()),
		Projects:    snap.Projects().All(),
		Allocations: snap.Allocations().All(),
		Payments:    pays,
		Steps:       snap.Steps().All(),
	}
}

func paidBy(all iter.Seq[*model.Payment], until model.Date) iter.Seq[*model.Payment] {
	return func(yield func(*model.Payment) bool) {
		for p := range all {
			if p.Date <= until && !yield(p) {
				return
			}
		}
	}
}

// takes says whether a project is in the paper: every project, or the
// programme's.
func takes(pg *model.Programme, pr *model.Project) bool { return pg == nil || pg.Takes(pr) }
