package store

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"khuyencong/model"
)

// TestChangedSinceProperty: after random creates, updates, deletes and
// restores, every row that differs between a table and a recent ancestor
// is in ChangedSince, and LiveRows (patched from the base's list) equals a
// full pass over the rows.
func TestChangedSinceProperty(t *testing.T) {
	s := newStore(t)
	var rs []model.Record
	for i := range 200 {
		rs = append(rs, &model.Facility{Name: fmt.Sprintf("Cơ sở %03d", i), Employees: int32(i)})
	}
	if err := s.CreateMany(admin, rs, "seed"); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(16, 1))
	tabs := []*Table[model.Facility]{s.Snapshot().Facilities()}
	tabs[0].LiveRows()
	for step := range 300 {
		randomWrite(t, s, rng, step)
		tab := s.Snapshot().Facilities()
		if rng.IntN(3) > 0 { // some tables never list their live rows
			checkLiveRows(t, tab)
		}
		tabs = append(tabs, tab)
	}
	checkLiveRows(t, tabs[len(tabs)-1])
	for j := range tabs {
		for i := max(0, j-maxChangeChain); i <= j; i++ {
			rows, ok := tabs[j].ChangedSince(tabs[i].Version())
			if !ok {
				t.Fatalf("table %d does not know its changes since table %d", j, i)
			}
			if want := differing(tabs[i], tabs[j]); !subset(want, rows) {
				t.Fatalf("tables %d→%d: rows %v differ, ChangedSince says %v", i, j, want, rows)
			}
		}
	}
	if _, ok := tabs[len(tabs)-1].ChangedSince(tabs[0].Version()); ok {
		t.Fatal("a table 300 writes later claims to know its changes")
	}
}

// randomWrite makes one write: a create, an update, a delete or a restore.
func randomWrite(t *testing.T, s *Store, rng *rand.Rand, step int) {
	t.Helper()
	tab := s.Snapshot().Facilities()
	id := model.ID(rng.IntN(tab.Len()) + 1)
	f, _ := tab.Get(id)
	var err error
	switch op := rng.IntN(4); {
	case op == 0:
		err = s.Create(admin, &model.Facility{Name: fmt.Sprintf("Mới %d", step)})
	case op == 1 && !f.Deleted:
		f.Name, f.Employees = fmt.Sprintf("Đổi %d", step), int32(rng.IntN(100))
		err = s.Update(admin, f)
	case op == 2 && !f.Deleted:
		err = s.Delete(admin, model.KindFacility, id, f.Version)
	case f.Deleted:
		err = s.Restore(admin, model.KindFacility, id)
	default:
		err = s.Create(admin, &model.Facility{Name: fmt.Sprintf("Thêm %d", step)})
	}
	if err != nil {
		t.Fatalf("step %d: %v", step, err)
	}
}

func checkLiveRows(t *testing.T, tab *Table[model.Facility]) {
	t.Helper()
	var want []int32
	for i := range tab.Len() {
		if !tab.Deleted(i) {
			want = append(want, int32(i))
		}
	}
	if got := tab.LiveRows(); !slices.Equal(got, want) {
		t.Fatalf("LiveRows: %d rows, want %d", len(got), len(want))
	}
}

// differing lists the rows whose record or search text differ.
func differing(a, b *Table[model.Facility]) []int32 {
	var out []int32
	for i := range max(a.Len(), b.Len()) {
		if i >= a.Len() || i >= b.Len() || a.Text(i) != b.Text(i) || !reflect.DeepEqual(a.At(i), b.At(i)) {
			out = append(out, int32(i))
		}
	}
	return out
}

func subset(small, big []int32) bool {
	for _, r := range small {
		if _, ok := slices.BinarySearch(big, r); !ok {
			return false
		}
	}
	return true
}

// TestChangedSinceBulk: a write of more rows than a table remembers
// leaves no change list, so readers rebuild.
func TestChangedSinceBulk(t *testing.T) {
	s := newStore(t)
	before := s.Snapshot().Facilities()
	var rs []model.Record
	for i := range maxChangedRows + 10 {
		rs = append(rs, &model.Facility{Name: fmt.Sprintf("Cơ sở %05d", i)})
	}
	if err := s.CreateMany(admin, rs, "bulk"); err != nil {
		t.Fatal(err)
	}
	after := s.Snapshot().Facilities()
	if _, ok := after.ChangedSince(before.Version()); ok {
		t.Fatal("a bulk write claims to know its changed rows")
	}
	if rows, ok := after.ChangedSince(after.Version()); !ok || len(rows) != 0 {
		t.Fatalf("ChangedSince itself = %v, %v", rows, ok)
	}
	checkLiveRows(t, after)
}
