package tui

import (
	"fmt"
	"regexp"
	"testing"

	"khuyencong/model"
)

// TestHiddenMoneyTabsLayOutWhenShown: a save while another tab is on
// screen gives the overview and the budget tab their new figures but
// draws nothing (each of fifty sessions would otherwise lay out the
// charts and the budget table on every save); going back to them shows
// the new figures, as a session opened after the save shows them.
func TestHiddenMoneyTabsLayOutWhenShown(t *testing.T) {
	s := openStore(t)
	fill(t, s, 50)
	h := start(t, s, admin, 120, 40)
	h.keys("1")
	live := s.Snapshot().Facilities().Live()
	count := regexp.MustCompile(`Cơ sở\s+(\d+)`)
	shown := func() string {
		if m := count.FindStringSubmatch(h.screen()); m != nil {
			return m[1]
		}
		return ""
	}
	if got := shown(); got != fmt.Sprint(live) {
		t.Fatalf("overview shows %q facilities, want %d:\n%s", got, live, h.screen())
	}
	if h.overview().Stale() {
		t.Fatal("the overview on screen is stale after drawing")
	}
	h.keys("2")
	h.screen()
	if err := s.Create(admin, &model.Facility{Name: "Cơ sở mới thêm", LegalForm: model.LegalHousehold, TradeGroup: model.TradeWoodTextile}); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(admin, &model.Allocation{Year: 2023, Source: model.SourceLocal, Amount: 5e8}); err != nil {
		t.Fatal(err)
	}
	h.until("the new snapshot's figures", func() bool {
		return h.overview().Money.Data.Snap == s.Snapshot() && h.budgets().Money.Data.Snap == s.Snapshot()
	})
	h.screen()
	if !h.overview().Stale() || !h.budgets().Stale() {
		t.Fatalf("a hidden tab laid out on a save: overview stale %v, budgets stale %v", h.overview().Stale(), h.budgets().Stale())
	}
	fresh := start(t, s, admin, 120, 40)
	for _, tab := range []string{"1", "4"} {
		h.keys(tab)
		fresh.keys(tab)
		if got, want := h.screen(), fresh.screen(); got != want {
			t.Fatalf("tab %s after the save:\n%s\nwant, as a new session shows it:\n%s", tab, got, want)
		}
	}
	if got := func() string { h.keys("1"); return shown() }(); got != fmt.Sprint(live+1) {
		t.Fatalf("back on the overview: %q facilities, want %d:\n%s", got, live+1, h.screen())
	}
	if h.overview().Stale() || h.budgets().Stale() {
		t.Fatal("still stale once shown")
	}
}
