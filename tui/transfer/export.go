package transfer

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// ExportedMsg reports an export's outcome.
type ExportedMsg struct {
	n    int
	path string
	err  error
	// again writes the same rows over the existing file, for the question
	// an ErrFileExists leads to.
	again tea.Cmd
}

// exportModal asks for the file name, suggested from the tab and the day,
// then writes what the table shows: filtered and sorted as on screen.
type exportModal struct {
	c    *kit.Session
	Kind model.Kind
	rows []int32
	Snap *store.Snapshot
	in   textinput.Model
}

// StartExport opens the file-name question for the rows on screen, or says
// why export is not offered (over SSH the server's disk is not the user's;
// `ssh server export` streams the file instead).
func StartExport(c *kit.Session, kind model.Kind, rows []int32) tea.Cmd {
	m, cmd := newExport(c, kind, rows)
	if m == nil {
		return cmd
	}
	return kit.OpenModal(m, cmd)
}

// newExport is the file-name question, or nil and why it is not offered.
func newExport(c *kit.Session, kind model.Kind, rows []int32) (kit.Modal, tea.Cmd) {
	if c.Config.Export == nil {
		return nil, kit.Say(kit.LevelWarn, c.T(MsgExportUnavailable))
	}
	in := textinput.New()
	in.SetValue(exportName(kind, c.Config.Time()))
	in.CharLimit = 255
	in.Focus()
	return &exportModal{c: c, Kind: kind, rows: rows, Snap: c.Snap, in: in}, textinput.Blink
}

// exportName suggests a file name from the registry's: "co-so-2026-11-27.csv".
func exportName(k model.Kind, now time.Time) string {
	ki, _ := k.Info()
	return ki.File + "-" + now.Format("2006-01-02") + ".csv"
}

func (m *exportModal) Session() *kit.Session { return m.c }

func (m *exportModal) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		var cmd tea.Cmd
		m.in, cmd = m.in.Update(msg)
		return m, cmd
	}
	switch k.String() {
	case "esc":
		return nil, nil
	case "enter":
		path := strings.TrimSpace(m.in.Value())
		if path == "" {
			return m, nil
		}
		return nil, m.write(path, false)
	}
	var cmd tea.Cmd
	m.in, cmd = m.in.Update(msg)
	return m, cmd
}

func (m *exportModal) View(base string, w, h int) string {
	// The input is as wide as the dialog's text, which depends on the
	// body's width: set here, where the width is known.
	m.in.SetWidth(form.DialogWidth(w) - 3)
	q := m.c.T(MsgExportAsk, kit.GroupInt(int64(len(m.rows))))
	return form.Overlay(base, form.DialogBox(m.c, w, q, m.in.View()), w, h)
}

func (m *exportModal) KeyMap() help.KeyMap {
	return kit.KeyList{Short: []key.Binding{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.c.T(MsgExportDo))),
		key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.c.T(kit.MsgKeyClose))),
	}}
}

// write runs the export off the UI goroutine; the file is the caller's
// business (kit.ExportFunc), including whether it exists.
func (m *exportModal) write(path string, overwrite bool) tea.Cmd {
	export, snap, kind, rows := m.c.Config.Export, m.Snap, m.Kind, m.rows
	return func() tea.Msg {
		n, err := export(snap, kind, rows, path, overwrite)
		msg := ExportedMsg{n: n, path: path, err: err}
		if errors.Is(err, kit.ErrFileExists) {
			msg.again = m.write(path, true)
		}
		return msg
	}
}

// Exported puts the outcome in the status bar, or asks before writing
// over an existing file.
func Exported(c *kit.Session, msg ExportedMsg) tea.Cmd {
	if msg.again != nil {
		return askOverwrite(c, msg.path, msg.again)
	}
	if msg.err != nil {
		return kit.Say(kit.LevelError, c.T(MsgAppExportFailed, msg.path, model.Localize(msg.err, c.Lang)))
	}
	return kit.Say(kit.LevelInfo, c.T(MsgAppExportDone, kit.GroupInt(int64(msg.n)), msg.path))
}

// askOverwrite asks before writing over path; yes runs again, the same
// write allowed to replace the file. Exports and papers ask alike.
func askOverwrite(c *kit.Session, path string, again tea.Cmd) tea.Cmd {
	d := form.NewConfirm(c, c.T(MsgExportOverwrite, path), c.T(MsgExportOverwriteYes), c.T(kit.MsgNo))
	return kit.OpenModal(&form.ConfirmModal{Dialog: d, OnYes: again}, nil)
}
