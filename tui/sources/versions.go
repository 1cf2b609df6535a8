package sources

import (
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// The record sources are vtable.Versioned: a snapshot's table is one
// version of a line the store keeps, and knows the rows changed since its
// recent ancestors. So every session sorting by the same column shares
// one order per snapshot, and a save patches orders and filter results
// from the rows it changed instead of sorting a million rows again in
// every session (issue 16). Sort keys (AppendSortKey) must therefore not
// depend on the UI language (TestSortKeysIgnoreLanguage).

// dataVersion is the table's version with the one RowView setting that
// changes what a source lists: whether deleted rows are shown.
func dataVersion[T any](t *store.Table[T], v kit.RowView) uint64 {
	ver := t.Version() << 1
	if v.ShowDeleted {
		ver |= 1
	}
	return ver
}

// changedSince is ChangedSince for a version made by dataVersion: a source
// that listed deleted rows differently knows nothing of this one.
func changedSince[T any](t *store.Table[T], v kit.RowView, ver uint64) ([]int32, bool) {
	if ver&1 != dataVersion(t, v)&1 {
		return nil, false
	}
	return t.ChangedSince(ver >> 1)
}

// DataVersion and ChangedSince make FacilitySource a vtable.Versioned.
func (s FacilitySource) DataVersion() uint64 { return dataVersion(s.Records, s.RowView) }

func (s FacilitySource) ChangedSince(v uint64) ([]int32, bool) {
	return changedSince(s.Records, s.RowView, v)
}

// DataVersion and ChangedSince make ProjectSource a vtable.Versioned.
func (s ProjectSource) DataVersion() uint64 { return dataVersion(s.Records, s.RowView) }

func (s ProjectSource) ChangedSince(v uint64) ([]int32, bool) {
	return changedSince(s.Records, s.RowView, v)
}

// VersionLine keeps the orders of sources that show deleted rows apart
// from those that hide them (vtable.VersionLiner): neither patches from
// the other, so each lets go of its superseded orders at once.
func (s FacilitySource) VersionLine() uint64 { return dataVersion(s.Records, s.RowView) & 1 }

func (s ProjectSource) VersionLine() uint64 { return dataVersion(s.Records, s.RowView) & 1 }
