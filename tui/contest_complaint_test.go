package tui

import (
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/contest"
)

// TestContestComplaintLate: a complaint about a 2025 result left without
// an answer past its deadline is a warning on the overview (of the
// harness's day, 12/5/2026), enter opens the entry in the Bình chọn tab,
// whose round line counts it as late; once answered, the warning goes.
func TestContestComplaintLate(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	e, _ := store.TableOf[model.Entry](s.Snapshot()).Get(4) // BC-TINH-2025-02
	cp := *e
	cp.ComplaintDate, cp.Complaint = 20251210, "Xin chấm lại nhóm tiêu chí thị trường"
	if err := s.Update(editor, &cp); err != nil {
		t.Fatal(err)
	}
	h := start(t, s, editor, 120, 40)
	h.keys("1")
	h.toYear(0) // the fixture's figures end in 2023; the warning is this year's (2026)
	late := "Khiếu nại về BC-TINH-2025-02: quá hạn trả lời (24/12/2025, trễ 139 ngày; khiếu nại ngày 10/12/2025;"
	h.until("warning", func() bool { return strings.Contains(h.screen(), late) })
	o := h.overview()
	for range o.Warns.Items {
		h.keys("up")
	}
	found := false
	for i, w := range o.Warns.Items {
		if w.RecordKind == model.KindEntry {
			for range i {
				h.keys("down")
			}
			found = true
			break
		}
	}
	if !found {
		t.Fatalf("no entry warning in %v", o.Warns.Items)
	}
	h.keys("enter")
	ct, ok := h.M.activeTab().(*contest.Tab)
	if !ok {
		t.Fatalf("enter on a complaint opened %T", h.M.activeTab())
	}
	h.until("entry selected", func() bool {
		row, ok := ct.Active().Selected()
		return ct.Showing == contest.ViewEntries && ok && row == 3
	})
	h.see("1 khiếu nại chưa trả lời, 1 quá hạn", "BC-TINH-2025-02")
	// At 80 columns the count comes first, before the rules the line cuts.
	narrow := start(t, s, viewer, 80, 24)
	narrow.keys(contestTab(viewer), "down", "enter")
	narrow.see("\n1 khiếu nại chưa trả lời, 1 quá hạn (xem Tổng quan) · Điểm tối đa")

	e, _ = store.TableOf[model.Entry](s.Snapshot()).Get(4)
	cp = *e
	cp.AnswerDate = 20260512
	if err := s.Update(editor, &cp); err != nil {
		t.Fatal(err)
	}
	h.until("answered", func() bool { return !strings.Contains(h.screen(), "khiếu nại chưa trả lời") })
	h.keys("1")
	h.notSee("Khiếu nại về BC-TINH-2025-02")
}
