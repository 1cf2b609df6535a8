package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"khuyencong/dvhc"
	"khuyencong/model"
)

// A facility's codes are checked against the unit table in force: an
// unknown commune, or one in another province, is refused by field and
// nothing is written.
func TestAddressCodesCheckedAgainstTable(t *testing.T) {
	s := newStore(t)
	for _, c := range []struct {
		a     model.Address
		field string
	}{
		{model.Address{ProvinceCode: "99", CommuneCode: "08935"}, "province"},
		{model.Address{ProvinceCode: "25", CommuneCode: "99999"}, "commune"},
		{model.Address{ProvinceCode: "01", CommuneCode: "08935"}, "commune"},
		{model.Address{Before: model.OldAddress{CommuneCode: "99999"}}, "old_commune"},
	} {
		f := &model.Facility{Name: "Cơ sở", Address: c.a}
		err := s.Create(admin, f)
		var ps model.Problems
		if !errors.As(err, &ps) || ps.For(c.field) == nil {
			t.Errorf("%+v: %v", c.a, err)
		}
	}
	if n := s.Snapshot().Live(model.KindFacility); n != 0 {
		t.Fatalf("%d facilities written", n)
	}
	f := &model.Facility{Name: "Cơ sở", Address: model.Address{ProvinceCode: "25", CommuneCode: "08935"}}
	if err := s.Create(admin, f); err != nil {
		t.Fatal(err)
	}
	// The commune's name is in the search text.
	if txt := s.Snapshot().Facilities().Text(0); !strings.Contains(txt, "binh nguyen") {
		t.Errorf("search text %q", txt)
	}
}

// The province setting must be one of the table's provinces.
func TestProvinceSetting(t *testing.T) {
	s := newStore(t)
	st := s.Snapshot().Settings
	st.Province = "99"
	if err := s.SaveSettings(admin, st); err == nil {
		t.Fatal("province 99 saved")
	}
	st.Province = "25"
	if err := s.SaveSettings(admin, st); err != nil {
		t.Fatal(err)
	}
	if got := s.Snapshot().Settings.Province; got != "25" {
		t.Fatalf("province %q", got)
	}
	st.Province = "26"
	if err := s.SaveSettings(editor, st); err == nil {
		t.Fatal("an editor set the province")
	}
}

// units import: a file that does not parse, or that would orphan a record,
// changes nothing; a good one replaces the part and is audited.
func TestReplaceUnits(t *testing.T) {
	s := newStore(t)
	f := &model.Facility{Name: "Cơ sở", Address: model.Address{ProvinceCode: "25", CommuneCode: "08935"}}
	if err := s.Create(admin, f); err != nil {
		t.Fatal(err)
	}
	src, err := dvhc.ShippedSources()
	if err != nil {
		t.Fatal(err)
	}
	before := s.Units()
	if _, err := s.ReplaceUnits(admin, []byte("not,a\nunit,file\n")); err == nil {
		t.Fatal("a bad file replaced the table")
	}
	// The conversion table without Bình Nguyên's rows orphans the facility.
	var kept []string
	for _, l := range strings.Split(string(src.Conversion), "\n") {
		if !strings.Contains(l, ",08935,") {
			kept = append(kept, l)
		}
	}
	_, err = s.ReplaceUnits(admin, []byte(strings.Join(kept, "\n")))
	if err == nil || !strings.Contains(model.Localize(err, 0), "08935") {
		t.Fatalf("orphaning table: %v", err)
	}
	if s.Units() != before {
		t.Fatal("table changed after a refusal")
	}
	if _, err := s.ReplaceUnits(editor, src.Provinces); err == nil {
		t.Fatal("an editor replaced the table")
	}
	// A renamed province is a newer official file of the same shape.
	renamed := strings.Replace(string(src.Provinces), "25,Phú Thọ", "25,Tỉnh Phú Thọ", 1)
	shape, err := s.ReplaceUnits(admin, []byte(renamed))
	if err != nil || shape != dvhc.ShapeProvinces {
		t.Fatalf("%s: %v", shape, err)
	}
	if got := s.Units().ProvinceLabel("25"); got != "Tỉnh Phú Thọ" {
		t.Fatalf("province 25 is %q", got)
	}
	path := s.Path()
	s.Close()
	s2 := openTest(t, path)
	if got := s2.Units().ProvinceLabel("25"); got != "Tỉnh Phú Thọ" {
		t.Fatalf("after reopen, province 25 is %q", got)
	}
}

// A database of layout 1 (one-level addresses) opens: its addresses become
// the "before 1/7/2025" ones, unchanged, and check passes.
func TestMigrateAddresses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s := openTest(t, path)
	f := &model.Facility{Name: "Công ty Tân Việt", TaxCode: "2500150335",
		Address: model.Address{Village: "Thôn 2", Before: model.OldAddress{Commune: "TT. Hương Canh", District: "Bình Xuyên", Province: "Vĩnh Phúc"}}}
	if err := s.Create(admin, f); err != nil {
		t.Fatal(err)
	}
	s.Close()
	downgrade(t, path)

	s = openTest(t, path)
	got, ok := s.Snapshot().Facilities().Get(1)
	if !ok || got.Address != f.Address || got.Name != f.Name || got.TaxCode != f.TaxCode {
		t.Fatalf("after migration %+v", got)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %q", err, problems)
	}
}

// downgrade rewrites a database to layout 1, as the previous version made
// it: facilities in format 1, schema 1.
func downgrade(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(model.KindFacility.String()))
		return b.ForEach(func(k, v []byte) error {
			var f model.Facility
			if err := decodeFacility(newReader(v), &f); err != nil {
				return err
			}
			w := writer{}
			encodeFacilityV1(&w, &f)
			return b.Put(k, w.b)
		})
	})
	if err == nil {
		err = db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySchema, schemaBytes(1))
		})
	}
	if err != nil {
		t.Fatal(err)
	}
	_ = os.Remove(path + ".lock")
}

// encodeFacilityV1 writes the old layout; tests use it to make a schema-1
// database.
func encodeFacilityV1(w *writer, f *model.Facility) {
	w.byte(fmtFacilityV1)
	w.meta(&f.Meta)
	w.str(f.Name)
	w.u(uint64(len(f.FormerNames)))
	for _, fn := range f.FormerNames {
		w.str(fn.Name)
		w.i(int64(fn.Until))
	}
	w.byte(byte(f.LegalForm))
	w.str(f.TaxCode)
	w.byte(byte(f.TradeGroup))
	w.istr(f.Products)
	w.istr(f.Address.Village)
	w.istr(f.Address.Before.Commune)
	w.istr(f.Address.Before.District)
	w.istr(f.Address.Before.Province)
	w.istr(f.CraftVillage)
	w.i(int64(f.Employees))
	w.i(int64(f.AvgIncome))
	w.str(f.Representative)
	w.str(f.Phone)
	w.str(f.Email)
	w.i(int64(f.YearFounded))
	w.str(f.Notes)
}

// A replaced table that renames a commune: the facilities' search texts
// name it at once, and their table says it does not know what changed, so
// that sessions rebuild their sort orders and filters from the new names.
func TestReplaceUnitsRenamesInSearchText(t *testing.T) {
	s := newStore(t)
	f := &model.Facility{Name: "Cơ sở", Address: model.Address{ProvinceCode: "25", CommuneCode: "08935"}}
	if err := s.Create(admin, f); err != nil {
		t.Fatal(err)
	}
	old := s.Snapshot().Facilities()
	src, err := dvhc.ShippedSources()
	if err != nil {
		t.Fatal(err)
	}
	renamed := strings.ReplaceAll(string(src.Conversion), "Xã Bình Nguyên,08935", "Xã Bình Nguyên Mới,08935")
	if renamed == string(src.Conversion) {
		t.Fatal("the fixture found no Bình Nguyên row")
	}
	if _, err := s.ReplaceUnits(admin, []byte(renamed)); err != nil {
		t.Fatal(err)
	}
	snap := s.Snapshot()
	if got := snap.Units.CommuneLabel("08935"); !strings.Contains(got, "Bình Nguyên Mới") {
		t.Fatalf("commune 08935 is %q", got)
	}
	if txt := snap.Facilities().Text(0); !strings.Contains(txt, "binh nguyen moi") {
		t.Errorf("search text %q keeps the old name", txt)
	}
	if _, ok := snap.Facilities().ChangedSince(old.Version()); ok {
		t.Error("the facilities' table claims to know its changes after a rename")
	}
	if got, _ := snap.Facilities().Get(f.ID); got == nil || got.Version != f.Version {
		t.Errorf("facility after the reload: %+v", got)
	}
}
