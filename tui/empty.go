package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/model"
)

// emptyScreen greets a database without records: it offers the sample
// data (when the caller provides it and the role may write) and a first
// facility. Loading runs in a command with a spinner; the change feed
// then brings the records and the screen goes away by itself.
type emptyScreen struct {
	c       *common
	keys    keyMap
	spin    spinner.Model
	loading bool
}

// sampleDoneMsg reports the end of the sample load.
type sampleDoneMsg struct{ err error }

func newEmptyScreen(c *common) *emptyScreen {
	return &emptyScreen{c: c, keys: newKeyMap(c.lang), spin: spinner.New(spinner.WithSpinner(spinner.Line))}
}

func (e *emptyScreen) canSample() bool { return e.c.cfg.LoadSample != nil && e.c.canWrite() }

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
			return say(levelError, e.c.localize(msg.err))
		}
		return say(levelInfo, e.c.T(model.MsgStatusSampleDone))
	}
	return nil
}

// key handles s (sample) and n (first facility).
func (e *emptyScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case e.loading:
		return nil
	case key.Matches(msg, e.keys.Sample) && e.c.cfg.LoadSample != nil:
		if !e.c.canWrite() {
			return e.c.refuse(model.MsgNeedEditor)
		}
		e.loading = true
		load := e.c.cfg.LoadSample
		return tea.Batch(e.spin.Tick, func() tea.Msg { return sampleDoneMsg{err: load()} })
	case key.Matches(msg, e.keys.New):
		if !e.c.canWrite() {
			return e.c.refuse(model.MsgNeedEditor)
		}
		f := newFacilityForm(e.c, model.Facility{}, true)
		return openModal(f, f.Init())
	}
	return nil
}

func (e *emptyScreen) View(w, h int) string {
	c, st := e.c, e.c.st
	lines := []string{st.Title.Render(c.T(model.MsgEmptyTitle)), "",
		c.T(model.MsgEmptyBody, shortPath(c.cfg.DBPath, max(w-30, 10))), ""}
	switch {
	case e.loading:
		lines = append(lines, e.spin.View()+" "+c.T(model.MsgEmptyLoading))
	case !c.canWrite():
		lines = append(lines, st.Muted.Render(c.T(model.MsgEmptyViewer)))
	default:
		if e.canSample() {
			lines = append(lines, st.Heading.Render("s")+"  "+c.T(model.MsgEmptySample))
		}
		lines = append(lines, st.Heading.Render("n")+"  "+c.T(model.MsgEmptyNew))
	}
	box := lipgloss.NewStyle().MaxWidth(max(w-4, 1)).Render(lipgloss.JoinVertical(lipgloss.Left, lines...))
	return center(box, w, h)
}

func (e *emptyScreen) KeyMap() help.KeyMap {
	var b []key.Binding
	if e.c.cfg.LoadSample != nil {
		b = append(b, guarded(e.keys.Sample, e.c.canWrite(), e.c.lang, model.MsgNeedEditor))
	}
	b = append(b, guarded(e.keys.New, e.c.canWrite(), e.c.lang, model.MsgNeedEditor))
	return keyList{short: b, full: [][]key.Binding{b}}
}
