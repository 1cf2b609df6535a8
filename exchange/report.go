package exchange

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"khuyencong/dvhc"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// Report formats and the plan years a report accepts (validation's range).
const (
	ReportText     = "text"
	ReportMarkdown = "md"
	MinReportYear  = 2000
	MaxReportYear  = 2100
)

// WriteReport prints the summaries of design §3 from a snapshot: budget per
// year and source with a total row, support per content category, per
// district and per status, the top beneficiaries and the warnings; with a
// year (0 = all years) the tables cover that year and the year's projects
// are listed with their total. format is ReportText (aligned columns) or
// ReportMarkdown (tables for a wiki or an e-mail).
func WriteReport(w io.Writer, snap *store.Snapshot, year int32, format string, lang i18n.Lang) error {
	return WriteReportBy(w, snap, year, model.ByCommune, format, lang)
}

// WriteReportBy is WriteReport with support by place grouped by the
// communes since 1/7/2025 or by the districts recorded before (so that a
// report of 2022 reads as it did then).
func WriteReportBy(w io.Writer, snap *store.Snapshot, year int32, by model.PlaceLevel, format string, lang i18n.Lang) error {
	if format != ReportText && format != ReportMarkdown {
		return model.Errorf(model.MsgReportBadFormat, format)
	}
	s, err := summarize(snap, year, by)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	r := &reportWriter{w: bw, l: lang, md: format == ReportMarkdown}
	r.header(s)
	r.budget(s)
	r.categories(s)
	r.places(s)
	r.statuses(s)
	r.top(s)
	r.warnings(s)
	if year != 0 {
		r.projects(snap, s)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// reportWriter renders the sections; the bufio.Writer keeps the first
// write error for the final Flush to report.
type reportWriter struct {
	w  *bufio.Writer
	l  i18n.Lang
	md bool
}

func (r *reportWriter) t(k i18n.Key, args ...any) string { return r.l.T(k, args...) }

func (r *reportWriter) header(s *model.Summary) {
	title := r.t(model.MsgReportTitleAll)
	if s.Year != 0 {
		title = r.t(model.MsgReportTitleYear, int(s.Year))
	}
	if r.md {
		fmt.Fprintf(r.w, "# %s\n\n", title)
	} else {
		fmt.Fprintf(r.w, "%s\n%s\n\n", title, underline(title, "="))
	}
	fmt.Fprintln(r.w, r.t(model.MsgReportOverview, fmtCount(s.Facilities), fmtCount(s.Employees),
		s.AvgIncome.Trieu(), fmtCount(s.Projects)))
	if s.Overflow {
		fmt.Fprintf(r.w, "\n%s\n", r.t(model.MsgSummaryOverflow))
	}
}

// section starts a titled part of the report.
func (r *reportWriter) section(k i18n.Key, args ...any) {
	title := r.t(k, args...)
	if r.md {
		fmt.Fprintf(r.w, "\n## %s\n\n", title)
	} else {
		fmt.Fprintf(r.w, "\n%s\n%s\n", title, underline(title, "-"))
	}
}

// table prints a table, or a "nothing" line when it has no rows.
func (r *reportWriter) table(t *reportTable) {
	if len(t.rows) == 0 {
		fmt.Fprintln(r.w, r.t(model.MsgReportNone))
		return
	}
	t.write(r.w, r.md)
}

func (r *reportWriter) budget(s *model.Summary) {
	r.section(model.MsgReportBudget)
	t := &reportTable{cols: []reportCol{
		{title: r.t(model.MsgRepColYear)}, {title: r.t(model.MsgRepColSource)},
		{title: r.t(model.MsgRepColAllocated), right: true}, {title: r.t(model.MsgRepColCommitted), right: true},
		{title: r.t(model.MsgRepColPaid), right: true}, {title: r.t(model.MsgRepColRemaining), right: true},
		{title: r.t(model.MsgRepColUsed), right: true}, {title: r.t(model.MsgRepColProjects), right: true},
	}}
	cells := func(b model.BudgetRow, year, src string) []string {
		return []string{year, src, b.Allocated.Trieu(), b.Committed.Trieu(), b.Paid.Trieu(),
			b.Remaining.Trieu(), fmtPercent(b.PercentUsed, b.Allocated > 0), fmtCount(b.Projects)}
	}
	for _, b := range s.Budget {
		if s.Year == 0 || b.Year == s.Year {
			t.add(cells(b, fmt.Sprint(b.Year), sourceCode(b.Source, r.l))...)
		}
	}
	if len(t.rows) > 1 {
		t.total = cells(model.SumBudget(s.Budget, s.Year, 0), r.t(model.MsgReportTotal), "")
	}
	r.table(t)
}

func (r *reportWriter) categories(s *model.Summary) {
	r.section(model.MsgReportByCategory)
	t := &reportTable{cols: []reportCol{
		{title: r.t(model.MsgRepColCategory)}, {title: r.t(model.MsgRepColProjects), right: true},
		{title: r.t(model.MsgRepColSupport), right: true}, {title: r.t(model.MsgRepColCounterpart), right: true},
	}}
	var n int
	var sup, cp model.Money
	for _, c := range s.ByCategory {
		t.add(c.Category.Label(r.l), fmtCount(c.Projects), c.Support.Trieu(), c.Counterpart.Trieu())
		n, sup, cp = n+c.Projects, sup+c.Support, cp+c.Counterpart
	}
	if len(t.rows) > 1 {
		t.total = []string{r.t(model.MsgReportTotal), fmtCount(n), sup.Trieu(), cp.Trieu()}
	}
	r.table(t)
}

func (r *reportWriter) places(s *model.Summary) {
	title, col := placeTitles(s.By)
	r.section(title)
	t := &reportTable{cols: []reportCol{
		{title: r.t(col)}, {title: r.t(model.MsgRepColProjects), right: true},
		{title: r.t(model.MsgRepColSupport), right: true},
	}}
	var sup model.Money
	for _, d := range s.ByPlace {
		t.add(d.Label(r.l), fmtCount(d.Projects), d.Support.Trieu())
		sup += d.Support
	}
	if len(t.rows) > 1 {
		t.total = []string{r.t(model.MsgReportTotal), "", sup.Trieu()}
	}
	r.table(t)
}

func (r *reportWriter) statuses(s *model.Summary) {
	r.section(model.MsgReportByStatus)
	t := &reportTable{cols: []reportCol{
		{title: r.t(model.MsgRepColStatus)}, {title: r.t(model.MsgRepColProjects), right: true},
		{title: r.t(model.MsgRepColSupport), right: true},
	}}
	for _, st := range s.ByStatus {
		t.add(st.Status.Label(r.l), fmtCount(st.Projects), st.Support.Trieu())
	}
	// The total row is the committed one: proposed and rejected support is
	// in its own rows above and never added in (model.SplitSupport).
	if len(t.rows) > 1 {
		y := model.SplitSupport(s.ByStatus)
		t.total = []string{r.t(model.MsgReportTotalComm), fmtCount(y.CommittedN), y.Committed.Trieu()}
	}
	r.table(t)
}

func (r *reportWriter) top(s *model.Summary) {
	r.section(model.MsgReportTop, len(s.Top))
	// The name goes last and whole: the figures stay aligned and nothing
	// is cut off, even when a long name runs past the terminal's width.
	t := &reportTable{cols: []reportCol{
		{title: "#", right: true}, {title: r.t(placeCol(s.By))},
		{title: r.t(model.MsgRepColProjects), right: true}, {title: r.t(model.MsgRepColSupport), right: true},
		{title: r.t(model.MsgRepColFacility)},
	}}
	for i, b := range s.Top {
		district := b.Place
		if district == "" {
			district = r.t(model.MsgUnknownPlace)
		}
		t.add(fmt.Sprint(i+1), district, fmtCount(b.Projects), b.Support.Trieu(), b.Name)
	}
	r.table(t)
}

// warnings lists the warnings of the report's year only (all of them for
// all years) and counts the others, as the overview does.
func (r *reportWriter) warnings(s *model.Summary) {
	ws, other := model.WarningsOf(s.Warnings, s.Year)
	r.section(model.MsgReportWarnings, len(ws))
	if len(ws) == 0 {
		fmt.Fprintln(r.w, r.t(model.MsgReportNoWarnings))
	}
	for _, w := range ws {
		fmt.Fprintf(r.w, "- %s\n", w.Text(r.l))
	}
	if other > 0 {
		fmt.Fprintf(r.w, "\n%s\n", r.t(model.MsgReportWarnOther, other))
	}
	if s.OrphanPayments > 0 {
		fmt.Fprintf(r.w, "\n%s\n", r.t(model.MsgReportOrphans, fmtCount(s.OrphanPayments)))
	}
}

// projects lists the year's projects, every status, by code. The total
// counts committed projects only (model.SplitSupport); proposed, rejected
// and stopped projects are listed and added up beside it, never in it.
func (r *reportWriter) projects(snap *store.Snapshot, s *model.Summary) {
	year := s.Year
	var ps []*model.Project
	for p := range snap.Projects().All() {
		if p.Year == year {
			ps = append(ps, p)
		}
	}
	slices.SortFunc(ps, func(a, b *model.Project) int { return cmp.Compare(a.Code, b.Code) })
	r.section(model.MsgReportProjects, int(year))
	t := &reportTable{cols: []reportCol{
		{title: r.t(model.MsgRepColCode)}, {title: r.t(model.MsgRepColSource)},
		{title: r.t(model.MsgRepColStatus)}, {title: r.t(model.MsgRepColSupport), right: true},
		{title: r.t(model.MsgRepColName)},
	}}
	for _, p := range ps {
		t.add(p.Code, sourceCode(p.Source, r.l), p.Status.Label(r.l), p.Support.Trieu(), p.Name)
	}
	y := model.SplitSupport(s.ByStatus)
	if len(ps) > 0 {
		t.total = []string{r.t(model.MsgReportTotalComm), "", "", y.Committed.Trieu(), ""}
	}
	r.table(t)
	if len(ps) == 0 {
		return
	}
	fmt.Fprintf(r.w, "\n%s\n", r.t(model.MsgReportYearTotal, int(year), y.CommittedN, y.Committed.Trieu()))
	if y.PendingN > 0 {
		fmt.Fprintln(r.w, r.t(model.MsgReportYearWait, y.PendingN, y.Pending.Trieu()))
	}
	if y.DroppedN > 0 {
		fmt.Fprintln(r.w, r.t(model.MsgReportYearDrop, y.DroppedN, y.Dropped.Trieu()))
	}
}

func sourceCode(s model.Source, l i18n.Lang) string {
	if c := s.Code(); c != "" {
		return c
	}
	return s.Label(l)
}

func underline(s, ch string) string {
	return strings.Repeat(ch, ansi.StringWidth(s))
}

// summarize is the summary both report forms print, for a year (0 = all)
// within the range a report accepts.
// placeTitles are the section's title and its first column's.
func placeTitles(by model.PlaceLevel) (title, col i18n.Key) {
	if by == model.ByOldDistrict {
		return model.MsgReportByDistrict, model.MsgRepColDistrict
	}
	return model.MsgReportByCommune, model.MsgRepColCommune
}

func placeCol(by model.PlaceLevel) i18n.Key { _, c := placeTitles(by); return c }

func summarize(snap *store.Snapshot, year int32, by model.PlaceLevel) (*model.Summary, error) {
	if year != 0 && (year < MinReportYear || year > MaxReportYear) {
		return nil, model.Errorf(model.MsgReportBadYear, int(year), MinReportYear, MaxReportYear)
	}
	return model.Summarize(model.Data{
		Facilities:  store.FacilityBriefs(snap.Facilities()),
		Projects:    snap.Projects().All(),
		Allocations: snap.Allocations().All(),
		Payments:    snap.Payments().All(),
		Steps:       snap.Steps().All(),
	}, model.SummaryOptions{Year: year, Settings: snap.Settings, By: by,
		PlaceLabel: snap.Units.CommuneLabel, PlaceKey: dvhc.Key}), nil
}
