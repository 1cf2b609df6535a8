package papers

import (
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"strconv"
)

// buildPeriodic is the results report of a period: last year's results,
// this period's (budget by source and the committed projects with their
// stage, support by source, paid and remaining) and the next period's
// plan. Payments count up to the period's last day.
func buildPeriodic(snap *store.Snapshot, per Period, pg *model.Programme, day model.Date, l i18n.Lang) *Paper {
	p := newPaper(snap, Periodic, day, l)
	p.Title = p.t(MsgPeriodicTitle)
	p.Subtitle = per.Label(l)
	if pg != nil {
		p.Subtitle += " — " + pg.Name
	}
	p.Values["period"] = p.Subtitle
	p.Values["year"] = strconv.Itoa(int(per.Year))
	until := per.To()
	all := summary(snap, 0, until)
	year := summary(snap, per.Year, until)

	prev := model.SumBudget(all.Budget, per.Year-1, 0)
	p.Sections = append(p.Sections, Section{Heading: p.t(MsgPeriodicPrev, int(per.Year-1)),
		Lines: []string{p.t(MsgPeriodicPrevLine, int(per.Year-1), prev.Projects, prev.Committed.Full(),
			prev.Allocated.Full(), prev.Paid.Full())}})

	y := model.SplitSupport(year.ByStatus)
	now := Section{Heading: p.t(MsgPeriodicNow, p.Subtitle),
		Lines: []string{p.t(MsgPeriodicNowLine, y.CommittedN, y.Committed.Full(), until.String())}}
	if y.PendingN > 0 {
		now.Lines = append(now.Lines, p.t(MsgPeriodicPending, y.PendingN, y.Pending.Full()))
	}
	if y.DroppedN > 0 {
		now.Lines = append(now.Lines, p.t(MsgPeriodicDropped, y.DroppedN, y.Dropped.Full()))
	}
	// The source spans the projects' number, code and name columns below.
	now.Table = budgetTable(p, year, per.Year, false, 3)
	p.Sections = append(p.Sections, now)
	// The programmes' indicators, at the end of the period's year.
	p.Sections = append(p.Sections, indicatorSections(p, snap, per.Year, pg)...)
	p.Sections = append(p.Sections, Section{Heading: p.t(MsgPeriodicProjects, int(per.Year)),
		Table: projectsTable(p, snap, per.Year, until, pg)})
	p.Sections = append(p.Sections, nextSection(p, all, per))
	p.Recipients = []string{p.t(MsgRecipientProvince), p.t(MsgRecipientMinistry), p.t(MsgRecipientArchive)}
	p.Signers = []Signer{{Role: p.t(MsgSignDirector), Hint: p.t(MsgSignHintSeal), Name: snap.Settings.Centre.Director}}
	return p.finish()
}

// projectsTable lists the committed projects of a year by code: stage,
// support by source, paid up to a day and what remains. Its totals are
// the sums of its rows; they equal the budget rows' committed and the
// overview's (a test checks it on the sample).
func projectsTable(p *Paper, snap *store.Snapshot, year int32, until model.Date, pg *model.Programme) *Table {
	t := &Table{Name: "projects", Cols: []Col{
		{Title: p.t(MsgColNo), Kind: ColCount, Width: 5},
		{Title: p.t(model.MsgRepColCode), Width: 16},
		{Title: p.t(model.MsgRepColName), Width: 44},
		{Title: p.t(MsgColStage), Width: 14},
		{Title: p.t(MsgColNational), Kind: ColMoney, Sum: true},
		{Title: p.t(MsgColLocal), Kind: ColMoney, Sum: true},
		{Title: p.t(model.MsgRepColPaid), Kind: ColMoney, Sum: true},
		{Title: p.t(model.MsgRepColRemaining), Kind: ColMoney, Sum: true},
	}}
	n := 0
	for _, m := range model.ProjectMoneys(data(snap, until), year) {
		pr := m.Project
		if !pr.Status.Commits() || !takes(pg, pr) {
			continue
		}
		n++
		nat, loc := model.Money(0), model.Money(0)
		switch pr.Source {
		case model.SourceNational:
			nat = pr.Support
		case model.SourceLocal:
			loc = pr.Support
		}
		t.Rows = append(t.Rows, []Cell{count(n), text(pr.Code), text(pr.Name), text(pr.Status.Label(p.lang)),
			money(nat), money(loc), money(m.Paid), money(m.Remaining())})
	}
	t.Total = sumRows(t, text(p.t(model.MsgReportTotal)))
	return t
}

// nextSection is the plan for the period after: next year's registered
// projects and allocations after a whole year, what remains to be paid
// this year after a half or a quarter.
func nextSection(p *Paper, all *model.Summary, per Period) Section {
	s := Section{Heading: p.t(MsgPeriodicNext)}
	if per.Whole() {
		next := model.SumBudget(all.Budget, per.Year+1, 0)
		s.Lines = append(s.Lines, p.t(MsgPeriodicNextYear, int(per.Year+1), next.Allocated.Full(),
			next.Projects, next.Committed.Full()))
		return s
	}
	r := model.SumBudget(all.Budget, per.Year, 0)
	s.Lines = append(s.Lines, p.t(MsgPeriodicNextPart, (r.Committed-r.Paid).Full(), int(per.Year)))
	return s
}

// sumRows adds up a table's Sum columns into its total row, label first;
// the other columns stay blank.
func sumRows(t *Table, label Cell) []Cell {
	total := make([]Cell, len(t.Cols))
	for j, c := range t.Cols {
		if !c.Sum {
			total[j] = blank()
			continue
		}
		for _, r := range t.Rows {
			total[j].N += r[j].N
		}
	}
	total[0] = label
	if len(t.Cols) > 1 && t.Cols[0].Kind != ColText {
		// A number column first (STT): the label goes in the next one.
		total[0], total[1] = blank(), label
	}
	return total
}
