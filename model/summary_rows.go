package model

import (
	"cmp"
	"iter"
	"khuyencong/vntext"
	"slices"
	"strings"
	"unicode/utf8"
)

// readFacilities is the one pass over the facilities: the headline figures
// and, for beneficiaries of the picked projects, their name and district.
func (s *Summary) readFacilities(fs iter.Seq[*Facility], sp *spread) {
	if fs == nil {
		return
	}
	var t FacilityTotals
	for f := range fs {
		if f == nil || f.Deleted {
			continue
		}
		t.Add(f)
		if i, ok := sp.index.get(f.ID); ok {
			sp.bens[i].Name, sp.bens[i].Place = f.Name, sp.by.place(f)
		}
	}
	s.SetTotals(t)
}

func yearRows(budget []BudgetRow, a *acc) []YearRow {
	var rows []YearRow
	for _, b := range budget {
		if b.Committed == 0 {
			continue
		}
		if len(rows) == 0 || rows[len(rows)-1].Year != b.Year {
			// Fill the years between with empty rows so that a chart does
			// not hide a year without committed support; a span of more
			// than two centuries is bad data and is not filled.
			if n := len(rows); n > 0 && b.Year-rows[n-1].Year <= 200 {
				for y := rows[n-1].Year + 1; y < b.Year; y++ {
					rows = append(rows, YearRow{Year: y})
				}
			}
			rows = append(rows, YearRow{Year: b.Year})
		}
		r := &rows[len(rows)-1]
		i := int(b.Source)
		if i >= len(r.BySource) {
			i = 0
		}
		r.BySource[i] = a.add(r.BySource[i], b.Committed)
		r.Total = a.add(r.Total, b.Committed)
	}
	return rows
}

func statusRows(ps []*projEntry, a *acc) []StatusRow {
	var count [256]int
	var sum [256]Money
	for _, e := range ps {
		count[e.p.Status]++
		sum[e.p.Status] = a.add(sum[e.p.Status], e.p.Support)
	}
	var rows []StatusRow
	for _, st := range AllStatuses {
		if count[st] > 0 {
			rows = append(rows, StatusRow{st, count[st], sum[st]})
			count[st] = 0
		}
	}
	for i, n := range count { // unknown or out-of-range statuses last
		if n > 0 {
			rows = append(rows, StatusRow{Status(i), n, sum[i]})
		}
	}
	return rows
}

func categoryRows(ps []*projEntry, a *acc) []CategoryRow {
	var rows [256]CategoryRow
	for _, e := range ps {
		if !e.p.Status.Commits() {
			continue
		}
		r := &rows[e.p.Category]
		r.Projects++
		r.Support = a.add(r.Support, e.p.Support)
		r.Counterpart = a.add(r.Counterpart, e.p.Counterpart)
	}
	var out []CategoryRow
	for i := 1; i <= len(rows); i++ { // known categories first, unknown (0) last
		c := Category(i % len(rows))
		if rows[c].Projects > 0 {
			rows[c].Category = c
			out = append(out, rows[c])
		}
	}
	return out
}

// spread shares committed support out to beneficiaries and districts.
type spread struct {
	projects []*projEntry
	index    idIndex          // facility ID → bens position
	bens     []BeneficiaryRow // filled in by the facility pass
	by       PlaceLevel
	key      func(string) string
}

func newSpread(picked []*projEntry) *spread {
	sp := &spread{}
	seen := map[ID]bool{}
	var ids []ID
	for _, e := range picked {
		if !e.p.Status.Commits() {
			continue
		}
		sp.projects = append(sp.projects, e)
		for _, id := range e.p.Beneficiaries {
			if id != 0 && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
				sp.bens = append(sp.bens, BeneficiaryRow{Facility: id})
			}
		}
	}
	sp.index = newIDIndex(ids)
	return sp
}

// rows splits each project's support equally between its beneficiaries
// (see BeneficiaryRow) and adds the shares up by district and facility.
func (sp *spread) rows(a *acc, top int, label func(string) string) ([]PlaceRow, []BeneficiaryRow) {
	var dist []PlaceRow
	distLast := []int{} // per district row: last project counted, +1
	byFold := map[string]int{}
	benLast := make([]int, len(sp.bens))
	addDistrict := func(name string, m Money, pi int) {
		var key string
		if sp.key != nil {
			key = sp.key(name)
		} else {
			key = strings.TrimSpace(vntext.Fold(name))
		}
		i, ok := byFold[key]
		switch {
		case !ok:
			i = len(dist)
			byFold[key] = i
			dist = append(dist, PlaceRow{Place: name})
			distLast = append(distLast, 0)
		case utf8.RuneCountInString(name) < utf8.RuneCountInString(dist[i].Place):
			// The shortest way the group is written names it: "Bình
			// Xuyên", not "huyện Bình Xuyên" or "H. Bình Xuyên".
			dist[i].Place = name
		}
		dist[i].Support = a.add(dist[i].Support, m)
		if distLast[i] != pi+1 {
			distLast[i] = pi + 1
			dist[i].Projects++
		}
	}
	for pi, e := range sp.projects {
		ids, support := e.p.Beneficiaries, e.p.Support
		if len(ids) == 0 {
			addDistrict(e.p.Location, support, pi)
			continue
		}
		n := Money(len(ids))
		share, rem := support/n, support%n // rem has the sign of support
		for i, id := range ids {
			m := share
			if Money(i) < rem {
				m++
			} else if Money(i) < -rem {
				m--
			}
			district := ""
			if b, ok := sp.index.get(id); ok && id != 0 {
				r := &sp.bens[b]
				r.Support = a.add(r.Support, m)
				if benLast[b] != pi+1 {
					benLast[b] = pi + 1
					r.Projects++
				}
				district = r.Place
			}
			addDistrict(district, m, pi)
		}
	}
	if label != nil && sp.by == ByCommune {
		for i := range dist {
			if dist[i].Place != "" {
				dist[i].Place = label(dist[i].Place)
			}
		}
	}
	bens := topBeneficiaries(sp.bens, top)
	if label != nil && sp.by == ByCommune {
		for i := range bens {
			if bens[i].Place != "" {
				bens[i].Place = label(bens[i].Place)
			}
		}
	}
	return sortPlaces(dist), bens
}

func sortPlaces(rows []PlaceRow) []PlaceRow {
	slices.SortFunc(rows, func(x, y PlaceRow) int {
		switch { // unknown last
		case x.Place == "" && y.Place != "":
			return 1
		case x.Place != "" && y.Place == "":
			return -1
		}
		// Not cmp.Or: it would evaluate the allocating name comparison on
		// every call, not only on ties.
		if c := cmp.Compare(y.Support, x.Support); c != 0 {
			return c
		}
		return vntext.Compare(x.Place, y.Place)
	})
	return rows
}

func topBeneficiaries(bens []BeneficiaryRow, n int) []BeneficiaryRow {
	if n <= 0 {
		n = 10
	}
	byRank := func(x, y BeneficiaryRow) int {
		if c := cmp.Compare(y.Support, x.Support); c != 0 {
			return c
		}
		if c := vntext.Compare(x.Name, y.Name); c != 0 {
			return c
		}
		return cmp.Compare(x.Facility, y.Facility)
	}
	// Keep only the n best while scanning: sorting every beneficiary to
	// show ten was most of the summary's cost.
	top := make([]BeneficiaryRow, 0, n+1)
	for _, b := range bens {
		if len(top) == n && byRank(b, top[n-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, b, byRank)
		top = slices.Insert(top, i, b)
		if len(top) > n {
			top = top[:n]
		}
	}
	return top
}
