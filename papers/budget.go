package papers

import (
	"math"
	"strconv"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// buildBudget is budget against actual by year and source (year 0: every
// year), the rows of the budget tab (model.Summary.YearBudget) and its
// total row (model.SumBudget).
func buildBudget(snap *store.Snapshot, year int32, day model.Date, l i18n.Lang) *Paper {
	p := newPaper(snap, Budget, day, l)
	p.Title = p.t(MsgBudgetTitle)
	p.Subtitle = p.t(MsgAllYears)
	if year != 0 {
		p.Subtitle = YearPeriod(year).Label(l)
	}
	p.Values["period"] = p.Subtitle
	s := summary(snap, 0, 0)
	p.Sections = []Section{{Table: budgetTable(p, s, year, year == 0, 1)}}
	p.officeSigners(snap.Settings.Centre)
	return p.finish()
}

// budgetTable is the budget rows of a year (0: all) with their total;
// lead is the sheet columns the first column spans.
func budgetTable(p *Paper, s *model.Summary, year int32, showYear bool, lead int) *Table {
	t := &Table{Name: "budget"}
	if showYear {
		t.Cols = append(t.Cols, Col{Title: p.t(model.MsgRepColYear), Kind: ColText, Width: 8})
	}
	t.Cols = append(t.Cols, Col{Title: p.t(model.MsgRepColSource), Kind: ColText, Width: 10, Span: lead},
		Col{Title: p.t(model.MsgRepColAllocated), Kind: ColMoney, Sum: true},
		Col{Title: p.t(model.MsgRepColCommitted), Kind: ColMoney, Sum: true},
		Col{Title: p.t(model.MsgRepColPaid), Kind: ColMoney, Sum: true},
		Col{Title: p.t(model.MsgRepColRemaining), Kind: ColMoney, Sum: true},
		Col{Title: p.t(model.MsgRepColUsed), Kind: ColPercent},
		Col{Title: p.t(model.MsgRepColProjects), Kind: ColCount, Sum: true})
	line := func(r model.BudgetRow, first ...Cell) []Cell {
		return append(first, money(r.Allocated), money(r.Committed), money(r.Paid), money(r.Remaining),
			percent(r), count(r.Projects))
	}
	for _, r := range s.YearBudget(year) {
		var first []Cell
		if showYear {
			first = append(first, text(strconv.Itoa(int(r.Year))))
		}
		t.Rows = append(t.Rows, line(r, append(first, text(sourceName(r.Source, p.lang)))...))
	}
	label := []Cell{text(p.t(model.MsgReportTotal))}
	if showYear {
		label = append(label, text(""))
	}
	t.Total = line(model.SumBudget(s.Budget, year, 0), label...)
	return t
}

// percent is a row's share used in tenths of a percent; blank when nothing
// is allocated.
func percent(r model.BudgetRow) Cell {
	if r.Allocated <= 0 || math.IsNaN(r.PercentUsed) || math.IsInf(r.PercentUsed, 0) {
		return blank()
	}
	return Cell{N: int64(math.Round(r.PercentUsed * 10))}
}

func sourceName(s model.Source, l i18n.Lang) string {
	if c := s.Code(); c != "" {
		return c
	}
	return s.Label(l)
}
