package tui

import (
	"khuyencong/store"
	"khuyencong/tui/kit"

	tea "charm.land/bubbletea/v2"
)

// moneyWatch follows the snapshot for a money tab: the figures of the
// snapshot it shows, and whether newer ones are being computed.
type moneyWatch struct {
	data    *moneyData
	pending *store.Snapshot
}

// moneyMsg brings figures computed in a command.
type moneyMsg struct{ d *moneyData }

// syncLimit is the number of records up to which figures are computed
// inside Update (a few milliseconds); above it they are computed in a
// command and the previous figures stay on screen meanwhile.
var syncLimit = 200_000

func snapSize(s *store.Snapshot) int {
	return s.Facilities.Len() + s.Projects.Len() + s.Allocations.Len() + s.Payments.Len()
}

// syncLoad computes the figures at once when the snapshot is small.
func (m *moneyWatch) syncLoad(c *kit.Session) bool {
	if snapSize(c.Snap) > syncLimit {
		return false
	}
	m.data = moneyFor(c.Config.Store, c.Snap)
	return true
}

// load returns a command for a new snapshot (nil when there is nothing
// to do); now reports figures that were ready at once.
func (m *moneyWatch) load(c *kit.Session) (cmd tea.Cmd, now bool) {
	snap := c.Snap
	if (m.data != nil && m.data.Snap == snap) || m.pending == snap {
		return nil, false
	}
	if m.syncLoad(c) {
		m.pending = nil
		return nil, true
	}
	m.pending = snap
	s := c.Config.Store
	return func() tea.Msg { return moneyMsg{d: moneyFor(s, snap)} }, false
}

// ready takes computed figures if they are newer than those shown.
func (m *moneyWatch) ready(msg moneyMsg) bool {
	if msg.d == nil || (m.data != nil && msg.d.Snap.Seq <= m.data.Snap.Seq) {
		return false
	}
	m.data = msg.d
	if m.pending == msg.d.Snap {
		m.pending = nil
	}
	return true
}

// yearMsg tells the other money tab that the user chose a year, so that
// the overview and the budget tab always show the same one.
type yearMsg struct{ Year int32 }

func sayYear(y int32) tea.Cmd { return func() tea.Msg { return yearMsg{y} } }
