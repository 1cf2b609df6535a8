package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/contest"
)

// contestTab is the Bình chọn tab's number key, before the audit's.
func contestTab(store.Actor) string { return "5" }

// fillContest adds, over the fixtures' facilities: a 2023 round published
// (its certificates end this year, 2026, in the harness's clock), a 2025
// round published, and a 2027 round being scored by three members, with
// four entries and one sheet typed.
func fillContest(t *testing.T, s *store.Store) {
	t.Helper()
	council := []string{"Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Vinh"}
	full := [model.DossierItems]model.Date{20230301, 20230301, 20230302, 20230303}
	rounds := []struct {
		code, name string
		year       int32
		products   []string
		totals     []int32
		published  model.Date
	}{
		{"BC-TINH-2023", "Bình chọn cấp tỉnh năm 2023", 2023, []string{"Mây tre đan xuất khẩu", "Khung nhà thép"}, []int32{88, 64}, 20231120},
		{"BC-TINH-2025", "Bình chọn cấp tỉnh năm 2025", 2025, []string{"Bao bì giấy in", "Gốm men rạn", "Máy sấy nông sản", "Nón lá"}, []int32{91, 75, 70, 95}, 20251128},
		{"BC-TINH-2027", "Bình chọn cấp tỉnh năm 2027", 2027, []string{"Chè búp khô", "Bàn ghế gỗ", "Giỏ mây", "Máy tuốt lúa"}, nil, 0},
	}
	for i, rd := range rounds {
		r := &model.Round{Code: rd.code, Name: rd.name, Level: model.LevelProvince, Year: rd.year,
			DecisionNo: fmt.Sprintf("%d/QĐ-SCT", 10+i), RegOpen: model.Date(rd.year*10000 + 301), RegClose: model.Date(rd.year*10000 + 630), Status: model.RoundScoring, Council: council, Rules: model.DefaultContestRules()}
		if err := s.Create(admin, r); err != nil {
			t.Fatal(err)
		}
		for j, p := range rd.products {
			e := &model.Entry{Code: fmt.Sprintf("%s-%02d", rd.code, j+1), Round: r.ID, Facility: model.ID(j%4 + 1),
				Product: p, Group: model.AllProductGroups[j%4], Dossier: full}
			if p == "Nón lá" { // a high score with no quality certificate
				e.Dossier[model.DossierQuality] = 0
			}
			if err := s.Create(admin, e); err != nil {
				t.Fatal(err)
			}
			if j < len(rd.totals) {
				for _, m := range council {
					sc := splitTotal(rd.totals[j])
					if err := s.Create(admin, &model.ScoreSheet{Round: r.ID, Entry: e.ID, Member: m, Scores: sc}); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
		if rd.published != 0 {
			if _, err := s.PublishRound(admin, r.ID, r.Version, store.Publication{Decision: fmt.Sprintf("%d/QĐ-UBND", 100+i), Date: rd.published}); err != nil {
				t.Fatal(err)
			}
		}
	}
	// One sheet typed in the 2027 round already.
	if err := s.Create(admin, &model.ScoreSheet{Round: 3, Entry: 7, Member: council[0], Scores: []int32{20, 30, 15, 5}}); err != nil {
		t.Fatal(err)
	}
}

// splitTotal spreads a total over the default criteria (30, 40, 20, 10).
func splitTotal(t int32) []int32 {
	out := []int32{30, 40, 20, 10}
	over := 100 - t
	for i := range out {
		d := min(over, out[i])
		out[i] -= d
		over -= d
	}
	return out
}

// TestContestGrid types two members' sheets of the 2027 round in the score
// grid from the keyboard and saves them with ctrl+s.
func TestContestGrid(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	h := start(t, s, editor, 120, 40)
	h.keys(contestTab(editor))
	h.see("Đợt bình chọn 3", "BC-TINH-2027")
	h.keys("down", "down", "enter")
	h.see("Sản phẩm 4", "Chè búp khô", "Máy tuốt lúa")
	h.keys("g")
	h.see("Chấm điểm · BC-TINH-2027", "Hùng", "Mai", "Vinh", "Nguyễn Văn Hùng · BC-TINH-2027-01: 20 30 15 5 = 70")
	// Hùng's cell of entry 1 is stored; tab to Mai's and Vinh's.
	h.keys("tab")
	h.typ("25 35 15 8")
	h.see("Trần Thị Mai · BC-TINH-2027-01: 25 35 15 8 = 83")
	h.keys("tab")
	h.typ("30 41 20 10") // 41 is over its group's maximum
	h.see("Lê Quang Vinh · BC-TINH-2027-01: 30 41 20 10 (tối đa 30 40 20 10)")
	h.keys("tab") // the next row
	h.typ("1 2 3 4")
	h.keys("shift+tab") // back: typing replaces the cell
	h.typ("30 40 20 1")
	h.keys("backspace")
	h.typ("10")
	h.see("Lê Quang Vinh · BC-TINH-2027-01: 30 40 20 10 = 100")
	h.keys("ctrl+s")
	h.until("sheets saved", func() bool { return s.Snapshot().Live(model.KindScoreSheet) == 2*3+4*3+1+3 })
	h.see("Đã lưu 3 phiếu chấm.")
	sheets := store.SheetsOfRound(s.Snapshot(), 3)
	got := map[string]int32{}
	for _, sh := range sheets {
		got[fmt.Sprintf("%d/%s", sh.Entry, sh.Member)] = sh.Total()
		if sh.UpdatedBy != editor.Name && sh.Member != "Nguyễn Văn Hùng" {
			t.Errorf("sheet %+v not saved by the editor", sh)
		}
	}
	want := map[string]int32{"7/Nguyễn Văn Hùng": 70, "7/Trần Thị Mai": 83, "7/Lê Quang Vinh": 100, "8/Nguyễn Văn Hùng": 10}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("sheet %s total %d, want %d (all: %v)", k, got[k], v, got)
		}
	}
	// A refused cell: a score over its maximum is marked, nothing written.
	h.keys("tab")
	h.typ("31 0 0 0")
	h.keys("ctrl+s")
	h.see("cần 4 số")
	h.keys("esc")
	h.see("chưa lưu")
	h.keys("esc")
	h.see("Sản phẩm 4", "Điểm TB")
	h.see("84,33") // (70 + 83 + 100) / 3
}

// TestContestLocked: a published round's grid does not open, and
// publishing issues certificates from the tab.
func TestContestPublishFromTab(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	h := start(t, s, editor, 120, 40)
	h.keys(contestTab(editor), "g")
	h.see("phiếu chấm đã khoá")
	h.keys("down", "down", "P")
	h.see("Công bố kết quả đợt BC-TINH-2027?")
	h.keys("y")
	h.until("published", func() bool {
		r, _ := store.TableOf[model.Round](s.Snapshot()).Get(3)
		return r.Status == model.RoundPublished
	})
	h.see("Đã công bố kết quả đợt BC-TINH-2027: 1 giấy chứng nhận.")
	h.keys("R")
	h.see("cần quyền quản trị")
}

// TestGoldenContest records the three views at 80×24 and 120×40.
func TestGoldenContest(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		h := start(t, s, admin, sz[0], sz[1])
		h.keys(contestTab(admin))
		tab := func() *contest.Tab { return h.M.tabs[4].(*contest.Tab) }
		steps := []struct {
			name string
			keys []string
		}{
			{"rounds", nil},
			{"entries", []string{"down", "enter"}},
			{"register", []string{"right"}},
			{"register_expiring", []string{"y"}},
		}
		for _, st := range steps {
			t.Run(fmt.Sprintf("%dx%d_%s", sz[0], sz[1], st.name), func(t *testing.T) {
				h.keys(st.keys...)
				h.until("table", func() bool { return !tab().Active().Busy() })
				golden.RequireEqual(t, stable(h.screen()))
			})
		}
	}
}

// TestFacilityDetailCertified: the facility's detail lists its certified
// products.
func TestFacilityDetailCertified(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	h := start(t, s, viewer, 120, 40)
	h.keys("2", "/")
	h.typ("tan viet")
	h.until("filtered", func() bool { return strings.Contains(h.screen(), "1 / ") })
	h.keys("enter", "enter")
	h.see("Sản phẩm CNNT tiêu biểu", "• Mây tre đan xuất khẩu — GCN 01/BC-TINH-", "2023 (Cấp tỉnh), hiệu lực đến 31/12/2026",
		"• Bao bì giấy in — GCN 01/BC-TINH-2025")
}

// TestContestNewEntry registers a product from the entries view: the
// facility comes from the projects' beneficiary picker.
func TestContestNewEntry(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	h := start(t, s, editor, 120, 40)
	h.keys(contestTab(editor), "down", "down", "enter", "n")
	h.see("Đăng ký sản phẩm bình chọn", "BC-TINH-2027-05")
	h.next(1) // the facility, where enter opens the picker
	h.keys("enter", "/")
	h.typ("atlantic")
	h.keys("enter", "space", "enter") // keep the filter, choose, close
	h.typ("Hộp giấy kraft")
	h.keys("ctrl+s")
	h.see("Chưa lưu", "Nhóm sản phẩm")
	if n := s.Snapshot().Len(model.KindEntry); n != 10 {
		t.Fatalf("%d entries after a refused save", n)
	}
	h.next(1)                // the product group
	h.keys("right", "right") // Chế biến nông lâm thủy sản, thực phẩm
	h.keys("ctrl+s")
	h.until("saved", func() bool { return s.Snapshot().Len(model.KindEntry) == 11 })
	e, _ := store.TableOf[model.Entry](s.Snapshot()).Get(11)
	if e.Code != "BC-TINH-2027-05" || e.Facility != 2 || e.Product != "Hộp giấy kraft" || e.Group != model.GroupFood || e.Round != 3 {
		t.Errorf("entry %+v", e)
	}
}

// TestContestRoundForm: an editor adds a round with the default rules and
// its council; changing its pass mark is an admin's, the store says.
func TestContestRoundForm(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	h := start(t, s, editor, 120, 40)
	h.keys(contestTab(editor), "n")
	h.see("Thêm đợt bình chọn", "Điểm đạt", "> 70", "Hạn khiếu nại (ngày làm việc)")
	h.typ("BC-XA-2026")
	h.next(1)
	h.typ("Bình chọn cấp xã năm 2026")
	h.next(11) // to the council
	h.typ("Lê Văn Nam; Hoàng Thị Thu")
	h.keys("ctrl+s")
	h.until("saved", func() bool { return s.Snapshot().Len(model.KindRound) == 4 })
	r, _ := store.TableOf[model.Round](s.Snapshot()).Get(4)
	def := model.DefaultContestRules()
	if r.Code != "BC-XA-2026" || len(r.Council) != 2 || r.Council[1] != "Hoàng Thị Thu" || !r.Rules.Equal(&def) || r.Year != 2026 {
		t.Fatalf("round %+v", r)
	}
	h.until("listed", func() bool { return strings.Contains(h.screen(), "BC-XA-2026") })
	h.keys("/")
	h.typ("xa-2026")
	h.keys("enter", "e")
	h.see("Sửa đợt BC-XA-2026")
	h.next(13) // the pass mark
	h.keys("backspace", "backspace")
	h.typ("75")
	h.keys("ctrl+s")
	h.see("Chỉ quản trị viên được đổi điểm đạt")
	if r, _ := store.TableOf[model.Round](s.Snapshot()).Get(4); r.Version != 1 {
		t.Fatal("an editor changed the round's rules")
	}
}

// TestContestNominateFromTab: N on a published round asks, then puts its
// certified products forward to the open regional round.
func TestContestNominateFromTab(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	fillContest(t, s)
	r, _ := store.TableOf[model.Round](s.Snapshot()).Get(3)
	n, err := s.PublishRound(editor, r.ID, r.Version, store.Publication{Decision: "5/QĐ-SCT", Date: 20271120})
	if err != nil || n == 0 {
		t.Fatalf("publish: %d %v", n, err)
	}
	region := &model.Round{Code: "BC-KV-2028", Name: "Bình chọn cấp khu vực 2028", Level: model.LevelRegion, Year: 2028,
		Status: model.RoundRegistration, NeedsLower: true, Council: []string{"A"}, Rules: model.DefaultContestRules()}
	if err := s.Create(admin, region); err != nil {
		t.Fatal(err)
	}
	h := start(t, s, editor, 120, 40)
	h.keys(contestTab(editor), "down", "down", "N")
	h.see("đợt BC-KV-2028?")
	h.keys("y")
	h.until("nominated", func() bool { return len(store.EntriesOfRound(s.Snapshot(), region.ID)) == n })
	h.see(fmt.Sprintf("Đã đề cử %d sản phẩm của BC-TINH-2027 lên BC-KV-2028.", n))
}
