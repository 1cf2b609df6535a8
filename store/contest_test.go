package store

import (
	"errors"
	"slices"
	"testing"

	"khuyencong/model"
)

// contestFixture is a scoring round with two council members and three
// entries: one passing, one exactly at the pass mark, one with a high score
// and an incomplete dossier.
type contestFixture struct {
	round   *model.Round
	entries []*model.Entry
}

func newContest(t *testing.T, s *Store) contestFixture {
	t.Helper()
	for i := range 3 {
		f := facility("Cơ sở " + string(rune('A'+i)))
		mustCreate(t, s, editor, f)
	}
	r := &model.Round{Code: "BC-TINH-2025", Name: "Bình chọn cấp tỉnh 2025", Level: model.LevelProvince, Year: 2025,
		Status: model.RoundScoring, Council: []string{"Nguyễn Văn An", "Trần Thị Bình"}, Rules: model.DefaultContestRules()}
	mustCreate(t, s, editor, r)
	full := [model.DossierItems]model.Date{20250301, 20250301, 20250302, 20250303}
	part := full
	part[model.DossierQuality] = 0
	fx := contestFixture{round: r}
	for i, d := range [][model.DossierItems]model.Date{full, full, part} {
		e := &model.Entry{Code: "BC-TINH-2025-0" + string(rune('1'+i)), Round: r.ID, Facility: model.ID(i + 1),
			Product: "Sản phẩm", Group: model.GroupFood, Dossier: d}
		mustCreate(t, s, editor, e)
		fx.entries = append(fx.entries, e)
	}
	scores := [][2][]int32{
		{{25, 35, 15, 8}, {28, 36, 18, 9}}, // 83, 91
		{{20, 30, 15, 5}, {21, 29, 15, 5}}, // 70, 70: exactly the pass mark
		{{30, 40, 20, 10}, {30, 39, 20, 10}},
	}
	for i, e := range fx.entries {
		for m, member := range r.Council {
			mustCreate(t, s, editor, &model.ScoreSheet{Round: r.ID, Entry: e.ID, Member: member, Scores: scores[i][m]})
		}
	}
	return fx
}

func TestPublishIssuesCertificatesToPassingEntries(t *testing.T) {
	s := newStore(t)
	fx := newContest(t, s)
	n, err := s.PublishRound(editor, fx.round.ID, fx.round.Version, Publication{Decision: "99/QĐ-SCT", Date: 20251128})
	if err != nil || n != 2 {
		t.Fatalf("PublishRound = %d, %v; want 2 certificates", n, err)
	}
	snap := s.Snapshot()
	want := []struct {
		cert  bool
		until model.Date
	}{{true, 20281231}, {true, 20281231}, {false, 0}}
	for i, e := range EntriesOfRound(snap, fx.round.ID) {
		if e.Certified() != want[i].cert || e.ValidUntil != want[i].until {
			t.Errorf("entry %s: cert %q valid until %v, want %v %v", e.Code, e.CertNo, e.ValidUntil, want[i].cert, want[i].until)
		}
		if e.Certified() && (e.CertDecision != "99/QĐ-SCT" || e.CertDate != 20251128) {
			t.Errorf("entry %s: %+v", e.Code, e)
		}
	}
	r, _ := TableOf[model.Round](snap).Get(fx.round.ID)
	if r.Status != model.RoundPublished || r.ResultsDate != 20251128 {
		t.Errorf("round after publishing: %+v", r)
	}
	if _, err := s.PublishRound(editor, r.ID, r.Version, Publication{Date: 20251201}); err == nil {
		t.Error("a published round was published again")
	}
}

func TestSheetsLockedAfterPublishing(t *testing.T) {
	s := newStore(t)
	fx := newContest(t, s)
	if _, err := s.PublishRound(editor, fx.round.ID, fx.round.Version, Publication{Decision: "99/QĐ-SCT", Date: 20251128}); err != nil {
		t.Fatal(err)
	}
	snap := s.Snapshot()
	sheet := SheetsOfRound(snap, fx.round.ID)[0]
	before := *sheet
	for _, a := range []Actor{editor, admin} {
		edit := *sheet
		edit.Scores = []int32{1, 1, 1, 1}
		err := s.Update(a, &edit)
		var me *model.Error
		if !errors.As(err, &me) || me.Key != MsgStoreSheetLocked {
			t.Errorf("%s updated a locked sheet: %v", a.Name, err)
		}
	}
	extra := &model.ScoreSheet{Round: fx.round.ID, Entry: fx.entries[0].ID, Member: "Nguyễn Văn An ", Scores: []int32{1, 1, 1, 1}}
	if err := s.Create(editor, extra); err == nil {
		t.Error("a sheet was added to a published round")
	}
	got, _ := TableOf[model.ScoreSheet](s.Snapshot()).Get(sheet.ID)
	if !slices.Equal(got.Scores, before.Scores) {
		t.Errorf("refused edit changed the sheet: %v", got.Scores)
	}

	// An editor cannot reopen, nor move the status back by editing.
	r, _ := TableOf[model.Round](s.Snapshot()).Get(fx.round.ID)
	if err := s.ReopenRound(editor, r.ID, r.Version); !errors.Is(err, ErrForbidden) {
		t.Errorf("editor reopened: %v", err)
	}
	back := *r
	back.Status = model.RoundScoring
	if err := s.Update(editor, &back); !errors.Is(err, ErrForbidden) {
		t.Errorf("editor moved the status back: %v", err)
	}
	if err := s.ReopenRound(admin, r.ID, r.Version); err != nil {
		t.Fatalf("admin reopen: %v", err)
	}
	hist, err := s.Audit(admin, AuditQuery{Kind: model.KindRound, ID: r.ID})
	if err != nil || len(hist) == 0 || hist[0].Actor != admin.Name || !hasChange(hist[0], "round_status") {
		t.Errorf("reopening is not in the audit trail: %+v %v", hist, err)
	}
	edit := *sheet
	edit.Scores = []int32{10, 10, 10, 10}
	if err := s.Update(editor, &edit); err != nil {
		t.Errorf("sheet of a reopened round: %v", err)
	}
}

func hasChange(e AuditEntry, field string) bool {
	return slices.ContainsFunc(e.Changes, func(c Change) bool { return c.Field == field })
}

func TestPublishNotByEditingStatus(t *testing.T) {
	s := newStore(t)
	fx := newContest(t, s)
	r := *fx.round
	r.Status, r.ResultsDate = model.RoundPublished, 20251128
	for _, a := range []Actor{editor, admin} {
		if err := s.Update(a, &r); err == nil {
			t.Fatalf("%s published by editing the status", a.Name)
		}
	}
}

func TestSheetRules(t *testing.T) {
	s := newStore(t)
	fx := newContest(t, s)
	other := &model.Round{Code: "BC-TINH-2027", Name: "2027", Level: model.LevelProvince, Year: 2027,
		Status: model.RoundRegistration, Council: []string{"Nguyễn Văn An"}, Rules: model.DefaultContestRules()}
	mustCreate(t, s, editor, other)
	e := fx.entries[0]
	cases := []struct {
		name  string
		sheet model.ScoreSheet
		key   string
	}{
		{"score above its maximum", model.ScoreSheet{Round: fx.round.ID, Entry: e.ID, Member: "Người mới", Scores: []int32{31, 0, 0, 0}}, ""},
		{"member not on the council", model.ScoreSheet{Round: fx.round.ID, Entry: e.ID, Member: "Người lạ", Scores: []int32{1, 1, 1, 1}}, string(MsgStoreSheetMember)},
		{"too few scores", model.ScoreSheet{Round: fx.round.ID, Entry: e.ID, Member: "Nguyễn Văn An", Scores: []int32{1, 1}}, ""},
		{"entry of another round", model.ScoreSheet{Round: other.ID, Entry: e.ID, Member: "Nguyễn Văn An", Scores: []int32{1, 1, 1, 1}}, string(MsgStoreSheetOtherRound)},
		{"second sheet of the same member", model.ScoreSheet{Round: fx.round.ID, Entry: e.ID, Member: "nguyen van an", Scores: []int32{1, 1, 1, 1}}, string(MsgStoreDupSheet)},
	}
	before := s.Snapshot().Len(model.KindScoreSheet)
	for _, c := range cases {
		sh := c.sheet
		err := s.Create(editor, &sh)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		var me *model.Error
		if c.key != "" && (!errors.As(err, &me) || string(me.Key) != c.key) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if got := s.Snapshot().Len(model.KindScoreSheet); got != before {
		t.Errorf("refused sheets were stored: %d, want %d", got, before)
	}
}

func TestRoundRulesAreAdmins(t *testing.T) {
	s := newStore(t)
	fx := newContest(t, s)
	r := *fx.round
	r.Rules.Criteria = slices.Clone(r.Rules.Criteria)
	r.Rules.PassMark = 75
	if err := s.Update(editor, &r); !errors.Is(err, ErrForbidden) {
		t.Errorf("editor changed the pass mark: %v", err)
	}
	if err := s.Update(admin, &r); err != nil {
		t.Errorf("admin could not change the pass mark: %v", err)
	}
	own := &model.Round{Code: "BC-X", Name: "x", Level: model.LevelCommune, Year: 2025, Status: model.RoundPlanned, Rules: model.DefaultContestRules()}
	own.Rules.ValidYears = 5
	if err := s.Create(editor, own); !errors.Is(err, ErrForbidden) {
		t.Errorf("editor created a round with its own figures: %v", err)
	}
	e := *fx.entries[0]
	e.CertNo, e.CertDate, e.ValidUntil = "01/GCN", 20251128, 20281231
	if err := s.Update(editor, &e); !errors.Is(err, ErrForbidden) {
		t.Errorf("editor issued a certificate by hand: %v", err)
	}
}

// Two editors saving different members' sheets of the same entry at once
// do not conflict; two saving the same sheet get the ConflictError.
func TestSheetsConcurrentEditors(t *testing.T) {
	s := newStore(t)
	fx := newContest(t, s)
	sheets := SheetsOfRound(s.Snapshot(), fx.round.ID)
	a, b := *sheets[0], *sheets[1] // the two members' sheets of entry 1
	a.Scores, b.Scores = []int32{20, 20, 20, 10}, []int32{10, 10, 10, 10}
	errs := make(chan error, 2)
	for _, sh := range []*model.ScoreSheet{&a, &b} {
		go func() { errs <- s.Update(Actor{Name: "ed-" + sh.Member, Role: model.RoleEditor}, sh) }()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Errorf("different sheets: %v", err)
		}
	}
	stale := *sheets[0]
	stale.Scores = []int32{1, 2, 3, 4}
	var ce *ConflictError
	if err := s.Update(editor, &stale); !errors.As(err, &ce) {
		t.Errorf("same sheet saved over: %v", err)
	}
}
