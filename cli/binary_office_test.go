package cli

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"khuyencong/store"
)

// officeWorkbook writes a district's list as offices keep it: merged
// title rows, an STT column, a tax code in a number cell (its leading
// zero lost), free-text "Ngành nghề", "Địa chỉ (xã)", a "Tổng cộng" row.
func officeWorkbook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"UBND HUYỆN TAM DƯƠNG"},
		{"DANH SÁCH CƠ SỞ CÔNG NGHIỆP NÔNG THÔN NĂM 2024"},
		{},
		{"STT", "Tên cơ sở", "Mã số thuế", "Ngành nghề", "Địa chỉ (xã)", "Huyện", "Số lao động"},
		{1, "Công ty TNHH Cơ khí Tân Việt", 100233488, "Cơ khí", "Hợp Thịnh", "Tam Dương", 45},
		{2, "HTX Mây tre Đồng Tâm", nil, "Đồ gỗ", "Đạo Tú", "Tam Dương", 20},
		{nil, "Tổng cộng", nil, nil, nil, nil, 65},
	}
	for r, row := range rows {
		for c, v := range row {
			if v != nil {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				_ = f.SetCellValue("Sheet1", cell, v)
			}
		}
	}
	_ = f.MergeCell("Sheet1", "A1", "G1")
	_ = f.MergeCell("Sheet1", "A2", "G2")
	p := filepath.Join(t.TempDir(), "ds-huyen.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBinaryImportsAnOfficeWorkbook(t *testing.T) {
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "k.db")
	book := officeWorkbook(t)
	run := func(args ...string) string {
		out, err := exec.Command(bin, append([]string{"--db", db}, args...)...).CombinedOutput()
		var ee *exec.ExitError
		if errors.As(err, &ee) || err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	out := run("import", "facilities", book, "--dry-run")
	for _, s := range []string{"dòng tiêu đề 4", `dòng 7 ("Tổng cộng")`, `"Đồ gỗ" không thuộc danh sách`, "Loại hình đoán từ tên", "sẽ ghi mới 2"} {
		if !strings.Contains(out, s) {
			t.Errorf("dry run lacks %q:\n%s", s, out)
		}
	}
	run("import", "facilities", book)
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n := st.Snapshot().Facilities().Live(); n != 2 {
		t.Fatalf("%d facilities", n)
	}
	a, _ := st.Snapshot().Facilities().Get(1)
	b, _ := st.Snapshot().Facilities().Get(2)
	if a.TaxCode != "0100233488" || a.Address.Before.Commune != "Hợp Thịnh" || a.Products != "Cơ khí" || b.Products != "Đồ gỗ" || b.TradeGroup != 0 {
		t.Fatalf("facilities %+v\n%+v", a, b)
	}
}
