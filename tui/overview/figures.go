package overview

import (
	"strings"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/money"
)

// overviewHead is the fixed top of the overview: the year, the facility
// figures, the year's projects by status and the money by source. all
// gives the facility figures, year the rest.
func overviewHead(c *kit.Session, year *model.Summary, width int) string {
	st := c.Styles
	sep := st.Muted.Render(" · ")
	if st.Ascii {
		sep = st.Muted.Render(" | ")
	}
	pair := func(label, value string) string { return st.Label.Render(label) + " " + st.Value.Render(value) }

	title := st.Title.Render(money.YearLabel(c, year.Year)) + st.Muted.Render("  [ ] "+c.T(kit.MsgKeyYear))
	facts := []string{
		pair(c.T(MsgOvFacilities), kit.GroupInt(int64(year.Facilities))),
		pair(c.T(MsgOvWorkers), kit.GroupInt(year.Employees)),
	}
	if year.AvgIncome > 0 {
		facts = append(facts, pair(c.T(MsgOvAvgIncome), c.T(MsgOvPerMonth, year.AvgIncome.Short())))
	}
	if n := certified(c, year.Year); n > 0 {
		facts = append(facts, pair(c.T(MsgOvCertified), kit.GroupInt(int64(n))))
	}
	lines := []string{title, kit.Cut(strings.Join(facts, sep), width), kit.Cut(projectsLine(c, year, sep), width)}
	if year.Overflow {
		lines = append(lines, st.Error.Render(kit.Cut(c.T(MsgOvOverflow), width)))
	}
	if year.OrphanPayments > 0 {
		lines = append(lines, st.Warn.Render(kit.Cut(c.T(MsgOvOrphans, year.OrphanPayments), width)))
	}
	lines = append(lines, money.BudgetTable(c, money.SourceLines(year, year.Year), width, false))
	if line := outsideLine(c, year, sep); line != "" {
		lines = append(lines, kit.Cut(line, width))
	}
	return strings.Join(lines, "\n")
}

// outsideLine names the support of projects still proposed or in appraisal
// and of projects rejected or stopped, which the "Cộng" row above leaves
// out; "" when there is none. The split is model.SplitSupport, the one the
// report prints, so the two never disagree on the year's total.
func outsideLine(c *kit.Session, s *model.Summary, sep string) string {
	y := model.SplitSupport(s.ByStatus)
	var parts []string
	if y.PendingN > 0 {
		parts = append(parts, c.T(MsgOvPending, y.PendingN, y.Pending.Trieu()))
	}
	if y.DroppedN > 0 {
		parts = append(parts, c.T(MsgOvDropped, y.DroppedN, y.Dropped.Trieu()))
	}
	if len(parts) == 0 {
		return ""
	}
	return c.Styles.Muted.Render(c.T(MsgOvOutside)+" ") + strings.Join(parts, sep)
}

// projectsLine is "Đề án: 6 — Phê duyệt 2 · Quyết toán 4".
func projectsLine(c *kit.Session, s *model.Summary, sep string) string {
	st := c.Styles
	head := st.Label.Render(c.T(MsgOvProjects, s.Projects))
	if len(s.ByStatus) == 0 {
		return head
	}
	parts := make([]string, len(s.ByStatus))
	for i, r := range s.ByStatus {
		parts[i] = r.Status.Label(c.Lang) + " " + st.Value.Render(kit.GroupInt(int64(r.Projects)))
	}
	dash := " — "
	if st.Ascii {
		dash = " - "
	}
	return head + dash + strings.Join(parts, sep)
}

// certified counts the outstanding-product certificates issued in the year
// (every year for 0), one of the programme's standing indicators. A round
// has tens of entries, so counting at each draw costs nothing.
func certified(c *kit.Session, year int32) int {
	var from, to model.Date
	if year != 0 {
		from, to = model.Date(year*10000+101), model.Date(year*10000+1231)
	}
	return model.CertifiedProducts(store.TableOf[model.Entry](c.Snap).All(), from, to)
}
