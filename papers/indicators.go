package papers

import (
	"strconv"
	"strings"

	"khuyencong/model"
	"khuyencong/store"
)

// findProgramme is the programme named by its code or number; nil and an
// error when there is none.
func findProgramme(snap *store.Snapshot, ref string) (*model.Programme, error) {
	ref = strings.TrimSpace(ref)
	n, numErr := strconv.Atoi(ref)
	for pg := range store.TableOf[model.Programme](snap).All() {
		if strings.EqualFold(pg.Code, ref) || (numErr == nil && int(pg.ID) == n) {
			return pg, nil
		}
	}
	return nil, model.Errorf(MsgNoProgramme, ref)
}

// indicatorSections are the indicator tables of the programmes in force in
// a year (only the one asked for, when one is): target for the period,
// done by the end of the year by fund and in all, share of the target.
// Every figure is model.Programme.ProgressOf, which the overview shows.
func indicatorSections(p *Paper, snap *store.Snapshot, year int32, only *model.Programme) []Section {
	pgs := model.ProgrammesOf(store.TableOf[model.Programme](snap).All(), year)
	if only != nil {
		pgs = []*model.Programme{only}
	}
	data := model.ProgressData{Projects: snap.Projects().All(), Entries: store.TableOf[model.Entry](snap).All()}
	var out []Section
	for i, pg := range pgs {
		name := "indicators"
		if i > 0 {
			name += strconv.Itoa(i + 1)
		}
		heading := p.t(MsgIndicatorsOf, pg.Name)
		if pg.DecisionNo != "" {
			heading = p.t(MsgIndicatorsOfDecision, pg.Name, pg.DecisionNo)
		}
		out = append(out, Section{Heading: heading, Table: indicatorTable(p, name, pg.ProgressOf(data, year))})
	}
	return out
}

func indicatorTable(p *Paper, name string, ps []model.Progress) *Table {
	t := &Table{Name: name, Cols: []Col{
		{Title: p.t(MsgColIndicator), Width: 40, Span: 3},
		{Title: p.t(MsgColUnit), Width: 12},
		{Title: p.t(MsgColPlan), Kind: ColCount, Width: 16},
		{Title: p.t(MsgColDoneNational), Kind: ColCount, Width: 16},
		{Title: p.t(MsgColDoneLocal), Kind: ColCount, Width: 16},
		{Title: p.t(MsgColDoneTotal), Kind: ColCount, Width: 16},
		{Title: p.t(MsgColPctPlan), Kind: ColPercent},
	}}
	for _, pr := range ps {
		in := pr.Indicator
		nat, loc := Cell{N: pr.Done[model.DoneNational]}, Cell{N: pr.Done[model.DoneLocal]}
		if in.Measure == model.MeasureManual || in.Measure == model.MeasureCertified {
			// Entered figures and certificates have no fund.
			nat, loc = blank(), blank()
		}
		pct := blank()
		if v, ok := pr.Pct(); ok {
			pct = Cell{N: v * 10}
		}
		t.Rows = append(t.Rows, []Cell{text(in.Name), text(in.Unit), {N: in.Target}, nat, loc,
			{N: pr.Done[model.DoneTotal]}, pct})
	}
	return t
}
