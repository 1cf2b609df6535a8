package tui

import (
	"reflect"
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/budgets"
	"khuyencong/tui/lists"
)

func liveAllocations(s *store.Store) []model.Allocation {
	var out []model.Allocation
	for a := range s.Snapshot().Allocations().All() {
		out = append(out, *a)
	}
	return out
}

func TestAddAllocationThroughForm(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, editor, 80, 24)
	h.keys("4")
	h.see("Năm 2023")
	h.keys("n")
	h.see("Thêm kế hoạch kinh phí")
	h.keys("tab", "tab") // year (2023, the year shown), source (KCQG)
	h.typ("2")           // batch
	h.keys("tab")
	h.typ("1,5 tỷ") // amount, as staff write it
	h.keys("tab")
	h.typ("15/QĐ-UBND")
	h.keys("ctrl+s")
	h.until("saved", func() bool { return len(liveAllocations(s)) == 2 })
	a := liveAllocations(s)[1]
	if a.Year != 2023 || a.Source != model.SourceNational || a.Batch != 2 || a.Amount != 1_500_000_000 || a.DecisionNo != "15/QĐ-UBND" {
		t.Fatalf("saved %+v", a)
	}
	h.until("the table shows it", func() bool { return strings.Contains(h.screen(), "1.500.000.000") })
	h.see("3.550 tr") // 2.050 tr + 1.500 tr allocated in 2023
	if b := h.budgets(); b.Sub != budgets.SubAllocations {
		t.Fatalf("sub tab %d", b.Sub)
	} else if row, ok := b.Active().Selected(); !ok || row != int(a.ID)-1 {
		t.Fatalf("cursor on row %d, want the new allocation %d", row, a.ID)
	}

	// Editing it: the amount changes, the rest stays.
	h.keys("e")
	h.see("Sửa kế hoạch kinh phí KCQG năm 2023 đợt 2")
	h.keys("tab", "tab", "tab")
	for range 20 {
		h.keys("backspace")
	}
	h.typ("1.600 tr")
	h.keys("ctrl+s")
	h.until("edited", func() bool { return liveAllocations(s)[1].Amount == 1_600_000_000 })
	if got := liveAllocations(s)[1]; got.Version != 2 || got.Batch != 2 {
		t.Fatalf("edited %+v", got)
	}
}

func TestBadAmountRefused(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, editor, 80, 24)
	h.keys("4", "n", "tab", "tab", "tab")
	h.typ("1.2.3 tr")
	h.keys("ctrl+s")
	h.see("Thêm kế hoạch kinh phí", "Số tiền") // still open, the problem on its field
	h.settle()
	if n := len(liveAllocations(s)); n != 1 {
		t.Fatalf("%d allocations after a bad amount", n)
	}
	scr := h.screen()
	if !strings.Contains(scr, "✗") {
		t.Fatalf("no problem shown:\n%s", scr)
	}
	for range 10 {
		h.keys("backspace")
	}
	h.typ("-5 tr") // parses, but an allocation is never negative
	h.keys("ctrl+s")
	h.settle()
	if n := len(liveAllocations(s)); n != 1 {
		t.Fatalf("%d allocations after a negative amount", n)
	}
	h.see("Không được âm")
}

func TestAddPaymentThroughForm(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, editor, 120, 40)
	h.keys("4", "p", "n")
	h.see("Thêm lần giải ngân", "(chưa chọn, enter để chọn)")
	h.keys("enter") // the project picker
	h.see("Chọn đề án", "KCQG-2022-03")
	h.keys("/")
	h.typ("2022-04")
	h.until("filtered", func() bool { return strings.Contains(h.screen(), "1 / 4") })
	h.keys("enter", "enter") // keep the filter, take the project
	h.see("KCQG-2022-04 · Tham gia hội chợ triển lãm", "12/05/2026")
	h.keys("tab")    // date: today
	h.keys("right")  // kind: tạm ứng
	h.keys("tab")    //
	h.typ("150tr")   // amount
	h.keys("tab")    //
	h.typ("UNC 120") // voucher
	h.keys("ctrl+s")
	var got model.Payment
	h.until("saved", func() bool {
		snap := s.Snapshot()
		if snap.Payments().Live() != 3 {
			return false
		}
		got = *snap.Payments().At(2)
		return true
	})
	if got.Project != 4 || got.Amount != 150e6 || got.PayKind != model.PayAdvance || got.Date != 20260512 || got.Voucher != "UNC 120" {
		t.Fatalf("saved %+v", got)
	}
	// The payment belongs to a 2022 project: the tab moved to 2022 to show it.
	h.until("shown", func() bool { return strings.Contains(h.screen(), "UNC 120") })
	h.see("Kinh phí so với thực hiện — Năm 2022")
	row := tableRow(t, h.screen(), "KCQG")
	if row[colPaid] != "800 tr" { // 650 tr on project 1 and the new 150 tr
		t.Fatalf("2022 KCQG row %q", row)
	}
}

func TestPaymentWithoutProjectRefused(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, editor, 120, 40)
	h.keys("4", "p", "n", "tab", "tab", "right", "tab")
	h.typ("10 tr")
	h.keys("ctrl+s")
	h.settle()
	if n := s.Snapshot().Payments().Live(); n != 2 {
		t.Fatalf("%d payments", n)
	}
	h.see("Thêm lần giải ngân", "Đề án: Bắt buộc nhập")
}

func TestViewerCannotAdd(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, viewer, 80, 24)
	h.keys("4", "n")
	h.notSee("Thêm kế hoạch kinh phí")
	h.see("cần quyền")
}

func TestCeilingsReadOnlyForEditor(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, editor, 80, 24)
	h.keys("4", "C")
	h.see("Mức trần hỗ trợ theo nội dung", "Chỉ quản trị viên được sửa mức trần (vai trò của bạn: Biên tập)", "300 tr", "50%", "70%")
	h.keys("ctrl+s", "backspace", "4")
	h.settle()
	if got := s.Snapshot().Settings; !reflect.DeepEqual(got, newDBSettings()) {
		t.Fatalf("settings changed by an editor: %+v", got)
	}
	if err := s.SaveSettings(editor, model.Settings{AdvanceLimit: 10}); err == nil {
		t.Fatal("the store took an editor's settings")
	}
	h.keys("esc")
	h.notSee("Mức trần hỗ trợ theo nội dung")
}

func TestCeilingsSavedByAdmin(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, admin, 120, 40)
	h.keys("4", "C")
	h.see("Mức trần hỗ trợ theo nội dung", "Để trống hoặc 0 là không giới hạn")
	h.keys("tab", "tab", "tab", "tab") // to machinery's percentage
	h.keys("backspace", "backspace")
	h.typ("150")
	h.keys("ctrl+s")
	h.see("phải là số phần trăm từ 0 đến 100")
	if got := s.Snapshot().Settings; !reflect.DeepEqual(got, newDBSettings()) {
		t.Fatalf("a bad percentage was saved: %+v", got)
	}
	h.keys("backspace", "backspace", "backspace")
	h.typ("40")
	h.keys("ctrl+s")
	h.until("saved", func() bool { return s.Snapshot().Settings.Ceilings[model.CatMachinery].Percent == 40 })
	h.see("Đã lưu mức trần hỗ trợ")
	if got := s.Snapshot().Settings.Ceilings[model.CatMachinery].Max; got != 300e6 {
		t.Fatalf("machinery max %d", got)
	}
}

func TestPaymentOpensItsProject(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, viewer, 120, 40)
	h.keys("4", "[", "p") // 2022, the payments
	h.see("UNC 15", "UNC 88")
	h.keys("down", "enter") // the second payment: project 1's settlement
	lt, ok := h.M.activeTab().(*lists.Tab)
	if !ok || lt.Spec.Kind != model.KindProject {
		t.Fatalf("enter on a payment opened %T", h.M.activeTab())
	}
	if r, ok := lt.Selected(); !ok || r.ID != 1 {
		t.Fatalf("selected %+v, want project 1", r)
	}
}

func TestDeleteAllocationAsksFirst(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, editor, 80, 24)
	h.keys("4", "d")
	h.see("cần quyền quản trị")
	h = start(t, s, admin, 80, 24)
	h.keys("4", "d")
	h.see("KCQG năm 2023 đợt 1")
	h.keys("n")
	if s.Snapshot().Allocations().Live() != 1 {
		t.Fatal("deleted on no")
	}
	h.keys("d", "y")
	h.until("deleted", func() bool { return s.Snapshot().Allocations().Live() == 0 })
	h.until("budget row follows", func() bool { return tableRow(t, h.screen(), "KCQG")[colAlloc] == "0" })
}

// newDBSettings are a new database's settings: the defaults and the
// national dated norms.
func newDBSettings() model.Settings {
	st := model.DefaultSettings()
	st.Rules = model.NationalRules()
	return st
}
