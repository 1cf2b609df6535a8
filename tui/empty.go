package tui

import (
	"charm.land/bubbles/v2/help"
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
	if e.loading {
		return nil
	}
	cmd, _ := e.c.Dispatch(e.actions(), msg)
	return cmd
}

// actions is the screen's keys with the role they need; s only where the
// caller offers the sample data.
func (e *emptyScreen) actions() []kit.Action {
	// The province first: addresses and the conversion depend on it.
	acts := []kit.Action{{Key: e.keys.Province, Need: kit.NeedAdmin, Line: kit.Always, Run: func(tea.KeyPressMsg) tea.Cmd {
		p := form.NewProvinceChooser(e.c)
		return kit.OpenModal(p, p.Init())
	}}}
	if load := e.c.Config.LoadSample; load != nil {
		acts = append(acts, kit.Action{Key: e.keys.Sample, Need: kit.NeedEditor, Line: kit.Always, Run: func(tea.KeyPressMsg) tea.Cmd {
			e.loading = true
			return tea.Batch(e.spin.Tick, func() tea.Msg { return sampleDoneMsg{err: load()} })
		}})
	}
	return append(acts, kit.Action{Key: e.keys.New, Need: kit.NeedEditor, Line: kit.Always, Run: func(tea.KeyPressMsg) tea.Cmd {
		f := form.NewFacilityForm(e.c, model.Facility{}, true)
		return kit.OpenModal(f, f.Init())
	}})
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
		if e.c.CanAdmin() {
			lines = append(lines, st.Heading.Render("p")+"  "+e.province())
		}
		if e.canSample() {
			lines = append(lines, st.Heading.Render("s")+"  "+c.T(MsgEmptySample))
		}
		lines = append(lines, st.Heading.Render("n")+"  "+c.T(MsgEmptyNew))
	}
	box := lipgloss.NewStyle().MaxWidth(max(w-4, 1)).Render(lipgloss.JoinVertical(lipgloss.Left, lines...))
	return kit.Center(box, w, h)
}

func (e *emptyScreen) KeyMap() help.KeyMap {
	acts := e.actions()
	return kit.KeyList{Short: e.c.HelpLine(acts), Full: e.c.HelpPage(acts)}
}

// province is the screen's line about the centre's province: chosen, or
// to choose first.
func (e *emptyScreen) province() string {
	snap := e.c.Latest()
	if p := snap.Settings.Province; p != "" {
		return e.c.T(MsgEmptyProvinceIs, snap.Units.ProvinceLabel(p))
	}
	return e.c.Styles.Warn.Render(e.c.T(MsgEmptyProvinceFirst))
}
