package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
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
	n, err := appExport(model.VI)(snap, model.KindFacility, rows, path)
	if err != nil || n != 3 {
		t.Fatalf("export: %d, %v", n, err)
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
		if want := snap.Facilities.At(int(r)).Name; !slices.Contains(recs[i+1], want) {
			t.Errorf("row %d: %v lacks %q", i, recs[i+1], want)
		}
	}
}
