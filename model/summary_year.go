package model

// YearSupport is the support of a set of projects split the way a centre
// files it: the total counts committed projects only (Status.Commits), the
// same figure as the budget rows; projects still proposed or in appraisal,
// and projects rejected or stopped, are shown beside it and never in it.
// The report and the overview both print this split, so they cannot
// disagree on what "the year's total" is.
type YearSupport struct {
	Committed, Pending, Dropped    Money
	CommittedN, PendingN, DroppedN int
	Overflow                       bool
}

// SplitSupport adds up status rows (Summary.ByStatus) into a YearSupport.
// A status that neither commits nor waits (rejected, stopped, unknown)
// counts as dropped.
func SplitSupport(rows []StatusRow) YearSupport {
	var y YearSupport
	var a acc
	for _, r := range rows {
		switch {
		case r.Status.Commits():
			y.Committed, y.CommittedN = a.add(y.Committed, r.Support), y.CommittedN+r.Projects
		case r.Status == StatusProposed || r.Status == StatusAppraisal:
			y.Pending, y.PendingN = a.add(y.Pending, r.Support), y.PendingN+r.Projects
		default:
			y.Dropped, y.DroppedN = a.add(y.Dropped, r.Support), y.DroppedN+r.Projects
		}
	}
	y.Overflow = a.overflow
	return y
}

// WarningsOf keeps the warnings of a plan year (every warning for year 0)
// and counts the others, so that a year's report or screen lists only its
// own warnings and says how many belong to other years.
func WarningsOf(ws []Warning, year int32) (mine []Warning, other int) {
	for _, w := range ws {
		if year == 0 || w.Year == year {
			mine = append(mine, w)
		} else {
			other++
		}
	}
	return mine, other
}
