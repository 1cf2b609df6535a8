package tui

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"golang.org/x/text/unicode/norm"

	"khuyencong/i18n"
	"khuyencong/tui/kit"
	"khuyencong/tui/lists"
)

// Times come from the store's clock; the goldens hold a placeholder.
var clock = regexp.MustCompile(`\d\d/\d\d/\d{4} \d\d:\d\d|\d\d:\d\d \d\d/\d\d/\d{4}`)

func stable(s string) string { return clock.ReplaceAllString(s, "dd/mm/yyyy hh:mm") }

// TestGoldenTabs records every tab at 80×24 and 120×40, colours off, over
// the fixtures (one facility's name is stored from NFD input). Run with
// -update to rewrite testdata/TestGoldenTabs/*.golden, then read them.
func TestGoldenTabs(t *testing.T) {
	s := openStore(t)
	fill(t, s, 200)
	names := []string{"overview", "facilities", "projects", "budgets", "contest", "audit"}
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		h := start(t, s, admin, sz[0], sz[1])
		for i, name := range names {
			t.Run(fmt.Sprintf("%dx%d_%d_%s", sz[0], sz[1], i+1, name), func(t *testing.T) {
				h.keys(fmt.Sprint(i + 1))
				golden.RequireEqual(t, stable(h.screen()))
			})
		}
	}
}

// TestGoldenViews records the views a user reaches from the lists: a
// filter with the detail open, a form, a question, the help page, and the
// English and ASCII variants.
func TestGoldenViews(t *testing.T) {
	s := openStore(t)
	fill(t, s, 200)
	shot := func(name string, w, ht int, steps func(h *harness), opts ...func(*kit.Config)) {
		t.Run(fmt.Sprintf("%s_%dx%d", name, w, ht), func(t *testing.T) {
			h := start(t, s, admin, w, ht, opts...)
			steps(h)
			golden.RequireEqual(t, stable(h.screen()))
		})
	}
	detail := func(h *harness) {
		h.keys("2", "/")
		h.typ("tan viet")
		h.until("filtered", func() bool {
			return h.M.tabs[1].(*lists.Tab).Table.Rows() != nil && !h.M.tabs[1].(*lists.Tab).Table.Busy()
		})
		h.keys("enter", "enter")
	}
	project := func(h *harness) { h.keys("3", "enter") }
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		shot("facility_detail", sz[0], sz[1], detail)
		shot("project_detail", sz[0], sz[1], project)
		shot("facility_form", sz[0], sz[1], func(h *harness) { h.keys("2", "e") })
		shot("project_form", sz[0], sz[1], func(h *harness) { h.keys("3", "e") })
		shot("delete_question", sz[0], sz[1], func(h *harness) { h.keys("2", "d") })
		shot("help", sz[0], sz[1], func(h *harness) { h.keys("2", "?") })
	}
	english := func(c *kit.Config) { c.Lang = i18n.EN }
	ascii := func(c *kit.Config) { c.ASCII = true }
	shot("facilities_en", 80, 24, func(h *harness) { h.keys("2") }, english)
	shot("facility_detail_en", 120, 40, detail, english)
	shot("facility_detail_ascii", 120, 40, detail, ascii)
	shot("too_small", 60, 20, func(h *harness) {})
	// Text typed in decomposed form (NFD, as some keyboards and pastes send
	// it) must line up like the composed form before the store composes it.
	shot("facility_form_nfd", 80, 24, func(h *harness) {
		h.keys("2", "n")
		h.typ(norm.NFD.String("Hộ kinh doanh Nguyễn Thị Hường"))
		h.next(1)
		h.typ("0100233488-012")
		h.keys("shift+tab")
	})
}
