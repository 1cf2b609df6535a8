package tui

import (
	"strings"
	"testing"

	"khuyencong/model"
)

// A payment that takes a project past its support is not saved silently:
// the form asks, with the figures; "no" goes back to the form with the
// amount kept; "yes" saves (issue 18, point 5).
func TestPaymentAboveSupportAsks(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, editor, 80, 24)
	h.keys("4", "p", "n", "enter", "/")
	h.typ("2022-01") // 650 tr of support, 650 tr paid
	h.until("filtered", func() bool { return strings.Contains(h.screen(), "1 / 4") })
	h.keys("enter", "enter", "tab", "right", "tab")
	h.typ("40 tr")
	h.keys("ctrl+s")
	h.see("KCQG-2022-01", "650.000.000 đ", "40.000.000 đ", "690.000.000 đ", "Vẫn lưu?")
	if n := s.Snapshot().Payments().Live(); n != 2 {
		t.Fatalf("%d payments before the answer", n)
	}
	h.keys("n")
	h.notSee("Vẫn lưu?")
	h.see("Thêm lần giải ngân", "40 tr")
	if n := s.Snapshot().Payments().Live(); n != 2 {
		t.Fatalf("%d payments after no", n)
	}
	h.keys("ctrl+s")
	h.see("Vẫn lưu?")
	h.keys("y")
	h.until("saved", func() bool { return s.Snapshot().Payments().Live() == 3 })
	if p := s.Snapshot().Payments().At(2); p.Amount != 40e6 || p.Project != 1 {
		t.Fatalf("saved %+v", *p)
	}
}

// A payment within the support saves without a question.
func TestPaymentWithinSupportSavesAtOnce(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	h := start(t, s, editor, 80, 24)
	h.keys("4", "p", "n", "enter", "/")
	h.typ("2022-04") // 300 tr of support, nothing paid
	h.until("filtered", func() bool { return strings.Contains(h.screen(), "1 / 4") })
	h.keys("enter", "enter", "tab", "right", "tab")
	h.typ("100 tr")
	h.keys("ctrl+s")
	h.until("saved", func() bool { return s.Snapshot().Payments().Live() == 3 })
	h.notSee("Vẫn lưu?")
}

// Lowering an allocation below what is committed asks with the source's
// figures: allocated, committed before and after.
func TestAllocationBelowCommittedAsks(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	if err := s.Create(admin, &model.Allocation{Year: 2022, Source: model.SourceNational, Batch: 1, Amount: 2_500_000_000}); err != nil {
		t.Fatal(err)
	}
	h := start(t, s, editor, 80, 24)
	h.keys("4", "[") // 2022
	h.see("2.500.000.000")
	h.keys("e", "tab", "tab", "tab")
	for range 20 {
		h.keys("backspace")
	}
	h.typ("2.000 tr")
	h.keys("ctrl+s")
	h.see("KCQG năm 2022", "2.000.000.000 đ", "2.170.000.000 đ", "Vẫn lưu?")
	h.keys("esc") // esc answers no
	h.see("2.000 tr")
	if a := liveAllocations(s)[1]; a.Amount != 2_500_000_000 {
		t.Fatalf("saved after no: %+v", a)
	}
}
