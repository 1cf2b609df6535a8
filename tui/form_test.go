package tui

import (
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/tui/form"
	"khuyencong/tui/lists"
)

// field moves the form's focus down n fields with enter.
func (h *harness) next(n int) {
	for range n {
		h.handle(keyPress("enter"))
	}
	h.settle()
}

func liveFacilities(h *harness) int { return h.s.Snapshot().Facilities().Len() }

func TestCreateFacilityThroughForm(t *testing.T) {
	s := openStore(t)
	fill(t, s, 20)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		h := start(t, s, editor, size[0], size[1])
		before := liveFacilities(h)
		h.keys("2", "n")
		h.see("Thêm cơ sở", "Tên *")
		h.typ("Cơ sở mộc Hồng Phát")
		h.next(1)
		h.typ("0100233488-00" + string(rune('1'+size[0]%7)))
		h.next(1)
		h.keys("right") // legal form: first choice after "unknown"
		h.next(7)       // trade group … craft village
		h.typ("1234")   // employees
		h.next(1)
		h.typ("6,5 tr") // average income
		h.next(1)
		h.keys("shift+tab", "shift+tab")
		h.see("1.234", "6.500.000")
		h.keys("ctrl+s")
		h.until("the record in the store", func() bool { return liveFacilities(h) == before+1 })
		h.until("the form closed", func() bool { return h.M.modal == nil })
		f, _ := h.s.Snapshot().Facilities().Get(model.ID(before + 1))
		if f.Name != "Cơ sở mộc Hồng Phát" || f.Employees != 1234 || f.AvgIncome != 6_500_000 ||
			f.LegalForm != model.LegalSME || f.UpdatedBy != editor.Name {
			t.Fatalf("saved %+v", *f)
		}
		h.see("✓ Đã thêm Cơ sở mộc Hồng Phát")
		h.until("cursor on the new record", func() bool {
			r, ok := h.M.tabs[1].(*lists.Tab).Selected()
			return ok && r.ID == f.ID
		})
	}
}

func TestFormRefusesBadTaxCode(t *testing.T) {
	s := openStore(t)
	fill(t, s, 20)
	h := start(t, s, editor, 80, 24)
	before := liveFacilities(h)
	h.keys("2", "n")
	h.typ("Cơ sở thử")
	h.next(1)
	h.typ("0100233489") // wrong check digit
	h.next(1)
	h.see("✗ Mã số thuế")
	if f := h.M.modal.(*form.RecordForm); f.Form.GetFocusedField().GetKey() != "tax_code" {
		t.Fatalf("focus left the bad field: %s", f.Form.GetFocusedField().GetKey())
	}
	h.keys("ctrl+s")
	h.settle()
	if liveFacilities(h) != before {
		t.Fatal("a facility with a bad tax code was saved")
	}
	h.see("Chưa lưu", "Mã số thuế")
	if h.M.modal == nil {
		t.Fatal("the form closed")
	}
}

func TestFormRefusesBadAmount(t *testing.T) {
	s := openStore(t)
	fill(t, s, 20)
	h := start(t, s, editor, 120, 40)
	before := liveFacilities(h)
	h.keys("2", "n")
	h.typ("Cơ sở thử tiền")
	h.next(10)
	h.typ("12 trieu dong abc")
	h.next(1)
	h.see("✗ Thu nhập bình quân")
	h.keys("ctrl+s")
	if liveFacilities(h) != before {
		t.Fatal("a facility with a bad amount was saved")
	}
	h.see("Chưa lưu")
	// Correcting it lets the save through.
	for range 20 {
		h.handle(keyPress("backspace"))
	}
	h.typ("12 tr")
	h.keys("ctrl+s")
	h.until("saved", func() bool { return liveFacilities(h) == before+1 })
}

func TestEditFacility(t *testing.T) {
	s := openStore(t)
	fill(t, s, 20)
	h := start(t, s, editor, 120, 40)
	h.keys("2", "/")
	h.typ("atlantic")
	h.keys("enter", "e")
	h.see("Sửa cơ sở: Công ty TNHH Bao bì Atlantic")
	h.next(9)
	for range 5 {
		h.handle(keyPress("backspace"))
	}
	h.typ("150")
	h.keys("ctrl+s")
	h.until("saved", func() bool {
		f, _ := h.s.Snapshot().Facilities().Get(2)
		return f.Employees == 150
	})
	f, _ := h.s.Snapshot().Facilities().Get(2)
	if f.Version != 2 || f.Name != "Công ty TNHH Bao bì Atlantic" || f.Products != "Bao bì" {
		t.Fatalf("edited %+v", *f)
	}
	h.see("Đã lưu Công ty TNHH Bao bì Atlantic", "atlantic")
}

func TestEscAsksBeforeDiscarding(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 80, 24)
	h.keys("2", "n", "esc")
	if h.M.modal != nil {
		t.Fatal("an untouched form did not close on esc")
	}
	h.keys("n")
	h.typ("abc")
	h.keys("esc")
	h.see("Bỏ những gì đã nhập?")
	h.keys("n")
	h.see("abc")
	h.keys("esc", "y")
	if h.M.modal != nil {
		t.Fatal("discard did not close the form")
	}
	if strings.Contains(h.screen(), "abc") {
		t.Fatal("typed text still shown")
	}
}

func TestViewerCannotCreate(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, viewer, 80, 24)
	before := s.Snapshot().Seq
	h.keys("2", "n")
	if h.M.modal != nil {
		t.Fatal("a viewer got a form")
	}
	h.see("✗ Không được phép", "n thêm ✗")
	h.keys("e", "d")
	if s.Snapshot().Seq != before {
		t.Fatal("the database changed")
	}
	if len(h.M.tabs) != len(tabSpecs())-1 { // every tab but the audit
		t.Fatal("a viewer sees the audit tab")
	}
}

// TestTypeAhead sends keys the way a slow link delivers them: in one
// batch, before the app has answered any. Nothing may land in the wrong
// place.
func TestTypeAhead(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 80, 24)
	h.keys("2")
	before := liveFacilities(h)
	for _, k := range []string{"n", "X", "ư", "ở", "n", "g", "enter", "0", "1", "0", "0", "2", "3", "3", "4", "8", "8", "tab", "tab", "tab", "d", "e", "m", "o"} {
		h.handle(keyPress(k))
	}
	h.settle()
	f := h.M.modal.(*form.RecordForm)
	if f.Get("name") != "Xưởng" || f.Get("tax_code") != "0100233488" || f.Get("products") != "demo" {
		t.Fatalf("name %q, tax %q, products %q", f.Get("name"), f.Get("tax_code"), f.Get("products"))
	}
	if liveFacilities(h) != before {
		t.Fatal("something was saved")
	}
}
