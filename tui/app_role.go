package tui

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/kit"
)

// followRole applies a change of the session's role made by an admin
// while the session is open (user add over an existing user, or the user
// removed and added again with another role): the store already refuses
// what the old role allowed; this makes the tabs, the keys' help and the
// status bar say the same at once. A removed user keeps the old role
// here: the store refuses every write and the server ends the session.
func (m *Model) followRole() tea.Cmd {
	cur, err := m.c.Config.Store.Current(m.c.Config.Actor)
	if err != nil || cur.Role == m.c.Config.Actor.Role {
		return nil
	}
	m.c.Config.Actor = cur
	if !cur.Role.CanAdmin() {
		m.c.ShowDeleted = false
	}
	m.buildTabs()
	m.status = kit.Status{Level: kit.LevelWarn, Text: m.c.T(MsgStatusRoleChanged, cur.Role.Label(m.c.Lang)), At: m.c.Config.Time()}
	// The new tabs learn the body's size and the background like the
	// first ones did.
	cmds := []tea.Cmd{m.broadcast(m.bodyMsg())}
	if m.bg != nil {
		cmds = append(cmds, m.broadcast(*m.bg))
	}
	return tea.Batch(cmds...)
}

// buildTabs makes the tabs the session's role may see, keeping the one
// shown if it is still there.
func (m *Model) buildTabs() {
	shown := -1
	if m.active < len(m.specs) {
		shown = m.specs[m.active].index
	}
	m.specs, m.tabs, m.active = nil, nil, 0
	for i, s := range tabSpecs() {
		if !m.c.Allows(s.need) {
			continue
		}
		s.index = i
		if i == shown {
			m.active = len(m.tabs)
		}
		m.specs = append(m.specs, s)
		m.tabs = append(m.tabs, s.build(m.c, m.keys))
	}
}
