package model

import (
	"slices"
	"strings"

	"khuyencong/i18n"
	"testing"
)

// TestComplaintWarnings: a complaint made Monday 1/12/2025 is due Monday
// 15/12/2025 (10 working days); it is listed as due within the window,
// late after the day, and not at all once answered, deleted, or far off.
func TestComplaintWarnings(t *testing.T) {
	r := contestRound()
	r.ID = 1
	rounds := func(id ID) (*Round, bool) { return r, id == r.ID }
	entry := func(id ID, complained, answered Date) *Entry {
		e := &Entry{Code: "BC-2025-0" + string(rune('0'+id)), Round: 1, Product: "Mây tre đan",
			ComplaintDate: complained, AnswerDate: answered}
		e.ID = id
		return e
	}
	cases := []struct {
		name  string
		e     *Entry
		today Date
		kind  WarningKind
		want  string // "" when no warning
	}{
		{"late by a day", entry(1, 20251201, 0), 20251216, WarnLate,
			"Khiếu nại về BC-2025-01: quá hạn trả lời (15/12/2025, trễ 1 ngày; khiếu nại ngày 01/12/2025;"},
		{"due today", entry(2, 20251201, 0), 20251215, WarnDueSoon, "Khiếu nại về BC-2025-02: trả lời trước 15/12/2025 (còn 0 ngày; khiếu nại ngày 01/12/2025;"},
		{"due within the window", entry(3, 20251201, 0), 20251202, WarnDueSoon, "còn 13 ngày"},
		{"outside the window", entry(4, 20251201, 0), 20251101, 0, ""},
		{"answered late is no warning", entry(5, 20251201, 20251220), 20260105, 0, ""},
		{"no complaint", entry(6, 0, 0), 20260105, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ws := ComplaintWarnings(slices.Values([]*Entry{c.e}), rounds, 14, c.today)
			if c.want == "" {
				if len(ws) != 0 {
					t.Fatalf("warnings %v", texts(ws))
				}
				return
			}
			if len(ws) != 1 || ws[0].Kind != c.kind || ws[0].RecordKind != KindEntry || ws[0].ID != c.e.ID ||
				ws[0].Year != int32(c.today.Year()) {
				t.Fatalf("warnings %+v", ws)
			}
			if got := ws[0].Text(i18n.VI); !strings.Contains(got, c.want) || !strings.Contains(got, r.Rules.Basis) {
				t.Errorf("text %q lacks %q or the basis", got, c.want)
			}
		})
	}
	deleted := entry(7, 20251201, 0)
	deleted.Deleted = true
	if ws := ComplaintWarnings(slices.Values([]*Entry{deleted}), rounds, 14, 20251216); len(ws) != 0 {
		t.Errorf("a deleted entry warns: %v", texts(ws))
	}
}
