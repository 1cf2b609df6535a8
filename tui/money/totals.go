package money

import (
	"iter"

	"khuyencong/model"
	"khuyencong/store"
)

// totals are the headline figures (count, workers, mean income) of one
// facilities table. The next snapshot's are derived from them by the rows
// its saves changed (Table.ChangedSince), so a save of one facility reads
// two rows instead of a million; only a change the table cannot list (an
// import, a units conversion, an unrelated table) reads every facility.
type totals struct {
	seq   uint64 // the snapshot they were computed for
	table *store.Table[model.Facility]
	sum   model.FacilityTotals
}

// patched derives the totals of t from prev; false when they must be
// computed anew.
func (prev *totals) patched(t *store.Table[model.Facility]) (model.FacilityTotals, bool) {
	if prev == nil {
		return model.FacilityTotals{}, false
	}
	if prev.table == t {
		return prev.sum, true
	}
	rows, ok := t.ChangedSince(prev.table.Version())
	if !ok {
		return model.FacilityTotals{}, false
	}
	sum := prev.sum
	var f model.Facility
	for _, r := range rows {
		if row(prev.table, int(r), &f) {
			sum.Remove(&f)
		}
		if row(t, int(r), &f) {
			sum.Add(&f)
		}
	}
	return sum, true
}

// row decodes live row i of t into f; false when t has no such live row.
func row(t *store.Table[model.Facility], i int, f *model.Facility) bool {
	if i >= t.Len() || t.Deleted(i) {
		return false
	}
	t.Load(i, f)
	f.Deleted = false
	return true
}

// counting yields the facilities of fs and adds each to sum on the way,
// so that a full pass gives the totals to patch next time.
func counting(fs iter.Seq[*model.Facility], sum *model.FacilityTotals) iter.Seq[*model.Facility] {
	return func(yield func(*model.Facility) bool) {
		for f := range fs {
			sum.Add(f)
			if !yield(f) {
				return
			}
		}
	}
}

// patchable reports whether the figures of snap are cheap: every kind
// but the facilities is small, and the facilities' totals can be patched
// from the last ones computed for s.
func patchable(s *store.Store, snap *store.Snapshot) bool {
	if snapSize(snap)-snap.Facilities().Len() > SyncLimit {
		return false
	}
	moneyCache.mu.Lock()
	prev := moneyCache.totals[s]
	moneyCache.mu.Unlock()
	if prev == nil {
		return false
	}
	t := snap.Facilities()
	if prev.table == t {
		return true
	}
	_, ok := t.ChangedSince(prev.table.Version())
	return ok
}
