package tui

import (
	"strings"
	"testing"
)

func TestDuplicateTaxCodeShownOnField(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 120, 40)
	before := liveFacilities(h)
	h.keys("2", "n")
	h.typ("Cơ sở trùng mã")
	h.next(1)
	h.typ("0100233488") // the NFD-named household's code
	h.keys("ctrl+s")
	h.until("the refusal", func() bool { return strings.Contains(h.screen(), "✗ Mã số thuế") })
	if liveFacilities(h) != before || h.M.modal == nil {
		t.Fatal("saved, or the form closed")
	}
	h.see("0100233488")
}

func TestEndBeforeStartRefused(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 120, 40)
	h.keys("3", "e") // KCQG-2022-01, 01/03/2022 – 30/11/2022
	h.next(9)        // to the beneficiaries, where enter opens the picker
	h.keys("tab")    // location
	h.next(1)        // the start date
	for range 12 {
		h.handle(keyPress("backspace"))
	}
	h.typ("2022-12-24") // ISO is accepted and shown back as dd/mm/yyyy
	h.next(1)
	h.see("24/12/2022")
	h.keys("ctrl+s")
	h.see("Chưa lưu", "Ngày kết thúc")
	if p, _ := s.Snapshot().Projects().Get(1); p.Version != 1 {
		t.Fatal("a project ending before it starts was saved")
	}
}

func TestQuitKeyIsTypedInFilter(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, admin, 80, 24)
	h.keys("2", "/")
	h.typ("q")
	if h.quit || h.M.done {
		t.Fatal("q in the filter quit the app")
	}
	h.see("/ q")
	h.keys("esc", "q")
	if !h.M.done {
		t.Fatal("q did not quit")
	}
}

func TestAuditQuery(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 120, 40)
	h.keys("2", "/")
	h.typ("atlantic")
	h.keys("enter", "e")
	h.next(4)
	h.typ(" giấy")
	h.keys("ctrl+s")
	h.until("saved", func() bool { f, _ := s.Snapshot().Facilities().Get(2); return f.Version == 2 })

	a := start(t, s, admin, 120, 40)
	a.keys("6")
	a.until("entries", func() bool { return strings.Contains(a.screen(), "4 thay đổi") })
	a.keys("/")
	a.typ("@minh")
	a.keys("enter")
	a.until("minh's entries", func() bool { return strings.Contains(a.screen(), "1 thay đổi") })
	a.see("Bao bì → Bao bì giấy", "Cơ sở #2 Công ty TNHH Bao bì")
	a.keys("/", "ctrl+u")
	a.typ("cs#1")
	a.keys("enter")
	a.until("no entry for facility 1", func() bool { return strings.Contains(a.screen(), "0 thay đổi") })
	a.keys("/", "ctrl+u")
	a.typ("hôm qua")
	a.keys("enter")
	a.see("✗ không hiểu \"hôm\"")
}

// TestCounterpartSharesRefused: amounts by beneficiary that do not match
// the beneficiaries and the counterpart are refused on their field, and
// nothing is written.
func TestCounterpartSharesRefused(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	before, _ := s.Snapshot().Projects().Get(1)
	h := start(t, s, editor, 120, 40)
	h.keys("3", "e") // KCQG-2022-01
	h.next(9)        // to the beneficiaries, where enter opens the picker
	h.keys("tab")    // location
	h.next(5)        // start, end, support, counterpart, then the split
	h.typ("1 tr; 2 tr; 3 tr; 4 tr; 5 tr; 6 tr; 7 tr")
	h.keys("ctrl+s")
	h.see("Chưa lưu", "Đối ứng từng cơ sở", "7 số tiền đối ứng")
	after, _ := s.Snapshot().Projects().Get(1)
	if after.Version != before.Version || len(after.CounterpartBy) != 0 {
		t.Fatalf("a refused split was written: %+v", after)
	}
}
