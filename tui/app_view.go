package tui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/kit"
)

// View draws the frame (tabs, body, status, help) into exactly the
// terminal's size, or the too-small notice.
func (m *Model) View() tea.View {
	frame := m.render()
	if m.c.Config.NoColor {
		frame = kit.DropColours(frame)
	}
	if m.c.Config.ASCII {
		frame = kit.ASCIIOnly(frame)
	}
	v := tea.NewView(frame)
	v.AltScreen = true
	if m.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = m.title()
	return v
}

func (m *Model) render() string {
	if m.done {
		return ""
	}
	if kit.TooSmall(m.w, m.h) {
		return kit.TooSmallView(m.c, m.w, m.h)
	}
	bw, bh := m.bodySize()
	top := kit.TabBar(m.c.Styles, m.tabs, m.active, m.w)
	body := m.body(bw, bh)
	bar := kit.StatusBar(m.c, m.status, m.w)
	foot := kit.HelpFooter(m.help, kit.WithGlobal(m.keys, m.tabKeys[0], m.keyMap()), m.w)
	return top + "\n" + kit.Fit(body, bw, bh) + "\n" + kit.Fit(bar, m.w, 1) + "\n" + kit.Fit(foot, m.w, 1)
}

// body is what fills the space between the tab bar and the status bar.
func (m *Model) body(w, h int) string {
	if m.fullHelp {
		return kit.HelpPage(m.c, m.help, kit.WithGlobal(m.keys, m.tabKeys[0], m.keyMap()), w, h)
	}
	if m.modal != nil {
		base := ""
		if _, full := m.modal.(interface{ FullBody() }); !full {
			base = m.base(w, h)
		}
		return m.modal.View(base, w, h)
	}
	return m.base(w, h)
}

// base is the tab (or the first-run screen) under any modal.
func (m *Model) base(w, h int) string {
	if m.isEmpty() && m.showsEmpty() {
		return m.empty.View(w, h)
	}
	return m.activeTab().View(w, h)
}

// showsEmpty reports whether the active tab gives way to the first-run
// screen on an empty database (see tabSpec.overEmpty).
func (m *Model) showsEmpty() bool { return m.specs[m.active].overEmpty }

// keyMap is the keys of whatever has focus.
func (m *Model) keyMap() kit.KeyList {
	switch {
	case m.modal != nil:
		return asKeyList(m.modal.KeyMap())
	case m.isEmpty() && m.showsEmpty():
		return asKeyList(m.empty.KeyMap())
	}
	return asKeyList(m.activeTab().KeyMap())
}

func asKeyList(k help.KeyMap) kit.KeyList {
	return kit.KeyList{Short: k.ShortHelp(), Full: k.FullHelp()}
}
