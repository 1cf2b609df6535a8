package tui

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// The roles these need are declared with the keys (actions in listkeys.go).

func (t *listTab) create() tea.Cmd {
	f := t.k.newForm(t.c)
	return kit.OpenModal(f, f.Init())
}

func (t *listTab) edit() tea.Cmd {
	r, refused := t.liveSelection()
	if refused != nil {
		return refused
	}
	f := t.k.editForm(t.c, r.ID)
	return kit.OpenModal(f, f.Init())
}

func (t *listTab) remove() tea.Cmd {
	r, refused := t.liveSelection()
	if refused != nil {
		return refused
	}
	c := t.c
	d := newConfirm(c, c.T(model.MsgDeleteAsk, r.Name), c.T(model.MsgDeleteYes), c.T(model.MsgNo))
	return kit.OpenModal(&confirmModal{d: d, onYes: kit.DeleteCmd(c, t.k.Kind, r.ID, r.version, r.Name)}, nil)
}

// liveSelection is the selected record if it may be edited or deleted, or
// the status message that says why not.
func (t *listTab) liveSelection() (record, tea.Cmd) {
	r, ok := t.selected()
	switch {
	case !ok:
		return r, kit.Say(kit.LevelWarn, t.c.T(model.MsgStatusNoSelection))
	case r.deleted:
		return r, kit.Say(kit.LevelWarn, t.c.T(model.MsgStatusIsDeleted))
	}
	return r, nil
}

func (t *listTab) restore() tea.Cmd {
	r, ok := t.selected()
	switch {
	case !ok:
		return kit.Say(kit.LevelWarn, t.c.T(model.MsgStatusNoSelection))
	case !r.deleted:
		return kit.Say(kit.LevelWarn, t.c.T(model.MsgStatusNotDeleted))
	}
	return kit.RestoreCmd(t.c, t.k.Kind, r.ID, r.Name)
}
