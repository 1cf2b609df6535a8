package money

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/barchart"
	"khuyencong/tui/kit"
)

// BudgetLine is one row of a budget-against-actual table: a year and source
// (or the total), its figures and the warnings that concern it.
type BudgetLine struct {
	row   model.BudgetRow
	total bool
	flags []i18n.Key // MsgBgFlag…, in a fixed order
}

// rowFlags are the warnings of the rows, by year and source.
type rowKey struct {
	Year int32
	Src  model.Source
}

func rowFlags(ws []model.Warning) map[rowKey][]i18n.Key {
	m := map[rowKey][]i18n.Key{}
	add := func(k rowKey, f i18n.Key) {
		for _, x := range m[k] {
			if x == f {
				return
			}
		}
		m[k] = append(m[k], f)
	}
	for _, w := range ws {
		k := rowKey{w.Year, w.Source}
		switch w.Kind {
		case model.WarnOverCommitted:
			add(k, MsgBgFlagOver)
		case model.WarnNoAllocation:
			add(k, MsgBgFlagNoAlloc)
		case model.WarnOverPaid:
			add(k, MsgBgFlagPaid)
		}
	}
	return m
}

// BudgetLines are the rows of one year (0: every year) and their total:
// model.Summary.YearBudget, the rows the papers print too, with the
// warnings that concern each row.
func BudgetLines(s *model.Summary, year int32) []BudgetLine {
	flags := rowFlags(s.Warnings)
	var out []BudgetLine
	total := BudgetLine{row: model.SumBudget(s.Budget, year, 0), total: true}
	for _, r := range s.YearBudget(year) {
		l := BudgetLine{row: r, flags: flags[rowKey{r.Year, r.Source}]}
		for _, f := range l.flags {
			total.flags = appendFlag(total.flags, f)
		}
		out = append(out, l)
	}
	return append(out, total)
}

// SourceLines are the rows of one year (0: all years added up) by source,
// and their total: the overview's money by source (model.Summary.SourceBudget).
func SourceLines(s *model.Summary, year int32) []BudgetLine {
	if year != 0 {
		return BudgetLines(s, year)
	}
	flags := rowFlags(s.Warnings)
	var out []BudgetLine
	total := BudgetLine{row: model.SumBudget(s.Budget, 0, 0), total: true}
	for _, r := range s.SourceBudget(0) {
		l := BudgetLine{row: r}
		for k, fs := range flags {
			if k.Src == r.Source {
				for _, f := range fs {
					l.flags = appendFlag(l.flags, f)
					total.flags = appendFlag(total.flags, f)
				}
			}
		}
		sortFlags(l.flags)
		out = append(out, l)
	}
	sortFlags(total.flags)
	return append(out, total)
}

// sortFlags keeps the order of the flags fixed whatever the map order.
func sortFlags(fs []i18n.Key) {
	rank := map[i18n.Key]int{MsgBgFlagOver: 0, MsgBgFlagNoAlloc: 1, MsgBgFlagPaid: 2}
	slices.SortFunc(fs, func(a, b i18n.Key) int { return rank[a] - rank[b] })
}

func appendFlag(fs []i18n.Key, f i18n.Key) []i18n.Key {
	for _, x := range fs {
		if x == f {
			return fs
		}
	}
	return append(fs, f)
}

// budgetCells are the texts of a line: year, source, committed projects,
// allocated, committed, paid, remaining, percent used. Overruns carry a sign so that they read
// without colour.
func budgetCells(c *kit.Session, l BudgetLine, units columnUnits) []string {
	r, ascii := l.row, c.Styles.Ascii
	year, src := "", r.Source.Code()
	if r.Year != 0 {
		year = strconv.Itoa(int(r.Year))
	}
	if src == "" {
		src = "?"
	}
	if l.total {
		year, src = c.T(MsgBgTotal), ""
	}
	return []string{year, src, kit.GroupInt(int64(r.Projects)), kit.MoneyShortAs(r.Allocated, units.alloc, ascii),
		kit.MoneyShortAs(r.Committed, units.commit, ascii), kit.MoneyShortAs(r.Paid, units.paid, ascii),
		kit.MoneyShortAs(r.Remaining, units.remain, ascii), percentText(r, ascii)}
}

// columnUnits are the reference amounts of the money columns (kit.Smallest):
// each column is written in one unit.
type columnUnits struct{ alloc, commit, paid, remain model.Money }

func unitsOf(lines []BudgetLine) columnUnits {
	var u columnUnits
	for _, l := range lines {
		r := l.row
		u.alloc, u.commit = kit.Smallest(u.alloc, r.Allocated), kit.Smallest(u.commit, r.Committed)
		u.paid, u.remain = kit.Smallest(u.paid, r.Paid), kit.Smallest(u.remain, r.Remaining)
	}
	return u
}

// percentText is the share of the allocation committed, "—" when nothing
// is allocated.
func percentText(r model.BudgetRow, ascii bool) string {
	if r.Allocated <= 0 {
		if ascii {
			return "-"
		}
		return "—"
	}
	p := math.Round(r.PercentUsed)
	if p == 0 && r.Committed > 0 {
		return "<1%"
	}
	return strconv.FormatFloat(p, 'f', 0, 64) + "%"
}

// usedFraction is what the gauge shows: committed over allocated, and a
// full overrun when support is committed with nothing allocated.
func usedFraction(r model.BudgetRow) float64 {
	switch {
	case r.Allocated > 0:
		return float64(r.Committed) / float64(r.Allocated)
	case r.Committed > 0:
		return 2
	}
	return 0
}

// budget table columns
const (
	bcYear = iota
	bcSource
	bcProjects
	bcAlloc
	bcCommit
	bcPaid
	bcRemain
	bcUsed
	bcCount
)

// BudgetTable draws the lines in at most width cells: the figures, a gauge
// of the share used when there is room, and the warnings of each row as
// "! vượt KH" so that they read with NO_COLOR too. showYear drops the year
// column for a single year's table.
func BudgetTable(c *kit.Session, lines []BudgetLine, width int, showYear bool) string {
	st := c.Styles
	heads := []string{c.T(kit.MsgColYear), c.T(kit.MsgColSource), c.T(MsgBgColProjects), c.T(MsgBgColAlloc),
		c.T(MsgBgColCommit), c.T(MsgBgColPaid), c.T(MsgBgColRemain), c.T(MsgBgColUsed)}
	cells := make([][]string, len(lines))
	widths := make([]int, bcCount)
	for i, h := range heads {
		widths[i] = ansi.StringWidth(h)
	}
	units := unitsOf(lines)
	for i, l := range lines {
		cells[i] = budgetCells(c, l, units)
		for j, s := range cells[i] {
			widths[j] = max(widths[j], ansi.StringWidth(s))
		}
	}
	if !showYear {
		widths[bcYear] = 0
		for i, l := range lines {
			if l.total { // the total's label moves to the source column
				cells[i][bcSource] = cells[i][bcYear]
				widths[bcSource] = max(widths[bcSource], ansi.StringWidth(cells[i][bcSource]))
			}
		}
	}
	fixed := 0
	for _, w := range widths {
		if w > 0 {
			fixed += w + 2
		}
	}
	flagW := 0
	for _, l := range lines {
		flagW = max(flagW, ansi.StringWidth(flagText(c, l.flags)))
	}
	gw := min(max(width-fixed-flagW-1, 0), 24)
	if gw < 4 {
		gw = 0
	}
	var b strings.Builder
	b.WriteString(st.Label.Render(kit.Cut(budgetRow(heads, widths, gw, ""), width)))
	for i, l := range lines {
		b.WriteByte('\n')
		b.WriteString(budgetRowStyled(c, l, cells[i], widths, gw, width))
	}
	return b.String()
}

// budgetRow joins plain cells: text columns left, figures right.
func budgetRow(cells []string, widths []int, gw int, gauge string) string {
	var parts []string
	for j, s := range cells {
		if widths[j] == 0 {
			continue
		}
		if j <= bcSource {
			parts = append(parts, kit.PadRight(s, widths[j]))
		} else {
			parts = append(parts, kit.PadLeft(s, widths[j]))
		}
	}
	line := strings.Join(parts, "  ")
	if gw > 0 {
		line += " " + kit.PadRight(gauge, gw)
	}
	return line
}

func budgetRowStyled(c *kit.Session, l BudgetLine, cells []string, widths []int, gw, width int) string {
	st := c.Styles
	base := lipgloss.NewStyle().Bold(l.total)
	style := make([]lipgloss.Style, len(cells))
	for j := range style {
		style[j] = base
	}
	if l.row.Remaining < 0 {
		style[bcRemain] = st.Error.Inherit(base)
		style[bcUsed] = st.Error.Inherit(base)
	}
	if hasFlag(l.flags, MsgBgFlagPaid) {
		style[bcPaid] = st.Warn.Inherit(base)
	}
	var parts []string
	for j, s := range cells {
		if widths[j] == 0 {
			continue
		}
		if j <= bcSource {
			s = kit.PadRight(s, widths[j])
		} else {
			s = kit.PadLeft(s, widths[j])
		}
		parts = append(parts, style[j].Render(s))
	}
	line := strings.Join(parts, "  ")
	if gw > 0 {
		frac := usedFraction(l.row)
		gs := st.Info
		if frac > 1 {
			gs = st.Error
		}
		line += " " + gs.Render(barchart.Gauge(gw, frac, c.Styles.Ascii))
	}
	if len(l.flags) > 0 {
		line += " " + st.Warn.Inherit(base).Render(flagText(c, l.flags))
	}
	return kit.Cut(line, width)
}

// flagText is a row's warnings: "! vượt KH, chi vượt" ("" for none).
func flagText(c *kit.Session, fs []i18n.Key) string {
	if len(fs) == 0 {
		return ""
	}
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = c.T(f)
	}
	return "! " + strings.Join(names, ", ")
}

func hasFlag(fs []i18n.Key, f i18n.Key) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}
