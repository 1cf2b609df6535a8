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

// buildSettlement is a project's settlement sheet: the approved estimate
// against what was settled, the advances and payments with their
// vouchers, and the steps of its file. The records keep no estimate by
// item, so the items are the support and the counterpart.
func buildSettlement(snap *store.Snapshot, code string, day model.Date, l i18n.Lang) (*Paper, error) {
	pr := projectByCode(snap, code)
	if pr == nil {
		return nil, model.Errorf(MsgNoProject, code)
	}
	var m model.ProjectMoney
	for _, x := range model.ProjectMoneys(data(snap, 0), pr.Year) {
		if x.Project.ID == pr.ID {
			m = x
		}
	}
	p := newPaper(snap, Settlement, day, l)
	p.Title = p.t(MsgSetTitle)
	p.Subtitle = p.t(MsgSetSubtitle, pr.Code, pr.Name)
	p.Values["period"] = strconv.Itoa(int(pr.Year))
	p.Values["year"] = strconv.Itoa(int(pr.Year))
	p.Values["project"] = pr.Code
	p.Values["project_name"] = pr.Name
	info := []string{
		p.t(MsgSetInfoSource, sourceName(pr.Source, l), pr.Category.Label(l), int(pr.Year)),
		p.t(MsgSetInfoImplementer, pr.Implementer),
		p.t(MsgSetInfoBeneficiaries, beneficiaries(p, snap, pr)),
	}
	if pr.DecisionNo != "" || pr.DecisionDate != 0 {
		info = append(info, p.t(MsgSetInfoDecision, pr.DecisionNo, pr.DecisionDate.String()))
	}
	if s := span(pr); s != "" {
		info = append(info, p.t(MsgSetInfoTime, s, pr.Location))
	}
	p.Sections = []Section{
		{Heading: p.t(MsgSetInfo), Lines: info},
		{Heading: p.t(MsgSetItems), Table: itemsTable(p, snap, pr, m)},
		{Heading: p.t(MsgSetPayments), Lines: []string{p.t(MsgSetPaidLine, m.Advanced.Full(), m.Settled.Full(),
			m.Paid.Full(), m.Remaining().Full())}, Table: paymentsTable(p, snap, pr)},
		{Heading: p.t(MsgSetSteps), Table: stepsTable(p, snap, pr)},
	}
	p.officeSigners(snap.Settings.Centre)
	return p.finish(), nil
}

func projectByCode(snap *store.Snapshot, code string) *model.Project {
	code = strings.TrimSpace(code)
	for pr := range snap.Projects().All() {
		if strings.EqualFold(pr.Code, code) {
			return pr
		}
	}
	return nil
}

// itemsTable is the approved estimate against the settled amount: the
// support (settled = paid) and the counterpart (not recorded: blank).
func itemsTable(p *Paper, snap *store.Snapshot, pr *model.Project, m model.ProjectMoney) *Table {
	t := &Table{Name: "items", Cols: []Col{
		{Title: p.t(MsgColItem), Width: 40, Span: 3}, // over the payments' number, date and kind
		{Title: p.t(MsgColEstimate), Kind: ColMoney, Sum: true},
		{Title: p.t(MsgColSettled), Kind: ColMoney, Sum: true},
		{Title: p.t(MsgColDiff), Kind: ColMoney, Sum: true},
	}}
	t.Rows = [][]Cell{
		{text(p.t(MsgItemSupport, sourceName(pr.Source, p.lang))), money(pr.Support), money(m.Paid), money(pr.Support - m.Paid)},
	}
	if len(pr.CounterpartBy) == 0 || len(pr.CounterpartBy) != len(pr.Beneficiaries) {
		t.Rows = append(t.Rows, []Cell{text(p.t(MsgItemCounterpart)), money(pr.Counterpart), blank(), blank()})
	}
	if len(pr.CounterpartBy) == len(pr.Beneficiaries) {
		// The counterpart split by beneficiary: one row each, which add
		// up to the project's counterpart (the store checks it).
		for i, amount := range pr.CounterpartBy {
			name := ""
			if f, ok := snap.Facilities().Get(pr.Beneficiaries[i]); ok {
				name = f.Name
			}
			t.Rows = append(t.Rows, []Cell{text(p.t(MsgItemCounterpartOf, name)), money(amount), blank(), blank()})
		}
	}
	t.Total = sumRows(t, text(p.t(model.MsgReportTotal)))
	return t
}

// paymentsTable lists the project's payments by date with their vouchers.
func paymentsTable(p *Paper, snap *store.Snapshot, pr *model.Project) *Table {
	t := &Table{Name: "payments", Cols: []Col{
		{Title: p.t(MsgColNo), Kind: ColCount, Width: 5},
		{Title: p.t(MsgColDate), Kind: ColDate},
		{Title: p.t(MsgColPayKind), Width: 14},
		{Title: p.t(MsgColVoucher), Width: 16},
		{Title: p.t(MsgColAmount), Kind: ColMoney, Sum: true},
		{Title: p.t(MsgColNotes), Width: 30},
	}}
	var pays []*model.Payment
	for _, id := range snap.PaymentsOf(pr.ID) {
		if pay, ok := snap.Payments().Get(id); ok {
			pays = append(pays, pay)
		}
	}
	slices.SortFunc(pays, func(a, b *model.Payment) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	for i, pay := range pays {
		t.Rows = append(t.Rows, []Cell{count(i + 1), date(pay.Date), text(pay.PayKind.Label(p.lang)),
			text(pay.Voucher), money(pay.Amount), text(pay.Notes)})
	}
	t.Total = sumRows(t, text(p.t(model.MsgReportTotal)))
	return t
}

// stepsTable is the project's file: each step with its date and number.
func stepsTable(p *Paper, snap *store.Snapshot, pr *model.Project) *Table {
	t := &Table{Name: "steps", Cols: []Col{
		{Title: p.t(MsgColNo), Kind: ColCount, Width: 5},
		{Title: p.t(MsgColDate), Kind: ColDate},
		{Title: p.t(MsgColStep), Width: 14},
		{Title: p.t(MsgColDocNo), Width: 16},
		{Title: p.t(MsgColNotes), Width: 30, Span: 2},
	}}
	var steps []*model.Step
	for s := range snap.Steps().All() {
		if s.Project == pr.ID {
			steps = append(steps, s)
		}
	}
	slices.SortFunc(steps, func(a, b *model.Step) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	for i, s := range steps {
		t.Rows = append(t.Rows, []Cell{count(i + 1), date(s.Date), text(s.Stage.Label(p.lang)), text(s.DocNo), text(s.Notes)})
	}
	return t
}
