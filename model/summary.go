package model

import (
	"iter"
	"khuyencong/i18n"
)

// Data is what the summaries read: the live records of each kind, e.g. a
// store snapshot's Table.All(). A nil sequence counts as empty. Records with
// Deleted set are ignored even if a sequence yields them. Summarize keeps
// no facility it is given, so Facilities may yield one record decoded anew
// at each step (store.FacilityBriefs); of a facility it reads only ID,
// Deleted, Name, Address, Employees and AvgIncome. The other
// kinds' records may be kept.
type Data struct {
	Facilities  iter.Seq[*Facility]
	Projects    iter.Seq[*Project]
	Allocations iter.Seq[*Allocation]
	Payments    iter.Seq[*Payment]
	// Steps, when given, date a project's registration: before approval
	// its norms are those in force on that day (warnings_rules.go).
	Steps iter.Seq[*Step]
}

// SummaryOptions choose what Summarize reports.
type SummaryOptions struct {
	// Year restricts Projects, ByStatus, ByCategory, ByPlace and Top to
	// projects of that plan year; 0 means all years. Budget, ByYear and
	// Warnings always cover every year.
	Year int32
	// Top is how many beneficiaries Top lists; 0 means 10.
	Top int
	// Settings give the ceilings and the advance limit for Warnings.
	Settings Settings
	// By is the unit ByPlace groups by: the commune in force since
	// 1/7/2025 (the default) or the district recorded before it.
	By PlaceLevel
	// PlaceLabel names a commune code for ByPlace; nil shows the codes.
	PlaceLabel func(code string) string
	// PlaceKey groups written place names ("huyện Bình Xuyên" with "Bình
	// Xuyên"); nil groups ignoring case and diacritics only.
	PlaceKey func(name string) string
}

// PlaceLevel is the unit ByPlace groups support by.
type PlaceLevel uint8

const (
	ByCommune     PlaceLevel = iota // commune since 1/7/2025, by code
	ByOldDistrict                   // district as recorded before 1/7/2025
)

// place is the key a facility's support is grouped under.
func (l PlaceLevel) place(f *Facility) string {
	if l == ByOldDistrict {
		return f.Address.Before.District
	}
	return f.Address.CommuneCode
}

// Summary is every figure of the overview and the report, computed in one
// pass over each kind of record so that a screen can recompute it once per
// data change and then only read it.
//
// "Committed" means the support of projects whose Status.Commits(); the
// category, district, year and beneficiary figures count committed support
// only, so each of them adds up to the committed total of the budget rows
// (for Year, or for all years). ByStatus counts every project.
type Summary struct {
	Year int32      // the year filter used, 0 = all years
	By   PlaceLevel // the unit ByPlace groups by

	Facilities int
	Employees  int64
	// AvgIncome is the monthly income per worker weighted by employees:
	// Σ(income × employees) / Σ employees over the facilities that record
	// both, so a 200-worker factory weighs more than a 3-worker household.
	AvgIncome Money
	Projects  int // projects of Year (all statuses)

	Budget     []BudgetRow      // every year × source, by year then source
	ByYear     []YearRow        // committed support per year, gaps filled
	ByStatus   []StatusRow      // projects of Year
	ByCategory []CategoryRow    // committed projects of Year
	ByPlace    []PlaceRow       // committed projects of Year, largest first
	Top        []BeneficiaryRow // committed projects of Year, largest first
	Warnings   []Warning

	// OrphanPayments counts payments whose project is not among the
	// projects read (deleted or missing); their amounts are not in Paid.
	OrphanPayments int
	// Overflow is set when some sum went past the int64 range; such sums
	// are held at the limit (saturated), never wrapped. Show MsgSummaryOverflow.
	Overflow bool
}

// BudgetRow is budget against actual for one year and source.
type BudgetRow struct {
	Year      int32
	Source    Source
	Allocated Money // sum of the allocations
	Committed Money // support of the committed projects
	Paid      Money // payments on the committed projects
	Remaining Money // Allocated − Committed; negative when over-committed
	// Counterpart is the facilities' own funds (vốn đối ứng) in the
	// committed projects: not programme money, so outside the other
	// figures, but part of what the projects cost.
	Counterpart Money
	// PercentUsed is Committed / Allocated × 100, and 0 when nothing is
	// allocated (show it as "—" then).
	PercentUsed float64
	Projects    int // committed projects
	// Overflow is set when a figure of the row went past the int64 range
	// and is held at the limit.
	Overflow bool
}

// YearRow is committed support in one year split by source, for the
// stacked chart. BySource is indexed by Source; unknown or out-of-range
// sources count under SourceUnknown.
type YearRow struct {
	Year     int32
	BySource [3]Money
	Total    Money
}

// StatusRow counts projects in one status.
type StatusRow struct {
	Status   Status
	Projects int
	Support  Money
}

// CategoryRow is committed support for one content category.
type CategoryRow struct {
	Category    Category
	Projects    int
	Support     Money
	Counterpart Money
}

// PlaceRow is committed support received in one place: the beneficiary
// facilities' commune (named by SummaryOptions.PlaceLabel) or their district
// as recorded before 1/7/2025 (grouped ignoring case and diacritics; the
// first spelling met is shown), or a project's Location when it has no
// beneficiary; "" is unknown (see Label).
type PlaceRow struct {
	Place    string
	Projects int // committed projects with support in the place
	Support  Money
}

// Label is the place for display, "(không rõ)" when unknown.
func (r PlaceRow) Label(l i18n.Lang) string {
	if r.Place == "" {
		return l.T(MsgUnknownPlace)
	}
	return r.Place
}

// BeneficiaryRow is committed support received by one facility. A project
// with several beneficiaries splits its support equally between them (the
// records keep no per-facility share); the đồng left over by the division
// go one each to the first beneficiaries, so the shares add up exactly.
type BeneficiaryRow struct {
	Facility ID
	Name     string // "" when the facility was not among those read
	Place    string // as ByPlace groups it
	Projects int
	Support  Money
}

// Summarize computes every summary and warning of d.
func Summarize(d Data, opt SummaryOptions) *Summary {
	s := &Summary{Year: opt.Year, By: opt.By}
	lg := readLedger(d)
	s.Budget = lg.budget()
	s.ByYear = yearRows(s.Budget, &lg.acc)
	s.Warnings = lg.warnings(s.Budget, opt.Settings)
	s.OrphanPayments = lg.orphans

	picked := lg.pick(opt.Year)
	s.Projects = len(picked)
	s.ByStatus = statusRows(picked, &lg.acc)
	s.ByCategory = categoryRows(picked, &lg.acc)
	sp := newSpread(picked)
	sp.by, sp.key = opt.By, opt.PlaceKey
	s.readFacilities(d.Facilities, sp)
	s.ByPlace, s.Top = sp.rows(&lg.acc, opt.Top, opt.PlaceLabel)
	s.Overflow = lg.overflow
	return s
}

// SumBudget adds up the rows of a year and a source (0 = any) into one
// row carrying that year and source, e.g. the total row of a year.
func SumBudget(rows []BudgetRow, year int32, src Source) BudgetRow {
	t := BudgetRow{Year: year, Source: src}
	var a acc
	for _, r := range rows {
		if (year != 0 && r.Year != year) || (src != 0 && r.Source != src) {
			continue
		}
		t.Allocated = a.add(t.Allocated, r.Allocated)
		t.Committed = a.add(t.Committed, r.Committed)
		t.Paid = a.add(t.Paid, r.Paid)
		t.Counterpart = a.add(t.Counterpart, r.Counterpart)
		t.Projects += r.Projects
		t.Overflow = t.Overflow || r.Overflow
	}
	a.overflow = a.overflow || t.Overflow
	t.finish(&a)
	return t
}

// finish derives Remaining and PercentUsed and records any overflow met
// while the row was summed with a.
func (r *BudgetRow) finish(a *acc) {
	r.Remaining = a.add(r.Allocated, a.neg(r.Committed))
	r.PercentUsed = 0
	if r.Allocated > 0 {
		r.PercentUsed = float64(r.Committed) / float64(r.Allocated) * 100
	}
	r.Overflow = r.Overflow || a.overflow
}
