package store

import (
	"slices"
	"testing"

	"khuyencong/i18n"
)

// A live project naming a deleted beneficiary is reported (issue 18: check
// said all was well); restoring the facility clears it, and a deleted
// project naming a deleted facility is not reported.
func TestCheckReportsLiveReferenceToDeleted(t *testing.T) {
	s := newStore(t)
	f := facility("Cơ sở bị xoá")
	mustCreate(t, s, editor, f)
	p := project("KCQG-2022-12", f.ID)
	mustCreate(t, s, editor, p)
	if err := s.Delete(admin, f.Kind(), f.ID, f.Version); err != nil {
		t.Fatal(err)
	}
	probs, err := s.CheckIn(i18n.EN)
	want := []string{"Project #1 is live but refers to Facility #1, which is deleted: restore that record or change Project #1."}
	if err != nil || !slices.Equal(probs, want) {
		t.Fatalf("Check: %q, %v\nwant %q", probs, err, want)
	}
	if err := s.Delete(admin, p.Kind(), p.ID, p.Version); err != nil {
		t.Fatal(err)
	}
	if probs, err := s.Check(); err != nil || probs != nil {
		t.Fatalf("Check with both deleted: %v, %v", probs, err)
	}
}
