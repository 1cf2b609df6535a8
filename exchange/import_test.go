package exchange

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

func TestImportMixedRowsReportsEveryBadRowAndWritesNothing(t *testing.T) {
	st := ieOpen(t)
	old := &model.Facility{Name: "Cơ sở đã có", TaxCode: ieTax(900)}
	if err := st.Create(ieAdmin, old); err != nil {
		t.Fatal(err)
	}
	before, auditBefore := ieCounts(st), ieAuditLen(t, st)
	path := ieWrite(t, "co-so.csv", append([]byte("\xEF\xBB\xBF"), ieCSV(
		"STT;Tên cơ sở;Mã số thuế;Huyện;Xã;Lao động;Thu nhập bình quân",
		"1;Công ty TNHH Tân Việt;"+ieTax(1)+";Tam Dương;Hợp Thịnh;25;5.500.000",
		"2;Công ty B;12345;Vĩnh Tường;;10;4 tr",
		"3;;"+ieTax(3)+";Yên Lạc;;5;",
		"4;HKD C;;Lập Thạch;;abc;3.000.000",
		"5;HKD D;;Hà Nội Mới;;3;xyz",
		"6;Công ty E;"+ieTax(1)+";Bình Xuyên;;4;",
		"7;Công ty F;"+ieTax(7)+";huyện Sông Lô;;;",
		"8;Công ty G;"+ieTax(900)+";Phúc Yên;;;",
	)...))
	res, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{})
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgImportRefused {
		t.Fatalf("err = %v, want refused", err)
	}
	want := []string{
		"3:Mã số thuế",
		"4:Tên cơ sở",
		"5:Lao động",
		"6:Thu nhập bình quân",
		"7:Mã số thuế",
		"9:Mã số thuế",
	}
	got := ieProblems(res)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("problems\n got %v\nwant %v\n%s", got, want, strings.Join(ieProblemTexts(res), "\n"))
	}
	if res.Read != 8 || res.Refused != 6 || res.Written != 0 {
		t.Fatalf("read %d refused %d written %d", res.Read, res.Refused, res.Written)
	}
	if !slices.Equal(res.Unknown, []string{"STT"}) {
		t.Fatalf("unknown %v", res.Unknown)
	}
	if ieCounts(st) != before || ieAuditLen(t, st) != auditBefore {
		t.Fatalf("database changed: %v → %v", before, ieCounts(st))
	}
	// Each reason says why, in both languages.
	texts := strings.Join(ieProblemTexts(res), "\n")
	for _, s := range []string{"repeats row 2", "already in the database", `"abc" is not a whole number`} {
		if !strings.Contains(texts, s) {
			t.Errorf("report lacks %q:\n%s", s, texts)
		}
	}
}

func TestImportGoodFileIsOneAuditEntryNamingTheFile(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "danh-sach.csv", ieCSV(
		"name,tax code,district,employees,avg income,phone",
		"Cơ sở Mây tre Đồng Tâm,"+ieTax(11)+",Tam Dương,12,\"4,5 tr\",912345678",
		"HKD Gốm Hương Canh,,Bình Xuyên,3,,0211 3862 123",
	))
	before := ieAuditLen(t, st)
	res := ieImport(t, st, model.KindFacility, path, ImportOptions{})
	if res.Written != 2 || res.Read != 2 || res.Refused != 0 {
		t.Fatalf("result %+v", res)
	}
	if n := ieAuditLen(t, st) - before; n != 1 {
		t.Fatalf("%d audit entries, want 1", n)
	}
	es, _ := st.Audit(ieAdmin, store.AuditQuery{Limit: 1})
	if !strings.Contains(es[0].Note, "danh-sach.csv") {
		t.Fatalf("note %q does not name the file", es[0].Note)
	}
	f, _ := st.Snapshot().Facilities().Get(1)
	if f.AvgIncome != 4_500_000 || f.Phone != "0912345678" || f.Employees != 12 {
		t.Fatalf("facility %+v", f)
	}
}

func TestImportDryRunWritesNothing(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "a.csv", ieCSV("Tên;Huyện", "A;Yên Lạc", "B;Tam Đảo"))
	before, audit := ieCounts(st), ieAuditLen(t, st)
	res := ieImport(t, st, model.KindFacility, path, ImportOptions{DryRun: true})
	if res.Written != 2 || !res.DryRun {
		t.Fatalf("dry run should report 2 to write: %+v", res)
	}
	if ieCounts(st) != before || ieAuditLen(t, st) != audit {
		t.Fatal("dry run wrote")
	}
}

func TestImportOnDuplicate(t *testing.T) {
	st := ieOpen(t)
	orig := &model.Facility{Name: "Cơ sở A", TaxCode: ieTax(21), Phone: "0211 111 111", Products: "Mây tre"}
	if err := st.Create(ieAdmin, orig); err != nil {
		t.Fatal(err)
	}
	lines := []string{"Tên,MST,Điện thoại", "Cơ sở A mới," + ieTax(21) + ",0211 222 222", "Cơ sở B," + ieTax(22) + ","}

	res, err := Import(st, ieAdmin, model.KindFacility, ieWrite(t, "f.csv", ieCSV(lines...)), ImportOptions{OnDuplicate: DupFail})
	if err == nil || res.Refused != 1 || ieCounts(st)[0] != 1 {
		t.Fatalf("fail: err %v refused %d", err, res.Refused)
	}

	res = ieImport(t, st, model.KindFacility, ieWrite(t, "f.csv", ieCSV(lines...)), ImportOptions{OnDuplicate: DupSkip})
	if res.Skipped != 1 || res.Written != 1 || ieCounts(st)[0] != 2 {
		t.Fatalf("skip: %+v", res)
	}

	lines[2] = "Cơ sở B," + ieTax(22) + ",0211 333 333"
	res = ieImport(t, st, model.KindFacility, ieWrite(t, "f.csv", ieCSV(lines...)), ImportOptions{OnDuplicate: DupUpdate})
	if res.Updated != 2 || res.Written != 0 || ieCounts(st)[0] != 2 {
		t.Fatalf("update: %+v", res)
	}
	a, _ := st.Snapshot().Facilities().Get(1)
	if a.Name != "Cơ sở A mới" || a.Phone != "0211 222 222" || a.Products != "Mây tre" || a.Version != 2 {
		t.Fatalf("updated record %+v: the file's cells change, the rest stays", a)
	}
	// The same file again changes nothing and is counted as skipped.
	res = ieImport(t, st, model.KindFacility, ieWrite(t, "f.csv", ieCSV(lines...)), ImportOptions{OnDuplicate: DupUpdate})
	if res.Updated != 0 || res.Skipped != 2 {
		t.Fatalf("no-op update: %+v", res)
	}
}

func TestImportMissingRequiredColumnStopsBeforeRows(t *testing.T) {
	st := ieOpen(t)
	res, err := Import(st, ieAdmin, model.KindProject, ieWrite(t, "p.csv", ieCSV("Mã đề án;Năm;Nguồn", "KCQG-2022-01;2022;KCQG")), ImportOptions{})
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgImportMissingColumns {
		t.Fatalf("err %v", err)
	}
	if res.Read != 0 || !slices.Equal(res.Missing, []string{"name", "category", "status"}) {
		t.Fatalf("read %d missing %v", res.Read, res.Missing)
	}
	if msg := model.Localize(err, i18n.VI); !strings.Contains(msg, "Nội dung") {
		t.Fatalf("message %q does not name the columns", msg)
	}
}

func TestImportProjectsResolvesBeneficiaries(t *testing.T) {
	st := ieOpen(t)
	for _, f := range []*model.Facility{
		{Name: "Công ty Tân Việt", TaxCode: ieTax(31)},
		{Name: "HKD Nguyễn Văn Bình"},
		{Name: "Trùng tên"}, {Name: "Trùng tên"},
	} {
		if err := st.Create(ieAdmin, f); err != nil {
			t.Fatal(err)
		}
	}
	head := "Mã đề án,Tên đề án,Năm,Nguồn,Nội dung,Trạng thái,Cơ sở thụ hưởng,Kinh phí hỗ trợ,Vốn đối ứng,Tổng kinh phí,Bắt đầu"
	good := []string{head,
		`KCQG-2022-01,Hỗ trợ máy chế biến,2022,KCQG,3,Phê duyệt,"` + ieTax(31) + `; HKD Nguyễn Văn Bình",300 tr,"1,2 tỷ",1.500.000.000,15/03/2022`,
	}
	bad := append(slices.Clone(good),
		`KCQG-2022-02,Hội chợ,2022,KCQG,4,PD,Không có cơ sở này,100 tr,,,`,
		`KCQG-2022-03,Hội chợ,2022,KCQG,4,PD,Trùng tên,100 tr,,,`,
		`kcqg-2022-01,Bản sao,2022,KCQG,4,PD,,abc,,,`,
		`KCDP-2022-04,Mở rộng,2022,KCĐP,3,Đang thực hiện,,100 tr,50 tr,200 tr,31/02/2022`,
	)
	res, err := Import(st, ieAdmin, model.KindProject, ieWrite(t, "p.csv", ieCSV(bad...)), ImportOptions{})
	if err == nil {
		t.Fatal("bad projects were accepted")
	}
	want := []string{"3:Cơ sở thụ hưởng", "4:Cơ sở thụ hưởng", "5:Kinh phí hỗ trợ", "6:Bắt đầu", "6:Tổng kinh phí"}
	got := ieProblems(res)
	slices.Sort(got)
	// Row 5 is both a bad amount and a code repeated from row 2; the cell
	// error is what is reported first.
	if !slices.Equal(got, want) {
		t.Fatalf("problems\n got %v\nwant %v\n%s", got, want, strings.Join(ieProblemTexts(res), "\n"))
	}
	ieImport(t, st, model.KindProject, ieWrite(t, "p.csv", ieCSV(good...)), ImportOptions{})
	p, _ := st.Snapshot().Projects().Get(1)
	if !slices.Equal(p.Beneficiaries, []model.ID{1, 2}) || p.Support != 300_000_000 || p.Counterpart != 1_200_000_000 ||
		p.Start != 20220315 || p.Category != model.CatMachinery || p.Status != model.StatusApproved {
		t.Fatalf("project %+v", p)
	}
}

func TestImportPaymentsByProjectCode(t *testing.T) {
	st := ieOpen(t)
	p := &model.Project{Code: "KCQG-2022-01", Name: "Đề án", Year: 2022, Source: model.SourceNational,
		Category: model.CatMachinery, Status: model.StatusApproved, Support: 300_000_000}
	if err := st.Create(ieAdmin, p); err != nil {
		t.Fatal(err)
	}
	path := ieWrite(t, "gn.csv", ieCSV("Mã đề án;Ngày;Loại;Số tiền;Số chứng từ",
		"kcqg-2022-01;20/06/2022;Tạm ứng;150 tr;UNC 12", "KCQG-2099-09;20/06/2022;TU;1 tr;"))
	res, _ := Import(st, ieAdmin, model.KindPayment, path, ImportOptions{SkipBad: true})
	if res.Written != 1 || res.Refused != 1 || res.Problems[0].Row != 3 || res.Problems[0].Column != "Mã đề án" {
		t.Fatalf("result %+v", res)
	}
	pay, _ := st.Snapshot().Payments().Get(1)
	if pay.Project != p.ID || pay.PayKind != model.PayAdvance || pay.Amount != 150_000_000 {
		t.Fatalf("payment %+v", pay)
	}
}
