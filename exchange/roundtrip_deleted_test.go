package exchange

import (
	"bytes"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

// A database whose live project names a deleted beneficiary, and whose
// live payment belongs to a deleted project, exports and imports again
// (issue 18: the projects import failed with "không tìm thấy cơ sở", and
// so every payment). The deleted records travel marked "Đã xoá" and come
// back deleted; the references come back as they were.
func TestExportImportRoundTripDeletedReferences(t *testing.T) {
	src := ieOpen(t)
	ieRichData(t, src)
	snap := src.Snapshot()
	var paid, named *model.Project
	for p := range snap.Projects().Scan() {
		c := *p
		switch {
		case paid == nil && len(snap.PaymentsOf(p.ID)) > 0:
			paid = &c
		case named == nil && len(p.Beneficiaries) > 0:
			named = &c
		}
	}
	if paid == nil || named == nil {
		t.Fatal("rich data lacks a project with payments and another with beneficiaries")
	}
	f, _ := snap.Facilities().Get(named.Beneficiaries[0])
	if err := src.Delete(ieAdmin, model.KindFacility, f.ID, f.Version); err != nil {
		t.Fatal(err)
	}
	if err := src.Delete(ieAdmin, model.KindProject, paid.ID, paid.Version); err != nil {
		t.Fatal(err)
	}
	snap = src.Snapshot()
	var out bytes.Buffer
	if err := Export(snap, model.KindFacility, nil, FormatCSV, &out, i18n.VI); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Đã xoá") {
		t.Fatalf("facilities export has no deleted mark:\n%s", out.String())
	}
	ieRoundTrip(t, snap)
	dst := ieOpen(t)
	for _, kind := range model.Kinds {
		var buf bytes.Buffer
		if err := Export(snap, kind, nil, FormatXLSX, &buf, i18n.EN); err != nil {
			t.Fatal(err)
		}
		res, err := ImportReader(dst, ieAdmin, kind, kind.String()+".xlsx", &buf, ImportOptions{})
		if err != nil {
			t.Fatalf("import %s: %v", kind, err)
		}
		// The projects' link to the deleted facility, and the payments' to
		// the deleted project, are made but said.
		if kind == model.KindProject || kind == model.KindPayment {
			if !hasDeletedRefNote(&res) {
				t.Errorf("import %s: no note of the link to a deleted record; notes %+v", kind, res.Notes)
			}
		}
	}
	got := dst.Snapshot()
	for i := range snap.Facilities().Len() {
		if snap.Facilities().Deleted(i) != got.Facilities().Deleted(i) {
			t.Errorf("facility row %d: deleted %v, re-imported %v", i, snap.Facilities().Deleted(i), got.Facilities().Deleted(i))
		}
	}
	for i := range snap.Projects().Len() {
		if snap.Projects().Deleted(i) != got.Projects().Deleted(i) {
			t.Errorf("project row %d: deleted %v, re-imported %v", i, snap.Projects().Deleted(i), got.Projects().Deleted(i))
		}
	}
}

func TestImportRefusesBadDeletedMark(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "a.csv", ieCSV("Tên cơ sở;Huyện;Đã xoá", "Cơ sở A;Yên Lạc;có lẽ"))
	res, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{})
	if err == nil || res.Refused != 1 || ieCounts(st) != [4]int{} ||
		!strings.Contains(strings.Join(ieProblemTexts(res), "\n"), `"có lẽ" is not a deleted mark`) {
		t.Fatalf("bad mark: %v %v", err, ieProblemTexts(res))
	}
}

func hasDeletedRefNote(res *ImportResult) bool {
	for _, g := range res.Notes {
		if g.Kind == NoteDeletedRef && strings.Contains(g.In(i18n.EN), "is a deleted record") {
			return true
		}
	}
	return false
}
