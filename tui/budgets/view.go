package budgets

import (
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/money"
	"khuyencong/tui/vtable"
)

// budgetBlock is the top of the budget tab: a title with the year and the
// budget table, at most maxRows lines of figures. When every year does not
// fit, the total and the latest years stay and a line says how many
// earlier rows are left out.
func budgetBlock(c *kit.Session, s *model.Summary, year int32, width, maxRows int) string {
	st := c.Styles
	title := st.Title.Render(c.T(MsgBgTitle, money.YearLabel(c, year))) + st.Muted.Render("  [ ] "+c.T(kit.MsgKeyYear))
	lines := money.BudgetLines(s, year)
	note := ""
	if len(lines) > maxRows {
		keep := max(maxRows-2, 1) // room for the note and the total
		drop := len(lines) - 1 - keep
		note = st.Muted.Render(c.T(MsgBgEarlier, drop))
		lines = lines[drop:]
	}
	out := kit.Cut(title, width) + "\n"
	if note != "" {
		out += kit.Cut(note, width) + "\n"
	}
	out += money.BudgetTable(c, lines, width, year == 0)
	if line := counterpartLine(c, s, year); line != "" {
		out += "\n" + kit.Cut(line, width)
	}
	return out
}

// counterpartLine is the facilities' own funds in the year's committed
// projects, by source and in all: the third kind of money in a project,
// beside the national and provincial programmes'. "" when there is none.
func counterpartLine(c *kit.Session, s *model.Summary, year int32) string {
	var parts []string
	for _, r := range s.SourceBudget(year) {
		if r.Counterpart != 0 {
			parts = append(parts, r.Source.Code()+" "+kit.MoneyShort(r.Counterpart, c.Styles.Ascii))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	total := model.SumBudget(s.Budget, year, 0).Counterpart
	st := c.Styles
	return st.Label.Render(c.T(MsgBgCounterpart)) + " " + strings.Join(parts, st.Muted.Render(" · ")) +
		st.Muted.Render(" · ") + c.T(MsgBgCounterpartTotal, kit.MoneyShort(total, c.Styles.Ascii))
}

// subTabs is the line that names the two tables with their counts, the
// active one highlighted: "Kế hoạch kinh phí 3 │ Giải ngân 12".
func subTabs(c *kit.Session, tables [2]*vtable.Model, active, width int) string {
	st := c.Styles
	keys := [2]i18n.Key{MsgBgAllocations, MsgBgPayments}
	hot := [2]string{"a", "p"}
	parts := make([]string, 2)
	for i, t := range tables {
		shown, _ := t.Count()
		label := hot[i] + " " + c.T(keys[i], kit.GroupInt(int64(shown)))
		if i == active {
			parts[i] = st.TabActive.Render(label)
		} else {
			parts[i] = st.TabInactive.Render(label)
		}
	}
	sep := "│"
	if st.Ascii {
		sep = "|"
	}
	return kit.Cut(strings.Join(parts, st.TabSep.Render(sep)), width)
}
