package lists

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// key handles a key press: the table's own keys first while it is
// filtering, then the tab's actions, then navigation.
func (t *Tab) key(msg tea.KeyPressMsg) tea.Cmd {
	if t.Table.Filtering() {
		_, cmd := t.Table.Update(msg)
		t.syncDetail()
		return cmd
	}
	if cmd, ok := t.c.Dispatch(t.actions(), msg); ok {
		return cmd
	}
	if t.detail.Open && !t.side() {
		t.pageKey(msg)
		return nil
	}
	_, cmd := t.Table.Update(msg)
	t.syncDetail()
	return cmd
}

// actions is every key of the tab, each declared once with the role it
// needs: the help line, the ? page and the dispatch read this list. It is
// built once: every key press at a million rows goes through it, and its
// functions read the tab's state when called.
func (t *Tab) actions() []kit.Action {
	if t.acts == nil {
		t.acts = t.declare()
	}
	return t.acts
}

func (t *Tab) declare() []kit.Action {
	km := t.keys
	open := func() bool { return t.detail.Open }
	closed := func() bool { return !t.detail.Open }
	scrollKeys := func() string {
		if t.detail.Open && !t.side() {
			return "↑↓ pgup pgdn"
		}
		return ""
	}
	const nav, records = 0, 1
	// The root runs it, for every tab at once; the list shows it.
	showDeleted := km.ShowDeletedAction()
	showDeleted.Group = records
	acts := []kit.Action{
		{Key: km.Open, Line: closed, Group: nav, Run: func(tea.KeyPressMsg) tea.Cmd { return t.openDetail() }},
		{Key: km.Close, When: open, Line: open, Group: nav, Run: func(tea.KeyPressMsg) tea.Cmd { return t.closeDetail() }},
		{Key: km.Scroll, When: open, Line: open, LineKeys: scrollKeys, Group: nav, Run: func(msg tea.KeyPressMsg) tea.Cmd {
			t.scroll(msg.String() == "shift+up", 1)
			return nil
		}},
		{Key: km.New, Need: kit.NeedEditor, Line: kit.Always, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return t.create() }},
		{Key: km.Edit, Need: kit.NeedEditor, Line: kit.Always, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return t.edit() }},
		{Key: km.Delete, Need: kit.NeedAdmin, Line: kit.Always, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return t.remove() }},
		{Key: km.Restore, Need: kit.NeedAdmin, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return t.restore() }},
		showDeleted,
		{Key: km.Export, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return t.c.ExportDialog(t.Spec.Kind, t.Table.Rows()) }},
		{Key: km.Import, Need: kit.NeedAdmin, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return t.c.ImportDialog(t.Spec.Kind) }},
	}
	if t.Spec.Kind == model.KindProject {
		acts = append(acts, t.stepAction(records))
	}
	if t.Spec.Kind == model.KindFacility {
		acts = append(acts, t.reviewAction(records))
	}
	return acts
}

func (t *Tab) closeDetail() tea.Cmd {
	t.detail.Open = false
	t.layout()
	return nil
}

// pageKey scrolls a full-page detail.
func (t *Tab) pageKey(msg tea.KeyPressMsg) {
	switch msg.String() {
	case "up", "k":
		t.scroll(true, 1)
	case "down", "j":
		t.scroll(false, 1)
	case "pgup":
		t.detail.vp.PageUp()
	case "pgdown", "space":
		t.detail.vp.PageDown()
	case "home", "g":
		t.detail.vp.GotoTop()
	case "end", "G":
		t.detail.vp.GotoBottom()
	}
}

func (t *Tab) scroll(up bool, n int) {
	if up {
		t.detail.vp.ScrollUp(n)
	} else {
		t.detail.vp.ScrollDown(n)
	}
}

func (t *Tab) openDetail() tea.Cmd {
	if _, ok := t.Selected(); !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	t.detail.Open = true
	t.detail.ID = 0
	t.layout()
	t.syncDetail()
	return nil
}

func (t *Tab) KeyMap() help.KeyMap {
	tk := t.Table.Keys()
	if t.Table.Filtering() {
		return kit.KeyList{Short: []key.Binding{tk.FilterKeep, tk.FilterClear, tk.Up, tk.Down}, Full: tk.FullHelp()}
	}
	acts := t.actions()
	short := []key.Binding{tk.Filter, tk.SortNext}
	if t.detail.Open {
		short = nil
	}
	short = append(short, t.c.HelpLine(acts)...)
	return kit.KeyList{Short: short, Full: append(tk.FullHelp(), t.c.HelpPage(acts)...)}
}
