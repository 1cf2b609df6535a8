package tui

import (
	"khuyencong/tui/kit"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
)

// key handles a key press: the table's own keys first while it is
// filtering, then the record commands, then navigation.
func (t *listTab) key(msg tea.KeyPressMsg) tea.Cmd {
	if t.table.Filtering() {
		_, cmd := t.table.Update(msg)
		t.syncDetail()
		return cmd
	}
	km := t.keys
	switch {
	case key.Matches(msg, km.Close) && t.detail.Open:
		t.detail.Open = false
		t.layout()
		return nil
	case key.Matches(msg, km.Open):
		return t.openDetail()
	case key.Matches(msg, km.New):
		return t.create()
	case key.Matches(msg, km.Edit):
		return t.edit()
	case key.Matches(msg, km.Delete):
		return t.remove()
	case key.Matches(msg, km.Restore):
		return t.restore()
	case key.Matches(msg, km.Export):
		return startExport(t.c, t.k.Kind, t.table.Rows())
	case key.Matches(msg, km.Import):
		return startImport(t.c, t.k.Kind)
	case key.Matches(msg, km.Scroll) && t.detail.Open:
		t.scroll(msg.String() == "shift+up", 1)
		return nil
	}
	if t.detail.Open && !t.side() {
		t.pageKey(msg)
		return nil
	}
	_, cmd := t.table.Update(msg)
	t.syncDetail()
	return cmd
}

// pageKey scrolls a full-page detail.
func (t *listTab) pageKey(msg tea.KeyPressMsg) {
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

func (t *listTab) scroll(up bool, n int) {
	if up {
		t.detail.vp.ScrollUp(n)
	} else {
		t.detail.vp.ScrollDown(n)
	}
}

func (t *listTab) openDetail() tea.Cmd {
	if _, ok := t.selected(); !ok {
		return kit.Say(kit.LevelWarn, t.c.T(model.MsgStatusNoSelection))
	}
	t.detail.Open = true
	t.detail.Id = 0
	t.layout()
	t.syncDetail()
	return nil
}

func (t *listTab) KeyMap() help.KeyMap {
	km, c := t.keys, t.c
	tk := t.table.Keys()
	if t.table.Filtering() {
		return kit.KeyList{Short: []key.Binding{tk.FilterKeep, tk.FilterClear, tk.Up, tk.Down}, Full: tk.FullHelp()}
	}
	nw := kit.Guarded(km.New, c.CanWrite(), c.Lang, model.MsgNeedEditor)
	ed := kit.Guarded(km.Edit, c.CanWrite(), c.Lang, model.MsgNeedEditor)
	del := kit.Guarded(km.Delete, c.CanAdmin(), c.Lang, model.MsgNeedAdmin)
	res := kit.Guarded(km.Restore, c.CanAdmin(), c.Lang, model.MsgNeedAdmin)
	shd := kit.Guarded(km.ShowDeleted, c.CanAdmin(), c.Lang, model.MsgNeedAdmin)
	imp := kit.Guarded(km.Import, c.CanAdmin(), c.Lang, model.MsgNeedAdmin)
	short := []key.Binding{tk.Filter, tk.SortNext, km.Open, nw, ed, del}
	if t.detail.Open {
		scroll := km.Scroll
		if !t.side() {
			scroll.SetHelp("↑↓ pgup pgdn", scroll.Help().Desc)
		}
		short = []key.Binding{km.Close, scroll, nw, ed, del}
	}
	full := append(tk.FullHelp(), []key.Binding{km.Open, km.Close, km.Scroll}, []key.Binding{nw, ed, del, res, shd, km.Export, imp})
	return kit.KeyList{Short: short, Full: full}
}
