package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRulesCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	want(t, exitOK, "--db", db, "sample")
	out, _ := want(t, exitOK, "--db", db, "rules", "list")
	if !strings.Contains(out, "NĐ 235/2025/NĐ-CP") || !strings.Contains(out, "300.000.000") {
		t.Fatalf("rules list:\n%s", out)
	}
	xlsx := filepath.Join(dir, "dinh-muc.xlsx")
	want(t, exitOK, "--db", db, "rules", "export", "-o", xlsx)
	want(t, exitOK, "--db", db, "rules", "import", xlsx, "--dry-run")

	// One bad row: the report names it and nothing is written.
	bad := writeTemp(t, "dinh-muc.csv", "Nội dung,Hạng mục,Căn cứ,Tỷ lệ hỗ trợ (%),Hiệu lực từ\n"+
		"3,Máy,TT 28/2018/TT-BTC,50,15/05/2018\n3,Máy,TT 28/2018/TT-BTC,500,15/05/2018\n")
	out, errs := want(t, exitFail, "--db", db, "rules", "import", bad)
	if !strings.Contains(out, "dòng 3") || !strings.Contains(errs, "chưa ghi gì") {
		t.Fatalf("bad import: %s / %s", out, errs)
	}
	out, _ = want(t, exitOK, "--db", db, "rules", "list")
	if !strings.Contains(out, "NĐ 235/2025/NĐ-CP") {
		t.Fatal("a refused import changed the rules")
	}

	// A stricter table: every machinery project is now above its norm.
	strict := writeTemp(t, "strict.csv", "Nội dung,Hạng mục,Căn cứ,Mức tối đa,Tính theo,Hiệu lực từ\n"+
		"3,Máy móc,NQ 99/2026/NQ-HĐND,1.000.000,đề án,01/01/2000\n")
	want(t, exitOK, "--db", db, "rules", "import", strict)
	out, _ = want(t, exitOK, "--db", db, "--lang", "en", "check", "--rules")
	if !strings.Contains(out, "NQ 99/2026/NQ-HĐND") || !strings.Contains(out, "has no norm in force") {
		t.Fatalf("check --rules:\n%s", out)
	}
	if _, err := os.Stat(xlsx); err != nil {
		t.Fatal(err)
	}
}
