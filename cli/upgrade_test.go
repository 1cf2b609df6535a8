package cli

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/schema1.db.gz was made by the version before two-level addresses
// (`sample --facilities 20`, schema 1). A reading command upgrades it and
// answers as before; check passes; the old addresses are kept as the
// address before 1/7/2025 and convert once the province is chosen.
func TestOlderDatabaseOpensAndMigrates(t *testing.T) {
	gz, err := os.Open(filepath.Join("testdata", "schema1.db.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer gz.Close()
	zr, err := gzip.NewReader(gz)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(db, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	out, _ := want(t, exitOK, "--db", db, "report", "--year", "2022", "--by", "old-district")
	if !strings.Contains(out, "2.170 tr") || !strings.Contains(out, "(trước 1/7/2025)") {
		t.Fatalf("report of the upgraded file:\n%s", out)
	}
	want(t, exitOK, "--db", db, "check")
	_, errs := want(t, exitFail, "--db", db, "units", "convert")
	if !strings.Contains(errs, "units province") {
		t.Fatalf("convert without a province: %q", errs)
	}
	want(t, exitOK, "--db", db, "units", "province", "Phú Thọ")
	out, _ = want(t, exitOK, "--db", db, "units", "convert")
	if !strings.Contains(out, "23 cơ sở chỉ có địa chỉ cũ") {
		t.Fatalf("convert:\n%s", out)
	}
	want(t, exitOK, "--db", db, "check")
}
