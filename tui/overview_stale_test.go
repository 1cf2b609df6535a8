package tui

import (
	"fmt"
	"regexp"
	"testing"

	"khuyencong/model"
)

// TestHiddenOverviewLaysOutWhenShown: a save while another tab is on
// screen gives the overview its new figures but draws nothing (each of
// fifty sessions would otherwise lay out the charts on every save); going
// back to it shows the new figures.
func TestHiddenOverviewLaysOutWhenShown(t *testing.T) {
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
	h.until("the new snapshot's figures", func() bool { return h.overview().Money.Data.Snap == s.Snapshot() })
	h.screen()
	if !h.overview().Stale() {
		t.Fatal("the hidden overview laid out on a save")
	}
	h.keys("1")
	if got := shown(); got != fmt.Sprint(live+1) {
		t.Fatalf("back on the overview: %q facilities, want %d:\n%s", got, live+1, h.screen())
	}
	if h.overview().Stale() {
		t.Fatal("still stale once shown")
	}
}
