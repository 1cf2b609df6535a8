package kit

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Modal is a part that takes every key while it is open: a form or a
// question. The root gives it the body's size and the background colour
// when it opens and forwards every message while it is open.
type Modal interface {
	// Update returns nil once the modal is done.
	Update(msg tea.Msg) (Modal, tea.Cmd)
	// View draws the modal in the w×h body; base is what lies beneath it,
	// for modals that draw over the tab rather than instead of it.
	View(base string, w, h int) string
	KeyMap() help.KeyMap
}

// OpenModalMsg asks the root to open a modal; init runs after the modal
// has been given the current size and background.
type OpenModalMsg struct {
	M    Modal
	Init tea.Cmd
}

// OpenModal opens a modal. One that knows its session opens at once, so that keys typed right
// after the one that opened it (type ahead, a slow link delivering keys
// in a batch) reach the modal and not the table behind it.
func OpenModal(m Modal, init tea.Cmd) tea.Cmd {
	if sm, ok := m.(interface{ Session() *Session }); ok && sm.Session().Open != nil {
		return sm.Session().Open(m, init)
	}
	return func() tea.Msg { return OpenModalMsg{M: m, Init: init} }
}
