package tui

import (
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// TestProgrammeFormByKeys: an admin opens the programmes from the overview
// (c), adds one by keys, and an indicator line that names a year outside
// the period is refused on its field with nothing written.
func TestProgrammeFormByKeys(t *testing.T) {
	s := sampleStore(t, 100)
	count := func() int { return store.TableOf[model.Programme](s.Snapshot()).Len() }
	before := count()
	h := start(t, s, admin, 120, 40)
	h.keys("1", "c")
	h.see("Chương trình khuyến công", "KCQG-2026-2030", "2021–2025")
	h.keys("n")
	h.see("Thêm chương trình")
	h.typ("KCĐP-2026-2030-B")
	h.next(1)
	h.typ("Chương trình khuyến công tỉnh 2026–2030")
	h.next(5) // level, from 2026, to 2030, decision no, decision date
	h.next(1) // the indicators
	h.typ("Lao động được đào tạo | người | nhap | | 500 | | 2031=20")
	h.keys("ctrl+s")
	h.see("Chưa lưu", "2031=20")
	if count() != before {
		t.Fatal("a programme with a year outside its period was written")
	}
	for range len("2031=20") {
		h.keys("backspace")
	}
	h.typ("2026=20")
	h.keys("ctrl+s")
	h.see("KCĐP-2026-2030-B")
	if count() != before+1 {
		t.Fatalf("programmes: %d, want %d", count(), before+1)
	}
	pg, _ := store.TableOf[model.Programme](s.Snapshot()).Get(model.ID(before + 1))
	if pg.From != 2026 || pg.To != 2030 || len(pg.Indicators) != 1 || pg.Indicators[0].Done[0] != 20 || pg.UpdatedBy != admin.Name {
		t.Fatalf("saved programme: %+v", pg)
	}
}

// TestProgrammesNeedAdmin: an editor's c says who may, and opens nothing.
func TestProgrammesNeedAdmin(t *testing.T) {
	s := sampleStore(t, 50)
	h := start(t, s, editor, 100, 30)
	h.keys("1", "c")
	if h.M.modal != nil {
		t.Fatal("an editor opened the programmes")
	}
}
