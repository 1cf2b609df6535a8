package exchange

import (
	"testing"

	"khuyencong/model"
)

func TestSplitAddress(t *testing.T) {
	for in, want := range map[string]model.Address{
		"xã Hợp Thịnh, huyện Tam Dương, tỉnh Vĩnh Phúc":            {Commune: "Hợp Thịnh", District: "Tam Dương", Province: "Vĩnh Phúc"},
		"Thôn Đông, xã Hợp Thịnh, huyện Tam Dương, tỉnh Vĩnh Phúc": {Village: "Thôn Đông", Commune: "Hợp Thịnh", District: "Tam Dương", Province: "Vĩnh Phúc"},
		"thôn Đông, Hợp Thịnh, Tam Dương":                          {Village: "thôn Đông", Commune: "Hợp Thịnh", District: "Tam Dương"},
		"Phường Liên Bảo, Vĩnh Yên":                                {Commune: "Liên Bảo", District: "Vĩnh Yên"},
		"Thị trấn Hợp Hoà":                                         {Commune: "Hợp Hoà"},
		"Xã":                                                       {Commune: "Xã"},
		" , ":                                                      {},
	} {
		if got := splitAddress(in); got != want {
			t.Errorf("splitAddress(%q) = %+v, want %+v", in, got, want)
		}
	}
}

// "Địa chỉ" with a whole address fills the parts the file has no column
// for; "Địa chỉ (xã)" is the commune; the address is never exported.
func TestImportAddressColumns(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "co-so.csv", ieCSV(
		"Tên cơ sở;Địa chỉ;Huyện",
		`Cơ sở A;"xã Đạo Tú, huyện Tam Dương, tỉnh Vĩnh Phúc";`,
		`Cơ sở B;"Hợp Thịnh, Tam Dương";Yên Lạc`,
	))
	res := ieImport(t, st, model.KindFacility, path, ImportOptions{})
	if res.Written != 2 || len(res.Unknown) != 0 {
		t.Fatalf("written %d unknown %v", res.Written, res.Unknown)
	}
	a, _ := st.Snapshot().Facilities().Get(1)
	b, _ := st.Snapshot().Facilities().Get(2)
	if a.Address.Commune != "Đạo Tú" || a.Address.District != "Tam Dương" || a.Address.Province != "Vĩnh Phúc" {
		t.Errorf("A: %+v", a.Address)
	}
	if b.Address.Commune != "Hợp Thịnh" || b.Address.District != "Yên Lạc" {
		t.Errorf("B: the file's own Huyện column should win: %+v", b.Address)
	}
	st2 := ieOpen(t)
	res = ieImport(t, st2, model.KindFacility, ieWrite(t, "x.csv", ieCSV("Tên cơ sở;Địa chỉ (xã)", "Cơ sở C;Hướng Đạo")), ImportOptions{})
	c, _ := st2.Snapshot().Facilities().Get(1)
	if c.Address.Commune != "Hướng Đạo" || len(res.Unknown) != 0 {
		t.Errorf("Địa chỉ (xã): %+v unknown %v", c.Address, res.Unknown)
	}
}
