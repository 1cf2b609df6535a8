package cli

import (
	"regexp"
	"strings"
	"testing"
)

// The sample is a Phú Thọ centre: units province says so; a dry run
// writes nothing; the real run converts the certain addresses, lists the
// split communes with their candidates, and a second run finds nothing
// left to convert; check passes after it.
func TestUnitsConvert(t *testing.T) {
	db := sampleDB(t)
	out, _ := want(t, exitOK, "--db", db, "units", "province")
	if !strings.Contains(out, "Phú Thọ (25)") {
		t.Fatalf("province: %q", out)
	}
	counts := regexp.MustCompile(`(\d+) cơ sở chỉ có địa chỉ cũ.* (\d+) sang xã mới`)
	dry, _ := want(t, exitOK, "--db", db, "units", "convert", "--dry-run")
	m := counts.FindStringSubmatch(dry)
	if m == nil || m[2] == "0" || !strings.Contains(dry, "Chạy thử") || !strings.Contains(dry, "cần chọn") {
		t.Fatalf("dry run said:\n%s", dry)
	}
	again, _ := want(t, exitOK, "--db", db, "units", "convert", "--dry-run")
	if again != dry {
		t.Fatal("the dry run wrote something")
	}
	real, _ := want(t, exitOK, "--db", db, "units", "convert")
	if r := counts.FindStringSubmatch(real); r == nil || r[2] != m[2] {
		t.Fatalf("the run converted other than the dry run said:\n%s", real)
	}
	after, _ := want(t, exitOK, "--db", db, "units", "convert", "--dry-run")
	if r := counts.FindStringSubmatch(after); r == nil || r[2] != "0" {
		t.Fatalf("a second run still converts:\n%s", after)
	}
	want(t, exitOK, "--db", db, "check")
}

func TestUnitsProvinceAndList(t *testing.T) {
	db := sampleDB(t)
	_, errs := want(t, exitUsage, "--db", db, "units", "province", "Vĩnh Phúc")
	if !strings.Contains(errs, "Vĩnh Phúc") {
		t.Errorf("an old province was accepted: %q", errs)
	}
	out, _ := want(t, exitOK, "--db", db, "units", "province", "tinh tuyen quang")
	if !strings.Contains(out, "Tuyên Quang (08)") {
		t.Errorf("set: %q", out)
	}
	out, _ = want(t, exitOK, "--db", db, "units", "list")
	if strings.Count(out, "\n") < 34 || !strings.Contains(out, "Phú Thọ") {
		t.Errorf("list:\n%s", out)
	}
	out, _ = want(t, exitOK, "--db", db, "units", "list", "--province", "Phu Tho", "--old")
	if !strings.Contains(out, "Thị trấn Hương Canh") || !strings.Contains(out, "Xã Bình Nguyên (08935)") {
		t.Errorf("old list lacks Hương Canh → Bình Nguyên")
	}
}

// units import of a file that is not an official table changes nothing.
func TestUnitsImportRefused(t *testing.T) {
	db := sampleDB(t)
	before, _ := want(t, exitOK, "--db", db, "units", "list")
	bad := writeTemp(t, "bad.csv", "Mã,Tên\nxx,yy\n")
	_, errs := want(t, exitFail, "--db", db, "units", "import", bad)
	if !strings.Contains(errs, "chuyen-doi-2025.csv") {
		t.Errorf("refusal: %q", errs)
	}
	after, _ := want(t, exitOK, "--db", db, "units", "list")
	if after != before {
		t.Fatal("the refused file changed the table")
	}
}

func TestReportByOldDistrict(t *testing.T) {
	db := sampleDB(t)
	out, _ := want(t, exitOK, "--db", db, "report", "--year", "2022", "--by", "old-district")
	if !strings.Contains(out, "theo huyện, thành phố (trước 1/7/2025)") {
		t.Errorf("report:\n%s", out)
	}
	out, _ = want(t, exitOK, "--db", db, "report", "--year", "2022")
	if !strings.Contains(out, "theo xã, phường") {
		t.Errorf("report:\n%s", out)
	}
	want(t, exitUsage, "--db", db, "report", "--by", "tinh")
}
