package store

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

func TestTaxCodeUniqueAmongLiveFacilities(t *testing.T) {
	s := newStore(t)
	a, b := facility("Cơ sở A"), facility("Cơ sở B")
	a.TaxCode, b.TaxCode = taxCode(1), taxCode(1)
	mustCreate(t, s, editor, a)
	err := s.Create(editor, b)
	var de *DuplicateError
	if !errors.As(err, &de) || de.Field != "tax_code" || de.Value != a.TaxCode || de.ID != a.ID {
		t.Fatalf("err = %v, want a duplicate of #%d", err, a.ID)
	}
	if !strings.Contains(model.Localize(err, i18n.EN), a.TaxCode) {
		t.Fatalf("message %q does not name the code", model.Localize(err, i18n.EN))
	}
	// Updating another facility to the same code is refused too.
	b.TaxCode = taxCode(2)
	mustCreate(t, s, editor, b)
	c := *b
	c.TaxCode = a.TaxCode
	if err := s.Update(editor, &c); !errors.As(err, &de) {
		t.Fatalf("update to a taken code: %v", err)
	}
	// A deleted facility frees its code; restoring it while taken fails.
	if err := s.Delete(admin, model.KindFacility, a.ID, a.Version); err != nil {
		t.Fatal(err)
	}
	c = *b
	c.TaxCode = a.TaxCode
	if err := s.Update(editor, &c); err != nil {
		t.Fatalf("code of a deleted facility should be free: %v", err)
	}
	if err := s.Restore(admin, model.KindFacility, a.ID); !errors.As(err, &de) || de.ID != b.ID {
		t.Fatalf("restore with a taken code: %v", err)
	}
	// Changing b's code frees the old one for a's restore.
	c.TaxCode = ""
	if err := s.Update(editor, &c); err != nil {
		t.Fatal(err)
	}
	if err := s.Restore(admin, model.KindFacility, a.ID); err != nil {
		t.Fatal(err)
	}
	if probs, err := s.Check(); err != nil || probs != nil {
		t.Fatalf("Check: %v %v", probs, err)
	}
}

func TestProjectCodeUniqueIgnoringCaseAndMarks(t *testing.T) {
	s := newStore(t)
	mustCreate(t, s, editor, project("KCĐP-2023-01"))
	err := s.Create(editor, project("kcdp-2023-01"))
	var de *DuplicateError
	if !errors.As(err, &de) || de.Field != "code" || de.ID != 1 {
		t.Fatalf("err = %v", err)
	}
	mustCreate(t, s, editor, project("KCĐP-2023-02"))
}

func TestSoftDeleteHidesAndRestoreBringsBack(t *testing.T) {
	s := newStore(t)
	f1, f2 := facility("Cơ sở một"), facility("Cơ sở hai")
	mustCreate(t, s, editor, f1)
	mustCreate(t, s, editor, f2)
	p := project("KCQG-2022-09", f1.ID)
	mustCreate(t, s, editor, p)
	if err := s.Delete(admin, model.KindFacility, f1.ID, 1); err != nil {
		t.Fatal(err)
	}
	snap := s.Snapshot()
	var names []string
	for f := range snap.Facilities().All() {
		names = append(names, f.Name)
	}
	if snap.Facilities().Live() != 1 || snap.Facilities().Len() != 2 || !slices.Equal(names, []string{"Cơ sở hai"}) {
		t.Fatalf("after delete: live %d len %d all %v", snap.Facilities().Live(), snap.Facilities().Len(), names)
	}
	if got := snap.Facilities().At(0); !got.Deleted || got.Version != 2 || got.UpdatedBy != "lan" {
		t.Fatalf("deleted row: %+v", got.Meta)
	}
	// Deleting again with the new version is a no-op, not an error.
	if err := s.Delete(admin, model.KindFacility, f1.ID, 2); err != nil {
		t.Fatal(err)
	}
	if err := s.Restore(admin, model.KindFacility, f1.ID); err != nil {
		t.Fatal(err)
	}
	snap = s.Snapshot()
	if snap.Facilities().Live() != 2 || snap.Facilities().At(0).Deleted {
		t.Fatal("restore did not bring the facility back")
	}
	// A deleted project drops out of its beneficiaries' relations.
	if err := s.Delete(admin, model.KindProject, p.ID, 1); err != nil {
		t.Fatal(err)
	}
	if got := s.Snapshot().ProjectsOf(f1.ID); len(got) != 0 {
		t.Fatalf("ProjectsOf after project delete = %v", got)
	}
	if err := s.Restore(admin, model.KindProject, p.ID); err != nil {
		t.Fatal(err)
	}
	if got := s.Snapshot().ProjectsOf(f1.ID); !slices.Equal(got, []model.ID{p.ID}) {
		t.Fatalf("ProjectsOf after restore = %v", got)
	}
	for _, k := range []model.Kind{model.KindUser, 0} {
		if err := s.Delete(admin, k, 1, 1); err == nil {
			t.Fatalf("delete of kind %v accepted", k)
		}
	}
}

func TestEscapeSequencesNeverStored(t *testing.T) {
	path := tempPath(t)
	s := openTest(t, path)
	f := facility("Tân \x1b[31mViệt\x1b[0m\x07")
	f.Notes = "dòng 1\n\x1b]0;pwned\x07dòng 2\u202e"
	f.FormerNames = []model.FormerName{{Name: "Cũ\x1b[2J"}}
	mustCreate(t, s, editor, f)
	p := project("KCQG-2022-10\x1b[1m", f.ID)
	p.Name = "Đề án \x9b31m đỏ"
	mustCreate(t, s, Actor{Name: "lan\x1b[5m", Role: model.RoleEditor}, p)
	s.Close()

	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Single control bytes occur in any binary file; the sequences and
	// their parameters must not.
	for _, bad := range [][]byte{[]byte("\x1b["), []byte("[31m"), []byte("pwned"), []byte("\u202e"), []byte("\u009b31m")} {
		if bytes.Contains(raw, bad) {
			t.Fatalf("file contains %q", bad)
		}
	}
	s = openTest(t, path)
	got, _ := s.Snapshot().Facilities().Get(f.ID)
	if got.Name != "Tân Việt" || strings.ContainsAny(got.Notes+got.FormerNames[0].Name, "\x1b\x07\u202e") {
		t.Fatalf("stored %q / %q", got.Name, got.Notes)
	}
	gp, _ := s.Snapshot().Projects().Get(p.ID)
	if strings.ContainsAny(gp.Code+gp.Name+gp.UpdatedBy, "\x1b\u009b") || gp.UpdatedBy != "lan" {
		t.Fatalf("stored project %q %q by %q", gp.Code, gp.Name, gp.UpdatedBy)
	}
}
