package model

import (
	"khuyencong/i18n"
	"math"
	"slices"
	"strings"
	"testing"
)

func fieldsOf(ps Problems) []string {
	var fs []string
	for _, p := range ps {
		if p.Err == nil {
			fs = append(fs, p.Field+":<nil>")
			continue
		}
		fs = append(fs, p.Field)
	}
	return fs
}

func goodFacility() *Facility {
	return &Facility{
		Name:       "Công ty TNHH Bao bì Atlantic",
		LegalForm:  LegalSME,
		TaxCode:    "0100233488",
		TradeGroup: TradeServices,
		Address:    Address{ProvinceCode: "25", CommuneCode: "08935", Before: OldAddress{District: "Bình Xuyên", Province: "Vĩnh Phúc"}},
		Employees:  45, AvgIncome: 7_500_000, YearFounded: 2010,
		Phone: "0211.3862.123", Email: "lienhe@atlantic.vn",
	}
}

func goodProject() *Project {
	return &Project{
		Code: "KCQG-2022-01", Name: "Hỗ trợ máy móc", Year: 2022,
		Source: SourceNational, Category: CatMachinery, Status: StatusApproved,
		Beneficiaries: []ID{1, 2}, Start: 20220301, End: 20221130,
		Support: 300_000_000, Counterpart: 700_000_000, DecisionDate: 20220215,
	}
}

func TestValidateValidRecords(t *testing.T) {
	rs := []Record{
		goodFacility(), goodProject(),
		&Allocation{Year: 2023, Source: SourceLocal, Batch: 1, Amount: 2_050_000_000},
		&Payment{Project: 1, Date: 20220601, PayKind: PayAdvance, Amount: 1},
		&Facility{Name: "Hộ Mầu Văn Dũng"}, // only the name is required
	}
	for _, r := range rs {
		if ps := r.Validate(); ps != nil {
			t.Errorf("%s: unexpected problems: %v", r.Kind(), ps)
		}
	}
}

func TestValidateFacility(t *testing.T) {
	year := currentYear()
	tests := []struct {
		name string
		edit func(*Facility)
		want []string
	}{
		{"blank name", func(f *Facility) { f.Name = "  " }, []string{"name"}},
		{"bad tax code", func(f *Facility) { f.TaxCode = "12345" }, []string{"tax_code"}},
		{"negative employees", func(f *Facility) { f.Employees = -1 }, []string{"employees"}},
		{"negative income", func(f *Facility) { f.AvgIncome = -5 }, []string{"avg_income"}},
		{"founded 1899", func(f *Facility) { f.YearFounded = 1899 }, []string{"year_founded"}},
		{"founded next year ok", func(f *Facility) { f.YearFounded = year + 1 }, nil},
		{"founded in two years", func(f *Facility) { f.YearFounded = year + 2 }, []string{"year_founded"}},
		{"email no at", func(f *Facility) { f.Email = "lienhe.atlantic.vn" }, []string{"email"}},
		{"email no dot", func(f *Facility) { f.Email = "a@localhost" }, []string{"email"}},
		{"email two ats", func(f *Facility) { f.Email = "a@b@c.vn" }, []string{"email"}},
		{"email space", func(f *Facility) { f.Email = "a b@c.vn" }, []string{"email"}},
		{"phone letters", func(f *Facility) { f.Phone = "0211-ABC-123" }, []string{"phone"}},
		{"phone short", func(f *Facility) { f.Phone = "12345" }, []string{"phone"}},
		{"phone plus inside", func(f *Facility) { f.Phone = "0211+3862123" }, []string{"phone"}},
		{"phone intl ok", func(f *Facility) { f.Phone = "+84 912 345 678" }, nil},
		{"legal form out of range", func(f *Facility) { f.LegalForm = 99 }, []string{"legal_form"}},
		{"trade group out of range", func(f *Facility) { f.TradeGroup = 8 }, []string{"trade_group"}},
		{"former name blank", func(f *Facility) { f.FormerNames = []FormerName{{Until: 20230101}} }, []string{"former_names"}},
		{"former name bad date", func(f *Facility) { f.FormerNames = []FormerName{{Name: "Tân Việt", Until: 20230231}} }, []string{"former_names"}},
		{"name too long", func(f *Facility) { f.Name = strings.Repeat("ă", maxLineRunes+1) }, []string{"name"}},
		{"notes too long", func(f *Facility) { f.Notes = strings.Repeat("x", maxNoteRunes+1) }, []string{"notes"}},
		{"everything at once", func(f *Facility) {
			*f = Facility{TaxCode: "x", Employees: -1, AvgIncome: -1, YearFounded: 5, Email: "x", Phone: "x"}
		}, []string{"name", "tax_code", "employees", "avg_income", "phone", "email", "year_founded"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := goodFacility()
			tc.edit(f)
			if got := fieldsOf(f.Validate()); !slices.Equal(got, tc.want) {
				t.Errorf("fields %v, want %v", got, tc.want)
			}
		})
	}
}

func TestValidateProject(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Project)
		want []string
	}{
		{"no code", func(p *Project) { p.Code = "" }, []string{"code"}},
		{"code with space", func(p *Project) { p.Code = "KCQG 2022" }, []string{"code"}},
		{"code leading dash", func(p *Project) { p.Code = "-KCQG" }, []string{"code"}},
		{"code with semicolon", func(p *Project) { p.Code = "KC;DROP" }, []string{"code"}},
		{"code Vietnamese ok", func(p *Project) { p.Code = "12/2023/KCĐP.1" }, nil},
		{"code too long", func(p *Project) { p.Code = strings.Repeat("A", maxCodeRunes+1) }, []string{"code"}},
		{"no name", func(p *Project) { p.Name = "" }, []string{"name"}},
		{"no year", func(p *Project) { p.Year = 0 }, []string{"year"}},
		{"year 1999", func(p *Project) { p.Year = 1999 }, []string{"year"}},
		{"year 2101", func(p *Project) { p.Year = 2101 }, []string{"year"}},
		{"no source", func(p *Project) { p.Source = 0 }, []string{"source"}},
		{"bad source", func(p *Project) { p.Source = 3 }, []string{"source"}},
		{"no category", func(p *Project) { p.Category = 0 }, []string{"category"}},
		{"bad category", func(p *Project) { p.Category = 10 }, []string{"category"}},
		{"no status", func(p *Project) { p.Status = 0 }, []string{"status"}},
		{"bad status", func(p *Project) { p.Status = 11 }, []string{"status"}},
		{"negative batch", func(p *Project) { p.Batch = -1 }, []string{"batch"}},
		{"negative support", func(p *Project) { p.Support = -1 }, []string{"support"}},
		{"negative counterpart", func(p *Project) { p.Counterpart = -1 }, []string{"counterpart"}},
		{"total overflows", func(p *Project) { p.Support, p.Counterpart = math.MaxInt64, 1 }, []string{"total"}},
		{"end before start", func(p *Project) { p.End = 20220228 }, []string{"end"}},
		{"end only ok", func(p *Project) { p.Start = 0 }, nil},
		{"bad start", func(p *Project) { p.Start = 20221301 }, []string{"start"}},
		{"bad decision date", func(p *Project) { p.DecisionDate = 20220230 }, []string{"decision_date"}},
		{"beneficiary twice", func(p *Project) { p.Beneficiaries = []ID{1, 2, 1} }, []string{"beneficiaries"}},
		{"beneficiary zero", func(p *Project) { p.Beneficiaries = []ID{0} }, []string{"beneficiaries"}},
		{"no beneficiaries ok", func(p *Project) { p.Beneficiaries = nil }, nil},
		{"everything at once", func(p *Project) { *p = Project{Support: -1, Counterpart: -1} },
			[]string{"code", "name", "year", "source", "category", "status", "support", "counterpart"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := goodProject()
			tc.edit(p)
			if got := fieldsOf(p.Validate()); !slices.Equal(got, tc.want) {
				t.Errorf("fields %v, want %v", got, tc.want)
			}
		})
	}
}

func TestValidateAllocationAndPayment(t *testing.T) {
	tests := []struct {
		name string
		r    Record
		want []string
	}{
		{"empty allocation", &Allocation{}, []string{"year", "source", "amount"}},
		{"negative allocation", &Allocation{Year: 2023, Source: SourceLocal, Amount: -1, Batch: -1}, []string{"batch", "amount"}},
		{"allocation bad date", &Allocation{Year: 2023, Source: SourceLocal, Amount: 1, DecisionDate: 20230000}, []string{"decision_date"}},
		{"empty payment", &Payment{}, []string{"project", "date", "kind", "amount"}},
		{"payment bad date", &Payment{Project: 1, Date: 20220229, PayKind: PayPayment, Amount: 1}, []string{"date"}},
		{"payment bad kind", &Payment{Project: 1, Date: 20240229, PayKind: 4, Amount: 1}, []string{"kind"}},
		{"payment negative", &Payment{Project: 1, Date: 20240229, PayKind: PayPayment, Amount: -10}, []string{"amount"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fieldsOf(tc.r.Validate()); !slices.Equal(got, tc.want) {
				t.Errorf("fields %v, want %v", got, tc.want)
			}
		})
	}
}

// Every problem must read as a sentence in both languages: a label for its
// field and a catalog text for its reason.
func TestProblemsAreLocalized(t *testing.T) {
	rs := []Record{
		&Facility{TaxCode: "x", Employees: -1, AvgIncome: -1, YearFounded: 5, Email: "x", Phone: "x",
			FormerNames: []FormerName{{Until: 1}}, LegalForm: 99, TradeGroup: 99},
		&Project{Code: "a b", Support: math.MaxInt64, Counterpart: 1, Beneficiaries: []ID{0, 3, 3},
			Start: 20220202, End: 20220101, Batch: -1},
		&Allocation{Amount: -1}, &Payment{Amount: -1, PayKind: 9},
	}
	st := Settings{AdvanceLimit: 101}
	st.Ceilings[CatMachinery] = Ceiling{Percent: -1, Max: -1}
	all := append(Problems{}, st.Validate()...)
	for _, r := range rs {
		all = append(all, r.Validate()...)
	}
	for _, p := range all {
		for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
			label, reason := FieldLabel(p.Field, l), p.Err.In(l)
			if strings.HasPrefix(label, "field.") || strings.Contains(reason, "rule.") ||
				strings.Contains(reason, "%!") {
				t.Errorf("lang %d: problem %q renders as %q: %q", l, p.Field, label, reason)
			}
		}
	}
	if msg := Localize(all, i18n.EN); !strings.Contains(msg, "Tax code: ") {
		t.Errorf("Localize(i18n.EN) = %q", msg)
	}
}

func TestSanitize(t *testing.T) {
	f := &Facility{
		Name:        " Công ty\x1b[31m Tân\tViệt \u202e",
		FormerNames: []FormerName{{Name: " \x07 "}, {Name: "Tân  Việt\r\n cũ", Until: 20230101}},
		TaxCode:     " 0100233488 ",
		Address:     Address{Before: OldAddress{District: "Vĩnh\x00 Tường"}},
		Notes:       "dòng 1\ndòng\x1b]0;title\x07 2",
		Email:       "a@b.vn\x1b[2J",
	}
	f.Sanitize()
	if f.Name != "Công ty Tân Việt" {
		t.Errorf("Name = %q", f.Name)
	}
	if len(f.FormerNames) != 1 || f.FormerNames[0].Name != "Tân Việt cũ" {
		t.Errorf("FormerNames = %q", f.FormerNames)
	}
	if f.TaxCode != "0100233488" {
		t.Errorf("TaxCode = %q", f.TaxCode)
	}
	if f.Address.Before.District != "Vĩnh Tường" || f.Email != "a@b.vn" {
		t.Errorf("District %q, Email %q", f.Address.Before.District, f.Email)
	}
	if f.Notes != "dòng 1\ndòng 2" {
		t.Errorf("Notes = %q", f.Notes)
	}
	// Decomposed input is stored composed (NFC).
	p := &Project{Code: "KCQG\x1b[1m-01", Name: "Ho\u0302\u0323i chợ", Notes: "\u009b31m"}
	p.Sanitize()
	if p.Code != "KCQG-01" || p.Name != "Hội chợ" || p.Notes != "" {
		t.Errorf("project sanitized to %q %q %q", p.Code, p.Name, p.Notes)
	}
	a := &Allocation{DecisionNo: "\x1b[5m123/QĐ-UBND"}
	a.Sanitize()
	pay := &Payment{Voucher: "PC\x0001", Notes: "x\x1b[0m"}
	pay.Sanitize()
	if a.DecisionNo != "123/QĐ-UBND" || pay.Voucher != "PC01" || pay.Notes != "x" {
		t.Errorf("sanitized to %q %q %q", a.DecisionNo, pay.Voucher, pay.Notes)
	}
}

// An invalid tax code is kept as typed so Validate can name it.
func TestSanitizeKeepsInvalidTaxCode(t *testing.T) {
	f := &Facility{Name: "x", TaxCode: " 12 345 "}
	f.Sanitize()
	if f.TaxCode != "12 345" {
		t.Errorf("TaxCode = %q", f.TaxCode)
	}
	if f.Validate().For("tax_code") == nil {
		t.Error("invalid tax code not reported")
	}
}

func TestDefaultSettings(t *testing.T) {
	st := DefaultSettings()
	if ps := st.Validate(); ps != nil {
		t.Fatalf("defaults invalid: %v", ps)
	}
	if c := st.Ceiling(CatMachinery); c != (Ceiling{50, 300_000_000}) {
		t.Errorf("machinery ceiling %+v", c)
	}
	if c := st.Ceiling(CatConsulting); c != (Ceiling{50, 35_000_000}) {
		t.Errorf("consulting ceiling %+v", c)
	}
	if c := st.Ceiling(CatTradeFair); c != (Ceiling{}) {
		t.Errorf("trade fair ceiling %+v, want none", c)
	}
	if c := st.Ceiling(200); c != (Ceiling{}) {
		t.Errorf("out-of-range category ceiling %+v", c)
	}
	if st.AdvanceLimit != 70 {
		t.Errorf("AdvanceLimit %d", st.AdvanceLimit)
	}
}

func TestSettingsValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Settings)
		want []string
	}{
		{"percent 101", func(s *Settings) { s.Ceilings[CatTraining].Percent = 101 }, []string{"ceiling"}},
		{"percent -1", func(s *Settings) { s.Ceilings[CatMachinery].Percent = -1 }, []string{"ceiling"}},
		{"max negative", func(s *Settings) { s.Ceilings[CatConsulting].Max = -1 }, []string{"ceiling"}},
		{"advance 101", func(s *Settings) { s.AdvanceLimit = 101 }, []string{"advance_limit"}},
		{"advance -5", func(s *Settings) { s.AdvanceLimit = -5 }, []string{"advance_limit"}},
		{"all off is fine", func(s *Settings) { *s = Settings{} }, nil},
		{"100 percent is fine", func(s *Settings) { s.Ceilings[CatTradeFair].Percent = 100; s.AdvanceLimit = 100 }, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := DefaultSettings()
			tc.edit(&st)
			if got := fieldsOf(st.Validate()); !slices.Equal(got, tc.want) {
				t.Errorf("fields %v, want %v", got, tc.want)
			}
		})
	}
	st := DefaultSettings()
	st.Ceilings[CatMachinery].Percent = 150
	if msg := st.Validate().In(i18n.EN); !strings.Contains(msg, "Category 3") {
		t.Errorf("message does not name the category: %q", msg)
	}
}

// Unit codes are refused when they are not the official number of digits,
// and a commune needs its province; nothing else of the address changes.
func TestAddressCodesRefused(t *testing.T) {
	for _, c := range []struct {
		a     Address
		field string
	}{
		{Address{ProvinceCode: "2", CommuneCode: "08935"}, "province"},
		{Address{ProvinceCode: "25", CommuneCode: "8935"}, "commune"},
		{Address{ProvinceCode: "25", CommuneCode: "0893a"}, "commune"},
		{Address{CommuneCode: "08935"}, "province"},
		{Address{Before: OldAddress{DistrictCode: "24"}}, "old_district"},
		{Address{Before: OldAddress{ProvinceCode: "vp"}}, "old_province"},
	} {
		f := &Facility{Name: "Cơ sở", Address: c.a}
		ps := f.Validate()
		if ps.For(c.field) == nil {
			t.Errorf("%+v: no problem for %s (%v)", c.a, c.field, ps)
		}
	}
	ok := &Facility{Name: "Cơ sở", Address: Address{ProvinceCode: "25", CommuneCode: "08935"}}
	if ps := ok.Validate(); len(ps) > 0 {
		t.Errorf("valid address refused: %v", ps)
	}
}
