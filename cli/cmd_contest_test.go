package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// The sample's 2025 round: the results table, the certificate register,
// the round's entries and scores, and an import of scores.
func TestContestCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	want(t, exitOK, "--db", db, "sample", "--facilities", "100")
	out, _ := want(t, exitOK, "--db", db, "report", "contest", "--round", "BC-TINH-2025")
	for _, s := range []string{"Kết quả bình chọn", "Nguyễn Văn Hùng", "Đỗ Minh Tuấn", "Điểm TB", "01/BC-TINH-2025", "Đạt "} {
		if !strings.Contains(out, s) {
			t.Errorf("report contest lacks %q:\n%s", s, out)
		}
	}
	md, _ := want(t, exitOK, "--db", db, "report", "--round", "1", "contest", "--format", "md")
	if !strings.HasPrefix(md, "# Kết quả bình chọn") || !strings.Contains(md, "| BC-TINH-2025-01 |") {
		t.Errorf("markdown report:\n%s", md)
	}
	// The summary report is unchanged by the new sub-form.
	if out, _ := want(t, exitOK, "--db", db, "report", "--year", "2022"); !strings.Contains(out, "2022") {
		t.Errorf("report --year:\n%s", out)
	}
	certs, _ := want(t, exitOK, "--db", db, "export", "certificates")
	entries, _ := want(t, exitOK, "--db", db, "export", "entries", "--round", "BC-TINH-2025")
	scores, _ := want(t, exitOK, "--db", db, "export", "scores", "--round", "BC-TINH-2025")
	if n := lines(entries); n != 31 {
		t.Errorf("entries of the round: %d lines", n)
	}
	if n := lines(scores); n != 151 {
		t.Errorf("sheets of the round: %d lines", n)
	}
	if n := lines(certs); n < 2 || n >= 31 || strings.Contains(certs, "BC-TINH-2027") {
		t.Errorf("certificates: %d lines\n%s", n, certs)
	}
	for _, args := range [][]string{
		{"report", "contest"},
		{"report", "cats", "--round", "1"},
		{"report", "--round", "1"},
		{"report", "contest", "--round", "1", "--year", "2025"},
		{"export", "facilities", "--round", "1"},
	} {
		want(t, exitUsage, append([]string{"--db", db}, args...)...)
	}
	if _, errs := want(t, exitFail, "--db", db, "report", "contest", "--round", "KHONG-CO"); !strings.Contains(errs, `"KHONG-CO"`) {
		t.Errorf("unknown round: %q", errs)
	}
	// Scores of the open 2027 round import; a score over its maximum is
	// refused and nothing is written.
	bad := writeTemp(t, "diem.csv", "Số đăng ký,Thành viên,Điểm\r\nBC-TINH-2027-01,Trần Thị Mai,25 35 15 8\r\nBC-TINH-2027-02,Trần Thị Mai,31 35 15 8\r\n")
	_, errs := want(t, exitFail, "--db", db, "import", "scores", bad)
	if !strings.Contains(errs, "chưa ghi gì") {
		t.Errorf("stderr %q", errs)
	}
	good := writeTemp(t, "diem.csv", "Số đăng ký,Thành viên,Điểm\r\nBC-TINH-2027-01,Trần Thị Mai,25 35 15 8\r\nBC-TINH-2027-02,Trần Thị Mai,30 35 15 8\r\n")
	out, _ = want(t, exitOK, "--db", db, "import", "scores", good)
	if !strings.Contains(out, "2 dòng") {
		t.Errorf("import scores:\n%s", out)
	}
	if out, _ := want(t, exitOK, "--db", db, "report", "contest", "--round", "BC-TINH-2027"); !strings.Contains(out, "83") {
		t.Errorf("2027 results:\n%s", out)
	}
}

func lines(s string) int { return strings.Count(strings.TrimSpace(s), "\n") + 1 }
