package tui

import (
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// TestContestGridSameNewSheet: two people type the same member's sheet of
// the same entry, which neither finds stored; the first save wins, and the
// second gets the usual conflict message naming who saved and when, with
// its typing kept; a second ctrl+s then saves over it on purpose.
func TestContestGridSameNewSheet(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	mai := func() *model.ScoreSheet {
		for _, sh := range store.SheetsOfRound(s.Snapshot(), 3) {
			if sh.Entry == 7 && sh.Member == "Trần Thị Mai" {
				return sh
			}
		}
		return nil
	}
	a := start(t, s, editor, 120, 40)
	b := start(t, s, admin, 120, 40)
	for _, h := range []*harness{a, b} {
		h.keys(contestTab(editor), "down", "down", "g", "tab")
		h.see("Trần Thị Mai · BC-TINH-2027-01:")
	}
	a.typ("25 35 15 8")
	b.typ("10 10 10 10")
	a.keys("ctrl+s")
	a.until("a's sheet", func() bool { return mai() != nil })
	b.keys("ctrl+s")
	b.until("conflict", func() bool { return strings.Contains(b.screen(), editor.Name+" đã sửa bản ghi này lúc") })
	if sh := mai(); sh.Total() != 83 || sh.UpdatedBy != editor.Name {
		t.Fatalf("after the conflict: %+v", sh)
	}
	b.see("10 10 10 10")
	b.keys("ctrl+s")
	b.until("saved over", func() bool { sh := mai(); return sh.Total() == 40 && sh.UpdatedBy == admin.Name })
}
