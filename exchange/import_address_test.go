package exchange

import (
	"slices"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

// An office's list with old-style addresses: the certain rows are
// converted and noted, the split commune and the unknown one are imported
// as written and reported by row, and nothing is refused.
func TestImportOldAddressesConverted(t *testing.T) {
	st := ieOpen(t)
	set := st.Snapshot().Settings
	set.Province = "25"
	if err := st.SaveSettings(ieAdmin, set); err != nil {
		t.Fatal(err)
	}
	path := ieWrite(t, "co-so.csv", ieCSV(
		"Tên cơ sở;Địa chỉ",
		`Cơ sở A;"Thôn 2, TT. Hương Canh, H. Bình Xuyên"`,
		`Cơ sở B;"Xóm 1, Xã Bình Nguyên, Phú Thọ"`,
		`Cơ sở C;"xã Cao Sơn, huyện Lương Sơn, tỉnh Hòa Bình"`,
		`Cơ sở D;"xã Không Có, huyện Bình Xuyên, Vĩnh Phúc"`,
		`Cơ sở E;"thị trấn huong canh, binh xuyen, vinh phuc"`,
	))
	res := ieImport(t, st, model.KindFacility, path, ImportOptions{})
	if res.Written != 5 || len(res.Problems) != 0 {
		t.Fatalf("written %d, problems %v", res.Written, ieProblemTexts(res))
	}
	get := func(id model.ID) model.Address {
		f, _ := st.Snapshot().Facilities().Get(id)
		return f.Address
	}
	a := get(1)
	if a.Village != "Thôn 2" || a.CommuneCode != "08935" || a.ProvinceCode != "25" ||
		a.Before.Commune != "TT. Hương Canh" || a.Before.District != "H. Bình Xuyên" || a.Before.CommuneCode == "" {
		t.Errorf("A: %+v", a)
	}
	if b := get(2); b.CommuneCode != "08935" || !b.Before.Empty() || b.Village != "Xóm 1" {
		t.Errorf("B (a new address): %+v", b)
	}
	if c := get(3); c.CommuneCode != "" || c.Before.Commune != "xã Cao Sơn" || c.Before.CommuneCode == "" {
		t.Errorf("C (split): %+v", c)
	}
	if d := get(4); d.CommuneCode != "" || d.Before.Commune != "xã Không Có" {
		t.Errorf("D (unknown): %+v", d)
	}
	if e := get(5); e.CommuneCode != "08935" || e.Before.Commune != "thị trấn huong canh" {
		t.Errorf("E (no diacritics): %+v", e)
	}
	// Row 5's commune is not in the list of 4/1/2025, but its district
	// is: a person chooses among the district's new communes.
	want := map[NoteKind][]int{NoteConverted: {2, 6}, NoteUnitChoice: {4, 5}}
	got := map[NoteKind][]int{}
	for _, g := range res.Notes {
		got[g.Kind] = append(got[g.Kind], g.Rows...)
	}
	for k, rows := range want {
		slices.Sort(got[k])
		if !slices.Equal(got[k], rows) {
			t.Errorf("note %d on rows %v, want %v", k, got[k], rows)
		}
	}
	for _, g := range res.Notes {
		if g.Kind == NoteUnitChoice && strings.Contains(g.Cell, "Cao Sơn") {
			txt := g.In(i18n.VI)
			if !strings.Contains(txt, "Xã Lương Sơn") || !strings.Contains(txt, "Xã Liên Sơn") {
				t.Errorf("the choice note must list the candidates: %s", txt)
			}
		}
	}
}

// Separate columns: the file's own Huyện column wins over the district in
// "Địa chỉ"; a "Mã xã" column is the new commune itself.
func TestImportAddressColumns(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "co-so.csv", ieCSV(
		"Tên cơ sở;Địa chỉ;Huyện;Mã xã",
		`Cơ sở A;"xã Đạo Tú, huyện Tam Dương, tỉnh Vĩnh Phúc";;`,
		`Cơ sở B;"Hợp Thịnh, Tam Dương";Yên Lạc;`,
		`Cơ sở C;"Thôn Đông";;08935`,
	))
	res := ieImport(t, st, model.KindFacility, path, ImportOptions{})
	if res.Written != 3 || len(res.Unknown) != 0 {
		t.Fatalf("written %d unknown %v", res.Written, res.Unknown)
	}
	a, _ := st.Snapshot().Facilities().Get(1)
	b, _ := st.Snapshot().Facilities().Get(2)
	c, _ := st.Snapshot().Facilities().Get(3)
	if o := a.Address.Before; o.Commune != "xã Đạo Tú" || o.District != "huyện Tam Dương" || o.Province != "tỉnh Vĩnh Phúc" || a.Address.CommuneCode == "" {
		t.Errorf("A: %+v", a.Address)
	}
	if b.Address.Before.Commune != "Hợp Thịnh" || b.Address.Before.District != "Yên Lạc" {
		t.Errorf("B: the file's own Huyện column should win: %+v", b.Address)
	}
	if c.Address.CommuneCode != "08935" || c.Address.ProvinceCode != "25" || c.Address.Village != "Thôn Đông" {
		t.Errorf("C: %+v", c.Address)
	}
}

// A commune code the table does not know is refused with the row, and the
// file writes nothing.
func TestImportUnknownCommuneCode(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "co-so.csv", ieCSV("Tên cơ sở;Mã xã", "Cơ sở A;99999"))
	res, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{})
	if err == nil || res.Written != 0 || st.Snapshot().Live(model.KindFacility) != 0 {
		t.Fatalf("written %d, err %v", res.Written, err)
	}
}
