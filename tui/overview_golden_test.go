package tui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"khuyencong/i18n"
	"khuyencong/tui/kit"
)

// TestGoldenMoney records the overview and the budget tab on the sample
// data (seeded, so the same every run) at 80×24 and 120×40, colours off,
// plus every year's budget, the English and the ASCII forms. Run with
// -update to rewrite testdata/TestGoldenMoney/*.golden, then read them.
func TestGoldenMoney(t *testing.T) {
	s := sampleStore(t, 300)
	shot := func(name string, w, ht int, keys []string, opts ...func(*kit.Config)) {
		t.Run(fmt.Sprintf("%s_%dx%d", name, w, ht), func(t *testing.T) {
			h := start(t, s, admin, w, ht, opts...)
			h.keys(keys...)
			golden.RequireEqual(t, stable(h.screen()))
		})
	}
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		shot("overview", sz[0], sz[1], []string{"1"})
		shot("budgets", sz[0], sz[1], []string{"4"})
		shot("overview_2022", sz[0], sz[1], []string{"1", "[", "[", "[", "["})
		shot("budgets_all_years", sz[0], sz[1], []string{"4", "]"})
		shot("payments", sz[0], sz[1], []string{"4", "p"})
	}
	shot("overview_en", 120, 40, []string{"1"}, func(c *kit.Config) { c.Lang = i18n.EN })
	shot("overview_ascii", 80, 24, []string{"1", "pgdown"}, func(c *kit.Config) { c.ASCII = true })
	shot("ceilings_editor", 80, 24, []string{"4", "C"}, func(c *kit.Config) { c.Actor = editor })
}
