package money

import (
	"cmp"
	"iter"
	"slices"
	"sync"
	"sync/atomic"

	"khuyencong/model"
	"khuyencong/store"
)

// Data is every figure of the overview and the budget tab for one
// snapshot. It is computed once per snapshot and shared by every session
// that shows that snapshot (see For), so a save by one user costs one
// pass over the data however many staff are connected, and a key press
// costs none.
type Data struct {
	Snap  *store.Snapshot
	All   *model.Summary // every year, every facility
	Years []int32        // years with an allocation or a project, ascending

	mu     sync.Mutex
	byYear map[int32]*model.Summary
}

// Top is how many beneficiaries the overview charts.
const Top = 10

// Computed counts the all-years summaries, for the tests that check
// that a key press never recomputes; Full counts those that read every
// facility.
var Computed, Full atomic.Int64

// Compute computes the figures of snap with a pass over every facility.
func Compute(snap *store.Snapshot) *Data {
	d, _ := compute(snap, nil)
	return d
}

// compute computes the figures of snap. With the totals of an earlier
// snapshot it reads only the facilities that changed since and the
// beneficiaries of the projects (see totals); otherwise every facility.
// It returns the totals of snap for the next time.
func compute(snap *store.Snapshot, prev *totals) (*Data, *totals) {
	Computed.Add(1)
	d := &Data{Snap: snap, byYear: map[int32]*model.Summary{}}
	tab := snap.Facilities()
	t := &totals{seq: snap.Seq, table: tab}
	if sum, ok := prev.patched(tab); ok {
		t.sum = sum
		d.All = model.Summarize(SnapData(snap, beneficiariesOf(snap, 0)), options(snap, 0))
		d.All.SetTotals(sum)
	} else {
		Full.Add(1)
		d.All = model.Summarize(SnapData(snap, counting(store.FacilityBriefs(tab), &t.sum)), options(snap, 0))
	}
	d.years(snap)
	return d, t
}

// years lists the years with an allocation or a project.
func (d *Data) years(snap *store.Snapshot) {
	seen := map[int32]bool{}
	for _, r := range d.All.Budget {
		seen[r.Year] = true
	}
	for p := range snap.Projects().All() {
		seen[p.Year] = true
	}
	for y := range seen {
		if y != 0 {
			d.Years = append(d.Years, y)
		}
	}
	slices.Sort(d.Years)
}

func SnapData(snap *store.Snapshot, fs iter.Seq[*model.Facility]) model.Data {
	return model.Data{
		Facilities:  fs,
		Projects:    snap.Projects().All(),
		Allocations: snap.Allocations().All(),
		Payments:    snap.Payments().All(),
		Steps:       snap.Steps().All(),
	}
}

// Summary is the summary of one year (0: all years). A year's summary reads
// only the beneficiaries of its projects instead of every facility, so a
// change of year costs in proportion to the projects, not the facilities;
// the headline figures over every facility come from the all-years pass.
func (d *Data) Summary(year int32) *model.Summary {
	if year == 0 {
		return d.All
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if s, ok := d.byYear[year]; ok {
		return s
	}
	s := model.Summarize(SnapData(d.Snap, beneficiariesOf(d.Snap, year)), options(d.Snap, year))
	s.Facilities, s.Employees, s.AvgIncome = d.All.Facilities, d.All.Employees, d.All.AvgIncome
	d.byYear[year] = s
	return s
}

// beneficiariesOf yields each facility that benefits from a project of the
// year (0: any year) once, deleted ones included (Summarize skips those, as it does when
// it reads every facility).
func beneficiariesOf(snap *store.Snapshot, year int32) iter.Seq[*model.Facility] {
	return func(yield func(*model.Facility) bool) {
		seen := map[model.ID]bool{}
		for p := range snap.Projects().All() {
			if year != 0 && p.Year != year {
				continue
			}
			for _, id := range p.Beneficiaries {
				if seen[id] {
					continue
				}
				seen[id] = true
				if f, ok := snap.Facilities().Get(id); ok && !yield(f) {
					return
				}
			}
		}
	}
}

// DefaultYear is the year a session opens on: this year when it has
// figures, else the latest year before it that has, else the latest year.
func (d *Data) DefaultYear(now int32) int32 {
	if len(d.Years) == 0 {
		return now
	}
	best := int32(0)
	for _, y := range d.Years {
		if y <= now {
			best = y
		}
	}
	if best == 0 {
		best = d.Years[len(d.Years)-1]
	}
	return best
}

// YearChoice is how a money tab came to show its year.
type YearChoice uint8

const (
	yearUnset     YearChoice = iota // no figures yet
	YearByDefault                   // defaultYear picked it
	YearByUser                      // [ ], or the other tab, or a jump
)

// Follow reports whether a tab should move to the default year when new
// figures arrive: for the first figures, and when the default year shown
// has no figures left; never away from a year the user chose, and never
// while the year has figures (a save must not move the screen).
func (d *Data) Follow(year int32, chosen YearChoice) bool {
	switch chosen {
	case yearUnset:
		return true
	case YearByDefault:
		return !slices.Contains(d.Years, year)
	}
	return false
}

// StepYear moves the year selection through the years with figures and
// "all years" (0), which comes after the latest year: ] goes forward,
// [ back. A year without figures (this year before any record) is kept as
// a stop so that the selection never jumps somewhere unexpected.
func (d *Data) StepYear(cur int32, forward bool) int32 {
	stops := slices.Clone(d.Years)
	if cur != 0 && !slices.Contains(stops, cur) {
		stops = append(stops, cur)
		slices.Sort(stops)
	}
	stops = append(stops, 0)
	i := slices.Index(stops, cur)
	if forward {
		return stops[(i+1)%len(stops)]
	}
	return stops[(i-1+len(stops))%len(stops)]
}

// The cache shared by the sessions: per store, the data of the latest
// snapshots asked for (two, so that sessions a change apart do not evict
// each other while the feed brings them level).
// It also keeps, per store, the headline totals of the latest snapshot
// computed, for the next snapshot to patch (totals.go).
var moneyCache = struct {
	mu     sync.Mutex
	M      map[*store.Store][]*moneyEntry
	totals map[*store.Store]*totals
}{M: map[*store.Store][]*moneyEntry{}, totals: map[*store.Store]*totals{}}

type moneyEntry struct {
	Snap    *store.Snapshot
	once    sync.Once
	Figures *Data
}

const moneyKeep = 2

// For returns the figures of snap, computing them at most once per
// snapshot across every session of s.
func For(s *store.Store, snap *store.Snapshot) *Data {
	moneyCache.mu.Lock()
	list := moneyCache.M[s]
	var e *moneyEntry
	for _, x := range list {
		if x.Snap == snap {
			e = x
			break
		}
	}
	if e == nil {
		e = &moneyEntry{Snap: snap}
		list = append(list, e)
		if len(list) > moneyKeep {
			slices.SortFunc(list, func(a, b *moneyEntry) int { return cmp.Compare(a.Snap.Seq, b.Snap.Seq) })
			list = list[len(list)-moneyKeep:]
		}
		moneyCache.M[s] = list
	}
	prev := moneyCache.totals[s]
	moneyCache.mu.Unlock()
	e.once.Do(func() {
		var t *totals
		e.Figures, t = compute(snap, prev)
		moneyCache.mu.Lock()
		if cur := moneyCache.totals[s]; cur == nil || cur.seq < t.seq {
			moneyCache.totals[s] = t
		}
		moneyCache.mu.Unlock()
	})
	return e.Figures
}

// options are the summaries' options: support by place is by the communes
// since 1/7/2025, named by the snapshot's unit table.
func options(snap *store.Snapshot, year int32) model.SummaryOptions {
	return model.SummaryOptions{Year: year, Top: Top, Settings: snap.Settings, PlaceLabel: snap.Units.CommuneLabel}
}
