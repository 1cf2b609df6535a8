package papers_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/papers"
)

// makeTemplate saves a centre's workbook: its own heading with
// placeholders, a styled table row, a total row and a signature below.
func makeTemplate(t *testing.T, extra map[string]string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	set := map[string]string{
		"A1": "{{centre}}", "E1": "Kỳ: {{period}} — {{province}}",
		"A3": "STT", "B3": "Mã", "C3": "Tên", "E3": "KCQG",
		"A4": "{{table:projects}}",
		"A5": "{{total:projects}}",
		"E8": "{{director}}",
	}
	for k, v := range extra {
		set[k] = v
	}
	for cell, v := range set {
		if err := f.SetCellStr(sh, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	st, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "Arial", Italic: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStyle(sh, "A4", "H4", st); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "mau.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestTemplateGrows: the table row is repeated once per project keeping
// its style, what was below moves down, and the total row adds up with
// formulas.
func TestTemplateGrows(t *testing.T) {
	snap := sample(t).Snapshot()
	set := snap.Settings
	p := build(t, snap, papers.Request{Kind: papers.Periodic, Period: papers.YearPeriod(2022)})
	p.Values["director"] = "Nguyễn Văn Giám"
	var out bytes.Buffer
	if err := papers.FillTemplate(&out, p, makeTemplate(t, nil)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	get := func(cell string) string { v, _ := f.GetCellValue("Sheet1", cell); return v }
	if get("A1") != set.Centre.Name || get("E1") != "Kỳ: năm 2022 — Phú Thọ" {
		t.Errorf("heading %q %q", get("A1"), get("E1"))
	}
	style4, _ := f.GetCellStyle("Sheet1", "B4")
	for i, code := range []string{"KCQG-2022-01", "KCQG-2022-02", "KCQG-2022-03", "KCQG-2022-04"} {
		row := itoa(4 + i)
		if get("B"+row) != code {
			t.Errorf("B%s = %q, want %s", row, get("B"+row), code)
		}
		if s, _ := f.GetCellStyle("Sheet1", "B"+row); s != style4 {
			t.Errorf("row %s lost the row's style", row)
		}
	}
	if get("B8") != "Cộng" {
		t.Errorf("total label %q", get("B8"))
	}
	fo, _ := f.GetCellFormula("Sheet1", "E8")
	v, err := f.CalcCellValue("Sheet1", "E8")
	if fo != "SUM(E4:E7)" || err != nil || v != "2170000000" {
		t.Errorf("total %q = %q %v", fo, v, err)
	}
	if get("E11") != "Nguyễn Văn Giám" {
		t.Errorf("the signature did not move down: E11 = %q", get("E11"))
	}
}

// TestTemplateRefused: an unknown placeholder or table is refused with its
// cell, and nothing is written.
func TestTemplateRefused(t *testing.T) {
	snap := sample(t).Snapshot()
	p := build(t, snap, papers.Request{Kind: papers.Periodic, Period: papers.YearPeriod(2022)})
	for _, c := range []struct {
		cell, text, want string
	}{
		{"C9", "Người ký: {{giam_doc}}", "Sheet1!C9"},
		{"D2", "{{table:vouchers}}", "vouchers"},
		{"F2", "{{sum:projects}}", "Sheet1!F2"},
	} {
		var out bytes.Buffer
		err := papers.FillTemplate(&out, p, makeTemplate(t, map[string]string{c.cell: c.text}))
		if err == nil || !strings.Contains(model.Localize(err, i18n.VI), c.want) || out.Len() > 0 {
			t.Errorf("%s %q: %v, %d bytes written", c.cell, c.text, err, out.Len())
		}
	}
	var out bytes.Buffer
	if err := papers.FillTemplate(&out, p, filepath.Join(t.TempDir(), "mau.xls")); err == nil {
		t.Error("an .xls template was accepted")
	}
}

func itoa(n int) string { return string(rune('0' + n)) }
