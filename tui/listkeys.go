package tui

import (
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
	case key.Matches(msg, km.Close) && t.detail.open:
		t.detail.open = false
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
		return startExport(t.c, t.k.kind, t.table.Rows())
	case key.Matches(msg, km.Import):
		return startImport(t.c, t.k.kind)
	case key.Matches(msg, km.Scroll) && t.detail.open:
		t.scroll(msg.String() == "shift+up", 1)
		return nil
	}
	if t.detail.open && !t.side() {
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
		return say(levelWarn, t.c.T(model.MsgStatusNoSelection))
	}
	t.detail.open = true
	t.detail.id = 0
	t.layout()
	t.syncDetail()
	return nil
}

func (t *listTab) KeyMap() help.KeyMap {
	km, c := t.keys, t.c
	tk := t.table.Keys()
	if t.table.Filtering() {
		return keyList{short: []key.Binding{tk.FilterKeep, tk.FilterClear, tk.Up, tk.Down}, full: tk.FullHelp()}
	}
	nw := guarded(km.New, c.canWrite(), c.lang, model.MsgNeedEditor)
	ed := guarded(km.Edit, c.canWrite(), c.lang, model.MsgNeedEditor)
	del := guarded(km.Delete, c.canAdmin(), c.lang, model.MsgNeedAdmin)
	res := guarded(km.Restore, c.canAdmin(), c.lang, model.MsgNeedAdmin)
	shd := guarded(km.ShowDeleted, c.canAdmin(), c.lang, model.MsgNeedAdmin)
	imp := guarded(km.Import, c.canAdmin(), c.lang, model.MsgNeedAdmin)
	short := []key.Binding{tk.Filter, tk.SortNext, km.Open, nw, ed, del}
	if t.detail.open {
		scroll := km.Scroll
		if !t.side() {
			scroll.SetHelp("↑↓ pgup pgdn", scroll.Help().Desc)
		}
		short = []key.Binding{km.Close, scroll, nw, ed, del}
	}
	full := append(tk.FullHelp(), []key.Binding{km.Open, km.Close, km.Scroll}, []key.Binding{nw, ed, del, res, shd, km.Export, imp})
	return keyList{short: short, full: full}
}
