package tui

import (
	"context"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/exchange"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/budgets"
	"khuyencong/tui/kit"
	"khuyencong/tui/lists"
	"khuyencong/tui/money"
	"khuyencong/tui/overview"
)

// sampleStore is the sample database (the article's records plus n
// synthetic facilities and their projects), written through the store.
func sampleStore(t testing.TB, n int) *store.Store {
	t.Helper()
	s, err := store.Open(t.TempDir()+"/khc.db", store.Options{NoSync: true})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := exchange.LoadSample(context.Background(), s, admin, n, 7); err != nil {
		t.Fatalf("sample: %v", err)
	}
	return s
}

func (h *harness) overview() *overview.Overview {
	for _, t := range h.M.tabs {
		if o, ok := t.(*overview.Overview); ok {
			return o
		}
	}
	h.Records.Fatal("no overview tab")
	return nil
}

func (h *harness) budgets() *budgets.Budgets {
	for _, t := range h.M.tabs {
		if b, ok := t.(*budgets.Budgets); ok {
			return b
		}
	}
	h.Records.Fatal("no budget tab")
	return nil
}

// toYear presses ] on the active money tab until it shows year (0: all).
func (h *harness) toYear(year int32) {
	h.Records.Helper()
	cur := func() int32 {
		if _, ok := h.M.activeTab().(*budgets.Budgets); ok {
			return h.budgets().Year
		}
		return h.overview().Year
	}
	for range 40 {
		if cur() == year {
			return
		}
		h.keys("]")
	}
	h.Records.Fatalf("year %d not reached; screen:\n%s", year, h.screen())
}

// tableRow finds the first screen line whose first cells are the given
// ones and returns its cells (split at two or more spaces).
func tableRow(t *testing.T, screen string, first ...string) []string {
	t.Helper()
	for _, line := range strings.Split(screen, "\n") {
		cells := splitCells(line)
		if len(cells) >= len(first) && slices.Equal(cells[:len(first)], first) {
			return cells
		}
	}
	t.Fatalf("no row %q on screen:\n%s", first, screen)
	return nil
}

var batch1 = regexp.MustCompile(`2023 KCĐP +1 +2\.050\.000\.000`)

var cellSep = regexp.MustCompile(`\s{2,}`)

func splitCells(line string) []string {
	return cellSep.Split(strings.TrimSpace(line), -1)
}

// Column positions in a single year's budget table (no year column).
const (
	colSource = iota
	colProjects
	colAlloc
	colCommit
	colPaid
	colRemain
	colUsed
)

func TestSample2022And2023(t *testing.T) {
	s := sampleStore(t, 200)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		h := start(t, s, admin, size[0], size[1])
		h.keys("1")
		h.toYear(2022)
		h.see("Năm 2022")
		row := tableRow(t, h.screen(), "KCQG")
		if row[colProjects] != "4" || row[colCommit] != "2.170 tr" {
			t.Fatalf("%v: 2022 KCQG row %q, want 4 projects committing 2.170 tr", size, row)
		}
		h.keys("4")
		h.see("Kinh phí so với thực hiện — Năm 2022")
		row = tableRow(t, h.screen(), "KCQG")
		if row[colProjects] != "4" || row[colCommit] != "2.170 tr" || row[colAlloc] != "2.170 tr" {
			t.Fatalf("%v: budget tab 2022 KCQG row %q", size, row)
		}
		h.toYear(2023)
		h.see("Kinh phí so với thực hiện — Năm 2023")
		if !batch1.MatchString(h.screen()) {
			t.Fatalf("%v: no 2023 batch-1 allocation row:\n%s", size, h.screen())
		}
		if row := tableRow(t, h.screen(), "KCĐP"); !strings.HasPrefix(row[colAlloc], "2.050 tr") {
			t.Fatalf("%v: 2023 KCĐP allocated %q", size, row)
		}
	}
}

// TestChartsAgreeWithTables computes the charts and the budget tables from
// the same snapshot and checks that they add up, then checks the numbers
// shown on screen for each year: the by-year bar and the table's total.
func TestChartsAgreeWithTables(t *testing.T) {
	s := sampleStore(t, 300)
	h := start(t, s, admin, 120, 40)
	d := money.For(s, s.Snapshot())
	c := h.M.c
	all := d.Summary(0)
	years := overview.ChartNumbers(overview.YearChart(c, all))
	for _, r := range all.ByYear {
		want := model.SumBudget(all.Budget, r.Year, 0).Committed
		if got := years[itoa(r.Year)]; got != int64(want) {
			t.Errorf("year chart %d = %d, budget committed %d", r.Year, got, want)
		}
	}
	for _, y := range append(slices.Clone(d.Years), 0) {
		sum := d.Summary(y)
		committed := int64(model.SumBudget(sum.Budget, y, 0).Committed)
		for _, ch := range overview.OverviewCharts(c, all, sum)[1:3] { // category, district
			var total int64
			for _, v := range overview.ChartNumbers(ch) {
				total += v
			}
			if total != committed {
				t.Errorf("year %d: %q adds up to %d, committed %d", y, ch.Title, total, committed)
			}
		}
		var topSum int64
		for _, v := range overview.ChartNumbers(overview.TopChart(c, sum)) {
			topSum += v
		}
		if topSum > committed {
			t.Errorf("year %d: top beneficiaries %d > committed %d", y, topSum, committed)
		}
	}

	h.keys("1")
	for _, r := range all.ByYear {
		if r.Total == 0 {
			continue
		}
		h.toYear(r.Year)
		scr := h.screen()
		table := tableRow(t, scr, "Cộng")[colCommit]
		if bar := barValue(t, scr, itoa(r.Year), (120-3)/2); bar != table {
			t.Errorf("year %d: chart shows %q, table %q", r.Year, bar, table)
		}
	}
}

func itoa(y int32) string { return strconv.Itoa(int(y)) }

var barValueRE = regexp.MustCompile(`([−-]?[0-9][0-9.,]*(?: (?:tr|tỷ|đ))?)\s*$`)

// barValue is the value text at the end of a chart's bar line, read from
// the left column of colW cells.
func barValue(t *testing.T, screen, label string, colW int) string {
	t.Helper()
	for _, line := range strings.Split(screen, "\n") {
		left := ansi.Truncate(line, colW, "")
		if strings.HasPrefix(left, label+" ") {
			if m := barValueRE.FindStringSubmatch(left); m != nil {
				return m[1]
			}
		}
	}
	t.Fatalf("no bar %q on screen:\n%s", label, screen)
	return ""
}

func TestYearSelector(t *testing.T) {
	s := sampleStore(t, 100)
	h := start(t, s, admin, 120, 40)
	h.keys("1")
	d := h.overview().Money.Data
	if got := h.overview().Year; got != 2026 { // the latest year up to 2026 (the pinned clock) with figures
		t.Fatalf("default year %d, years %v", got, d.Years)
	}
	var seen []int32
	for range len(d.Years) + 1 {
		h.keys("]")
		seen = append(seen, h.overview().Year)
	}
	want := append([]int32{0}, d.Years...) // after the latest year: all years, then the first
	if !slices.Equal(seen, want) {
		t.Fatalf("] goes through %v, want %v", seen, want)
	}
	h.keys("[")
	if y := h.overview().Year; y != 2025 {
		t.Fatalf("[ from 2026: %d", y)
	}
	h.toYear(0)
	h.see("Tất cả các năm", "2021 #") // every year on the chart
	h.keys("4")
	h.see("Kinh phí so với thực hiện — Tất cả các năm")
	h.keys("[")
	h.see("Kinh phí so với thực hiện — Năm 2026")
	h.keys("1")
	h.see("Năm 2026  [ ]")
}

// warningFixture is fill's data plus an overpayment on project 4 and a
// 2022 allocation that the four projects exceed.
func warningFixture(t *testing.T) *store.Store {
	s := openStore(t)
	fill(t, s, 30)
	rs := []model.Record{
		&model.Payment{Project: 4, Date: 20220701, PayKind: model.PayPayment, Amount: 350e6, Voucher: "UNC 99"},
		&model.Allocation{Year: 2022, Source: model.SourceNational, Amount: 2_000_000_000, DecisionNo: "7/QĐ"},
	}
	if err := s.CreateMany(admin, rs, "warnings"); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestWarningJumpsToRecord(t *testing.T) {
	s := warningFixture(t)
	h := start(t, s, editor, 120, 40)
	h.keys("1")
	h.toYear(2022)
	h.see("Cảnh báo (", "KCQG năm 2022: đã cam kết 2.170.000.000 đ, vượt kế hoạch", "Đề án KCQG-2022-04: đã giải ngân")

	o := h.overview()
	pick := func(kind model.WarningKind) {
		t.Helper()
		for range o.Warns.Items {
			h.keys("up")
		}
		for i := range o.Warns.Items {
			if o.Warns.Items[i].Kind == kind {
				for range i {
					h.keys("down")
				}
				return
			}
		}
		t.Fatalf("no warning of kind %d in %v", kind, o.Warns.Items)
	}

	pick(model.WarnOverPaid)
	h.keys("enter")
	lt, ok := h.M.activeTab().(*lists.Tab)
	if !ok || lt.Spec.Kind != model.KindProject {
		t.Fatalf("enter on an overpayment opened %T, screen:\n%s", h.M.activeTab(), h.screen())
	}
	if r, ok := lt.Selected(); !ok || r.ID != 4 {
		t.Fatalf("selected project %+v, want #4", r)
	}
	h.see("KCQG-2022-04", "Thanh toán  350.000.000 đ") // the detail with the project's payments

	h.keys("esc", "1")
	pick(model.WarnOverCommitted)
	h.keys("enter")
	b, ok := h.M.activeTab().(*budgets.Budgets)
	if !ok {
		t.Fatalf("enter on an over-commitment opened %T", h.M.activeTab())
	}
	row, ok := b.Tables[budgets.SubAllocations].Selected()
	if b.Sub != budgets.SubAllocations || !ok || s.Snapshot().Allocations().At(row).DecisionNo != "7/QĐ" {
		t.Fatalf("budget tab sub %d row %d, want the 2022 allocation; screen:\n%s", b.Sub, row, h.screen())
	}
	h.see("! vượt KH")
}

func TestNoAllocationWarningOpensItsYear(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10) // 2022 projects, no 2022 allocation
	h := start(t, s, admin, 120, 40)
	h.keys("1")
	h.toYear(2022)
	h.keys("home", "enter")
	if _, ok := h.M.activeTab().(*budgets.Budgets); !ok {
		t.Fatalf("opened %T", h.M.activeTab())
	}
	h.see("Kinh phí so với thực hiện — Năm 2022", "KCQG năm 2022 chưa có kế hoạch kinh phí", "! chưa có KH", "−2.170 tr")
}

// TestKeysDoNotRecompute: the figures are computed once per snapshot for
// both tabs, never on a key press.
func TestKeysDoNotRecompute(t *testing.T) {
	s := openStore(t)
	fill(t, s, 50)
	h := start(t, s, admin, 120, 40)
	before := money.Computed.Load()
	h.keys("1", "down", "up", "pgdown", "pgup", "[", "]", "]", "[", "4", "[", "]", "a", "p", "1")
	if n := money.Computed.Load() - before; n != 0 {
		t.Fatalf("%d recomputations on key presses", n)
	}
	if err := s.Create(admin, &model.Allocation{Year: 2024, Source: model.SourceLocal, Amount: 5e8}); err != nil {
		t.Fatal(err)
	}
	h.until("the new allocation", func() bool { return h.budgets().Money.Data.Snap == s.Snapshot() })
	if n := money.Computed.Load() - before; n != 1 {
		t.Fatalf("%d recomputations for one change, want 1 shared by both tabs", n)
	}
}

// TestYearSummaryMatchesFullPass: a year's summary reads only the year's
// beneficiaries, and must equal the summary over every facility.
func TestYearSummaryMatchesFullPass(t *testing.T) {
	s := sampleStore(t, 500)
	snap := s.Snapshot()
	d := money.Compute(snap)
	for _, y := range d.Years {
		full := model.Summarize(money.SnapData(snap, snap.Facilities().All()), model.SummaryOptions{Year: y, Top: money.Top, Settings: snap.Settings, PlaceLabel: snap.Units.CommuneLabel})
		got := d.Summary(y)
		if !reflect.DeepEqual(full.ByPlace, got.ByPlace) || !reflect.DeepEqual(full.Top, got.Top) ||
			!reflect.DeepEqual(full.ByCategory, got.ByCategory) || !reflect.DeepEqual(full.ByStatus, got.ByStatus) ||
			full.Projects != got.Projects || full.Facilities != got.Facilities || full.AvgIncome != got.AvgIncome {
			t.Fatalf("year %d differs:\nfull %+v\ngot  %+v", y, full, got)
		}
	}
}

// TestFiguresInCommandWhenLarge: above syncLimit the figures are computed
// in a command; the tabs say so meanwhile, then show them.
func TestFiguresInCommandWhenLarge(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	old := money.SyncLimit
	money.SyncLimit = 0
	t.Cleanup(func() { money.SyncLimit = old })
	c := &kit.Session{Config: kit.Config{Store: s, Actor: admin}, Lang: i18n.VI, Styles: kit.NewStyles(true, true, false), Snap: s.Snapshot()}
	o, b := overview.New(c), budgets.New(c)
	if !strings.Contains(o.View(80, 20), "Đang tính số liệu") || !strings.Contains(b.View(80, 20), "Đang tính số liệu") {
		t.Fatalf("no computing notice:\n%s", o.View(80, 20))
	}
	_, cmd := o.Update(tea.WindowSizeMsg{Width: 80, Height: 20})
	_, cmd2 := b.Update(tea.WindowSizeMsg{Width: 80, Height: 20})
	if cmd == nil || cmd2 == nil {
		t.Fatal("no command to compute the figures")
	}
	msg := cmd()
	o.Update(msg)
	b.Update(msg)
	if !strings.Contains(o.View(80, 20), "Cơ sở 14") || !strings.Contains(b.View(80, 20), "Kinh phí so với thực hiện") {
		t.Fatalf("figures not shown:\n%s\n%s", o.View(80, 20), b.View(80, 20))
	}
}
