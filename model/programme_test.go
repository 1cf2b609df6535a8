package model

import (
	"slices"
	"testing"
)

func testProgramme() *Programme {
	return &Programme{Meta: Meta{ID: 7}, Code: "KCQG-2026-2030", Name: "Chương trình 2026–2030", Level: ProgrammeNational,
		From: 2026, To: 2030, Indicators: []Indicator{
			{Name: "Cơ sở được hỗ trợ máy móc", Unit: "cơ sở", Measure: MeasureFacilities, Category: CatMachinery, Target: 10, Years: []int64{2, 2, 2, 2, 2}},
			{Name: "Đề án nghiệm thu", Unit: "đề án", Measure: MeasureProjects, Target: 5},
			{Name: "Kinh phí", Unit: "đồng", Measure: MeasureSupport, Target: 1_000_000_000},
			{Name: "Người được đào tạo", Unit: "người", Measure: MeasureManual, Target: 100, Done: []int64{30, 50, 0, 0, 0}},
			{Name: "Sản phẩm tiêu biểu", Unit: "sản phẩm", Measure: MeasureCertified, Target: 4},
		}}
}

func TestProgrammeProgress(t *testing.T) {
	pg := testProgramme()
	projects := []*Project{
		// Named, accepted, national machinery: counts.
		{Meta: Meta{ID: 1}, Programme: 7, Year: 2026, Source: SourceNational, Category: CatMachinery, Status: StatusSettled, Support: 300_000_000, Beneficiaries: []ID{1, 2}},
		// Unnamed but national and in the period: taken; facility 2 again is counted once.
		{Meta: Meta{ID: 2}, Year: 2027, Source: SourceNational, Category: CatMachinery, Status: StatusAccepted, Support: 200_000_000, Beneficiaries: []ID{2, 3}},
		// Provincial fund, named: taken, in the local column.
		{Meta: Meta{ID: 3}, Programme: 7, Year: 2027, Source: SourceLocal, Category: CatMachinery, Status: StatusInProgress, Support: 100_000_000, Beneficiaries: []ID{4}},
		// Another programme, deleted, or after the year asked: not counted.
		{Meta: Meta{ID: 4}, Programme: 8, Year: 2027, Source: SourceNational, Category: CatMachinery, Status: StatusSettled, Support: 50_000_000, Beneficiaries: []ID{5}},
		{Meta: Meta{ID: 5, Deleted: true}, Programme: 7, Year: 2026, Source: SourceNational, Category: CatMachinery, Status: StatusSettled, Support: 50_000_000},
		{Meta: Meta{ID: 6}, Programme: 7, Year: 2028, Source: SourceNational, Category: CatMachinery, Status: StatusSettled, Support: 70_000_000},
		// Unnamed and provincial: belongs to a provincial programme.
		{Meta: Meta{ID: 7}, Year: 2026, Source: SourceLocal, Category: CatMachinery, Status: StatusSettled, Support: 90_000_000, Beneficiaries: []ID{9}},
	}
	entries := []*Entry{
		{CertNo: "1", CertDate: 20270610}, {CertNo: "2", CertDate: 20250610}, {CertNo: "3", CertDate: 20261231},
	}
	got := pg.ProgressOf(ProgressData{Projects: slices.Values(projects), Entries: slices.Values(entries)}, 2027)
	want := []struct {
		done      [3]int64
		year, due int64
	}{
		{[3]int64{3, 0, 3}, 1, 4}, // facilities 1,2,3; in 2027 only facility 3 is new to the year's list
		{[3]int64{2, 0, 2}, 1, 2}, // projects 1 and 2
		{[3]int64{500_000_000, 100_000_000, 600_000_000}, 300_000_000, 400_000_000},
		{[3]int64{0, 0, 80}, 50, 40},
		{[3]int64{0, 0, 2}, 1, 1},
	}
	for i, w := range want {
		p := got[i]
		if p.Done != w.done || p.Due != w.due {
			t.Errorf("%s: done %v due %d, want %v due %d", p.Indicator.Name, p.Done, p.Due, w.done, w.due)
		}
	}
	if got[0].YearDone != 2 {
		t.Errorf("facilities in 2027 alone: %d, want 2 (facilities 2 and 3)", got[0].YearDone)
	}
	if pct, ok := got[1].Pct(); !ok || pct != 40 {
		t.Errorf("projects share %d %v, want 40", pct, ok)
	}
	if !got[0].Behind() || got[3].Behind() { // 3 of 4 due; 80 of 40 due
		t.Errorf("pace: facilities %v, trained %v", got[0].Behind(), got[3].Behind())
	}
	// A year past the period is the period's end.
	if late := pg.ProgressOf(ProgressData{}, 2040); late[3].Done[DoneTotal] != 80 || late[3].Due != 100 {
		t.Errorf("after the period: %+v", late[3])
	}
}

func TestIndicatorsText(t *testing.T) {
	pg := testProgramme()
	text := FormatIndicators(pg.Indicators, pg.From)
	back, err := ParseIndicators(text, pg.From, pg.To)
	if err != nil {
		t.Fatal(err)
	}
	for i := range back {
		a, b := back[i], pg.Indicators[i]
		if a.Name != b.Name || a.Unit != b.Unit || a.Measure != b.Measure || a.Category != b.Category || a.Target != b.Target ||
			!slices.Equal(a.Years, b.Years) && len(b.Years) > 0 || !slices.Equal(trimZeros(a.Done), trimZeros(b.Done)) {
			t.Errorf("indicator %d: %+v, want %+v", i, a, b)
		}
	}
	for _, bad := range []struct{ in, key string }{
		{"Chỉ có tên", string(MsgIndicatorCell)},
		{"Tên | ĐVT | đếm bừa | | 5", string(MsgIndicatorMeasure)},
		{"Tên | ĐVT | nhap | | -5", string(MsgIndicatorNumber)},
		{"Tên | ĐVT | nhap | | năm", string(MsgIndicatorNumber)},
		{"Tên | ĐVT | nhap | | 5 | 2031=1", string(MsgIndicatorYear)},
		{"Tên | ĐVT | nhap | | 5 | 2026:1", string(MsgIndicatorYear)},
		{"Tên | ĐVT | de-an | 42 | 5", string(MsgIndicatorCell)},
		{" | ĐVT | nhap | | 5", string(MsgIndicatorCell)},
	} {
		if _, err := ParseIndicators(bad.in, 2026, 2030); err == nil || string(err.Key) != bad.key {
			t.Errorf("%q: %v, want %s", bad.in, err, bad.key)
		}
	}
}

func trimZeros(v []int64) []int64 {
	for len(v) > 0 && v[len(v)-1] == 0 {
		v = v[:len(v)-1]
	}
	return v
}

func TestProgrammeValidate(t *testing.T) {
	if ps := testProgramme().Validate(); len(ps) != 0 {
		t.Fatalf("valid programme: %v", ps)
	}
	for _, c := range []struct {
		name  string
		edit  func(p *Programme)
		field string
	}{
		{"no code", func(p *Programme) { p.Code = "" }, "programme_code"},
		{"no level", func(p *Programme) { p.Level = 0 }, "level"},
		{"ends before it starts", func(p *Programme) { p.To = 2025 }, "to"},
		{"eleven years", func(p *Programme) { p.To = 2036 }, "to"},
		{"no indicators", func(p *Programme) { p.Indicators = nil }, "indicators"},
		{"yearly figures of another length", func(p *Programme) { p.Indicators[0].Years = []int64{1, 2} }, "indicators"},
		{"negative target", func(p *Programme) { p.Indicators[1].Target = -1 }, "indicators"},
	} {
		p := testProgramme()
		c.edit(p)
		ps := p.Validate()
		if len(ps) == 0 || ps[0].Field != c.field {
			t.Errorf("%s: %v, want a problem on %s", c.name, ps, c.field)
		}
	}
}

func TestCounterpartShares(t *testing.T) {
	base := func() *Project {
		return &Project{Code: "KCĐP-2026-01", Name: "Đề án", Year: 2026, Source: SourceLocal, Category: CatMachinery,
			Status: StatusProposed, Beneficiaries: []ID{1, 2}, Support: 100_000_000, Counterpart: 300_000_000}
	}
	ok := base()
	ok.CounterpartBy = []Money{200_000_000, 100_000_000}
	if ps := ok.Validate(); len(ps) != 0 {
		t.Fatalf("a split that adds up: %v", ps)
	}
	for _, c := range []struct {
		name   string
		shares []Money
		key    string
	}{
		{"one amount for two facilities", []Money{300_000_000}, string(MsgSharesCount)},
		{"does not add up", []Money{200_000_000, 50_000_000}, string(MsgSharesSum)},
		{"negative", []Money{400_000_000, -100_000_000}, string(MsgNegative)},
	} {
		p := base()
		p.CounterpartBy = c.shares
		ps := p.Validate()
		if len(ps) != 1 || ps[0].Field != "counterpart_by" || string(ps[0].Err.Key) != c.key {
			t.Errorf("%s: %v", c.name, ps)
		}
	}
	if got, err := ParseShares("200 tr; 0,1 tỷ"); err != nil || len(got) != 2 || got[1] != 100_000_000 {
		t.Errorf("ParseShares: %v %v", got, err)
	}
	for _, bad := range []string{"200 tr; abc", "-5 tr"} {
		if _, err := ParseShares(bad); err == nil {
			t.Errorf("ParseShares(%q) accepted", bad)
		}
	}
	if s := FormatShares([]Money{200_000_000, 100_000_000}); s != "200.000.000; 100.000.000" {
		t.Errorf("FormatShares: %q", s)
	}
}
