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

// TabBar draws the tab titles on one line, the active one highlighted;
// it shortens titles rather than wrap when the terminal is narrow.
func TabBar(st *Styles, tabs []Tab, active, width int) string {
	sep := st.TabSep.Render("│")
	if st.Ascii {
		sep = st.TabSep.Render("|")
	}
	parts := make([]string, len(tabs))
	for i, t := range tabs {
		label := TabLabel(i, t)
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

func TabLabel(i int, t Tab) string { return strconv.Itoa(i+1) + " " + t.Title() }
