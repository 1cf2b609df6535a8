package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/model"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// emptyScreen greets a database without records: it offers the sample
// data (when the caller provides it and the role may write) and a first
// facility. Loading runs in a command with a spinner; the change feed
// then brings the records and the screen goes away by itself.
type emptyScreen struct {
	c       *kit.Session
	keys    kit.Keys
	spin    spinner.Model
	loading bool
}

// sampleDoneMsg reports the end of the sample load.
type sampleDoneMsg struct{ err error }

func newEmptyScreen(c *kit.Session) *emptyScreen {
	return &emptyScreen{c: c, keys: kit.NewKeyMap(c.Lang), spin: spinner.New(spinner.WithSpinner(spinner.Line))}
}

func (e *emptyScreen) canSample() bool { return e.c.Config.LoadSample != nil && e.c.CanWrite() }

func (e *emptyScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case spinner.TickMsg:
		if !e.loading {
			return nil
		}
		var cmd tea.Cmd
		e.spin, cmd = e.spin.Update(msg)
		return cmd
	case sampleDoneMsg:
		e.loading = false
		if msg.err != nil {
			return kit.Say(kit.LevelError, e.c.Localize(msg.err))
		}
		return kit.Say(kit.LevelInfo, e.c.T(MsgStatusSampleDone))
	}
	return nil
}

// key handles s (sample) and n (first facility).
func (e *emptyScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case e.loading:
		return nil
	case key.Matches(msg, e.keys.Sample) && e.c.Config.LoadSample != nil:
		if !e.c.CanWrite() {
			return e.c.Refuse(kit.MsgNeedEditor)
		}
		e.loading = true
		load := e.c.Config.LoadSample
		return tea.Batch(e.spin.Tick, func() tea.Msg { return sampleDoneMsg{err: load()} })
	case key.Matches(msg, e.keys.New):
		if !e.c.CanWrite() {
			return e.c.Refuse(kit.MsgNeedEditor)
		}
		f := form.NewFacilityForm(e.c, model.Facility{}, true)
		return kit.OpenModal(f, f.Init())
	}
	return nil
}

func (e *emptyScreen) View(w, h int) string {
	c, st := e.c, e.c.Styles
	lines := []string{st.Title.Render(c.T(MsgEmptyTitle)), "",
		c.T(MsgEmptyBody, kit.ShortPath(c.Config.DBPath, max(w-30, 10))), ""}
	switch {
	case e.loading:
		lines = append(lines, e.spin.View()+" "+c.T(MsgEmptyLoading))
	case !c.CanWrite():
		lines = append(lines, st.Muted.Render(c.T(MsgEmptyViewer)))
	default:
		if e.canSample() {
			lines = append(lines, st.Heading.Render("s")+"  "+c.T(MsgEmptySample))
		}
		lines = append(lines, st.Heading.Render("n")+"  "+c.T(MsgEmptyNew))
	}
	box := lipgloss.NewStyle().MaxWidth(max(w-4, 1)).Render(lipgloss.JoinVertical(lipgloss.Left, lines...))
	return kit.Center(box, w, h)
}

func (e *emptyScreen) KeyMap() help.KeyMap {
	var b []key.Binding
	if e.c.Config.LoadSample != nil {
		b = append(b, kit.Guarded(e.keys.Sample, e.c.CanWrite(), e.c.Lang, kit.MsgNeedEditor))
	}
	b = append(b, kit.Guarded(e.keys.New, e.c.CanWrite(), e.c.Lang, kit.MsgNeedEditor))
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}
