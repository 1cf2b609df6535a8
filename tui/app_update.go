package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/kit"
	"khuyencong/tui/transfer"
)

// Update routes a message: keys to the open modal or the active tab,
// everything else to every part, so that background work (table results,
// spinners, audit queries) reaches its owner whichever tab is shown.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		return m, m.broadcast(m.bodyMsg())
	case tea.BackgroundColorMsg:
		m.bg = &msg
		m.c.Styles = kit.NewStyles(msg.IsDark(), m.c.Config.NoColor, m.c.Config.ASCII)
		m.help.Styles = m.c.Styles.Help
		return m, m.broadcast(msg)
	case feedMsg:
		return m, m.onFeed(msg)
	case kit.StatusMsg:
		m.status = kit.Status(msg)
		m.status.At = m.c.Config.Time()
		return m, nil
	case kit.WriteMsg:
		m.status = m.c.StatusFor(msg)
		return m, nil
	case kit.OpenModalMsg:
		return m, m.open(msg)
	case transfer.ExportedMsg:
		return m, transfer.Exported(m.c, msg)
	case transfer.ReportedMsg:
		return m, transfer.Reported(m.c, msg)
	case transfer.ImportDone:
		if _, ok := m.modal.(*transfer.ImportModal); ok {
			m.modal = nil
		}
		return m, transfer.Imported(m.c, msg)
	case kit.GotoMsg: // overview/budgets.go: open a record in its tab
		return m, m.gotoRecord(msg)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.MouseMsg:
		return m, m.mouseMsg(msg)
	}
	return m, m.broadcast(msg)
}

// bodyMsg is the size message the tabs and modals get: the body's size.
func (m *Model) bodyMsg() tea.WindowSizeMsg {
	w, h := m.bodySize()
	return tea.WindowSizeMsg{Width: w, Height: h}
}

// broadcast sends a message to every tab, the empty screen and the modal.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(m.tabs)+2)
	for i, t := range m.tabs {
		var cmd tea.Cmd
		m.tabs[i], cmd = t.Update(msg)
		cmds = append(cmds, cmd)
	}
	cmds = append(cmds, m.empty.Update(msg))
	if m.modal != nil {
		var cmd tea.Cmd
		m.modal, cmd = m.modal.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// onFeed takes a new snapshot: every table keeps its cursor and filter
// (SetSource), and the feed is re-armed for the next change.
func (m *Model) onFeed(msg feedMsg) tea.Cmd {
	if m.done {
		return nil
	}
	m.c.Snap = msg.Snap
	role := m.followRole()
	// Another user's change is news, but not worth hiding a refusal the
	// user has not read yet (a conflict names that same change).
	if msg.last.Actor != "" && msg.last.Actor != m.c.Config.Actor.Name && m.status.Level == kit.LevelInfo {
		m.status = kit.Status{Level: kit.LevelInfo, Text: m.c.T(MsgStatusChanged, msg.last.Actor), At: m.c.Config.Time()}
	}
	return tea.Batch(role, m.broadcast(kit.RefreshMsg{}), m.feed.wait())
}

// Open shows a modal, giving it the body's size and the background first
// (huh's own size request does nothing without a terminal).
func (m *Model) open(msg kit.OpenModalMsg) tea.Cmd {
	m.modal = msg.M
	m.fullHelp = false
	var cmds []tea.Cmd
	var cmd tea.Cmd
	m.modal, cmd = m.modal.Update(m.bodyMsg())
	cmds = append(cmds, cmd)
	if m.bg != nil && m.modal != nil {
		m.modal, cmd = m.modal.Update(*m.bg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(append(cmds, msg.Init)...)
}

// key handles a key press. ctrl+c always quits; q only when no text field
// has focus; the rest goes to whatever has focus.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	km := m.keys
	if key.Matches(msg, km.ForceQuit) {
		return m.quit()
	}
	if m.modal != nil {
		var cmd tea.Cmd
		m.modal, cmd = m.modal.Update(msg)
		return cmd
	}
	if m.fullHelp {
		if key.Matches(msg, km.Help, km.Close, km.Quit) {
			m.fullHelp = false
		}
		return nil
	}
	if m.activeTab().Capturing() {
		return m.toActive(msg)
	}
	if cmd, ok := m.globalKey(msg); ok {
		return cmd
	}
	if m.isEmpty() && m.showsEmpty() {
		return m.empty.key(msg)
	}
	return m.toActive(msg)
}

func (m *Model) toActive(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.tabs[m.active], cmd = m.activeTab().Update(msg)
	return cmd
}
