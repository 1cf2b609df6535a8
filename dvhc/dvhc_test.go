package dvhc

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"
)

func table(t testing.TB) *Table {
	t.Helper()
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestShippedCounts(t *testing.T) {
	p, c, o, _ := table(t).Counts()
	if p != 34 || c != 3321 || o < 10056 {
		t.Fatalf("provinces %d, communes %d, old %d", p, c, o)
	}
}

// Every row of the shipped conversion table that moves a whole commune of
// Vĩnh Phúc (old code 26) converts, by name and district as people write
// them, to its new commune.
func TestVinhPhucWholeRowsConvert(t *testing.T) {
	tb := table(t)
	src, err := ShippedSources()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(src.Conversion))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows {
		if len(r) < 8 || !strings.HasSuffix(strings.TrimSpace(r[7]), "(26)") || clean(r[5]) != "Nhập toàn bộ" {
			continue
		}
		n++
		district, _, _ := nameCode(clean(r[6]))
		for _, w := range []Written{
			{Commune: r[3], District: district},                        // as the list writes it
			{Commune: r[3], District: district, Province: "Vĩnh Phúc"}, // with the old province
			{CommuneCode: r[4]},
		} {
			got := tb.Resolve(w, "25")
			if got.Outcome != Certain || got.Commune != r[2] || got.Province != "25" {
				t.Errorf("%+v → %+v, want %s", w, got, r[2])
			}
		}
	}
	if n != 121 {
		t.Fatalf("%d Vĩnh Phúc rows, want 121", n)
	}
}

// The free-text forms people write for Thị trấn Hương Canh (Bình Xuyên),
// which went whole into Xã Bình Nguyên (08935).
func TestFreeTextForms(t *testing.T) {
	tb := table(t)
	for _, line := range []string{
		"TT. Hương Canh",
		"Thị trấn Hương Canh",
		"thi tran huong canh",
		"TT.Hương Canh, H. Bình Xuyên",
		"Thôn 2, TT. Hương Canh, huyện Bình Xuyên, tỉnh Vĩnh Phúc",
		"Hương Canh, Bình Xuyên, Vĩnh Phúc",
		"huong canh, binh xuyen",
		"Hương Canh, Bình Xuyên, Phú Thọ",
	} {
		_, w := tb.SplitLine(line)
		got := tb.Resolve(w, "25")
		if got.Outcome != Certain || got.Commune != "08935" {
			t.Errorf("%q → %+v %+v", line, w, got)
		}
		// Outside a centre's province, only a written province finds it.
		got = tb.Resolve(w, "")
		if ok := got.Outcome == Certain && got.Commune == "08935"; ok != (w.Province != "") {
			t.Errorf("%q without the centre's province → %+v", line, got)
		}
	}
	free, w := tb.SplitLine("Thôn 2, TT. Hương Canh, huyện Bình Xuyên, tỉnh Vĩnh Phúc")
	if free != "Thôn 2" || w.District != "huyện Bình Xuyên" || w.Province != "tỉnh Vĩnh Phúc" {
		t.Errorf("split: %q %+v", free, w)
	}
	// "xã Tam Hợp, huyện Bình Xuyên" and the district alone.
	_, w = tb.SplitLine("xã Tam Hợp, huyện Bình Xuyên")
	if got := tb.Resolve(w, "25"); got.Outcome != Certain || got.Old == nil || got.Old.Name != "Xã Tam Hợp" {
		t.Errorf("Tam Hợp: %+v", got)
	}
	_, w = tb.SplitLine("H. Bình Xuyên")
	if w.District == "" {
		t.Fatalf("H. Bình Xuyên read as %+v", w)
	}
	if got := tb.Resolve(w, "25"); got.Outcome != Choice || len(got.Candidates) < 2 {
		t.Errorf("a district alone must offer its communes: %+v", got)
	}
}

// A split commune gives all its candidates and no commune to apply.
func TestSplitCommuneNeedsChoice(t *testing.T) {
	tb := table(t)
	got := tb.Resolve(Written{Commune: "Xã Cao Sơn", District: "Huyện Lương Sơn", Province: "Hoà Bình"}, "25")
	if got.Outcome != Choice || got.Commune != "" || len(got.Candidates) != 2 {
		t.Fatalf("Cao Sơn: %+v", got)
	}
	for _, c := range got.Candidates {
		if c.Whole || c.Commune != "04924" && c.Commune != "04960" {
			t.Errorf("candidate %+v", c)
		}
	}
}

func TestNewAddressRecognised(t *testing.T) {
	tb := table(t)
	free, w := tb.SplitLine("Xóm 1, Xã Bình Nguyên, Phú Thọ")
	if free != "Xóm 1" {
		t.Errorf("free text %q", free)
	}
	got := tb.Resolve(w, "")
	if got.Outcome != Certain || !got.New || got.Commune != "08935" {
		t.Errorf("%+v → %+v", w, got)
	}
}

func TestUnknownSaysWhy(t *testing.T) {
	tb := table(t)
	for _, w := range []Written{
		{Commune: "Hương Canh", District: "Huyện Không Có"},
		{Commune: "Hương Canh", Province: "Tỉnh Không Có"},
		{},
	} {
		if got := tb.Resolve(w, "25"); got.Outcome != Unknown || got.Why == "" {
			t.Errorf("%+v → %+v", w, got)
		}
	}
}

func TestBuildRefusesBadFiles(t *testing.T) {
	src, err := ShippedSources()
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]Sources{
		"provinces not a list": {Provinces: []byte("Hà Nội,01\n"), Old: src.Old, Conversion: src.Conversion},
		"old shape wrong":      {Provinces: src.Provinces, Old: []byte("a,b,c\nx,y,z\n"), Conversion: src.Conversion},
		"conversion empty":     {Provinces: src.Provinces, Old: src.Old, Conversion: []byte("\n")},
		"unknown province": {Provinces: []byte("01,Thành phố Hà Nội\n"), Old: src.Old,
			Conversion: []byte("t\nh\nTỉnh X (99),Xã A,00001,Xã B,00001,Nhập toàn bộ,Huyện C (001),Tỉnh X (99),\n")},
	} {
		if _, err := Build(bad); err == nil {
			t.Errorf("%s: built", name)
		}
	}
	if Shape([]byte("hello\n")) != "" || Shape(src.Provinces) != ShapeProvinces || Shape(src.Old) != ShapeOld {
		t.Error("shape")
	}
}

func TestShippedMatchesOfficialFile(t *testing.T) {
	// The shipped copy is the file the README names; when the official
	// file is at hand (a developer's checkout), they must be equal.
	path := os.Getenv("DVHC_CONVERSION_CSV")
	if path == "" {
		t.Skip("DVHC_CONVERSION_CSV not set")
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := ShippedSources()
	if string(src.Conversion) != string(want) {
		t.Fatal("shipped conversion table differs from", path)
	}
}

func TestSplitLineForms(t *testing.T) {
	tb := table(t)
	for in, want := range map[string][2]string{ // free text, commune
		"Hương Canh": {"", "Hương Canh"},
		"Thôn Đông":  {"Thôn Đông", ""},
		"thôn Đông, Hợp Thịnh, Tam Dương": {"thôn Đông", "Hợp Thịnh"},
		"Hương Canh, Vĩnh Phúc":           {"", "Hương Canh"},
		"Số 12 đường Lê Lợi, P. Liên Bảo": {"Số 12 đường Lê Lợi", "P. Liên Bảo"},
	} {
		free, w := tb.SplitLine(in)
		if free != want[0] || w.Commune != want[1] {
			t.Errorf("%q → %q %+v", in, free, w)
		}
	}
}

// A commune the list of 4/1/2025 no longer has (merged before) but whose
// district is known offers the district's new communes.
func TestMergedEarlierOffersDistrict(t *testing.T) {
	got := table(t).Resolve(Written{Commune: "Xã Không Có", District: "Bình Xuyên"}, "25")
	if got.Outcome != Choice || len(got.Candidates) < 2 || got.Commune != "" {
		t.Fatalf("%+v", got)
	}
}
