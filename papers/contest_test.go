package papers_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/papers"
	"khuyencong/store"
)

// TestContestPaper: the sample's published 2025 round as a paper: one row
// per entry with each member's total, the average and the result as the
// Bình chọn tab computes them (model.Evaluate), the certificate numbers,
// and the count of those that passed; a round by number is the same; no
// round, or an unknown one, is refused.
func TestContestPaper(t *testing.T) {
	snap := sample(t).Snapshot()
	p := build(t, snap, papers.Request{Kind: papers.Contest, Round: "bc-tinh-2025"})
	if p.Title != "KẾT QUẢ BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU" || !strings.Contains(p.Subtitle, "(BC-TINH-2025)") {
		t.Fatalf("title %q, subtitle %q", p.Title, p.Subtitle)
	}
	if lines := p.Sections[0].Lines; len(lines) != 2 || !strings.Contains(lines[1], "khiếu nại đến hết ngày") {
		t.Errorf("lines %q", lines)
	}
	tb := p.Table("entries")
	var r *model.Round
	for x := range store.TableOf[model.Round](snap).All() {
		if x.Code == "BC-TINH-2025" {
			r = x
		}
	}
	entries := store.EntriesOfRound(snap, r.ID)
	if len(tb.Rows) != len(entries) || len(tb.Rows) != 30 {
		t.Fatalf("%d rows for %d entries", len(tb.Rows), len(entries))
	}
	sheets := store.SheetsOfRound(snap, r.ID)
	avg, passed, cert := column(tb, "Điểm TB"), column(tb, "Đạt"), column(tb, "Số GCN")
	n := 0
	for i, e := range entries {
		res := model.Evaluate(r, e, sheets)
		row := tb.Rows[i]
		if row[1].Text != e.Code || row[cert].Text != e.CertNo || (row[passed].Text == "có") != res.Passed {
			t.Errorf("row %d: %+v for %s %+v", i, row, e.Code, res)
		}
		if want := fmt.Sprintf("%d,%02d", res.Average/100, res.Average%100); row[avg].Text != want {
			t.Errorf("row %d average %q, want %q", i, row[avg].Text, want)
		}
		for j, m := range r.Council {
			if row[5+j].Blank || row[5+j].N < 0 || row[5+j].N > 100 {
				t.Errorf("row %d, %s: %+v", i, m, row[5+j])
			}
		}
		if res.Passed {
			n++
		}
	}
	if want := "Đạt " + strconv.Itoa(n) + "/30"; tb.Total[0].Text != want || n == 0 {
		t.Errorf("total %q, want %q", tb.Total[0].Text, want)
	}
	byNumber := build(t, snap, papers.Request{Kind: papers.Contest, Round: strconv.Itoa(int(r.ID))})
	if len(byNumber.Table("entries").Rows) != 30 {
		t.Error("the round by its number differs")
	}
	for _, ref := range []string{"", "BC-KHONG-CO"} {
		_, err := papers.Build(snap, papers.Request{Kind: papers.Contest, Round: ref}, day, i18n.VI)
		var me *model.Error
		if !errors.As(err, &me) {
			t.Errorf("round %q: %v", ref, err)
		}
	}
}
