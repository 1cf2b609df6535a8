package store

import (
	"errors"
	"testing"

	"khuyencong/model"
)

// TestSheetDeleteLockedAfterPublishing: deleting or restoring a score
// sheet of a published round is refused like an edit, for admins too, and
// changes nothing; once an admin reopens the round, both work.
func TestSheetDeleteLockedAfterPublishing(t *testing.T) {
	s := newStore(t)
	fx := newContest(t, s)
	sheets := SheetsOfRound(s.Snapshot(), fx.round.ID)
	gone := sheets[1]
	if err := s.Delete(admin, model.KindScoreSheet, gone.ID, gone.Version); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PublishRound(editor, fx.round.ID, fx.round.Version, Publication{Decision: "99/QĐ-SCT", Date: 20251128}); err != nil {
		t.Fatal(err)
	}
	locked := func(err error) bool {
		var me *model.Error
		return errors.As(err, &me) && me.Key == MsgStoreSheetLocked
	}
	sheet := sheets[0]
	seq := s.Snapshot().Seq
	if err := s.Delete(admin, model.KindScoreSheet, sheet.ID, sheet.Version); !locked(err) {
		t.Errorf("delete of a locked sheet: %v", err)
	}
	if err := s.Restore(admin, model.KindScoreSheet, gone.ID); !locked(err) {
		t.Errorf("restore into a published round: %v", err)
	}
	if got, _ := TableOf[model.ScoreSheet](s.Snapshot()).Get(sheet.ID); got.Deleted || s.Snapshot().Seq != seq {
		t.Fatal("a refused delete wrote")
	}
	r, _ := TableOf[model.Round](s.Snapshot()).Get(fx.round.ID)
	if err := s.ReopenRound(admin, r.ID, r.Version); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(admin, model.KindScoreSheet, sheet.ID, sheet.Version); err != nil {
		t.Errorf("delete after reopening: %v", err)
	}
	if err := s.Restore(admin, model.KindScoreSheet, gone.ID); err != nil {
		t.Errorf("restore after reopening: %v", err)
	}
}
