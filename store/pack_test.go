package store

import (
	"reflect"
	"runtime"
	"testing"
	"time"

	"khuyencong/model"
)

// packRoundTrip packs v as the read model keeps it and decodes it back.
func packRoundTrip[T any](d *dict, v *T) *T {
	row := string(newPacker(d).pack(any(v).(model.Record), ownText("search text")))
	got := new(T)
	unpack(row, d.view(), got)
	return got
}

// ownText is a search text with no shared parts.
func ownText(s string) *textBuf { return &textBuf{b: []byte(s)} }

func packRecordRoundTrip(d *dict, r model.Record) model.Record {
	switch v := r.(type) {
	case *model.Facility:
		return packRoundTrip(d, v)
	case *model.Project:
		return packRoundTrip(d, v)
	case *model.Allocation:
		return packRoundTrip(d, v)
	case *model.Payment:
		return packRoundTrip(d, v)
	}
	return nil
}

func TestPackedRowKeepsTextAndFlags(t *testing.T) {
	d := newDict()
	f := facility("Cơ sở Mây tre đan")
	f.ID, f.Deleted, f.Address.Before.District = 4, true, "Bình Xuyên"
	row := string(newPacker(d).pack(f, ownText("co so may tre dan")))
	if text, _ := rowText(row); text != "co so may tre dan" {
		t.Fatalf("text %q", text)
	}
	if row[0]&rowDeleted == 0 {
		t.Fatal("deleted flag not set")
	}
	row2 := newPacker(d).withText(row, ownText("x"))
	var g model.Facility
	unpack(row2, d.view(), &g)
	if text, _ := rowText(row2); text != "x" || !reflect.DeepEqual(&g, f) {
		t.Fatalf("after withText: %q %+v", text, g)
	}
}

// A table made before a string entered the dictionary still reads its
// rows: the dictionary only grows past what older tables can see.
func TestDictGrowsWithoutChangingOlderTables(t *testing.T) {
	d := newDict()
	e := (&Table[model.Facility]{}).edit(d, newPacker(d))
	e.put(&model.Facility{Meta: model.Meta{ID: 1}, Name: "a", Address: model.Address{Before: model.OldAddress{District: "Yên Lạc"}}}, nil)
	old := e.done()
	e = old.edit(d, newPacker(d))
	for i := range 100 {
		e.put(&model.Facility{Meta: model.Meta{ID: model.ID(i + 2)}, Address: model.Address{Before: model.OldAddress{District: string(rune('A' + i))}}}, nil)
	}
	cur := e.done()
	if f := old.At(0); f.Address.Before.District != "Yên Lạc" || old.Len() != 1 {
		t.Fatalf("old table: %+v", f)
	}
	if f := cur.At(100); f.Address.Before.District != string(rune('A'+99)) {
		t.Fatalf("new table: %+v", f)
	}
	if n := len(d.view()); n != 102 {
		t.Fatalf("dictionary has %d strings, want 102 (each once)", n)
	}
}

// Load decodes into the caller's record without allocating: sorting a
// million facilities calls it a million times.
func TestLoadDoesNotAllocate(t *testing.T) {
	s := newStore(t)
	f := facility("Công ty TNHH Tân Việt")
	f.Address = model.Address{Village: "thôn Đông", ProvinceCode: "25", CommuneCode: "09043", Before: model.OldAddress{Commune: "xã Tam Hồng", District: "Yên Lạc", Province: "Vĩnh Phúc", CommuneCode: "09043"}}
	if err := s.Create(admin, f); err != nil {
		t.Fatal(err)
	}
	tab := s.Snapshot().Facilities()
	var g model.Facility
	if n := testing.AllocsPerRun(100, func() { tab.Load(0, &g) }); n != 0 {
		t.Fatalf("Load allocates %.0f times", n)
	}
	if g.Name != f.Name || g.Address != f.Address {
		t.Fatalf("loaded %+v", g)
	}
}

func TestFacilityNameAgreesWithLoad(t *testing.T) {
	s := newStore(t)
	for _, n := range []string{"Công ty TNHH Tân Việt", "X", "Hợp tác xã Đông Xuân"} {
		f := facility(n)
		f.Address.Before.District = "Yên Lạc"
		if err := s.Create(admin, f); err != nil {
			t.Fatal(err)
		}
	}
	tab := s.Snapshot().Facilities()
	for i := range tab.Len() {
		if got, want := FacilityName(tab, i), tab.At(i).Name; got != want {
			t.Errorf("row %d: FacilityName %q, Load %q", i, got, want)
		}
	}
}

// The brief decode gives the same fields as the whole one.
func TestFacilityBriefAgrees(t *testing.T) {
	s := newStore(t)
	fillFacilities(t, s, 300)
	f := facility("Công ty TNHH Tân Việt")
	f.FormerNames = []model.FormerName{{Name: "Xưởng Tân Việt", Until: 20190315}, {Name: "Tổ hợp Tân Việt"}}
	f.Employees, f.AvgIncome = 12, 6_500_000
	if err := s.Create(admin, f); err != nil {
		t.Fatal(err)
	}
	old, _ := s.Snapshot().Facilities().Get(7)
	if err := s.Delete(admin, model.KindFacility, 7, old.Version); err != nil {
		t.Fatal(err)
	}
	tab := s.Snapshot().Facilities()
	var briefs []model.Facility
	for f := range FacilityBriefs(tab) {
		briefs = append(briefs, *f)
	}
	i := 0
	for f := range tab.Scan() {
		b := briefs[i]
		want := model.Facility{Meta: model.Meta{ID: f.ID}, Name: f.Name, LegalForm: f.LegalForm, TaxCode: f.TaxCode,
			TradeGroup: f.TradeGroup, Products: f.Products, Address: f.Address, CraftVillage: f.CraftVillage,
			Employees: f.Employees, AvgIncome: f.AvgIncome}
		if !reflect.DeepEqual(b, want) {
			t.Fatalf("brief %+v\nwant  %+v", b, want)
		}
		i++
	}
	if i != len(briefs) || i == 0 {
		t.Fatalf("%d briefs, %d rows", len(briefs), i)
	}
}

// The parallel decode of a big table gives the same facilities in the
// same order as the sequential one, and a loop that stops early ends its
// workers (the race detector and the goroutine count watch).
func TestFacilityBriefsParallel(t *testing.T) {
	s := newStore(t)
	fillFacilities(t, s, 300)
	for _, id := range []model.ID{1, 17, 18, 150} {
		f, _ := s.Snapshot().Facilities().Get(id)
		if err := s.Delete(admin, model.KindFacility, id, f.Version); err != nil {
			t.Fatal(err)
		}
	}
	tab := s.Snapshot().Facilities()
	var want []model.Facility
	for f := range FacilityBriefs(tab) { // sequential below 4 blocks
		want = append(want, *f)
	}
	before := runtime.NumGoroutine()
	for _, workers := range []int{2, 3} {
		var got []model.Facility
		briefsParallel(tab, workers, 16, func(f *model.Facility) bool { got = append(got, *f); return true })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%d workers: %d facilities, want the sequential %d in order", workers, len(got), len(want))
		}
		n := 0
		briefsParallel(tab, workers, 16, func(*model.Facility) bool { n++; return n < 40 })
		if n != 40 {
			t.Fatalf("stopped after %d, want 40", n)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines left running after early stops (%d before)", n, before)
	}
}

// All hands out copies the caller may change; Scan reuses one record.
func TestAllCopiesScanReuses(t *testing.T) {
	s := newStore(t)
	for _, n := range []string{"a", "b"} {
		if err := s.Create(admin, facility(n)); err != nil {
			t.Fatal(err)
		}
	}
	tab := s.Snapshot().Facilities()
	var all, scanned []*model.Facility
	for f := range tab.All() {
		all = append(all, f)
	}
	for f := range tab.Scan() {
		scanned = append(scanned, f)
	}
	if all[0] == all[1] || all[0].Name != "a" || all[1].Name != "b" {
		t.Fatalf("All: %+v", all)
	}
	if scanned[0] != scanned[1] {
		t.Fatal("Scan should reuse its record")
	}
	all[0].Name = "changed"
	if tab.At(0).Name != "a" {
		t.Fatal("changing a copy changed the table")
	}
}

// A packed row keeps the update time as a difference from the creation
// time; every pair, zero times included, comes back as it was.
func TestPackedTimes(t *testing.T) {
	d := newDict()
	at := time.Date(2025, 7, 1, 8, 30, 0, 123000, time.UTC)
	for _, c := range []struct{ created, updated time.Time }{
		{at, at},
		{at, at.Add(72 * time.Hour)},
		{at, at.Add(-time.Microsecond)},
		{time.Time{}, at},
		{at, time.Time{}},
		{time.Time{}, time.Time{}},
	} {
		f := facility("Cơ sở A")
		f.ID, f.CreatedAt, f.UpdatedAt = 1, c.created, c.updated
		g := packRoundTrip(d, f)
		if !g.CreatedAt.Equal(c.created) || !g.UpdatedAt.Equal(c.updated) || g.CreatedAt.IsZero() != c.created.IsZero() || g.UpdatedAt.IsZero() != c.updated.IsZero() {
			t.Errorf("created %v updated %v came back as %v, %v", c.created, c.updated, g.CreatedAt, g.UpdatedAt)
		}
	}
}
