package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestImportCommandReportsAndRefuses(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	bad := writeTemp(t, "co-so.csv", "\uFEFFSTT;Tên cơ sở;Huyện;Lao động\r\n1;Cơ sở A;Tam Dương;12\r\n2;;Yên Lạc;x\r\n")
	// A dry run against a database that does not exist yet creates nothing.
	out, errs := want(t, exitFail, "--db", db, "import", "facilities", bad, "--dry-run")
	for _, s := range []string{`"Tên cơ sở"`, "→ Tên", `Bỏ qua 1 cột không rõ: "STT"`,
		`dòng 3, cột "Tên cơ sở": Bắt buộc nhập`, `dòng 3, cột "Lao động"`, "Chạy thử"} {
		if !strings.Contains(out, s) {
			t.Errorf("dry run output lacks %q:\n%s", s, out)
		}
	}
	if !strings.Contains(errs, "chạy thử: 1 dòng có lỗi") {
		t.Errorf("stderr %q", errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Fatal("a dry run created the database")
	}
	_, errs = want(t, exitFail, "--db", db, "import", "facilities", bad)
	if !strings.Contains(errs, "chưa ghi gì") {
		t.Errorf("stderr %q", errs)
	}
	good := writeTemp(t, "co-so.csv", "Tên cơ sở;Huyện\r\nCơ sở A;Tam Dương\r\nCơ sở B;Yên Lạc\r\n")
	out, _ = want(t, exitOK, "--db", db, "--lang", "en", "import", "facilities", good)
	if !strings.Contains(out, "Read 2 rows: 2 written") {
		t.Errorf("output:\n%s", out)
	}
	want(t, exitOK, "--db", db, "check")
}

func TestImportCommandUsage(t *testing.T) {
	f := writeTemp(t, "x.csv", "name\r\nA\r\n")
	for _, args := range [][]string{
		{"import", "cats", f},
		{"import", "facilities", f, "--on-duplicate", "merge"},
		{"import", "facilities"},
	} {
		want(t, exitUsage, append([]string{"--db", filepath.Join(t.TempDir(), "k.db")}, args...)...)
	}
}

func TestExportCommand(t *testing.T) {
	db := sampleDB(t)
	out, _ := want(t, exitOK, "--db", db, "export", "projects", "--year", "2022")
	if !strings.HasPrefix(out, "\uFEFFMã đề án,") || strings.Count(out, "KCQG-2022-") != 4 {
		t.Errorf("projects 2022 CSV:\n%s", out)
	}
	out, _ = want(t, exitOK, "--db", db, "export", "payments", "--format", "md", "--lang", "en")
	if !strings.HasPrefix(out, "| Project | Date |") {
		t.Errorf("markdown:\n%.200s", out)
	}
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "bao-cao.xlsx")
	out, _ = want(t, exitOK, "--db", db, "export", "report", "--year", "2022", "-o", xlsx)
	if b, err := os.ReadFile(xlsx); err != nil || !bytes.HasPrefix(b, []byte("PK")) || !strings.Contains(out, xlsx) {
		t.Errorf("report workbook: %v, said %q", err, out)
	}
	// The exported facilities import into a new database.
	csv := filepath.Join(dir, "co-so.csv")
	want(t, exitOK, "--db", db, "export", "facilities", "-o", csv)
	out, _ = want(t, exitOK, "--db", filepath.Join(dir, "new.db"), "import", "facilities", csv)
	if !strings.Contains(out, "ghi mới 303") {
		t.Errorf("re-import:\n%s", out)
	}
	for _, args := range [][]string{
		{"export", "facilities", "--year", "2022"},
		{"export", "report", "--format", "csv"},
		{"export", "everything"},
		{"export", "projects", "--format", "pdf"},
	} {
		want(t, exitUsage, append([]string{"--db", db}, args...)...)
	}
}

// TestExportReportCSVRefused: a report is not a table of rows; -o
// report.csv used to write Markdown under a .csv name. Now the extension
// names the format and csv is refused, with nothing written (issue 18 §6).
func TestExportReportCSVRefused(t *testing.T) {
	db := sampleDB(t)
	out := filepath.Join(t.TempDir(), "report.csv")
	_, errs := want(t, exitUsage, "--db", db, "export", "report", "-o", out)
	if !strings.Contains(errs, `báo cáo không xuất được dạng "csv"`) {
		t.Errorf("stderr %q", errs)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused report left %s", out)
	}
	md := filepath.Join(t.TempDir(), "report.md")
	want(t, exitOK, "--db", db, "export", "report", "-o", md)
	if b, _ := os.ReadFile(md); !strings.HasPrefix(string(b), "# ") {
		t.Errorf("report.md is not Markdown: %.60q", b)
	}
}

// TestExportAsksBeforeOverwriting: export -o onto an existing file is
// refused, naming --force, and leaves the file as it was; with --force it
// is replaced (issue 18 §6).
func TestExportAsksBeforeOverwriting(t *testing.T) {
	db := sampleDB(t)
	out := filepath.Join(t.TempDir(), "co-so.csv")
	if err := os.WriteFile(out, []byte("yesterday"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := want(t, exitFail, "--db", db, "export", "facilities", "-o", out)
	if !strings.Contains(errs, "đã có; thêm --force") {
		t.Errorf("stderr %q", errs)
	}
	if b, _ := os.ReadFile(out); string(b) != "yesterday" {
		t.Errorf("a refused export changed the file: %.40q", b)
	}
	want(t, exitOK, "--db", db, "export", "facilities", "-o", out, "--force")
	if b, _ := os.ReadFile(out); string(b) == "yesterday" {
		t.Error("--force did not replace the file")
	}
}

func TestExportOverSSH(t *testing.T) {
	st, err := store.Open(sampleDB(t), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	viewer := store.Actor{Name: "lan", Role: model.RoleViewer}
	var out, errw bytes.Buffer
	code := execRemote(context.Background(), st, i18n.VI, viewer, []string{"export", "allocations"}, nil, &out, &errw)
	if code != exitOK || !strings.HasPrefix(out.String(), "\uFEFFNăm,") {
		t.Errorf("remote export: exit %d %q\n%s", code, errw.String(), out.String())
	}
	out.Reset()
	code = execRemote(context.Background(), st, i18n.VI, viewer, []string{"export", "allocations", "-o", "/tmp/x.csv"}, nil, &out, &errw)
	if code != exitUsage {
		t.Errorf("remote export -o: exit %d", code)
	}
	code = execRemote(context.Background(), st, i18n.VI, viewer, []string{"import", "facilities", "/etc/passwd"}, nil, &out, &errw)
	if code != exitUsage {
		t.Errorf("remote import: exit %d", code)
	}
}

func TestImportDryRunNamesTotalsRows(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	f := writeTemp(t, "co-so.csv", "Tên cơ sở;Huyện;Lao động\r\nCơ sở A;Tam Dương;12\r\nCơ sở B;Yên Lạc;3\r\nTổng cộng;;15\r\n")
	out, _ := want(t, exitOK, "--db", db, "import", "facilities", f, "--dry-run")
	for _, s := range []string{`Bỏ qua 1 dòng tổng cộng, không nhập: dòng 4 ("Tổng cộng")`, "Đã đọc 2 dòng: sẽ ghi mới 2"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
}

func TestImportReportsGuessesAndFreeText(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	f := writeTemp(t, "co-so.csv", "Tên cơ sở;Ngành nghề\r\nCông ty TNHH Tân Việt;Đồ gỗ\r\n")
	out, _ := want(t, exitOK, "--db", db, "import", "facilities", f, "--dry-run")
	for _, s := range []string{"cần xem lại", `"Đồ gỗ" không thuộc danh sách Nhóm ngành`, "giữ chữ ở Sản phẩm", "Loại hình đoán từ tên"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
}

func TestImportMapFlagAndHelpListsHeaders(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	f := writeTemp(t, "co-so.csv", "STT;Tên cơ sở;Ngành nghề;Nơi ở\r\n1;Cơ sở A;Cơ khí;Hợp Thịnh\r\n")
	out, _ := want(t, exitOK, "--db", db, "import", "facilities", f, "--map", "Ngành nghề=products,Nơi ở=commune,STT=ignore")
	for _, s := range []string{`C  "Ngành nghề"`, "→ Sản phẩm [products] (--map)", `"STT"`, "→ (bỏ qua)", "ghi mới 1"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fac, _ := st.Snapshot().Facilities().Get(1)
	_ = st.Close()
	if fac.Products != "Cơ khí" || fac.TradeGroup != 0 || fac.Address.Before.Commune != "Hợp Thịnh" {
		t.Fatalf("facility %+v", fac)
	}
	// A map naming a field that does not exist is a usage error, and
	// nothing is written.
	_, errs := want(t, exitFail, "--db", db, "import", "facilities", f, "--map", "Ngành nghề=màu")
	if !strings.Contains(errs, `không có trường "màu"`) {
		t.Errorf("stderr %q", errs)
	}
	want(t, exitUsage, "--db", db, "import", "facilities", f, "--map", "Ngành nghề")
	out, _ = want(t, exitOK, "import", "--help")
	for _, s := range []string{"--map", "products: Sản phẩm", "Sản phẩm chính", "commune: Xã, phường", "Địa chỉ (xã)", "name (bắt buộc)"} {
		if !strings.Contains(out, s) {
			t.Errorf("help lacks %q", s)
		}
	}
}
