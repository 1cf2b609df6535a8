package tui

import (
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// TestContestDeleteRestore: an admin deletes a round and an entry from the
// Bình chọn tab after the usual question, D shows them and u restores
// them; an editor is refused and nothing changes.
func TestContestDeleteRestore(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	round := func(id model.ID) *model.Round {
		r, _ := store.TableOf[model.Round](s.Snapshot()).Get(id)
		return r
	}
	entry := func(id model.ID) *model.Entry {
		e, _ := store.TableOf[model.Entry](s.Snapshot()).Get(id)
		return e
	}

	ed := start(t, s, editor, 120, 40)
	ed.keys(contestTab(editor), "down", "down", "d")
	ed.see("cần quyền quản trị")
	if round(3).Deleted {
		t.Fatal("an editor deleted a round")
	}

	h := start(t, s, admin, 120, 40)
	h.keys(contestTab(admin), "down", "down", "d")
	h.see("Xoá BC-TINH-2027?", "Đợt có 4 sản phẩm đăng ký")
	h.keys("n") // no: nothing changes
	if round(3).Deleted {
		t.Fatal("deleted after no")
	}
	h.keys("d", "y")
	h.until("round deleted", func() bool { return round(3).Deleted })
	h.until("round hidden", func() bool { return strings.Contains(h.screen(), "Đợt bình chọn 2") })
	h.see("Đã xoá BC-TINH-2027")
	if r := round(3); r.UpdatedBy != admin.Name {
		t.Errorf("deleted by %q", r.UpdatedBy)
	}
	h.keys("D")
	h.until("deleted shown", func() bool { return strings.Contains(h.screen(), "Đợt bình chọn 3") })
	h.keys("down", "u")
	h.until("round restored", func() bool { return !round(3).Deleted })
	h.see("Đã khôi phục BC-TINH-2027")
	h.keys("u")
	h.see("chưa bị xoá")

	// An entry with a certificate: the question says it leaves the register.
	h.keys("D", "up", "enter")
	h.see("BC-TINH-2025-01")
	h.keys("d")
	h.see("Xoá BC-TINH-2025-01 Bao bì giấy in?", "giấy chứng nhận 01/BC-TINH-2025")
	h.keys("y")
	h.until("entry deleted", func() bool { return entry(3).Deleted })
	h.until("entry hidden", func() bool { return strings.Contains(h.screen(), "Sản phẩm 3") })
	h.keys("right")
	h.notSee("01/BC-TINH-2025")
	h.keys("D")
	h.until("deleted shown", func() bool { return strings.Contains(h.screen(), "(đã xoá) 01/BC-") })
	h.keys("left", "up", "d")
	h.see("Bản ghi này đã bị xoá")
	h.keys("u")
	h.until("entry restored", func() bool { return !entry(3).Deleted })
}
