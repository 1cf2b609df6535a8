package transfer

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// fileNameModal asks for a file name in a dialog over the tab, with a
// suggestion; enter hands the name to write, esc closes. Exports and the
// papers ask the same way.
type fileNameModal struct {
	c        *kit.Session
	question string
	enter    i18n.Key // what enter does, for the help
	in       textinput.Model
	write    func(path string, overwrite bool) tea.Cmd
}

func newFileName(c *kit.Session, question, suggested string, enter i18n.Key, write func(string, bool) tea.Cmd) (kit.Modal, tea.Cmd) {
	in := textinput.New()
	in.SetValue(suggested)
	in.CharLimit = 255
	in.Focus()
	return &fileNameModal{c: c, question: question, enter: enter, in: in, write: write}, textinput.Blink
}

func (m *fileNameModal) Session() *kit.Session { return m.c }

func (m *fileNameModal) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
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
	}
	var cmd tea.Cmd
	m.in, cmd = m.in.Update(msg)
	return m, cmd
}

func (m *fileNameModal) View(base string, w, h int) string {
	// The input is as wide as the dialog's text, which depends on the
	// body's width: set here, where the width is known.
	m.in.SetWidth(form.DialogWidth(w) - 3)
	return form.Overlay(base, form.DialogBox(m.c, w, m.question, m.in.View()), w, h)
}

func (m *fileNameModal) KeyMap() help.KeyMap {
	return kit.KeyList{Short: []key.Binding{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.c.T(m.enter))),
		key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.c.T(kit.MsgKeyClose))),
	}}
}

// askOverwrite asks before writing over path; yes runs again, the same
// write allowed to replace the file.
func askOverwrite(c *kit.Session, path string, again tea.Cmd) tea.Cmd {
	d := form.NewConfirm(c, c.T(MsgExportOverwrite, path), c.T(MsgExportOverwriteYes), c.T(kit.MsgNo))
	return kit.OpenModal(&form.ConfirmModal{Dialog: d, OnYes: again}, nil)
}
