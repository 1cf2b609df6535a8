package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/tui/kit"
)

// globalKey handles the keys that work on every tab; ok is false for any
// other key.
func (m *Model) globalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	return m.c.Dispatch(m.globalActions(), msg)
}

// globalActions is the keys that work on every tab, with the number keys
// of the declared tabs (see tabSpecs).
func (m *Model) globalActions() []kit.Action {
	km := m.keys
	do := func(f func()) func(tea.KeyPressMsg) tea.Cmd {
		return func(tea.KeyPressMsg) tea.Cmd { f(); return nil }
	}
	showDeleted := km.ShowDeletedAction()
	showDeleted.Run = func(tea.KeyPressMsg) tea.Cmd { return m.toggleDeleted() }
	acts := []kit.Action{
		{Key: km.Quit, Run: func(tea.KeyPressMsg) tea.Cmd { return m.quit() }},
		{Key: km.Help, Run: do(func() { m.fullHelp = true })},
		{Key: km.NextTab, Run: do(func() { m.active = (m.active + 1) % len(m.tabs) })},
		{Key: km.PrevTab, Run: do(func() { m.active = (m.active + len(m.tabs) - 1) % len(m.tabs) })},
		{Key: km.Mouse, Run: func(tea.KeyPressMsg) tea.Cmd { return m.toggleMouse() }},
		showDeleted,
	}
	for i, b := range m.tabKeys {
		acts = append(acts, kit.Action{Key: b, Run: func(tea.KeyPressMsg) tea.Cmd { return m.goTab(i) }})
	}
	return acts
}

// goTab shows the i-th declared tab; one the role may not see says so.
func (m *Model) goTab(i int) tea.Cmd {
	for j, s := range m.specs {
		if s.index == i {
			m.active = j
			return nil
		}
	}
	return kit.Say(kit.LevelWarn, m.c.T(MsgStatusNoTab))
}

func (m *Model) toggleMouse() tea.Cmd {
	m.mouse = !m.mouse
	if m.mouse {
		return kit.Say(kit.LevelInfo, m.c.T(MsgStatusMouseOn))
	}
	return kit.Say(kit.LevelInfo, m.c.T(MsgStatusMouseOff))
}

// toggleDeleted shows or hides soft-deleted rows in the lists (admins;
// see Keys.ShowDeletedAction).
func (m *Model) toggleDeleted() tea.Cmd {
	m.c.ShowDeleted = !m.c.ShowDeleted
	k := MsgStatusDeletedOff
	if m.c.ShowDeleted {
		k = MsgStatusDeletedOn
	}
	return tea.Batch(m.broadcast(kit.RefreshMsg{}), kit.Say(kit.LevelInfo, m.c.T(k)))
}

// mouseMsg selects a tab on a click in the tab bar and passes anything else
// to the active tab in the body's coordinates.
func (m *Model) mouseMsg(msg tea.MouseMsg) tea.Cmd {
	if !m.mouse || m.modal != nil || m.fullHelp || kit.TooSmall(m.w, m.h) {
		return nil
	}
	mo := msg.Mouse()
	if mo.Y == 0 {
		if _, ok := msg.(tea.MouseClickMsg); ok {
			return m.clickTab(mo.X)
		}
		return nil
	}
	moved := kit.ShiftMouse(msg, 1)
	if moved == nil {
		return nil
	}
	return m.toActive(moved)
}

// clickTab finds the tab under column x, measuring titles as tabBar draws.
func (m *Model) clickTab(x int) tea.Cmd {
	pos := 0
	for i, label := range kit.TabLabels(m.c.Styles, m.tabs, m.w) {
		w := lipgloss.Width(m.c.Styles.TabActive.Render(label))
		if x < pos+w {
			m.active = i
			return nil
		}
		pos += w + 1
	}
	return nil
}
