package kit

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Tab is one tab of the app. The root routes keys to the active tab
// only and every other message to all tabs, and draws the tab in the box it
// gives (View(w, h) must fill at most w×h). A tab can be replaced wholesale
// (the overview and budgets are meant to be), as long as it keeps this.
type Tab interface {
	Update(msg tea.Msg) (Tab, tea.Cmd)
	View(w, h int) string
	// Title is the tab's name with its live count, e.g. "Cơ sở 20.312".
	Title() string
	// KeyMap feeds the help footer and the full key list.
	KeyMap() help.KeyMap
	// Capturing reports that a text input has focus (a filter, a query),
	// so that plain keys such as q and 1–5 are typed, not obeyed.
	Capturing() bool
}

// ShortTitler is a tab whose title can drop its live count ("Cơ sở" for
// "Cơ sở 20.312") when the tab bar does not fit the terminal.
type ShortTitler interface{ ShortTitle() string }

// TabBar draws the tab titles on one line, the active one highlighted;
// it shortens titles rather than wrap when the terminal is narrow.
func TabBar(st *Styles, tabs []Tab, active, width int) string {
	return st.memo.get(memoTabs, tabsKey(tabs, active, width), func() string { return tabBar(st, tabs, active, width) })
}

func tabBar(st *Styles, tabs []Tab, active, width int) string {
	sep := st.TabSep.Render("│")
	if st.Ascii {
		sep = st.TabSep.Render("|")
	}
	labels := TabLabels(st, tabs, width)
	parts := make([]string, len(tabs))
	for i, label := range labels {
		if i == active {
			parts[i] = st.TabActive.Render(label)
		} else {
			parts[i] = st.TabInactive.Render(label)
		}
	}
	line := strings.Join(parts, sep)
	if lipgloss.Width(line) > width {
		line = Cut(line, width)
	}
	return st.TabBar.Render(PadRight(line, width))
}

// TabLabels are the labels the tab bar draws at width: the full titles
// when they fit, else without the counts (issue 18, point 6: "5 Audit l…"
// in English at 80 columns), so that every tab's name stays readable.
// Clicks are measured with the same labels.
func TabLabels(st *Styles, tabs []Tab, width int) []string {
	labels := make([]string, len(tabs))
	total := len(tabs) - 1 // the separators
	for i, t := range tabs {
		labels[i] = TabLabel(i, t)
		total += lipgloss.Width(st.TabActive.Render(labels[i]))
	}
	if total <= width {
		return labels
	}
	for i, t := range tabs {
		if s, ok := t.(ShortTitler); ok {
			labels[i] = strconv.Itoa(i+1) + " " + s.ShortTitle()
		}
	}
	return labels
}

func TabLabel(i int, t Tab) string { return strconv.Itoa(i+1) + " " + t.Title() }
