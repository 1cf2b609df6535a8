package cli

import (
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui"
)

// TestAppExportWritesRowsInOrder: the app's x hands its rows to the real
// exporter, which writes them in that order, in the format of the name.
func TestAppExportWritesRowsInOrder(t *testing.T) {
	db := sampleDB(t)
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	snap := st.Snapshot()
	rows := []int32{2, 0, 1} // as a sorted table might show them
	path := filepath.Join(t.TempDir(), "co-so.csv")
	n, err := appExport(i18n.VI)(snap, model.KindFacility, rows, path, false)
	if err != nil || n != 3 {
		t.Fatalf("export: %d, %v", n, err)
	}
	// A second x on the same name is told the file exists, and writes only
	// when told to overwrite.
	if _, err := appExport(i18n.VI)(snap, model.KindFacility, rows, path, false); !errors.Is(err, tui.ErrFileExists) {
		t.Fatalf("export onto an existing file: %v", err)
	}
	if _, err := appExport(i18n.VI)(snap, model.KindFacility, rows, path, true); err != nil {
		t.Fatalf("overwrite: %v", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff"))).ReadAll()
	if err != nil || len(recs) != 4 {
		t.Fatalf("csv: %d records, %v", len(recs), err)
	}
	for i, r := range rows {
		if want := snap.Facilities().At(int(r)).Name; !slices.Contains(recs[i+1], want) {
			t.Errorf("row %d: %v lacks %q", i, recs[i+1], want)
		}
	}
}

// TestAppImportDryRunThenReal: the app's i checks the file without writing,
// then imports it; a bad file is refused and writes nothing.
func TestAppImportDryRunThenReal(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "k.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dir := t.TempDir()
	good := filepath.Join(dir, "co-so.csv")
	bad := filepath.Join(dir, "xau.csv")
	write := func(p, body string) {
		if err := os.WriteFile(p, []byte("\ufeff"+body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(good, "Tên cơ sở;Mã số thuế;Huyện\nHTX gốm Hương Canh;0100233488;Bình Xuyên\nHộ Nguyễn Văn An;;Yên Lạc\n")
	write(bad, "Tên cơ sở;Mã số thuế\nHTX gốm;0100233489\n")
	a := store.LocalAdmin()
	ctx, dry := context.Background(), tui.ImportChoice{DryRun: true}
	report, ok, err := appImport(ctx, st, i18n.VI, a, model.KindFacility, bad, dry)
	if ok || err != nil || !strings.Contains(report, "0100233489") {
		t.Fatalf("bad file: ok=%v err=%v\n%s", ok, err, report)
	}
	// Skipping the bad rows makes the bad file importable, and says so.
	if _, ok, err := appImport(ctx, st, i18n.VI, a, model.KindFacility, bad, tui.ImportChoice{DryRun: true, SkipBad: true}); !ok || err != nil {
		t.Fatalf("bad file, skipping bad rows: ok=%v err=%v", ok, err)
	}
	report, ok, err = appImport(ctx, st, i18n.VI, a, model.KindFacility, good, dry)
	if !ok || err != nil || st.Snapshot().Facilities().Len() != 0 {
		t.Fatalf("dry run: ok=%v err=%v, %d facilities\n%s", ok, err, st.Snapshot().Facilities().Len(), report)
	}
	if _, ok, err = appImport(ctx, st, i18n.VI, a, model.KindFacility, good, tui.ImportChoice{}); !ok || err != nil {
		t.Fatalf("import: ok=%v err=%v", ok, err)
	}
	if n := st.Snapshot().Facilities().Live(); n != 2 {
		t.Fatalf("%d facilities after the import, want 2", n)
	}
}
