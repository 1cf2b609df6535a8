package store

import (
	"testing"

	"khuyencong/model"
)

// Nominating a published provincial round's winners to a regional round
// copies each certified entry once, with its certificate as the lower-level
// one, and marks it nominated; refused before publishing, to a round of
// the same level, and by a viewer, with nothing written.
func TestNominateWinners(t *testing.T) {
	s := newStore(t)
	fx := newContest(t, s)
	region := &model.Round{Code: "BC-KV-2026", Name: "Bình chọn cấp khu vực 2026", Level: model.LevelRegion, Year: 2026,
		Status: model.RoundRegistration, NeedsLower: true, Council: []string{"A"}, Rules: model.DefaultContestRules()}
	mustCreate(t, s, editor, region)
	same := &model.Round{Code: "BC-TINH-2027", Name: "Bình chọn cấp tỉnh 2027", Level: model.LevelProvince, Year: 2027,
		Status: model.RoundRegistration, Council: []string{"A"}, Rules: model.DefaultContestRules()}
	mustCreate(t, s, editor, same)
	if _, err := s.NominateWinners(editor, fx.round.ID, region.ID); err == nil {
		t.Fatal("nominated from an unpublished round")
	}
	if _, err := s.PublishRound(editor, fx.round.ID, fx.round.Version, Publication{Decision: "99/QĐ-SCT", Date: 20251128}); err != nil {
		t.Fatal(err)
	}
	before := s.Snapshot().Live(model.KindEntry)
	if _, err := s.NominateWinners(editor, fx.round.ID, same.ID); err == nil {
		t.Fatal("nominated to a round of the same level")
	}
	if _, err := s.NominateWinners(viewer, fx.round.ID, region.ID); err == nil {
		t.Fatal("a viewer nominated")
	}
	if got := s.Snapshot().Live(model.KindEntry); got != before {
		t.Fatalf("refusals wrote entries: %d → %d", before, got)
	}
	n, err := s.NominateWinners(editor, fx.round.ID, region.ID)
	if err != nil || n != 2 {
		t.Fatalf("nominated %d, %v; want the 2 certified entries", n, err)
	}
	snap := s.Snapshot()
	nominated := EntriesOfRound(snap, region.ID)
	if len(nominated) != 2 {
		t.Fatalf("%d entries in the regional round", len(nominated))
	}
	for _, e := range nominated {
		if e.LowerCert == "" || e.Facility == 0 {
			t.Errorf("nominated entry %+v", e)
		}
	}
	for _, e := range EntriesOfRound(snap, fx.round.ID) {
		if e.Nominated != e.Certified() {
			t.Errorf("entry %s nominated %v, certified %v", e.Code, e.Nominated, e.Certified())
		}
	}
	if n, err := s.NominateWinners(editor, fx.round.ID, region.ID); err != nil || n != 0 {
		t.Fatalf("a second nomination copied %d (%v)", n, err)
	}
}
