package papers

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// maxBeneficiaryNames is how many beneficiaries a row names before it
// counts the rest, so that a trade fair with forty firms stays one row.
const maxBeneficiaryNames = 3

// buildRegistration is the plan registration of a year: the projects
// proposed for it (every status but rejected and stopped) and their
// totals by source and by content category.
func buildRegistration(snap *store.Snapshot, year int32, pg *model.Programme, day model.Date, l i18n.Lang) *Paper {
	p := newPaper(snap, Registration, day, l)
	p.Title = p.t(MsgRegTitle, int(year))
	if pg != nil {
		p.Subtitle = pg.Name
	}
	// The title names the year already.
	p.Values["period"] = YearPeriod(year).Label(l)
	p.Values["year"] = strconv.Itoa(int(year))
	var ps []*model.Project
	for _, m := range model.ProjectMoneys(model.Data{Projects: snap.Projects().All()}, year) {
		if st := m.Project.Status; st != model.StatusRejected && st != model.StatusStopped && takes(pg, m.Project) {
			ps = append(ps, m.Project)
		}
	}
	p.Sections = []Section{
		{Heading: p.t(MsgRegProjects), Table: registrationTable(p, snap, ps)},
		{Heading: p.t(MsgRegBySource), Table: groupTable(p, "sources", p.t(model.MsgRepColSource), ps,
			func(pr *model.Project) (int, string) { return int(pr.Source), sourceName(pr.Source, l) })},
		{Heading: p.t(MsgRegByCategory), Table: groupTable(p, "categories", p.t(model.MsgRepColCategory), ps,
			func(pr *model.Project) (int, string) { return int(pr.Category), pr.Category.Label(l) })},
	}
	p.Recipients = []string{p.t(MsgRecipientProvince), p.t(MsgRecipientMinistry), p.t(MsgRecipientArchive)}
	p.Signers = []Signer{{Role: p.t(MsgSignDirector), Hint: p.t(MsgSignHintSeal), Name: snap.Settings.Centre.Director}}
	return p.finish()
}

func registrationTable(p *Paper, snap *store.Snapshot, ps []*model.Project) *Table {
	t := &Table{Name: "projects", Cols: []Col{
		{Title: p.t(MsgColNo), Kind: ColCount, Width: 5},
		{Title: p.t(model.MsgRepColCode), Width: 16},
		{Title: p.t(model.MsgRepColName), Width: 36},
		{Title: p.t(model.MsgRepColCategory), Width: 22},
		{Title: p.t(MsgColImplementer), Width: 22},
		{Title: p.t(MsgColBeneficiaries), Width: 26},
		{Title: p.t(MsgColLocation), Width: 16},
		{Title: p.t(MsgColTime), Width: 12},
		{Title: p.t(MsgColTotalCost), Kind: ColMoney, Sum: true},
		{Title: p.t(MsgColSupport), Kind: ColMoney, Sum: true},
		{Title: p.t(model.MsgRepColCounterpart), Kind: ColMoney, Sum: true},
	}}
	for i, pr := range ps {
		t.Rows = append(t.Rows, []Cell{count(i + 1), text(pr.Code), text(pr.Name), text(pr.Category.Label(p.lang)),
			text(pr.Implementer), text(beneficiaries(p, snap, pr)), text(pr.Location), text(span(pr)),
			money(pr.Total()), money(pr.Support), money(pr.Counterpart)})
	}
	t.Total = sumRows(t, text(p.t(model.MsgReportTotal)))
	return t
}

// groupTable adds the projects up by a key (source, category).
func groupTable(p *Paper, name, title string, ps []*model.Project, key func(*model.Project) (int, string)) *Table {
	t := &Table{Name: name, Cols: []Col{
		{Title: title, Width: 36, Span: 3}, // over the projects' number, code and name
		{Title: p.t(model.MsgRepColProjects), Kind: ColCount, Sum: true},
		{Title: p.t(MsgColTotalCost), Kind: ColMoney, Sum: true},
		{Title: p.t(MsgColSupport), Kind: ColMoney, Sum: true},
		{Title: p.t(model.MsgRepColCounterpart), Kind: ColMoney, Sum: true},
	}}
	type group struct {
		k              int
		label          string
		n              int
		total, sup, cp model.Money
	}
	at := map[int]*group{}
	var gs []*group
	for _, pr := range ps {
		k, label := key(pr)
		g := at[k]
		if g == nil {
			g = &group{k: k, label: label}
			at[k] = g
			gs = append(gs, g)
		}
		g.n, g.total, g.sup, g.cp = g.n+1, g.total+pr.Total(), g.sup+pr.Support, g.cp+pr.Counterpart
	}
	slices.SortFunc(gs, func(a, b *group) int { return cmp.Compare(a.k, b.k) })
	for _, g := range gs {
		t.Rows = append(t.Rows, []Cell{text(g.label), count(g.n), money(g.total), money(g.sup), money(g.cp)})
	}
	t.Total = sumRows(t, text(p.t(model.MsgReportTotal)))
	return t
}

// beneficiaries names the first beneficiaries and counts the others.
func beneficiaries(p *Paper, snap *store.Snapshot, pr *model.Project) string {
	var names []string
	for i, id := range pr.Beneficiaries {
		if i == maxBeneficiaryNames {
			names = append(names, p.t(MsgMoreBeneficiaries, len(pr.Beneficiaries)-i))
			break
		}
		if f, ok := snap.Facilities().Get(id); ok {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, "; ")
}

// span is the project's time, "03/2026–11/2026", or "" when not planned.
func span(pr *model.Project) string {
	mm := func(d model.Date) string {
		if d == 0 {
			return ""
		}
		s := d.String() // dd/mm/yyyy
		return s[3:]
	}
	a, b := mm(pr.Start), mm(pr.End)
	if a == "" && b == "" {
		return ""
	}
	return a + "–" + b
}
