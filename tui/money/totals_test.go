package money

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

var admin = store.Actor{Name: "lan", Role: model.RoleAdmin}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "khc.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var communes = []string{"08935", "09043"}

var testNames = []string{"Cơ sở Mộc Đông Xuân", "Hợp tác xã Mây tre Ánh Dương", "Công ty TNHH Gốm Ân Thi", "Hộ kinh doanh Ưng Hiển"}

func randomFacility(rng *rand.Rand, i int) *model.Facility {
	return &model.Facility{
		Name:       fmt.Sprintf("%s %d", testNames[rng.IntN(len(testNames))], i),
		LegalForm:  model.LegalHousehold,
		TradeGroup: model.TradeWoodTextile,
		Address:    model.Address{ProvinceCode: "25", CommuneCode: communes[rng.IntN(len(communes))]},
		Employees:  int32(rng.IntN(40)),
		AvgIncome:  model.Money(rng.IntN(12)) * 1_000_000,
	}
}

// randomProject benefits two distinct live facilities of tab (of the
// first n rows when tab is nil).
func randomProject(rng *rand.Rand, i, n int, tab *store.Table[model.Facility]) *model.Project {
	pick := func() model.ID {
		for {
			r := rng.IntN(n)
			if tab == nil || !tab.Deleted(r) {
				return model.ID(r + 1)
			}
		}
	}
	a, b := pick(), pick()
	for b == a {
		b = pick()
	}
	return &model.Project{
		Code: fmt.Sprintf("KC-%03d", i), Name: "Hỗ trợ máy", Year: 2021 + int32(rng.IntN(4)),
		Source: model.SourceNational, Category: model.CatMachinery, Status: model.StatusApproved,
		Beneficiaries: []model.ID{a, b},
		Support:       model.Money(rng.IntN(500)+1) * 1_000_000, Start: 20220301, End: 20221130,
	}
}

// seed makes 150 facilities and 30 projects with two beneficiaries each.
func seed(t *testing.T, s *store.Store, rng *rand.Rand) {
	t.Helper()
	var rs []model.Record
	for i := range 150 {
		rs = append(rs, randomFacility(rng, i))
	}
	if err := s.CreateMany(admin, rs, "seed"); err != nil {
		t.Fatal(err)
	}
	rs = rs[:0]
	for i := range 30 {
		rs = append(rs, randomProject(rng, i, 150, nil))
	}
	if err := s.CreateMany(admin, rs, "seed"); err != nil {
		t.Fatal(err)
	}
}

// write makes one random write: a facility created, changed (workers,
// income, name, commune), deleted or restored, or a project created.
func write(t *testing.T, s *store.Store, rng *rand.Rand, step int) {
	t.Helper()
	tab := s.Snapshot().Facilities()
	id := model.ID(rng.IntN(tab.Len()) + 1)
	f, _ := tab.Get(id)
	var err error
	switch op := rng.IntN(6); {
	case op == 0:
		err = s.Create(admin, randomFacility(rng, 1000+step))
	case op == 1:
		err = s.Create(admin, randomProject(rng, 100+step, tab.Len(), tab))
	case op == 2 && !f.Deleted:
		err = s.Delete(admin, model.KindFacility, id, f.Version)
	case f.Deleted:
		err = s.Restore(admin, model.KindFacility, id)
	default:
		g := randomFacility(rng, 2000+step)
		f.Name, f.Employees, f.AvgIncome, f.Address = g.Name, g.Employees, g.AvgIncome, g.Address
		err = s.Update(admin, f)
	}
	if err != nil {
		t.Fatalf("step %d: %v", step, err)
	}
}

// TestPatchedFiguresEqualFull: after random creates, updates, deletes and
// restores, the figures For derives from the last snapshot's (reading
// only the changed facilities) equal a full pass over every facility, for
// all years and for each year, and no small write reads every facility.
func TestPatchedFiguresEqualFull(t *testing.T) {
	s := openStore(t)
	rng := rand.New(rand.NewPCG(16, 2))
	seed(t, s, rng)
	For(s, s.Snapshot())
	for step := range 300 {
		write(t, s, rng, step)
		if rng.IntN(4) == 0 {
			continue // a snapshot nobody asked for: the next patch spans two saves
		}
		snap := s.Snapshot()
		full := Full.Load()
		got := For(s, snap)
		if Full.Load() != full {
			t.Fatalf("step %d: a small write read every facility", step)
		}
		want := Compute(snap)
		if !reflect.DeepEqual(got.All, want.All) || !reflect.DeepEqual(got.Years, want.Years) {
			t.Fatalf("step %d: patched\n%+v\nfull\n%+v", step, got.All, want.All)
		}
		for _, y := range want.Years {
			if g, w := got.Summary(y), want.Summary(y); !reflect.DeepEqual(g, w) {
				t.Fatalf("step %d, year %d: patched\n%+v\nfull\n%+v", step, y, g, w)
			}
		}
	}
}

// TestTotalsFallBack: totals of a table the new one does not descend
// from, or of a change too big to list, are computed anew.
func TestTotalsFallBack(t *testing.T) {
	a, b := openStore(t), openStore(t)
	rng := rand.New(rand.NewPCG(1, 2))
	seed(t, a, rng)
	seed(t, b, rng)
	_, ta := compute(a.Snapshot(), nil)
	if _, ok := ta.patched(b.Snapshot().Facilities()); ok {
		t.Fatal("totals patched from another store's table")
	}
	if sum, ok := ta.patched(a.Snapshot().Facilities()); !ok || sum != ta.sum {
		t.Fatalf("same table: %v %+v, want %+v", ok, sum, ta.sum)
	}
	got, _ := compute(b.Snapshot(), ta)
	if want := Compute(b.Snapshot()); !reflect.DeepEqual(got.All, want.All) {
		t.Fatalf("fallback\n%+v\nwant\n%+v", got.All, want.All)
	}
}

// TestSaveFiguresAtOnce: above SyncLimit the first figures come from a
// command, but those of a save are patched inside Update, so a session
// draws the save once.
func TestSaveFiguresAtOnce(t *testing.T) {
	s := openStore(t)
	rng := rand.New(rand.NewPCG(11, 12))
	seed(t, s, rng)
	old := SyncLimit
	SyncLimit = 100 // fewer than the records, more than those but the facilities
	t.Cleanup(func() { SyncLimit = old })
	c := &kit.Session{Config: kit.Config{Store: s, Actor: admin}, Snap: s.Snapshot()}
	var w Watch
	cmd, now := w.Load(c)
	if now || cmd == nil {
		t.Fatalf("first figures: now %v, command %v; want a command", now, cmd != nil)
	}
	w.Ready(cmd().(Msg))
	for step := range 5 {
		write(t, s, rng, step)
		c.Snap = s.Snapshot()
		if cmd, now := w.Load(c); !now || cmd != nil || w.Data.Snap != c.Snap {
			t.Fatalf("step %d: now %v, command %v; want the figures at once", step, now, cmd != nil)
		}
	}
}
