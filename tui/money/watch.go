package money

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/store"
	"khuyencong/tui/kit"
)

// Watch follows the snapshot for a money tab: the figures of the
// snapshot it shows, and whether newer ones are being computed.
type Watch struct {
	Data    *Data
	pending *store.Snapshot
}

// Msg brings figures computed in a command.
type Msg struct{ Figures *Data }

// SyncLimit is the number of records up to which figures are computed
// inside Update (a few milliseconds); above it they are computed in a
// command and the previous figures stay on screen meanwhile.
var SyncLimit = 200_000

func snapSize(s *store.Snapshot) int {
	return s.Facilities().Len() + s.Projects().Len() + s.Allocations().Len() + s.Payments().Len()
}

// SyncLoad computes the figures at once when the snapshot is small, or
// when they are patched from the last snapshot's (a save at a million
// facilities: under a millisecond, and the session draws the save once
// instead of again when a command brings the figures).
func (m *Watch) SyncLoad(c *kit.Session) bool {
	if snapSize(c.Snap) > SyncLimit && !patchable(c.Config.Store, c.Snap) {
		return false
	}
	m.Data = For(c.Config.Store, c.Snap)
	return true
}

// Load returns a command for a new snapshot (nil when there is nothing
// to do); now reports figures that were ready at once.
func (m *Watch) Load(c *kit.Session) (cmd tea.Cmd, now bool) {
	snap := c.Snap
	if (m.Data != nil && m.Data.Snap == snap) || m.pending == snap {
		return nil, false
	}
	if m.SyncLoad(c) {
		m.pending = nil
		return nil, true
	}
	m.pending = snap
	s := c.Config.Store
	return func() tea.Msg { return Msg{Figures: For(s, snap)} }, false
}

// Ready takes computed figures if they are newer than those shown.
func (m *Watch) Ready(msg Msg) bool {
	if msg.Figures == nil || (m.Data != nil && msg.Figures.Snap.Seq <= m.Data.Snap.Seq) {
		return false
	}
	m.Data = msg.Figures
	if m.pending == msg.Figures.Snap {
		m.pending = nil
	}
	return true
}

// YearMsg tells the other money tab that the user chose a year, so that
// the overview and the budget tab always show the same one.
type YearMsg struct{ Year int32 }

func SayYear(y int32) tea.Cmd { return func() tea.Msg { return YearMsg{y} } }
