package model

import "slices"

// YearBudget are the budget rows of one year (0: every year) in the order
// the budget tab and the papers print them. A single year always lists
// every programme, so that a source without figures reads as zero rather
// than missing; its total is SumBudget(s.Budget, year, 0).
func (s *Summary) YearBudget(year int32) []BudgetRow {
	var out []BudgetRow
	seen := map[Source]bool{}
	for _, r := range s.Budget {
		if year != 0 && r.Year != year {
			continue
		}
		seen[r.Source] = true
		out = append(out, r)
	}
	if year == 0 {
		return out
	}
	for _, src := range AllSources {
		if !seen[src] {
			out = append(out, SumBudget(nil, year, src))
		}
	}
	slices.SortStableFunc(out, func(a, b BudgetRow) int { return sourceRank(a.Source) - sourceRank(b.Source) })
	return out
}

// SourceBudget are the rows by source of one year, or of every year added
// up (year 0): the overview's money by source. Unknown sources get a row
// only when some record has one.
func (s *Summary) SourceBudget(year int32) []BudgetRow {
	if year != 0 {
		return s.YearBudget(year)
	}
	srcs := slices.Clone(AllSources)
	for _, r := range s.Budget {
		if r.Source == SourceUnknown {
			srcs = append(srcs, SourceUnknown)
			break
		}
	}
	out := make([]BudgetRow, 0, len(srcs))
	for _, src := range srcs {
		r := SumBudget(s.Budget, 0, src)
		r.Source = src
		out = append(out, r)
	}
	return out
}

// sourceRank orders sources as declared, unknown last.
func sourceRank(s Source) int {
	if s == SourceUnknown {
		return 1 << 8
	}
	return int(s)
}
