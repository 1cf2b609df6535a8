package store

import (
	"fmt"
	"slices"
	"testing"

	"khuyencong/model"
)

// TestLiveRows: the live rows in ID order, computed once per Table and
// shared by every caller; a write makes a new Table with its own list.
func TestLiveRows(t *testing.T) {
	s := newStore(t)
	var rs []model.Record
	for i := range 300 {
		rs = append(rs, &model.Facility{Name: fmt.Sprintf("Cơ sở %d", i)})
	}
	if err := s.CreateMany(admin, rs, "live rows"); err != nil {
		t.Fatal(err)
	}
	before := s.Snapshot().Facilities()
	for _, id := range []model.ID{1, 150, 300} {
		f, _ := s.Snapshot().Facilities().Get(id)
		if err := s.Delete(admin, model.KindFacility, id, f.Version); err != nil {
			t.Fatal(err)
		}
	}
	tab := s.Snapshot().Facilities()
	rows := tab.LiveRows()
	var want []int32
	for i := range tab.Len() {
		if !tab.At(i).Deleted {
			want = append(want, int32(i))
		}
	}
	if !slices.Equal(rows, want) || len(rows) != tab.Live() || len(rows) != 297 {
		t.Fatalf("LiveRows: %d rows, want %d (Live %d)", len(rows), len(want), tab.Live())
	}
	if again := tab.LiveRows(); &again[0] != &rows[0] {
		t.Fatal("LiveRows computed twice for one Table")
	}
	if old := before.LiveRows(); len(old) != 300 {
		t.Fatalf("the older snapshot lists %d rows, want 300", len(old))
	}
	if n := len((&Table[model.Facility]{}).LiveRows()); n != 0 {
		t.Fatalf("empty table lists %d rows", n)
	}
}
