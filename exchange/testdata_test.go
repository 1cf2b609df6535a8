package exchange

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

var updateExchangeGolden = flag.Bool("update-exchange", false, "rewrite exchange/testdata/*.golden")

// TestCommittedMixedFile reads testdata/co-so-hon-hop.csv, a file as a
// province office would send it: BOM, ';', a title above the header, a
// note across two lines, and one bad row of each kind. Every bad row is
// reported with its Excel row number and column, and nothing is written.
// The rendered report is kept in a golden file to be read by eye.
func TestCommittedMixedFile(t *testing.T) {
	st := ieOpen(t)
	path := filepath.Join("testdata", "co-so-hon-hop.csv")
	res, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{})
	if err == nil || ieCounts(st) != [4]int{} || ieAuditLen(t, st) != 0 {
		t.Fatalf("bad file written: err %v, counts %v", err, ieCounts(st))
	}
	// Row 8's district is not refused since any province may use the
	// app: an address the unit table does not know is kept as written.
	want := []string{"5:Mã số thuế", "6:Tên cơ sở", "7:Số lao động",
		"8:Thu nhập bình quân (đồng)", "9:Mã số thuế"}
	if got := ieProblems(res); !slices.Equal(got, want) {
		t.Fatalf("problems\n got %v\nwant %v", got, want)
	}
	if res.HeaderRow != 3 || res.Read != 7 || res.Refused != 5 {
		t.Fatalf("header row %d, read %d, refused %d", res.HeaderRow, res.Read, res.Refused)
	}
	var b strings.Builder
	for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, p := range res.Problems {
			b.WriteString(p.In(l) + "\n")
		}
		b.WriteString(model.Localize(err, l) + "\n\n")
	}
	golden := filepath.Join("testdata", "co-so-hon-hop.golden")
	if *updateExchangeGolden {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-exchange to create it)", err)
	}
	if string(g) != b.String() {
		t.Fatalf("report differs from %s:\n%s", golden, b.String())
	}
	// With --skip-bad the two good rows go in.
	res, err = Import(st, ieAdmin, model.KindFacility, path, ImportOptions{SkipBad: true})
	if err != nil || res.Written != 2 || ieCounts(st)[0] != 2 {
		t.Fatalf("skip bad: %v, written %d", err, res.Written)
	}
}

// TestCommittedUTF16File reads testdata/co-so-utf16.txt, Excel's "Unicode
// Text": UTF-16 LE with a BOM, tab separated.
func TestCommittedUTF16File(t *testing.T) {
	st := ieOpen(t)
	res := ieImport(t, st, model.KindFacility, filepath.Join("testdata", "co-so-utf16.txt"), ImportOptions{})
	if res.Encoding != "UTF-16LE" || res.Separator != "\t" || res.Written != 2 {
		t.Fatalf("result %+v", res)
	}
	f, _ := st.Snapshot().Facilities().Get(2)
	if f.Name != "Hộ kinh doanh Gốm Hương Canh" || f.Address.Before.District != "Bình Xuyên" || f.Employees != 3 {
		t.Fatalf("facility %+v", f)
	}
}
