package vtable

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Update handles keys, mouse messages (coordinates relative to the
// table's top-left) and ResultMsg. It returns the same *Model.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ResultMsg:
		return m, m.result(msg)
	case tea.KeyPressMsg:
		if m.filtering {
			return m, m.filterKey(msg)
		}
		return m, m.key(msg)
	case tea.PasteMsg:
		if m.filtering {
			return m, m.setQuery(m.query + cleanInput(msg.Content))
		}
	case tea.MouseWheelMsg:
		m.wheel(msg.Button)
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			return m, m.click(msg.X, msg.Y)
		}
	}
	return m, nil
}

// navigate handles the moving keys; it reports whether msg was one.
func (m *Model) navigate(msg tea.KeyPressMsg) bool {
	page := max(m.rowsVisible()-1, 1)
	switch {
	case key.Matches(msg, m.keys.Up):
		m.move(-1)
	case key.Matches(msg, m.keys.Down):
		m.move(1)
	case key.Matches(msg, m.keys.PageUp):
		m.move(-page)
	case key.Matches(msg, m.keys.PageDown):
		m.move(page)
	case key.Matches(msg, m.keys.Home):
		m.cursor = 0
		m.clampView()
	case key.Matches(msg, m.keys.End):
		m.cursor = len(m.list) - 1
		m.clampView()
	default:
		return false
	}
	return true
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if m.navigate(msg) {
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Filter):
		m.filtering = true
	case key.Matches(msg, m.keys.FilterClear):
		if m.query != "" {
			return m.setQuery("")
		}
	case key.Matches(msg, m.keys.SortNext):
		if m.cycleSort(1) {
			return m.resort()
		}
	case key.Matches(msg, m.keys.SortPrev):
		if m.cycleSort(-1) {
			return m.resort()
		}
	case key.Matches(msg, m.keys.SortReverse):
		if m.sortCol >= 0 {
			m.desc = !m.desc
			return m.resort()
		}
	}
	return nil
}

// filterKey edits the filter. Printable keys are text, so only keys
// without text (arrows, pgup...) move the cursor meanwhile.
func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.FilterKeep):
		m.filtering = false
		m.pool.drop() // typing is over: no spare buffer for the next scan
		return nil
	case key.Matches(msg, m.keys.FilterClear):
		m.filtering = false
		return m.setQuery("")
	}
	switch msg.String() {
	case "backspace", "ctrl+h":
		_, size := utf8.DecodeLastRuneInString(m.query)
		return m.setQuery(m.query[:len(m.query)-size])
	case "ctrl+u":
		return m.setQuery("")
	case "ctrl+w":
		q := strings.TrimRightFunc(m.query, unicode.IsSpace)
		i := strings.LastIndexFunc(q, unicode.IsSpace)
		return m.setQuery(m.query[:i+1])
	}
	if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
		return m.setQuery(m.query + cleanInput(msg.Text))
	}
	if msg.Text == "" {
		m.navigate(msg)
	}
	return nil
}

// cleanInput keeps the printable runes of typed or pasted text, line
// breaks and tabs becoming spaces.
func cleanInput(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case !unicode.IsPrint(r) && !unicode.Is(unicode.Mn, r):
			return -1
		}
		return r
	}, s)
}

// wheelStep is how many rows a wheel notch scrolls.
const wheelStep = 3

// wheel scrolls the view and keeps the cursor on screen.
func (m *Model) wheel(b tea.MouseButton) {
	rv := m.rowsVisible()
	switch b {
	case tea.MouseWheelUp:
		m.top -= wheelStep
	case tea.MouseWheelDown:
		m.top += wheelStep
	default:
		return
	}
	m.top = min(max(m.top, 0), max(len(m.list)-rv, 0))
	m.cursor = min(max(m.cursor, m.top), m.top+max(rv-1, 0))
	m.clampView()
}

// click selects the row under (x, y), or sorts by the column whose
// header was clicked (again: reverses).
func (m *Model) click(x, y int) tea.Cmd {
	if m.h >= 2 && y == 0 {
		c := m.columnAt(x - m.markerWidth())
		if c < 0 || m.cols[c].Key == nil {
			return nil
		}
		if c == m.sortCol {
			m.desc = !m.desc
		} else {
			m.sortCol, m.desc = c, false
		}
		return m.resort()
	}
	if y >= 1 && y <= m.rowsVisible() && m.top+y-1 < len(m.list) {
		m.cursor = m.top + y - 1
		m.clampView()
	}
	return nil
}

func (m *Model) columnAt(x int) int {
	for c, w := range m.lay.widths {
		if w > 0 && x >= m.lay.x[c] && x < m.lay.x[c]+w {
			return c
		}
	}
	return -1
}
