package kit

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

type fakeTab struct{ title, short string }

func (f fakeTab) Update(tea.Msg) (Tab, tea.Cmd) { return f, nil }
func (f fakeTab) View(int, int) string          { return "" }
func (f fakeTab) Title() string                 { return f.title }
func (f fakeTab) KeyMap() help.KeyMap           { return KeyList{} }
func (f fakeTab) Capturing() bool               { return false }

type fakeCounted struct{ fakeTab }

func (f fakeCounted) ShortTitle() string { return f.short }

// The English tab bar of a provincial database at 80 columns: the counts
// go, every name stays whole (issue 18, point 6: it ended "5 Audit l…").
func TestTabBarDropsCountsWhenNarrow(t *testing.T) {
	tabs := []Tab{
		fakeTab{title: "Overview !12"},
		fakeCounted{fakeTab{title: "Facilities 20.003", short: "Facilities"}},
		fakeCounted{fakeTab{title: "Projects 120", short: "Projects"}},
		fakeCounted{fakeTab{title: "Budgets 6", short: "Budgets"}},
		fakeTab{title: "Audit log"},
	}
	st := NewStyles(true, true, false)
	bar := ansi.Strip(TabBar(st, tabs, 0, 80))
	for _, want := range []string{"1 Overview !12", "2 Facilities", "3 Projects", "4 Budgets", "5 Audit log"} {
		if !strings.Contains(bar, want) {
			t.Errorf("tab bar lacks %q: %q", want, bar)
		}
	}
	if strings.Contains(bar, "…") || ansi.StringWidth(bar) != 80 {
		t.Errorf("tab bar cut or not 80 wide: %q", bar)
	}
	// Wide enough: the counts stay.
	if wide := ansi.Strip(TabBar(st, tabs, 0, 120)); !strings.Contains(wide, "2 Facilities 20.003") {
		t.Errorf("counts dropped at 120 columns: %q", wide)
	}
}
