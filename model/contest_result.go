package model

import (
	"iter"
	"time"
)

// EntryResult is an entry's outcome over its score sheets.
type EntryResult struct {
	Sheets int   // sheets counted
	Sum    int32 // sum of their totals
	// Average is the mean total in hundredths of a point (7050 = 70,50),
	// rounded down; the pass rule compares Sum itself, so no rounding
	// decides a result.
	Average  int32
	Complete bool // the dossier is complete
	Passed   bool
}

// Evaluate computes an entry's average over the sheets and whether it
// passes: an average of at least the round's pass mark and a complete
// dossier. An entry nobody scored does not pass.
func Evaluate(r *Round, e *Entry, sheets []*ScoreSheet) EntryResult {
	res := EntryResult{Complete: DossierComplete(r, e)}
	for _, s := range sheets {
		if s.Deleted || s.Entry != e.ID {
			continue
		}
		res.Sheets++
		res.Sum += s.Total()
	}
	if res.Sheets == 0 {
		return res
	}
	res.Average = res.Sum * 100 / int32(res.Sheets)
	res.Passed = res.Complete && res.Sum >= r.Rules.PassMark*int32(res.Sheets)
	return res
}

// DossierComplete reports whether every dossier item was received, and the
// lower-level certificate is there when the round needs one.
func DossierComplete(r *Round, e *Entry) bool {
	for _, d := range e.Dossier {
		if d == 0 {
			return false
		}
	}
	return !r.NeedsLower || e.LowerCert != ""
}

// ValidUntil is the last day of a certificate issued on the date: 31/12 of
// the year ValidYears after it.
func (r *ContestRules) ValidUntil(issued Date) Date {
	if issued == 0 {
		return 0
	}
	return Date((issued.Year()+int(r.ValidYears))*10000 + 1231)
}

// ComplaintDeadline is the last day to complain about results published
// on the date, and AnswerDeadline the last day to answer a complaint made
// on the date. Working days skip Saturdays and Sundays; public holidays
// are not known here, so a deadline near one may be a few days early.
func (r *ContestRules) ComplaintDeadline(published Date) Date {
	return AddWorkingDays(published, int(r.ComplaintDays))
}

func (r *ContestRules) AnswerDeadline(complained Date) Date {
	return AddWorkingDays(complained, int(r.AnswerDays))
}

// AddWorkingDays is the date n working days (Monday to Friday) after d.
func AddWorkingDays(d Date, n int) Date {
	if d == 0 {
		return 0
	}
	t := d.Time()
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if t.Weekday() != time.Saturday && t.Weekday() != time.Sunday {
			n--
		}
	}
	return DateOf(t)
}

// ExpiresIn reports whether the entry's certificate ends in the year.
func (e *Entry) ExpiresIn(year int) bool {
	return e.Certified() && e.ValidUntil.Year() == year
}

// CertifiedProducts counts the live entries whose certificate was issued
// between from and to (inclusive; 0 leaves that end open): the programme
// indicator "certified outstanding products" of a period.
func CertifiedProducts(entries iter.Seq[*Entry], from, to Date) int {
	n := 0
	for e := range entries {
		if e.Deleted || !e.Certified() {
			continue
		}
		if (from == 0 || e.CertDate >= from) && (to == 0 || e.CertDate <= to) {
			n++
		}
	}
	return n
}
