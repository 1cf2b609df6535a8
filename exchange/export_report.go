package exchange

import (
	"cmp"
	"io"
	"math"
	"slices"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// ExportReport writes the report of WriteReport as a workbook with one
// sheet per summary table, amounts as numbers; Markdown and text go to
// WriteReport itself. year 0 covers every year; with a year, the year's
// projects get a sheet of their own.
func ExportReport(snap *store.Snapshot, year int32, format string, w io.Writer, lang i18n.Lang) error {
	return ExportReportBy(snap, year, model.ByCommune, format, w, lang)
}

// ExportReportBy is ExportReport grouped by the given unit (see
// WriteReportBy).
func ExportReportBy(snap *store.Snapshot, year int32, by model.PlaceLevel, format string, w io.Writer, lang i18n.Lang) error {
	switch format {
	case FormatXLSX:
	case ReportMarkdown, ReportText:
		return WriteReportBy(w, snap, year, by, format, lang)
	default:
		return model.Errorf(model.MsgExportReportFormat, format)
	}
	s, err := summarize(snap, year, by)
	if err != nil {
		return err
	}
	rb := reportBook{l: lang}
	rb.budget(s)
	rb.categories(s)
	rb.places(s)
	rb.statuses(s)
	rb.top(s)
	rb.warnings(s)
	if year != 0 {
		rb.projects(snap, year)
	}
	return writeXLSX(w, rb.sheets)
}

// reportBook collects the report's sheets.
type reportBook struct {
	l      i18n.Lang
	sheets []*grid
}

// sheetCol is a report column: its title key and how its cells are typed.
type sheetCol struct {
	title i18n.Key
	kind  cellKind
}

func (rb *reportBook) add(name string, cols []sheetCol, rows [][]value) {
	g := &grid{sheet: name, n: len(rows)}
	for _, c := range cols {
		title := "#"
		if c.title != "" {
			title = rb.l.T(c.title)
		}
		g.headers = append(g.headers, title)
		g.kinds = append(g.kinds, c.kind)
	}
	g.row = func(i int, out []value) { copy(out, rows[i]) }
	rb.sheets = append(rb.sheets, g)
}

func num(n int) value               { return value{kind: cNumber, n: int64(n)} }
func money(m model.Money) value     { return value{kind: cMoney, n: int64(m)} }
func (rb *reportBook) total() value { return textVal(rb.l.T(model.MsgReportTotal)) }

// percent keeps a percentage to a tenth, as a number; "—" (blank) when
// nothing is allocated.
func percent(p float64, ok bool) value {
	if !ok || math.IsNaN(p) || math.IsInf(p, 0) {
		return value{kind: cPercent, blank: true}
	}
	return value{kind: cPercent, n: int64(math.Round(p * 10))}
}

func (rb *reportBook) budget(s *model.Summary) {
	cols := []sheetCol{{model.MsgRepColYear, cNumber}, {model.MsgRepColSource, cText},
		{model.MsgRepColAllocated, cMoney}, {model.MsgRepColCommitted, cMoney}, {model.MsgRepColPaid, cMoney},
		{model.MsgRepColRemaining, cMoney}, {model.MsgRepColUsed, cPercent}, {model.MsgRepColProjects, cNumber}}
	line := func(b model.BudgetRow, year, src value) []value {
		return []value{year, src, money(b.Allocated), money(b.Committed), money(b.Paid),
			money(b.Remaining), percent(b.PercentUsed, b.Allocated > 0), num(b.Projects)}
	}
	var rows [][]value
	for _, b := range s.Budget {
		if s.Year == 0 || b.Year == s.Year {
			rows = append(rows, line(b, num(int(b.Year)), textVal(sourceCode(b.Source, rb.l))))
		}
	}
	if len(rows) > 1 {
		rows = append(rows, line(model.SumBudget(s.Budget, s.Year, 0), rb.total(), textVal("")))
	}
	rb.add(rb.l.T(model.MsgReportBudget), cols, rows)
}

func (rb *reportBook) categories(s *model.Summary) {
	cols := []sheetCol{{model.MsgRepColCategory, cText}, {model.MsgRepColProjects, cNumber},
		{model.MsgRepColSupport, cMoney}, {model.MsgRepColCounterpart, cMoney}}
	var rows [][]value
	var n int
	var sup, cp model.Money
	for _, c := range s.ByCategory {
		rows = append(rows, []value{textVal(c.Category.Label(rb.l)), num(c.Projects), money(c.Support), money(c.Counterpart)})
		n, sup, cp = n+c.Projects, sup+c.Support, cp+c.Counterpart
	}
	if len(rows) > 1 {
		rows = append(rows, []value{rb.total(), num(n), money(sup), money(cp)})
	}
	rb.add(rb.l.T(model.MsgReportByCategory), cols, rows)
}

func (rb *reportBook) places(s *model.Summary) {
	title, col := placeTitles(s.By)
	cols := []sheetCol{{col, cText}, {model.MsgRepColProjects, cNumber}, {model.MsgRepColSupport, cMoney}}
	var rows [][]value
	var sup model.Money
	for _, d := range s.ByPlace {
		rows = append(rows, []value{textVal(d.Label(rb.l)), num(d.Projects), money(d.Support)})
		sup += d.Support
	}
	if len(rows) > 1 {
		rows = append(rows, []value{rb.total(), {kind: cNumber, blank: true}, money(sup)})
	}
	rb.add(rb.l.T(title), cols, rows)
}

func (rb *reportBook) statuses(s *model.Summary) {
	cols := []sheetCol{{model.MsgRepColStatus, cText}, {model.MsgRepColProjects, cNumber}, {model.MsgRepColSupport, cMoney}}
	var rows [][]value
	var n int
	var sup model.Money
	for _, st := range s.ByStatus {
		rows = append(rows, []value{textVal(st.Status.Label(rb.l)), num(st.Projects), money(st.Support)})
		n, sup = n+st.Projects, sup+st.Support
	}
	if len(rows) > 1 {
		rows = append(rows, []value{rb.total(), num(n), money(sup)})
	}
	rb.add(rb.l.T(model.MsgReportByStatus), cols, rows)
}

func (rb *reportBook) top(s *model.Summary) {
	cols := []sheetCol{{"", cNumber}, {model.MsgRepColFacility, cText}, {placeCol(s.By), cText},
		{model.MsgRepColProjects, cNumber}, {model.MsgRepColSupport, cMoney}}
	var rows [][]value
	for i, b := range s.Top {
		district := b.Place
		if district == "" {
			district = rb.l.T(model.MsgUnknownPlace)
		}
		rows = append(rows, []value{num(i + 1), textVal(b.Name), textVal(district), num(b.Projects), money(b.Support)})
	}
	rb.add(rb.l.T(model.MsgReportTop, len(s.Top)), cols, rows)
}

func (rb *reportBook) warnings(s *model.Summary) {
	cols := []sheetCol{{MsgExportColWarningKind, cText}, {MsgExportColWarning, cText},
		{model.MsgRepColYear, cNumber}, {MsgExportColAmount, cMoney}, {MsgExportColLimit, cMoney}}
	var rows [][]value
	for _, w := range s.Warnings {
		rows = append(rows, []value{textVal(w.Kind.Label(rb.l)), textVal(w.Text(rb.l)),
			{kind: cNumber, n: int64(w.Year), blank: w.Year == 0}, money(w.Amount), money(w.Limit)})
	}
	rb.add(rb.l.T(model.MsgReportWarnings, len(s.Warnings)), cols, rows)
}

// projects lists the year's projects, every status, by code.
func (rb *reportBook) projects(snap *store.Snapshot, year int32) {
	var ps []*model.Project
	for p := range snap.Projects().All() {
		if p.Year == year {
			ps = append(ps, p)
		}
	}
	slices.SortFunc(ps, func(a, b *model.Project) int { return cmp.Compare(a.Code, b.Code) })
	cols := []sheetCol{{model.MsgRepColCode, cText}, {model.MsgRepColName, cText}, {model.MsgRepColSource, cText},
		{model.MsgRepColStatus, cText}, {model.MsgRepColSupport, cMoney}}
	var rows [][]value
	var sum model.Money
	for _, p := range ps {
		rows = append(rows, []value{textVal(p.Code), textVal(p.Name), textVal(sourceCode(p.Source, rb.l)),
			textVal(p.Status.Label(rb.l)), money(p.Support)})
		sum += p.Support
	}
	if len(rows) > 0 {
		rows = append(rows, []value{rb.total(), textVal(""), textVal(""), textVal(""), money(sum)})
	}
	rb.add(rb.l.T(model.MsgReportProjects, int(year)), cols, rows)
}
