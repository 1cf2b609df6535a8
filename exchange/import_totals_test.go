package exchange

import (
	"slices"
	"strings"
	"testing"

	"khuyencong/model"
)

func TestTotalLabels(t *testing.T) {
	for cell, want := range map[string]bool{
		"Tổng cộng": true, "TỔNG CỘNG:": true, "Cộng": true, "Tổng": true, "Tổng số": true,
		"Cộng huyện Tam Dương": true, "Tổng cộng toàn tỉnh": true, "Total": true, " cộng . ": true,
		"Tổng công ty Sông Đà": false, "Công ty TNHH Cộng Hoà": false, "Cộng hoà": false,
		"Công": false, "HTX Tổng hợp Đồng Tâm": false, "": false,
	} {
		if got := isTotalLabel(cell); got != want {
			t.Errorf("isTotalLabel(%q) = %v, want %v", cell, got, want)
		}
	}
}

// An office's list ends its groups with "Cộng huyện ..." and the sheet with
// a row of =SUM() figures and a "Tổng cộng" line; none of them is a
// facility, and the dry run names them as the import does.
func TestImportLeavesOutTotalsRows(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "co-so.csv", ieCSV(
		"STT;Tên cơ sở;Mã số thuế;Huyện;Số lao động;Thu nhập bình quân",
		"1;Tổng công ty Sông Hồng;"+ieTax(1)+";Tam Dương;100;8.000.000",
		"2;HKD Nguyễn Văn An;;Tam Dương;4;3.500.000",
		";Cộng huyện Tam Dương;;;104;5.750.000",
		"3;HTX Cộng Hoà;"+ieTax(3)+";Yên Lạc;20;4.000.000",
		";;;;124;",
		"Tổng cộng;;;;124;",
	))
	res, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{DryRun: true})
	if err != nil || res.Refused != 0 {
		t.Fatalf("dry run: %v %v", err, ieProblemTexts(res))
	}
	want := []TotalRow{{4, "Cộng huyện Tam Dương"}, {6, ""}, {7, "Tổng cộng"}}
	if !slices.Equal(res.Totals, want) || res.Read != 3 || res.Written != 3 {
		t.Fatalf("dry run totals %v read %d written %d", res.Totals, res.Read, res.Written)
	}
	res = ieImport(t, st, model.KindFacility, path, ImportOptions{})
	if !slices.Equal(res.Totals, want) || ieCounts(st)[0] != 3 {
		t.Fatalf("totals %v, %d facilities", res.Totals, ieCounts(st)[0])
	}
	for f := range st.Snapshot().Facilities().All() {
		if strings.Contains(f.Name, "Tổng cộng") || strings.HasPrefix(f.Name, "Cộng huyện") {
			t.Errorf("imported a totals row as %q", f.Name)
		}
	}
}

// A row without a name whose figures are not the sums above is a data row
// with its name missing: refused, not passed over in silence.
func TestImportRowWithoutNameThatIsNoSumIsRefused(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "co-so.csv", ieCSV(
		"Tên cơ sở;Số lao động",
		"Cơ sở A;10",
		"Cơ sở B;5",
		";7",
	))
	res, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{})
	if err == nil || len(res.Totals) != 0 || strings.Join(ieProblems(res), " ") != "4:Tên cơ sở" {
		t.Fatalf("err %v totals %v problems %v", err, res.Totals, ieProblems(res))
	}
	if ieCounts(st)[0] != 0 {
		t.Fatal("a refused import wrote")
	}
}
