package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportPapers: each kind prints, a workbook is written once, and
// `report budget` in text is the summary report as it was.
func TestReportPapers(t *testing.T) {
	db := sampleDB(t)
	out, _ := want(t, exitOK, "--db", db, "report", "periodic", "--period", "2022", "--date", "15/01/2023")
	for _, s := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phú Thọ, ngày 15 tháng 01 năm 2023",
		"KCQG-2022-01", "KCQG-2022-04", "2.170.000.000", "GIÁM ĐỐC"} {
		if !strings.Contains(out, s) {
			t.Errorf("periodic lacks %q:\n%s", s, out)
		}
	}
	out, _ = want(t, exitOK, "--db", db, "report", "settlement", "KCQG-2022-01", "--format", "md")
	if !strings.Contains(out, "# BẢNG QUYẾT TOÁN") || !strings.Contains(out, "KẾ TOÁN TRƯỞNG") {
		t.Errorf("settlement:\n%s", out)
	}
	out, _ = want(t, exitOK, "--db", db, "report", "periodic", "--period", "2022", "--programme", "KCQG-2021-2025")
	if !strings.Contains(out, "Chỉ tiêu Chương trình khuyến công quốc gia giai đoạn 2021–2025") || strings.Contains(out, "tỉnh Vĩnh Phúc giai đoạn") {
		t.Errorf("periodic of one programme:\n%s", out)
	}
	out, _ = want(t, exitOK, "--db", db, "report", "registration", "--period", "2023")
	if !strings.Contains(out, "ĐĂNG KÝ KẾ HOẠCH KHUYẾN CÔNG NĂM 2023") {
		t.Errorf("registration:\n%s", out)
	}
	legacy, _ := want(t, exitOK, "--db", db, "report", "--year", "2022")
	budget, _ := want(t, exitOK, "--db", db, "report", "budget", "--year", "2022")
	if legacy != budget || !strings.Contains(legacy, "BÁO CÁO KHUYẾN CÔNG — NĂM 2022") {
		t.Errorf("report budget differs from report:\n%s\n---\n%s", legacy, budget)
	}
	xlsx := filepath.Join(t.TempDir(), "bao-cao.xlsx")
	out, _ = want(t, exitOK, "--db", db, "report", "periodic", "--period", "2022-H2", "-o", xlsx)
	if b, err := os.ReadFile(xlsx); err != nil || !bytes.HasPrefix(b, []byte("PK")) || !strings.Contains(out, xlsx) {
		t.Errorf("workbook: %v, said %q", err, out)
	}
	_, errs := want(t, exitFail, "--db", db, "report", "periodic", "-o", xlsx)
	if !strings.Contains(errs, "--force") {
		t.Errorf("overwrite: %s", errs)
	}
	want(t, exitOK, "--db", db, "report", "budget", "-o", xlsx, "--force")
	// A contest round's results print like the other papers.
	results := filepath.Join(t.TempDir(), "ket-qua.xlsx")
	out, _ = want(t, exitOK, "--db", db, "report", "contest", "--round", "BC-TINH-2025", "-o", results)
	if b, err := os.ReadFile(results); err != nil || !bytes.HasPrefix(b, []byte("PK")) || !strings.Contains(out, results) {
		t.Errorf("contest workbook: %v, said %q", err, out)
	}
	out, _ = want(t, exitOK, "--db", db, "report", "contest", "--round", "BC-TINH-2025", "--date", "01/12/2025", "--format", "md", "-o", "-")
	for _, s := range []string{"# KẾT QUẢ BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU", "Phú Thọ, ngày 01 tháng 12 năm 2025",
		"| BC-TINH-2025-01 |", "GIÁM ĐỐC"} {
		if !strings.Contains(out, s) {
			t.Errorf("contest paper lacks %q:\n%s", s, out)
		}
	}
}

// TestReportPapersRefused: bad kinds, periods, projects, formats and
// templates are refused with a clear message and nothing written.
func TestReportPapersRefused(t *testing.T) {
	db := sampleDB(t)
	dir := t.TempDir()
	for _, c := range []struct {
		code int
		args []string
		msg  string
	}{
		{exitUsage, []string{"report", "monthly"}, "monthly"},
		{exitUsage, []string{"report", "periodic", "--period", "2026-Q5"}, "2026-Q5"},
		{exitUsage, []string{"report", "periodic", "--period", "1999"}, "2000"},
		{exitUsage, []string{"report", "registration", "--period", "2026-H1"}, "cả năm"},
		{exitUsage, []string{"report", "settlement"}, "mã đề án"},
		{exitUsage, []string{"report", "periodic", "extra"}, "extra"},
		{exitUsage, []string{"report", "contest", "extra", "--round", "1"}, "extra"},
		{exitUsage, []string{"report", "contest", "-o", filepath.Join(dir, "c.xlsx")}, "--round"},
		{exitUsage, []string{"report", "contest", "--round", "1", "--period", "2025", "-o", filepath.Join(dir, "c.xlsx")}, "--year"},
		{exitUsage, []string{"report", "periodic", "--round", "1"}, "report contest"},
		{exitFail, []string{"report", "contest", "--round", "BC-KHONG-CO", "-o", filepath.Join(dir, "c.xlsx")}, "BC-KHONG-CO"},
		{exitUsage, []string{"report", "periodic", "--format", "pdf"}, "pdf"},
		{exitUsage, []string{"report", "periodic", "-o", filepath.Join(dir, "a.docx")}, "docx"},
		{exitUsage, []string{"report", "periodic", "--date", "31/02/2026"}, "31/02/2026"},
		{exitUsage, []string{"report", "periodic", "--template", "mau.xlsx", "--format", "md"}, "--template"},
		{exitUsage, []string{"report", "--period", "2026"}, "periodic"},
		{exitFail, []string{"report", "settlement", "KCQG-1999-09"}, "KCQG-1999-09"},
		{exitFail, []string{"report", "periodic", "--programme", "KCQG-1990"}, "KCQG-1990"},
		{exitUsage, []string{"report", "budget", "--programme", "KCQG-2021-2025"}, "periodic"},
		{exitFail, []string{"report", "periodic", "--template", filepath.Join(dir, "none.xlsx"), "-o", filepath.Join(dir, "b.xlsx")}, "none.xlsx"},
	} {
		_, errs := want(t, c.code, append([]string{"--db", db}, c.args...)...)
		if !strings.Contains(errs, c.msg) {
			t.Errorf("%v: %s", c.args, errs)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("files left: %v", ents)
	}
	out, _ := want(t, exitOK, "report", "--help")
	for _, k := range []string{"periodic ", "registration ", "settlement MÃ", "budget ", "contest ", "{{table:TÊN}}", "{{total:TÊN}}"} {
		if !strings.Contains(out, k) {
			t.Errorf("help lacks %q:\n%s", k, out)
		}
	}
}

// TestCentreCommand: the names are set one by one, shown, and printed on
// the papers.
func TestCentreCommand(t *testing.T) {
	db := sampleDB(t)
	want(t, exitOK, "--db", db, "centre", "--director", "Nguyễn Văn An", "--accountant", "Trần Thị Bình")
	out, _ := want(t, exitOK, "--db", db, "centre")
	if !strings.Contains(out, "Nguyễn Văn An") || !strings.Contains(out, "Trần Thị Bình") || !strings.Contains(out, "Trung tâm Phát triển Công Thương") {
		t.Errorf("centre:\n%s", out)
	}
	out, _ = want(t, exitOK, "--db", db, "report", "settlement", "KCQG-2022-02")
	if !strings.Contains(out, "GIÁM ĐỐC (Ký, ghi rõ họ tên, đóng dấu): Nguyễn Văn An") {
		t.Errorf("settlement signers:\n%s", out)
	}
	long := strings.Repeat("a", 501)
	_, errs := want(t, exitFail, "--db", db, "centre", "--name", long)
	if !strings.Contains(errs, "Tên trung tâm") {
		t.Errorf("long name: %s", errs)
	}
}
