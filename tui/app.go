package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/audit"
	"khuyencong/tui/kit"
	"khuyencong/tui/transfer"
)

// Model is the app for one user. It implements tea.Model; New builds it and
// the program runs it. All its state is its own except the store.
type Model struct {
	c     *kit.Session
	keys  kit.Keys
	help  help.Model
	tabs  []kit.Tab
	specs []tabSpec // of each tab in tabs
	// tabKeys are the number keys of every declared tab, those the role
	// may not see included, so that their key says why.
	tabKeys []key.Binding
	active  int
	status  kit.Status
	modal   kit.Modal
	empty   *emptyScreen

	fullHelp bool
	mouse    bool
	w, h     int
	bg       *tea.BackgroundColorMsg
	feed     *feed
	done     bool
}

// New builds the app over cfg.Store for cfg.Actor.
func New(cfg kit.Config) *Model {
	c := &kit.Session{Config: cfg, Lang: cfg.Lang, Styles: kit.NewStyles(true, cfg.NoColor, cfg.ASCII), Snap: cfg.Store.Snapshot()}
	m := &Model{c: c, keys: kit.NewKeyMap(cfg.Lang), help: help.New(), mouse: cfg.Mouse}
	m.help.Styles = c.Styles.Help
	m.tabKeys = kit.TabKeys(cfg.Lang, len(tabSpecs()))
	m.buildTabs()
	m.empty = newEmptyScreen(c)
	c.Open = func(md kit.Modal, init tea.Cmd) tea.Cmd { return m.open(kit.OpenModalMsg{M: md, Init: init}) }
	c.ExportDialog = func(k model.Kind, rows []int32) tea.Cmd { return transfer.StartExport(c, k, rows) }
	c.ImportDialog = func(k model.Kind) tea.Cmd { return transfer.StartImport(c, k) }
	c.ReportDialog = func(y int32, p string, k model.Kind, rows []int32) tea.Cmd {
		return transfer.StartReport(c, y, p, k, rows)
	}
	return m
}

// Init asks the terminal for its background (styles default to dark until
// it answers, and some terminals never do) and starts following the
// store's change feed.
func (m *Model) Init() tea.Cmd {
	m.feed = newFeed(m.c.Config.Context, m.c.Config.Store)
	start := func() tea.Msg { return audit.StartMsg{} }
	return tea.Batch(tea.RequestBackgroundColor, m.feed.wait(), start)
}

// Close stops following the store's change feed. Run's end does not tell
// a model, so a caller that runs many programs (the SSH server) should
// call it, or set Config.Context, when a program returns.
func (m *Model) Close() {
	if m.feed != nil {
		m.feed.stop()
	}
}

func (m *Model) quit() tea.Cmd {
	m.done = true
	m.Close()
	return tea.Quit
}

// bodySize is the room between the tab bar and the status and help lines.
func (m *Model) bodySize() (int, int) { return max(m.w, 0), max(m.h-3, 0) }

// isEmpty reports a database without any facility or project, for which
// the first-run screen replaces the list tabs.
func (m *Model) isEmpty() bool {
	s := m.c.Snap
	return s.Facilities().Len() == 0 && s.Projects().Len() == 0
}

func (m *Model) activeTab() kit.Tab { return m.tabs[m.active] }

// title is the terminal window's title.
func (m *Model) title() string {
	return "khuyencong · " + m.c.T(MsgAppTitle)
}
