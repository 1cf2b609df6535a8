package model

import (
	"iter"
	"khuyencong/i18n"
	"khuyencong/vntext"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// world is a hand-made data set with known answers; see the comments for
// the arithmetic.
type world struct {
	fs   []*Facility
	ps   []*Project
	as   []*Allocation
	pays []*Payment
}

func (w *world) data() Data {
	return Data{
		Facilities:  slices.Values(w.fs),
		Projects:    slices.Values(w.ps),
		Allocations: slices.Values(w.as),
		Payments:    slices.Values(w.pays),
	}
}

func fac(id ID, name, district string, employees int32, income Money) *Facility {
	// The same name as commune key and old district, so that the figures
	// of both groupings are the same; TestPlaceLevels tells them apart.
	return &Facility{Meta: Meta{ID: id}, Name: name, Address: Address{CommuneCode: district, Before: OldAddress{District: district}},
		Employees: employees, AvgIncome: income}
}

func proj(id ID, code string, year int32, src Source, cat Category, st Status, support, counterpart Money, bens ...ID) *Project {
	return &Project{Meta: Meta{ID: id}, Code: code, Name: code, Year: year, Source: src, Category: cat,
		Status: st, Support: support, Counterpart: counterpart, Beneficiaries: bens}
}

func alloc(id ID, year int32, src Source, amount Money) *Allocation {
	return &Allocation{Meta: Meta{ID: id}, Year: year, Source: src, Amount: amount}
}

func pay(id, project ID, kind PaymentKind, amount Money) *Payment {
	return &Payment{Meta: Meta{ID: id}, Project: project, Date: 20220601, PayKind: kind, Amount: amount}
}

const tr = 1_000_000

// vinhPhuc is the article's 2022 KCQG batch (four projects, 2.170 tr in all;
// the split between them is illustrative) with a few records around it.
func vinhPhuc() *world {
	deleted := func(m Meta) Meta { m.Deleted = true; return m }
	w := &world{
		fs: []*Facility{
			fac(1, "Công ty TNHH Thương mại và Cơ khí Tân Việt", "Vĩnh Yên", 50, 8*tr),
			fac(2, "Công ty TNHH Bao bì Atlantic", "Bình Xuyên", 100, 7*tr),
			fac(3, "Công ty TNHH Đầu tư xây dựng Long Thanh", "bình xuyên", 30, 0), // no income recorded
			fac(4, "Cơ sở đã xoá", "Yên Lạc", 1000, 9*tr),
			fac(5, "Hộ Mầu Văn Dũng", "Tam Dương", 0, 5*tr), // no workers recorded
		},
		ps: []*Project{
			proj(1, "KCQG-2022-01", 2022, SourceNational, CatMachinery, StatusSettled, 300*tr, 700*tr, 1),
			proj(2, "KCQG-2022-02", 2022, SourceNational, CatTradeFair, StatusAccepted, 1000*tr, 0),
			proj(3, "KCQG-2022-03", 2022, SourceNational, CatMachinery, StatusInProgress, 310*tr, 400*tr, 2),
			proj(4, "KCQG-2022-04", 2022, SourceNational, CatMachinery, StatusContracted, 560*tr, 440*tr, 3),
			proj(5, "KCĐP-2022-01", 2022, SourceLocal, CatTraining, StatusProposed, 100*tr, 0, 1),
			proj(6, "KCĐP-2023-01", 2023, SourceLocal, CatTraining, StatusApproved, 100_000_001, 0, 1, 2, 5),
			proj(7, "KCĐP-2024-01", 2024, SourceLocal, CatTraining, StatusApproved, 80*tr, 0, 4),
			proj(8, "KCQG-2022-99", 2022, SourceNational, CatMachinery, StatusApproved, 999*tr, 0, 1),
			proj(9, "KCĐP-2020-01", 2020, SourceLocal, CatTraining, StatusSettled, 40*tr, 0, 5),
		},
		as: []*Allocation{
			alloc(1, 2022, SourceNational, 1500*tr),
			alloc(2, 2022, SourceNational, 700*tr),
			alloc(3, 2023, SourceLocal, 2050*tr),
			alloc(4, 2022, SourceNational, 5000*tr),
			alloc(5, 2020, SourceLocal, 40*tr),
		},
		pays: []*Payment{
			pay(1, 1, PayAdvance, 200*tr),
			pay(2, 1, PaySettlement, 100*tr),
			pay(3, 2, PayPayment, 900*tr),
			pay(4, 3, PayAdvance, 250*tr),
			pay(5, 7, PayPayment, 100*tr),
			pay(6, 1, PayPayment, 1000*tr), // deleted
			pay(7, 99, PayPayment, 5*tr),   // orphan
		},
	}
	w.ps[1].Location = "Vĩnh Yên" // the trade fair has no beneficiary
	w.fs[3].Meta = deleted(w.fs[3].Meta)
	w.ps[7].Meta = deleted(w.ps[7].Meta)
	w.as[3].Meta = deleted(w.as[3].Meta)
	w.pays[5].Meta = deleted(w.pays[5].Meta)
	return w
}

func TestSummaryHeadline(t *testing.T) {
	s := Summarize(vinhPhuc().data(), SummaryOptions{})
	// Facility 4 is deleted; 3 has no income and 5 no workers, so the
	// average is (8 tr × 50 + 7 tr × 100) / 150 = 7.333.333,3.
	if s.Facilities != 4 || s.Employees != 180 || s.AvgIncome != 7_333_333 {
		t.Errorf("facilities %d, employees %d, avg income %d", s.Facilities, s.Employees, s.AvgIncome)
	}
	if s.Projects != 8 || s.OrphanPayments != 1 || s.Overflow {
		t.Errorf("projects %d, orphans %d, overflow %v", s.Projects, s.OrphanPayments, s.Overflow)
	}
}

func TestSummaryBudget(t *testing.T) {
	s := Summarize(vinhPhuc().data(), SummaryOptions{Year: 2022})
	want := []BudgetRow{
		{Year: 2020, Source: SourceLocal, Allocated: 40 * tr, Committed: 40 * tr, PercentUsed: 100, Projects: 1},
		// The four 2022 KCQG projects: 300 + 1.000 + 310 + 560 = 2.170 tr.
		{Year: 2022, Source: SourceNational, Allocated: 2200 * tr, Committed: 2_170_000_000, Paid: 1450 * tr,
			Remaining: 30 * tr, PercentUsed: float64(2170) / 2200 * 100, Projects: 4,
			Counterpart: 1540 * tr}, // 700 + 0 + 400 + 440: the facilities' own money
		{Year: 2023, Source: SourceLocal, Allocated: 2050 * tr, Committed: 100_000_001,
			Remaining: 1_949_999_999, PercentUsed: float64(100_000_001) / float64(2050*tr) * 100, Projects: 1},
		// Payments but no allocation: remaining is negative, percent 0.
		{Year: 2024, Source: SourceLocal, Committed: 80 * tr, Paid: 100 * tr, Remaining: -80 * tr, Projects: 1},
	}
	if !reflect.DeepEqual(s.Budget, want) {
		t.Errorf("budget\n got %+v\nwant %+v", s.Budget, want)
	}
	tot := SumBudget(s.Budget, 2022, 0)
	if tot.Committed != 2_170_000_000 || tot.Allocated != 2200*tr || tot.Projects != 4 || tot.Year != 2022 {
		t.Errorf("2022 total %+v", tot)
	}
	all := SumBudget(s.Budget, 0, 0)
	if all.Allocated != 4290*tr || all.Committed != 2_390_000_001 || all.Paid != 1550*tr ||
		all.Remaining != 1_899_999_999 || all.Projects != 7 {
		t.Errorf("grand total %+v", all)
	}
	if r := SumBudget(s.Budget, 0, SourceLocal); r.Committed != 220_000_001 || r.Source != SourceLocal {
		t.Errorf("local total %+v", r)
	}
	// A year with no data is a zero row of that year.
	if r := SumBudget(s.Budget, 2021, 0); r != (BudgetRow{Year: 2021}) {
		t.Errorf("2021 total %+v", r)
	}
}

func TestSummaryByYear(t *testing.T) {
	s := Summarize(vinhPhuc().data(), SummaryOptions{})
	want := []YearRow{
		{Year: 2020, BySource: [3]Money{SourceLocal: 40 * tr}, Total: 40 * tr},
		{Year: 2021}, // no data, kept so the chart shows the gap
		{Year: 2022, BySource: [3]Money{SourceNational: 2_170_000_000}, Total: 2_170_000_000},
		{Year: 2023, BySource: [3]Money{SourceLocal: 100_000_001}, Total: 100_000_001},
		{Year: 2024, BySource: [3]Money{SourceLocal: 80 * tr}, Total: 80 * tr},
	}
	if !reflect.DeepEqual(s.ByYear, want) {
		t.Errorf("by year\n got %+v\nwant %+v", s.ByYear, want)
	}
}

func TestSummary2022(t *testing.T) {
	s := Summarize(vinhPhuc().data(), SummaryOptions{Year: 2022, Top: 2})
	if s.Projects != 5 {
		t.Errorf("2022 projects %d, want 5 (one deleted)", s.Projects)
	}
	wantStatus := []StatusRow{
		{StatusProposed, 1, 100 * tr}, {StatusContracted, 1, 560 * tr}, {StatusInProgress, 1, 310 * tr},
		{StatusAccepted, 1, 1000 * tr}, {StatusSettled, 1, 300 * tr},
	}
	if !reflect.DeepEqual(s.ByStatus, wantStatus) {
		t.Errorf("by status %+v", s.ByStatus)
	}
	wantCat := []CategoryRow{
		{CatMachinery, 3, 1170 * tr, 1540 * tr},
		{CatTradeFair, 1, 1000 * tr, 0},
	}
	if !reflect.DeepEqual(s.ByCategory, wantCat) {
		t.Errorf("by category %+v", s.ByCategory)
	}
	// The trade fair has no beneficiary and goes under its location; the
	// two spellings of Bình Xuyên are one district.
	wantDist := []PlaceRow{{"Vĩnh Yên", 2, 1300 * tr}, {"Bình Xuyên", 2, 870 * tr}}
	if !reflect.DeepEqual(s.ByPlace, wantDist) {
		t.Errorf("by district %+v", s.ByPlace)
	}
	wantTop := []BeneficiaryRow{
		{3, "Công ty TNHH Đầu tư xây dựng Long Thanh", "bình xuyên", 1, 560 * tr},
		{2, "Công ty TNHH Bao bì Atlantic", "Bình Xuyên", 1, 310 * tr},
	}
	if !reflect.DeepEqual(s.Top, wantTop) {
		t.Errorf("top %+v", s.Top)
	}
}

func TestSummaryAllYearsSplit(t *testing.T) {
	w := vinhPhuc()
	w.ps[1].Location = "VĨNH YÊN"
	s := Summarize(w.data(), SummaryOptions{})
	// KCĐP-2023-01 splits 100.000.001 đ three ways: 33.333.334 to the
	// first two beneficiaries and 33.333.333 to the third.
	wantDist := []PlaceRow{
		{"Vĩnh Yên", 3, 1_333_333_334},
		{"Bình Xuyên", 3, 903_333_334},
		{"Tam Dương", 2, 73_333_333},
		{"", 1, 80 * tr}, // the beneficiary of KCĐP-2024-01 is deleted
	}
	if !reflect.DeepEqual(s.ByPlace, wantDist) {
		t.Errorf("by district\n got %+v\nwant %+v", s.ByPlace, wantDist)
	}
	if l := s.ByPlace[3].Label(i18n.VI); l != "(không rõ)" {
		t.Errorf("unknown district label %q", l)
	}
	ids := make([]ID, len(s.Top))
	for i, r := range s.Top {
		ids[i] = r.Facility
	}
	if !slices.Equal(ids, []ID{3, 2, 1, 4, 5}) || s.Top[2].Support != 333_333_334 || s.Top[2].Projects != 2 ||
		s.Top[3].Name != "" {
		t.Errorf("top %+v", s.Top)
	}
}

// The charts must agree with the budget table: category, district, year
// and status figures add up to the committed totals.
func TestSummaryChartsAgreeWithTable(t *testing.T) {
	for _, year := range []int32{0, 2020, 2021, 2022, 2023, 2024} {
		s := Summarize(vinhPhuc().data(), SummaryOptions{Year: year, Top: 100})
		want := SumBudget(s.Budget, year, 0).Committed
		var cat, dist, top, yr, unshared Money
		for _, r := range s.ByCategory {
			cat += r.Support
		}
		for _, r := range s.ByPlace {
			dist += r.Support
		}
		for _, r := range s.Top {
			top += r.Support
		}
		for _, p := range vinhPhuc().ps {
			if !p.Deleted && p.Status.Commits() && len(p.Beneficiaries) == 0 && (year == 0 || p.Year == year) {
				unshared += p.Support
			}
		}
		for _, r := range s.ByYear {
			if year == 0 || r.Year == year {
				yr += r.Total
			}
		}
		if cat != want || dist != want || yr != want {
			t.Errorf("year %d: committed %d, categories %d, districts %d, years %d", year, want, cat, dist, yr)
		}
		// Top lists every beneficiary here (the deleted one with no name);
		// only projects without beneficiaries are missing from it.
		if top+unshared != want {
			t.Errorf("year %d: top beneficiaries %d, want %d", year, top, want)
		}
	}
}

func TestSummaryEmpty(t *testing.T) {
	s := Summarize(Data{}, SummaryOptions{Year: 2022})
	if s.Facilities != 0 || len(s.Budget) != 0 || len(s.ByYear) != 0 || len(s.Top) != 0 ||
		len(s.Warnings) != 0 || s.Overflow {
		t.Errorf("empty summary %+v", s)
	}
	s = Summarize(vinhPhuc().data(), SummaryOptions{Year: 2021})
	if s.Projects != 0 || s.ByStatus != nil || s.ByCategory != nil || s.ByPlace != nil || len(s.Top) != 0 {
		t.Errorf("2021 summary %+v", s)
	}
	if len(s.Budget) != 4 {
		t.Errorf("budget rows must cover every year, got %d", len(s.Budget))
	}
}

func TestSummaryNilRecordsAndOddValues(t *testing.T) {
	d := Data{
		Facilities: slices.Values([]*Facility{nil, fac(1, "x", "", -5, -5)}),
		Projects: slices.Values([]*Project{nil,
			proj(1, "A", 2022, 9, 77, 99, 10, 0), proj(2, "B", 2022, SourceLocal, CatTraining, StatusApproved, -7, 0, 0, 1)}),
		Allocations: slices.Values([]*Allocation{nil}),
		Payments:    slices.Values([]*Payment{nil}),
	}
	s := Summarize(d, SummaryOptions{})
	if s.Facilities != 1 || s.Employees != 0 || s.AvgIncome != 0 {
		t.Errorf("headline %+v", s)
	}
	// A negative support (refused by validation) still splits exactly.
	var dist Money
	for _, r := range s.ByPlace {
		dist += r.Support
	}
	if dist != -7 || s.ByStatus[len(s.ByStatus)-1].Status != 99 {
		t.Errorf("districts %+v, status %+v", s.ByPlace, s.ByStatus)
	}
}

func TestSummaryNearInt64Limits(t *testing.T) {
	const max = math.MaxInt64
	t.Run("exact maximum does not overflow", func(t *testing.T) {
		w := &world{
			fs:   []*Facility{fac(1, "a", "A", 2, max), fac(2, "b", "A", 3, max), fac(3, "c", "A", 1, max-6)},
			ps:   []*Project{proj(1, "P", 2022, SourceLocal, CatTraining, StatusApproved, max, 0, 1, 2, 3)},
			as:   []*Allocation{alloc(1, 2022, SourceLocal, max-10), alloc(2, 2022, SourceLocal, 10)},
			pays: []*Payment{pay(1, 1, PayPayment, max-1), pay(2, 1, PayPayment, 1)},
		}
		s := Summarize(w.data(), SummaryOptions{})
		r := s.Budget[0]
		if s.Overflow || r.Overflow || r.Allocated != max || r.Committed != max || r.Paid != max || r.Remaining != 0 {
			t.Errorf("overflow %v, row %+v", s.Overflow, r)
		}
		// (max×2 + max×3 + (max−6)×1) / 6 = max − 1, computed in 128 bits.
		if s.AvgIncome != max-1 {
			t.Errorf("avg income %d, want %d", s.AvgIncome, Money(max-1))
		}
		if len(s.ByPlace) != 1 || s.ByPlace[0].Support != max {
			t.Errorf("district %+v", s.ByPlace)
		}
	})
	t.Run("overflow saturates and is reported", func(t *testing.T) {
		w := &world{
			ps: []*Project{
				proj(1, "P", 2022, SourceLocal, CatTraining, StatusApproved, max, 0),
				proj(2, "Q", 2022, SourceLocal, CatTraining, StatusApproved, 1, 0),
			},
			as:   []*Allocation{alloc(1, 2022, SourceLocal, max), alloc(2, 2022, SourceLocal, max)},
			pays: []*Payment{pay(1, 1, PayPayment, max), pay(2, 1, PayPayment, max)},
		}
		s := Summarize(w.data(), SummaryOptions{})
		r := s.Budget[0]
		if !s.Overflow || !r.Overflow || r.Allocated != max || r.Committed != max || r.Paid != max {
			t.Errorf("overflow %v, row %+v", s.Overflow, r)
		}
		if tot := SumBudget(s.Budget, 0, 0); !tot.Overflow || tot.Allocated != max {
			t.Errorf("total %+v", tot)
		}
		if i18n.VI.T(MsgSummaryOverflow) == string(MsgSummaryOverflow) {
			t.Error("overflow message missing")
		}
	})
	t.Run("remaining far below zero", func(t *testing.T) {
		w := &world{
			ps: []*Project{proj(1, "P", 2022, SourceLocal, CatTraining, StatusApproved, max, 0)},
			as: []*Allocation{alloc(1, 2022, SourceLocal, 1)},
		}
		s := Summarize(w.data(), SummaryOptions{})
		if r := s.Budget[0]; s.Overflow || r.Remaining != 1-max {
			t.Errorf("row %+v", r)
		}
	})
	t.Run("negative sums saturate at the minimum", func(t *testing.T) {
		rows := []BudgetRow{{Committed: math.MinInt64 + 1}, {Committed: -5}, {Allocated: 0}}
		tot := SumBudget(rows, 0, 0)
		if !tot.Overflow || tot.Committed != math.MinInt64 || tot.Remaining != max {
			t.Errorf("total %+v", tot)
		}
	})
}

func TestIDIndex(t *testing.T) {
	for _, ids := range [][]ID{nil, {1, 2, 3}, {5, 4_000_000_000, 7}, {0}} {
		x := newIDIndex(ids)
		for i, id := range ids {
			if j, ok := x.get(id); !ok || j != i {
				t.Errorf("%v: get(%d) = %d, %v", ids, id, j, ok)
			}
		}
		for _, id := range []ID{6, 8, 3_999_999_999, math.MaxUint32} {
			if slices.Contains(ids, id) {
				continue
			}
			if _, ok := x.get(id); ok {
				t.Errorf("%v: found absent %d", ids, id)
			}
		}
	}
}

func seqN[T any](xs []T) iter.Seq[*T] {
	return func(yield func(*T) bool) {
		for i := range xs {
			if !yield(&xs[i]) {
				return
			}
		}
	}
}

func BenchmarkSummarize(b *testing.B) {
	districts := []string{"Vĩnh Yên", "Phúc Yên", "Bình Xuyên", "Tam Dương", "Tam Đảo", "Lập Thạch", "Sông Lô", "Vĩnh Tường", "Yên Lạc"}
	fs := make([]Facility, 1_000_000)
	for i := range fs {
		fs[i] = Facility{Meta: Meta{ID: ID(i + 1)}, Name: "Cơ sở", Address: Address{CommuneCode: districts[i%9]},
			Employees: int32(i%200 + 1), AvgIncome: Money(4*tr + i%5*tr)}
	}
	ps := make([]Project, 10_000)
	var pays []Payment
	for i := range ps {
		id := ID(i + 1)
		ps[i] = Project{Meta: Meta{ID: id}, Code: "P", Year: int32(2015 + i%11), Source: Source(i%2 + 1),
			Category: Category(i%9 + 1), Status: AllStatuses[i%len(AllStatuses)],
			Support: Money(50*tr + i*1000), Counterpart: 100 * tr,
			Beneficiaries: []ID{ID(i*97%1_000_000 + 1), ID(i*31%1_000_000 + 1)}}
		for k := range 3 {
			pays = append(pays, Payment{Meta: Meta{ID: ID(len(pays) + 1)}, Project: id, PayKind: PaymentKind(k + 1), Amount: 10 * tr})
		}
	}
	var as []Allocation
	for y := int32(2015); y <= 2025; y++ {
		for _, src := range AllSources {
			as = append(as, Allocation{Meta: Meta{ID: ID(len(as) + 1)}, Year: y, Source: src, Amount: 20_000 * tr})
		}
	}
	d := Data{Facilities: seqN(fs), Projects: seqN(ps), Allocations: seqN(as), Payments: seqN(pays)}
	opt := SummaryOptions{Year: 2022, Settings: DefaultSettings()}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Summarize(d, opt)
	}
}

// TestPaidOnStoppedProject: an advance paid before a project was stopped
// has left the budget: it counts as paid though the support no longer
// counts as committed.
func TestPaidOnStoppedProject(t *testing.T) {
	w := &world{
		ps:   []*Project{proj(1, "KCĐP-2024-09", 2024, SourceLocal, CatMachinery, StatusStopped, 100*tr, 0)},
		as:   []*Allocation{alloc(1, 2024, SourceLocal, 500*tr)},
		pays: []*Payment{pay(1, 1, PayAdvance, 30*tr)},
	}
	s := Summarize(w.data(), SummaryOptions{})
	want := []BudgetRow{{Year: 2024, Source: SourceLocal, Allocated: 500 * tr, Paid: 30 * tr, Remaining: 500 * tr}}
	if !reflect.DeepEqual(s.Budget, want) {
		t.Fatalf("budget\n got %+v\nwant %+v", s.Budget, want)
	}
}

// The overview groups by the commune since 1/7/2025, named by the unit
// table; a report of before the reform groups by the district recorded,
// each group named by its shortest written form (the first facility
// writes "huyện Bình Xuyên", the row says "Bình Xuyên").
func TestPlaceLevels(t *testing.T) {
	w := world{
		fs: []*Facility{
			{Meta: Meta{ID: 1}, Address: Address{ProvinceCode: "25", CommuneCode: "08935", Before: OldAddress{Commune: "Tam Hợp", District: "huyện Bình Xuyên"}}},
			{Meta: Meta{ID: 2}, Address: Address{ProvinceCode: "25", CommuneCode: "08935", Before: OldAddress{Commune: "TT. Hương Canh", District: "Bình Xuyên"}}},
			{Meta: Meta{ID: 3}, Address: Address{Before: OldAddress{District: "Vĩnh Yên"}}},
		},
		ps: []*Project{proj(1, "A", 2022, SourceNational, CatMachinery, StatusSettled, 300*tr, 0, 1, 2, 3)},
	}
	label := func(code string) string { return map[string]string{"08935": "Xã Bình Nguyên"}[code] }
	byCommune := Summarize(w.data(), SummaryOptions{PlaceLabel: label})
	want := []PlaceRow{{"Xã Bình Nguyên", 1, 200 * tr}, {"", 1, 100 * tr}}
	if !reflect.DeepEqual(byCommune.ByPlace, want) {
		t.Errorf("by commune %+v", byCommune.ByPlace)
	}
	key := func(s string) string { return strings.TrimPrefix(vntext.Fold(s), "huyen ") }
	byDistrict := Summarize(w.data(), SummaryOptions{By: ByOldDistrict, PlaceLabel: label, PlaceKey: key})
	want = []PlaceRow{{"Bình Xuyên", 1, 200 * tr}, {"Vĩnh Yên", 1, 100 * tr}}
	if !reflect.DeepEqual(byDistrict.ByPlace, want) {
		t.Errorf("by old district %+v", byDistrict.ByPlace)
	}
}
