package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/lists"
)

func TestEmptyDatabase(t *testing.T) {
	s := openStore(t)
	loaded := false
	sample := func(c *kit.Config) {
		c.LoadSample = func() error { loaded = true; fill(t, s, 10); return nil }
	}
	v := start(t, s, viewer, 80, 24, sample)
	v.see("Chưa có bản ghi nào", "chỉ được xem")
	v.keys("s", "n")
	if loaded || v.M.modal != nil {
		t.Fatal("a viewer loaded the sample or got a form")
	}

	h := start(t, s, admin, 80, 24, sample)
	h.see("Chưa có bản ghi nào", "s  nạp dữ liệu mẫu", "n  thêm cơ sở đầu tiên")
	h.keys("n")
	h.see("Thêm cơ sở")
	h.keys("esc", "s")
	h.until("sample loaded", func() bool { return strings.Contains(h.screen(), "Cơ sở 14") })
	h.see("✓ Đã nạp dữ liệu mẫu")
	h.notSee("Chưa có bản ghi nào")
	h.keys("2")
	h.see(tanViet[:20])
}

func TestEmptyWithoutSample(t *testing.T) {
	h := start(t, openStore(t), editor, 120, 40)
	h.see("Chưa có bản ghi nào", "n  thêm cơ sở đầu tiên")
	h.notSee("nạp dữ liệu mẫu")
}

func TestResizeNeverPanics(t *testing.T) {
	s := openStore(t)
	fill(t, s, 30)
	h := start(t, s, admin, 80, 24)
	h.keys("2", "enter")
	sizes := [][2]int{{80, 24}, {1, 1}, {0, 0}, {79, 24}, {80, 23}, {2, 40}, {200, 3}, {120, 40}}
	for _, sz := range sizes {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkFrame(t, h, sz[0], sz[1])
	}
	h.see("Công ty TNHH Thương mại", "Tên cũ") // the side pane at 120
	h.keys("e")
	for _, sz := range sizes {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkFrame(t, h, sz[0], sz[1])
	}
	h.see("Sửa cơ sở")
	h.send(tea.WindowSizeMsg{Width: 79, Height: 30})
	h.see("Cửa sổ quá nhỏ (cần ≥ 80×24)", "79×30")
}

// checkFrame asserts the frame fits the terminal exactly.
func checkFrame(t *testing.T, h *harness, w, ht int) {
	t.Helper()
	scr := h.M.View().Content
	if w == 0 || ht == 0 {
		if scr != "" {
			t.Fatalf("%d×%d: drew %q", w, ht, scr)
		}
		return
	}
	lines := strings.Split(scr, "\n")
	if len(lines) != ht {
		t.Fatalf("%d×%d: %d lines", w, ht, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%d×%d: line %d is %d wide: %q", w, ht, i, lw, ansi.Strip(l))
		}
	}
	if kit.TooSmall(w, ht) && w >= 40 && ht >= 3 && !strings.Contains(ansi.Strip(scr), strings.TrimSpace(kit.Cut("Cửa sổ quá nhỏ", w))) {
		t.Fatalf("%d×%d: no too-small notice:\n%s", w, ht, ansi.Strip(scr))
	}
}

func TestLiveUpdateKeepsCursorAndFilter(t *testing.T) {
	s := openStore(t)
	fill(t, s, 60)
	h := start(t, s, admin, 120, 40)
	h.keys("2", "/")
	h.typ("co khi")
	h.keys("enter", "down", "down")
	before, _ := h.M.tabs[1].(*lists.Tab).Selected()
	shown, _ := h.M.tabs[1].(*lists.Tab).Table.Count()
	// Another user saves a facility that matches the filter, and edits
	// the one under the cursor.
	if err := s.Create(other, &model.Facility{Name: "Xưởng cơ khí Tuấn Anh", Address: model.Address{Before: model.OldAddress{District: "Yên Lạc"}}}); err != nil {
		t.Fatal(err)
	}
	f, _ := s.Snapshot().Facilities().Get(before.ID)
	g := *f
	g.Employees = 999
	if err := s.Update(other, &g); err != nil {
		t.Fatal(err)
	}
	h.until("the new record", func() bool { return strings.Contains(h.screen(), "Xưởng cơ khí Tuấn Anh") })
	lt := h.M.tabs[1].(*lists.Tab)
	after, _ := lt.Selected()
	if after.ID != before.ID {
		t.Fatalf("cursor moved from %d to %d", before.ID, after.ID)
	}
	if n, _ := lt.Table.Count(); n != shown+1 || lt.Table.Query() != "co khi" {
		t.Fatalf("filter: %d shown (was %d), query %q", n, shown, lt.Table.Query())
	}
	h.see("999", "tuan vừa cập nhật dữ liệu", "Cơ sở 65")
}

func TestConflictKeepsForm(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 120, 40)
	h.keys("2", "e") // Tân Việt
	h.next(4)
	h.typ("Khung thép")
	// Meanwhile another editor saves the same facility.
	f, _ := s.Snapshot().Facilities().Get(1)
	g := *f
	g.Phone = "0211 3868 686"
	g.LegalForm = model.LegalCoop // a select: merged through its variable
	if err := s.Update(other, &g); err != nil {
		t.Fatal(err)
	}
	h.keys("ctrl+s")
	h.until("the refusal", func() bool { return strings.Contains(h.screen(), "tuan đã sửa bản ghi này lúc") })
	if h.M.modal == nil {
		t.Fatal("the form closed on a conflict")
	}
	h.see("Khung thép")
	if f, _ := s.Snapshot().Facilities().Get(1); strings.Contains(f.Products, "Khung thép") {
		t.Fatal("the conflicting save went through")
	}
	// Saving again, having been told, keeps both changes: the form took
	// the other editor's phone, which this user had not touched.
	h.see("0211 3868 686")
	h.keys("ctrl+s")
	h.until("saved", func() bool {
		f, _ := s.Snapshot().Facilities().Get(1)
		return strings.Contains(f.Products, "Khung thép")
	})
	if f, _ := s.Snapshot().Facilities().Get(1); f.Phone != "0211 3868 686" || f.LegalForm != model.LegalCoop || f.Version != 3 {
		t.Fatalf("after the second save: phone %q, form %v, version %d; the other editor's change was lost", f.Phone, f.LegalForm, f.Version)
	}
}

func TestMouse(t *testing.T) {
	s := openStore(t)
	fill(t, s, 30)
	h := start(t, s, admin, 120, 40, func(c *kit.Config) { c.Mouse = true })
	if h.M.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatal("mouse mode off")
	}
	x := strings.Index(h.screen(), "3 Đề án")
	h.send(tea.MouseClickMsg{X: len([]rune(h.screen()[:x])), Y: 0, Button: tea.MouseLeft})
	if h.M.active != 2 {
		t.Fatalf("click on the projects tab: active %d", h.M.active)
	}
	h.keys("2")
	h.send(tea.MouseClickMsg{X: 5, Y: 4, Button: tea.MouseLeft}) // the third row
	if r, _ := h.M.tabs[1].(*lists.Tab).Selected(); r.ID != 3 {
		t.Fatalf("click on row 3 selected %d", r.ID)
	}
	h.keys("m")
	if h.M.View().MouseMode != tea.MouseModeNone {
		t.Fatal("m did not turn the mouse off")
	}
	h.see("Đã tắt chuột")
}
