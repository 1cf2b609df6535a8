package exchange

import (
	"errors"
	"slices"
	"testing"

	"khuyencong/model"
)

func TestParseColumnMap(t *testing.T) {
	got, err := ParseColumnMap("Ngành nghề=products, Xã, phường=commune,STT=ignore,Ghi chú=bỏ qua")
	want := []ColumnChoice{{"Ngành nghề", "products"}, {"Xã, phường", "commune"}, {"STT", ""}, {"Ghi chú", ""}}
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("got %v %v", got, err)
	}
	if got, err := ParseColumnMap(" "); got != nil || err != nil {
		t.Errorf("empty map: %v %v", got, err)
	}
	for _, bad := range []string{"Ngành nghề", "=products", "A=b,C"} {
		if _, err := ParseColumnMap(bad); err == nil {
			t.Errorf("ParseColumnMap(%q) accepted", bad)
		}
	}
}

func TestImportWithColumnMap(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "co-so.csv", ieCSV(
		"STT;Tên cơ sở;Ngành nghề;Nơi ở;Ghi chú",
		"1;Cơ sở A;Cơ khí;Hợp Thịnh;khác",
	))
	choices, err := ParseColumnMap("Ngành nghề=products,Nơi ở=Xã,Ghi chú=ignore")
	if err != nil {
		t.Fatal(err)
	}
	res := ieImport(t, st, model.KindFacility, path, ImportOptions{Map: choices})
	f, _ := st.Snapshot().Facilities().Get(1)
	if f.Products != "Cơ khí" || f.TradeGroup != 0 || f.Address.Before.Commune != "Hợp Thịnh" || f.Notes != "" {
		t.Fatalf("facility %+v", f)
	}
	if !slices.Equal(res.Unknown, []string{"STT", "Ghi chú"}) || !res.Mapping[1].ByMap {
		t.Fatalf("unknown %v mapping %+v", res.Unknown, res.Mapping)
	}
	// A map naming no column of the file, or no field, is refused before
	// any row is read.
	for _, m := range []string{"Không có=products", "Ngành nghề=màu sắc"} {
		choices, _ := ParseColumnMap(m)
		_, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{Map: choices})
		var me *model.Error
		if !errors.As(err, &me) || (me.Key != MsgMapNoColumn && me.Key != MsgMapBadField) {
			t.Errorf("%s: %v", m, err)
		}
	}
	if ieCounts(st)[0] != 1 {
		t.Fatal("a refused map wrote")
	}
}
