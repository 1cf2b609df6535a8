package sources

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
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

var (
	names     = []string{"Cơ sở Mộc Đông Xuân", "Hợp tác xã Mây tre Ánh Dương", "Công ty TNHH Gốm Ân Thi", "Hộ kinh doanh Ưng Hiển", "Doanh nghiệp Sơn mài Đại Đồng"}
	districts = []string{"Bình Xuyên", "Vĩnh Yên", "Tam Dương", "Lập Thạch"}
)

func randomFacility(rng *rand.Rand, i int) *model.Facility {
	return &model.Facility{
		Name:       fmt.Sprintf("%s %d", names[rng.IntN(len(names))], i),
		LegalForm:  model.LegalHousehold,
		TradeGroup: model.TradeWoodTextile,
		Address:    model.Address{Before: model.OldAddress{Commune: "Xã Thanh Lãng", District: districts[rng.IntN(len(districts))]}},
		Employees:  int32(rng.IntN(40)),
	}
}

// seed makes 200 facilities and 40 projects, each with two beneficiaries.
func seed(t *testing.T, s *store.Store, rng *rand.Rand) {
	t.Helper()
	var rs []model.Record
	for i := range 200 {
		rs = append(rs, randomFacility(rng, i))
	}
	if err := s.CreateMany(admin, rs, "seed"); err != nil {
		t.Fatal(err)
	}
	rs = rs[:0]
	for i := range 40 {
		rs = append(rs, &model.Project{
			Code: fmt.Sprintf("KC-%03d", i), Name: fmt.Sprintf("Hỗ trợ máy %d", rng.IntN(100)), Year: 2020 + int32(rng.IntN(5)),
			Source: model.SourceNational, Category: model.CatMachinery, Status: model.StatusApproved,
			Beneficiaries: []model.ID{model.ID(rng.IntN(200) + 1), model.ID(rng.IntN(200) + 1)},
			Support:       model.Money(rng.IntN(500)) * 1_000_000, Start: 20220301, End: 20221130,
		})
	}
	if err := s.CreateMany(admin, rs, "seed"); err != nil {
		t.Fatal(err)
	}
}

// write makes one random write to a facility: create, rename, delete or
// restore (a rename also changes the search text of its projects).
func write(t *testing.T, s *store.Store, rng *rand.Rand, step int) {
	t.Helper()
	tab := s.Snapshot().Facilities()
	id := model.ID(rng.IntN(tab.Len()) + 1)
	f, _ := tab.Get(id)
	var err error
	switch op := rng.IntN(4); {
	case op == 0:
		err = s.Create(admin, randomFacility(rng, 1000+step))
	case op == 1 && !f.Deleted:
		f.Name = fmt.Sprintf("%s %d", names[rng.IntN(len(names))], 2000+step)
		f.Employees = int32(rng.IntN(40))
		err = s.Update(admin, f)
	case op == 2 && !f.Deleted:
		err = s.Delete(admin, model.KindFacility, id, f.Version)
	case f.Deleted:
		err = s.Restore(admin, model.KindFacility, id)
	default:
		f.Address.Before.District = districts[rng.IntN(len(districts))]
		err = s.Update(admin, f)
	}
	if err != nil {
		t.Fatalf("step %d: %v", step, err)
	}
}

func drain(m *vtable.Model, cmd tea.Cmd) {
	for cmd != nil {
		msg := cmd()
		if msg == nil {
			return
		}
		_, cmd = m.Update(msg)
	}
}

func typeQuery(m *vtable.Model, q string) {
	drain(m.Update(tea.KeyPressMsg{Code: '/', Text: "/"}))
	for _, r := range q {
		drain(m.Update(tea.KeyPressMsg{Code: r, Text: string(r)}))
	}
	drain(m.Update(tea.KeyPressMsg{Code: tea.KeyEnter}))
}

// TestStoreVersionsEqualRebuild: tables following a real store snapshot
// after snapshot (their orders shared and patched, their filter results
// patched) show what new tables over the last snapshot show, for sorted
// and filtered facilities and for projects filtered by a beneficiary's
// name, which a facility's rename changes.
func TestStoreVersionsEqualRebuild(t *testing.T) {
	s := openStore(t)
	rng := rand.New(rand.NewPCG(16, 3))
	seed(t, s, rng)
	c := &kit.Session{Config: kit.Config{Store: s, Actor: admin}, Lang: i18n.VI, Styles: kit.NewStyles(true, true, false)}
	type view struct {
		col   int
		desc  bool
		q     string
		facil bool
	}
	views := []view{{FcName, false, "", true}, {FcName, true, "ong", true}, {FcOldDistrict, false, "binh", true},
		{fcEmployees, true, "", true}, {-1, false, "co so", true}, {pcName, false, "moc", false}, {pcSupport, true, "", false}}
	source := func(v view, snap *store.Snapshot) vtable.Source {
		if v.facil {
			return FacilitySource{Records: snap.Facilities(), RowView: c.RowView()}
		}
		return ProjectSource{Records: snap.Projects(), RowView: c.RowView()}
	}
	o := vtable.NewOrders()
	open := func(v view, snap *store.Snapshot, orders *vtable.Orders) *vtable.Model {
		cols := FacilityColumns(c)
		if !v.facil {
			cols = ProjectColumns(c)
		}
		m := vtable.New(cols, source(v, snap), vtable.WithOrders(orders), vtable.WithAsyncThreshold(0))
		drain(m, m.SetSort(v.col, v.desc))
		if v.q != "" {
			typeQuery(m, v.q)
		}
		return m
	}
	tables := make([]*vtable.Model, len(views))
	for i, v := range views {
		tables[i] = open(v, s.Snapshot(), o)
	}
	for step := range 120 {
		write(t, s, rng, step)
		if step%5 == 4 {
			continue // the feed coalesced this snapshot with the next
		}
		snap := s.Snapshot()
		for i, v := range views {
			drain(tables[i], tables[i].SetSource(source(v, snap)))
			ref := open(v, snap, nil)
			if !slices.Equal(tables[i].Rows(), ref.Rows()) {
				t.Fatalf("step %d, view %+v: %d rows, a rebuild has %d", step, v, len(tables[i].Rows()), len(ref.Rows()))
			}
		}
	}
	if st := o.Stats(); st.Builds != 6 || st.Patches < 4*90 {
		t.Fatalf("%+v: want one build for each of the 6 sorted views, then patches", st)
	}
}

// TestSortKeysIgnoreLanguage: the sources' sort keys are the same in every
// language, as vtable.Versioned requires for sharing orders.
func TestSortKeysIgnoreLanguage(t *testing.T) {
	s := openStore(t)
	seed(t, s, rand.New(rand.NewPCG(1, 1)))
	snap := s.Snapshot()
	vi, en := kit.RowView{Lang: i18n.VI}, kit.RowView{Lang: i18n.EN}
	pairs := [][2]vtable.KeyAppender{
		{FacilitySource{Records: snap.Facilities(), RowView: vi}, FacilitySource{Records: snap.Facilities(), RowView: en}},
		{ProjectSource{Records: snap.Projects(), RowView: vi}, ProjectSource{Records: snap.Projects(), RowView: en}},
	}
	for _, p := range pairs {
		for col := range 8 {
			for row := range 40 {
				a, na := p[0].AppendSortKey(nil, row, col)
				b, nb := p[1].AppendSortKey(nil, row, col)
				if !bytes.Equal(a, b) || na != nb {
					t.Fatalf("%T column %d row %d: the key depends on the language", p[0], col, row)
				}
			}
		}
	}
}

// TestVersionShowDeleted: a source showing deleted rows is another line
// of versions than one hiding them.
func TestVersionShowDeleted(t *testing.T) {
	s := openStore(t)
	seed(t, s, rand.New(rand.NewPCG(2, 2)))
	tab := s.Snapshot().Facilities()
	hide := FacilitySource{Records: tab}
	show := FacilitySource{Records: tab, RowView: kit.RowView{ShowDeleted: true}}
	if hide.DataVersion() == show.DataVersion() {
		t.Fatal("same version whether deleted rows are shown or not")
	}
	if _, ok := show.ChangedSince(hide.DataVersion()); ok {
		t.Fatal("a source showing deleted rows patches from one hiding them")
	}
	if rows, ok := hide.ChangedSince(hide.DataVersion()); !ok || len(rows) != 0 {
		t.Fatalf("ChangedSince its own version: %v %v", rows, ok)
	}
}
