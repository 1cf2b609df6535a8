package transfer

import (
	"context"
	"errors"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// importStep is where the import dialog is.
type importStep uint8

const (
	askPath importStep = iota
	checking
	review
	importing
)

// importChecked and importDone carry the ImportFunc's answers.
type importChecked struct {
	report string
	ok     bool
	err    error
}

type ImportDone struct {
	path   string
	report string
	err    error
}

// ImportModal is the admins' import: a path, then the dry run's report in
// a scrollable view, then — only if every row is good — the import itself
// after enter. Nothing is written before the user has seen the report.
type ImportModal struct {
	c      *kit.Session
	Kind   model.Kind
	step   importStep
	in     textinput.Model
	vp     viewport.Model
	ok     bool
	w, h   int
	report string
	choice kit.ImportChoice   // skip bad rows, codes already present
	cancel context.CancelFunc // ends the import under way (esc)
}

// StartImport opens the import dialog for a tab's kind.
func StartImport(c *kit.Session, kind model.Kind) tea.Cmd {
	// The role (admins) is declared with the tabs' import keys.
	if c.Config.Import == nil {
		return kit.Say(kit.LevelWarn, c.T(MsgImportUnavailable))
	}
	in := textinput.New()
	in.Placeholder = "/duong/dan/co-so.xlsx"
	in.CharLimit = 1024
	in.Focus()
	return kit.OpenModal(&ImportModal{c: c, Kind: kind, in: in, vp: viewport.New()}, textinput.Blink)
}

func (m *ImportModal) Session() *kit.Session { return m.c }

func (m *ImportModal) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.vp.SetWidth(max(msg.Width, 1))
		m.vp.SetHeight(max(msg.Height-4, 1))
		m.setReport()
	case importChecked:
		m.step, m.ok = review, msg.ok && msg.err == nil
		m.report = msg.report
		if msg.err != nil {
			m.report += "\n" + model.Localize(msg.err, m.c.Lang)
		}
		m.setReport()
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	if m.step == askPath {
		var cmd tea.Cmd
		m.in, cmd = m.in.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *ImportModal) key(msg tea.KeyPressMsg) (kit.Modal, tea.Cmd) {
	k := msg.String()
	switch {
	case k == "esc" && m.step == importing:
		m.cancel() // the store rolls the import back; ImportDone says so
		return m, nil
	case k == "esc":
		return nil, nil
	case m.step == askPath && k == "enter":
		path := strings.TrimSpace(m.in.Value())
		if path == "" {
			return m, nil
		}
		m.step = checking
		return m, m.run(path, true)
	case m.step == review && k == "enter" && m.ok:
		m.step = importing
		return m, m.run(strings.TrimSpace(m.in.Value()), false)
	case m.step == review && (k == "s" || k == "d"):
		// A new choice is checked again before anything is written.
		if k == "s" {
			m.choice.SkipBad = !m.choice.SkipBad
		} else {
			m.choice.Duplicates = (m.choice.Duplicates + 1) % 3
		}
		m.step = checking
		return m, m.run(strings.TrimSpace(m.in.Value()), true)
	case m.step == review:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	case m.step == askPath:
		var cmd tea.Cmd
		m.in, cmd = m.in.Update(msg)
		return m, cmd
	}
	return m, nil
}

// setReport wraps the report to the view's width: a reason for a bad row
// is often longer than a line.
func (m *ImportModal) setReport() {
	m.vp.SetContent(lipgloss.NewStyle().Width(max(m.vp.Width(), 1)).Render(m.report))
}

// run calls the ImportFunc off the UI goroutine.
func (m *ImportModal) run(path string, dryRun bool) tea.Cmd {
	imp, a, kind, ch := m.c.Config.Import, m.c.Config.Actor, m.Kind, m.choice
	ch.DryRun = dryRun
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	return func() tea.Msg {
		defer cancel()
		report, ok, err := imp(ctx, a, kind, path, ch)
		if dryRun {
			return importChecked{report: report, ok: ok, err: err}
		}
		return ImportDone{path: path, report: report, err: err}
	}
}

func (m *ImportModal) View(base string, w, h int) string {
	st := m.c.Styles
	switch m.step {
	case askPath:
		m.in.SetWidth(form.DialogWidth(w) - 3) // see fileNameModal.View
		return form.Overlay(base, form.DialogBox(m.c, w, m.c.T(MsgImportAsk), m.in.View()), w, h)
	case checking, importing:
		return form.Overlay(base, st.Dialog.Render(m.c.T(MsgImportWorking)+"\n"+m.c.T(MsgImportEscStops)), w, h)
	}
	hint := m.c.T(MsgImportRefusedHint)
	if m.ok {
		hint = m.c.T(MsgImportConfirmHint)
	}
	return lipgloss.JoinVertical(lipgloss.Left, st.Title.Render(m.c.T(MsgImportReport)), "", m.vp.View(), hint, m.choices())
}

// choices says what s and d set now.
func (m *ImportModal) choices() string {
	skip := m.c.T(kit.MsgNo)
	if m.choice.SkipBad {
		skip = m.c.T(MsgImportYes)
	}
	dup := [...]i18n.Key{MsgImportDupRefuse, MsgImportDupSkip, MsgImportDupUpdate}[m.choice.Duplicates]
	return m.c.Styles.Muted.Render(m.c.T(MsgImportChoices, skip, m.c.T(dup)))
}

func (m *ImportModal) KeyMap() help.KeyMap {
	keys := []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.c.T(kit.MsgKeyClose)))}
	if m.step == review && m.ok {
		keys = append([]key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.c.T(MsgImportDo)))}, keys...)
	}
	return kit.KeyList{Short: keys}
}

// Imported puts the import's outcome in the status bar; the feed brings the
// new records to every session.
func Imported(c *kit.Session, msg ImportDone) tea.Cmd {
	if errors.Is(msg.err, store.ErrCanceled) {
		return kit.Say(kit.LevelWarn, c.T(MsgImportStopped, msg.path))
	}
	if msg.err != nil {
		return kit.Say(kit.LevelError, c.T(MsgImportFailedApp, msg.path, model.Localize(msg.err, c.Lang)))
	}
	return kit.Say(kit.LevelInfo, c.T(MsgImportDoneApp, msg.path))
}
