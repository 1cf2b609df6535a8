package tui

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/kit"
)

// gotoRecord is the root's part of a jump: show the tab of the kind, then
// let the tabs select the record (list tabs by SelectMsg, the budget tab by
// the GotoMsg itself, which also carries the year).
func (m *Model) gotoRecord(msg kit.GotoMsg) tea.Cmd {
	for i, t := range m.tabs {
		if l, ok := t.(kit.Lister); ok && l.Lists(msg.Kind) {
			m.active = i
			break
		}
	}
	cmds := []tea.Cmd{m.broadcast(msg)}
	if msg.ID == 0 {
		return tea.Batch(cmds...)
	}
	if s, ok := m.activeTab().(kit.Shower); ok && s.Lists(msg.Kind) {
		// The list tab shows the record with its detail (a project's
		// payments and what remains to pay), as enter would.
		cmd, shown := s.Show(msg.ID)
		if !shown {
			return tea.Batch(append(cmds, kit.Say(kit.LevelWarn, m.c.T(kit.MsgJumpFiltered)))...)
		}
		return tea.Batch(append(cmds, cmd)...)
	}
	return tea.Batch(append(cmds, m.broadcast(kit.SelectMsg{Kind: msg.Kind, ID: msg.ID}))...)
}
