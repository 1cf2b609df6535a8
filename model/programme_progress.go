package model

import "iter"

// ProgressData is what a programme's progress reads: the live projects and
// contest entries (a snapshot's tables). Deleted records are ignored.
type ProgressData struct {
	Projects iter.Seq[*Project]
	Entries  iter.Seq[*Entry]
}

// Progress is one indicator's standing at the end of a year.
type Progress struct {
	Indicator Indicator
	// Due is what the pace asks for by the end of the year: the yearly
	// targets so far, or the period's target shared evenly by year.
	Due        int64
	YearTarget int64
	// Done is what was achieved from the programme's first year to the
	// end of the year: by the projects' fund (national, provincial) and in
	// all; a count of facilities counts each facility once per column.
	// Certificates and entered figures have no fund: they are in the
	// total only.
	Done     [3]int64
	YearDone int64 // in the year alone, in all
}

// Done columns.
const (
	DoneNational = iota
	DoneLocal
	DoneTotal
)

// Pct is the share of the period's target done, in whole percent; ok is
// false when the target is zero.
func (p Progress) Pct() (pct int64, ok bool) {
	if p.Indicator.Target <= 0 {
		return 0, false
	}
	return p.Done[DoneTotal] * 100 / p.Indicator.Target, true
}

// Behind says whether the indicator is short of its pace.
func (p Progress) Behind() bool { return p.Done[DoneTotal] < p.Due }

// ProgressOf computes every indicator of the programme at the end of year
// (clamped to the programme's period).
func (pg *Programme) ProgressOf(d ProgressData, year int32) []Progress {
	year = min(max(year, pg.From), pg.To)
	taken := pg.projectsUpTo(d.Projects, year)
	out := make([]Progress, len(pg.Indicators))
	for i, in := range pg.Indicators {
		p := Progress{Indicator: in}
		p.Due, p.YearTarget = pg.pace(in, year)
		switch in.Measure {
		case MeasureManual:
			p.Done[DoneTotal], p.YearDone = pg.entered(in.Done, year)
		case MeasureCertified:
			if d.Entries == nil {
				break
			}
			from := Date(pg.From*10000 + 101)
			p.Done[DoneTotal] = int64(CertifiedProducts(d.Entries, from, Date(year*10000+1231)))
			p.YearDone = int64(CertifiedProducts(d.Entries, Date(year*10000+101), Date(year*10000+1231)))
		default:
			p.Done, p.YearDone = countProjects(taken, in, year)
		}
		out[i] = p
	}
	return out
}

// projectsUpTo lists the programme's live projects of its years to year.
func (pg *Programme) projectsUpTo(projects iter.Seq[*Project], year int32) []*Project {
	var out []*Project
	if projects == nil {
		return nil
	}
	for p := range projects {
		if p != nil && !p.Deleted && pg.Takes(p) && p.Year >= pg.From && p.Year <= year {
			out = append(out, p)
		}
	}
	return out
}

// pace is the target due by the end of year and the year's own target.
func (pg *Programme) pace(in Indicator, year int32) (due, own int64) {
	k := int(year - pg.From)
	if len(in.Years) > k {
		for _, v := range in.Years[:k+1] {
			due += v
		}
		return due, in.Years[k]
	}
	n := int64(pg.To-pg.From) + 1
	return in.Target * int64(k+1) / n, in.Target / n
}

func (pg *Programme) entered(done []int64, year int32) (sum, own int64) {
	k := int(year - pg.From)
	for i, v := range done {
		if i <= k {
			sum += v
		}
		if i == k {
			own = v
		}
	}
	return sum, own
}

// countProjects counts projects, facilities or support of the projects
// that match the indicator's category.
func countProjects(ps []*Project, in Indicator, year int32) (done [3]int64, own int64) {
	seen := [3]map[ID]bool{{}, {}, {}}
	seenYear := map[ID]bool{}
	for _, p := range ps {
		if in.Category != CatUnknown && p.Category != in.Category {
			continue
		}
		cols := []int{DoneTotal}
		switch p.Source {
		case SourceNational:
			cols = append(cols, DoneNational)
		case SourceLocal:
			cols = append(cols, DoneLocal)
		}
		v, ok := projectValue(p, in.Measure)
		if !ok {
			continue
		}
		if in.Measure == MeasureFacilities {
			for _, f := range p.Beneficiaries {
				for _, c := range cols {
					if !seen[c][f] {
						seen[c][f] = true
						done[c]++
					}
				}
				if p.Year == year && !seenYear[f] {
					seenYear[f] = true
					own++
				}
			}
			continue
		}
		for _, c := range cols {
			done[c] += v
		}
		if p.Year == year {
			own += v
		}
	}
	return done, own
}

// projectValue is what one project adds to a project measure, and whether
// it counts at all (accepted for counts, committed for money).
func projectValue(p *Project, m Measure) (int64, bool) {
	switch m {
	case MeasureSupport:
		return int64(p.Support), p.Status.Commits()
	case MeasureProjects, MeasureFacilities:
		return 1, p.Status.Accepted()
	}
	return 0, false
}

// ProgrammesOf lists the live programmes in force in year, national first.
func ProgrammesOf(programmes iter.Seq[*Programme], year int32) []*Programme {
	var out []*Programme
	if programmes == nil {
		return nil
	}
	for p := range programmes {
		if p != nil && !p.Deleted && p.Covers(year) {
			out = append(out, p)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Level < out[j-1].Level; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
