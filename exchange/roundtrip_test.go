package exchange

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// ieRichData stores records that use every field, with the awkward cases:
// former names with dates, a name with a comma and quotes, notes on two
// lines that start like a formula, a phone that starts with '+', a
// facility without a tax code named as a beneficiary, amounts near the
// top of what people type.
func ieRichData(t *testing.T, st *store.Store) {
	t.Helper()
	fs := []*model.Facility{
		{Name: `Công ty TNHH Thương mại và Cơ khí Tân Việt, "TV"`, TaxCode: ieTax(41),
			FormerNames: []model.FormerName{{Name: "Công ty TNHH MTV xây dựng và thương mại Tân Việt", Until: 20190315}, {Name: "Xưởng cơ khí Tân Việt"}},
			LegalForm:   model.LegalSME, TradeGroup: model.TradeWoodTextile, Products: "Máy chế biến nông sản; khung nhà thép",
			Address:      model.Address{Village: "Thôn Đồng Tâm", Before: model.OldAddress{Commune: "Xã Hợp Thịnh", District: "Tam Dương", Province: "Vĩnh Phúc"}},
			CraftVillage: "Làng nghề cơ khí Hợp Thịnh", Employees: 45, AvgIncome: 7_250_000,
			Representative: "Nguyễn Văn Việt", Phone: "+84 912 345 678", Email: "tanviet@example.vn", YearFounded: 2009,
			Notes: "=1+1 không phải công thức\ndòng thứ hai"},
		{Name: "HKD Gốm Hương Canh", LegalForm: model.LegalHousehold, TradeGroup: model.TradeHandicraft,
			Address: model.Address{Before: model.OldAddress{District: "Bình Xuyên"}}, Employees: 3, Phone: "0211 3862 123"},
		{Name: "Cơ sở Mây tre đan Triệu Đề", TaxCode: ieTaxIn("01", 42) + "-001", Address: model.Address{Before: model.OldAddress{District: "Đông Anh", Province: "Hà Nội"}}},
		{Name: "HKD Gốm Hương Canh", Address: model.Address{ProvinceCode: "25", CommuneCode: "08935",
			Before: model.OldAddress{District: "Bình Xuyên", Commune: "Hương Canh", CommuneCode: "08935", DistrictCode: "249", ProvinceCode: "26"}}},
	}
	for _, f := range fs {
		if err := st.Create(ieAdmin, f); err != nil {
			t.Fatalf("facility: %v", err)
		}
	}
	pg := &model.Programme{Code: "KCQG-2021-2025", Name: "Chương trình khuyến công quốc gia 2021–2025", Level: model.ProgrammeNational,
		From: 2021, To: 2025, DecisionNo: "1881/QĐ-TTg", Notes: "chỉ tiêu | minh hoạ",
		Indicators: []model.Indicator{
			{Name: "Cơ sở được hỗ trợ máy móc", Unit: "cơ sở", Measure: model.MeasureFacilities, Category: model.CatMachinery, Target: 40,
				Years: []int64{8, 8, 8, 8, 8}},
			{Name: "Người được đào tạo", Unit: "người", Measure: model.MeasureManual, Target: 500, Done: []int64{120, 0, 95, 0, 0}},
			{Name: "Kinh phí", Unit: "đồng", Measure: model.MeasureSupport, Target: 9_000_000_000},
		}}
	if err := st.Create(ieAdmin, pg); err != nil {
		t.Fatalf("programme: %v", err)
	}
	ps := []*model.Project{
		{Programme: 1, Code: "KCQG-2022-01", Name: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến", Year: 2022, Source: model.SourceNational, Batch: 1,
			Category: model.CatMachinery, Status: model.StatusSettled, Implementer: "Trung tâm Phát triển Công Thương",
			Beneficiaries: []model.ID{1, 2}, Location: "Tam Dương", Start: 20220301, End: 20221130,
			Support: 600_000_000, Counterpart: 1_450_500_000, CounterpartBy: []model.Money{1_000_000_000, 450_500_000},
			Item: "Dây chuyền công nghệ", DecisionNo: "123/QĐ-BCT", DecisionDate: 20220215, Notes: "số liệu minh hoạ"},
		{Code: "KCĐP-2023-02", Name: "Hội chợ hàng CNNT", Year: 2023, Source: model.SourceLocal,
			Category: model.CatTradeFair, Status: model.StatusProposed, Beneficiaries: []model.ID{3, 4}},
	}
	for _, p := range ps {
		if err := st.Create(ieAdmin, p); err != nil {
			t.Fatalf("project: %v", err)
		}
	}
	as := []*model.Allocation{
		{Year: 2023, Source: model.SourceNational, Batch: 1, Amount: 2_050_000_000, DecisionNo: "45/QĐ-BCT", DecisionDate: 20230120},
		{Year: 2022, Source: model.SourceLocal, Amount: 9_000_000_000_000},
	}
	for _, a := range as {
		if err := st.Create(ieAdmin, a); err != nil {
			t.Fatalf("allocation: %v", err)
		}
	}
	pays := []*model.Payment{
		{Project: 1, Date: 20220620, PayKind: model.PayAdvance, Amount: 300_000_000, Voucher: "UNC 12"},
		{Project: 1, Date: 20221215, PayKind: model.PaySettlement, Amount: 300_000_000, Notes: "quyết toán"},
	}
	for _, p := range pays {
		if err := st.Create(ieAdmin, p); err != nil {
			t.Fatalf("payment: %v", err)
		}
	}
	ieContestData(t, st)
	steps := []*model.Step{
		{Project: 2, Stage: model.StageRegistered, Date: 20220515, DocNo: "15/TTr-TTKC", Notes: "hồ sơ 3 bộ"},
		{Project: 2, Stage: model.StageAppraised, Date: 20220610, Score: 82},
	}
	for _, s := range steps {
		if err := st.Create(ieAdmin, s); err != nil {
			t.Fatalf("step: %v", err)
		}
	}
}

// ieSameTable compares two tables record by record, ignoring Meta.
func ieSameTable[T any](t *testing.T, name string, a, b *store.Table[T], meta func(*T) *model.Meta) {
	t.Helper()
	if a.Len() != b.Len() {
		t.Fatalf("%s: %d records, re-imported %d", name, a.Len(), b.Len())
	}
	for i := 0; i < a.Len(); i++ {
		x, y := *a.At(i), *b.At(i)
		*meta(&x), *meta(&y) = model.Meta{}, model.Meta{}
		if !reflect.DeepEqual(x, y) {
			t.Errorf("%s row %d differs:\n exported %+v\n imported %+v", name, i, x, y)
		}
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	src := ieOpen(t)
	ieRichData(t, src)
	ieRoundTrip(t, src.Snapshot())
}

// The sample has facilities without tax codes that share a name and are
// beneficiaries: they travel as "Name #ID".
func TestExportImportRoundTripSample(t *testing.T) {
	src := ieOpen(t)
	if _, err := LoadSample(context.Background(), src, ieAdmin, 2000, 7); err != nil {
		t.Fatal(err)
	}
	ieRoundTrip(t, src.Snapshot())
}

func ieRoundTrip(t *testing.T, snap *store.Snapshot) {
	for _, format := range []string{FormatCSV, FormatXLSX} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			t.Run(fmt.Sprintf("%s-%d", format, lang), func(t *testing.T) {
				dst := ieOpen(t)
				for _, kind := range model.Kinds {
					var buf bytes.Buffer
					if err := Export(snap, kind, nil, format, &buf, lang); err != nil {
						t.Fatalf("export %s: %v", kind, err)
					}
					name := kind.String() + "." + format
					res, err := ImportReader(dst, ieAdmin, kind, name, &buf, ImportOptions{})
					if err != nil || len(res.Unknown) > 0 {
						t.Fatalf("import %s: %v unknown %v\n%v", kind, err, res.Unknown, ieProblemTexts(res))
					}
				}
				got := dst.Snapshot()
				ieSameTable(t, "facilities", snap.Facilities(), got.Facilities(), func(f *model.Facility) *model.Meta { return &f.Meta })
				ieSameTable(t, "projects", snap.Projects(), got.Projects(), func(p *model.Project) *model.Meta { return &p.Meta })
				ieSameTable(t, "allocations", snap.Allocations(), got.Allocations(), func(a *model.Allocation) *model.Meta { return &a.Meta })
				ieSameTable(t, "payments", snap.Payments(), got.Payments(), func(p *model.Payment) *model.Meta { return &p.Meta })
			})
		}
	}
}
