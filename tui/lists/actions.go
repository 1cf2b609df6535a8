package lists

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// The roles these need are declared with the keys (actions in keys.go).

func (t *Tab) create() tea.Cmd {
	f := t.Spec.newForm(t.c)
	return kit.OpenModal(f, f.Init())
}

func (t *Tab) edit() tea.Cmd {
	r, refused := t.liveSelection()
	if refused != nil {
		return refused
	}
	f := t.Spec.editForm(t.c, r.ID)
	return kit.OpenModal(f, f.Init())
}

func (t *Tab) remove() tea.Cmd {
	r, refused := t.liveSelection()
	if refused != nil {
		return refused
	}
	c := t.c
	d := form.NewConfirm(c, c.T(kit.MsgDeleteAsk, r.Name), c.T(kit.MsgDeleteYes), c.T(kit.MsgNo))
	return kit.OpenModal(&form.ConfirmModal{Dialog: d, OnYes: kit.DeleteCmd(c, t.Spec.Kind, r.ID, r.version, r.Name)}, nil)
}

// liveSelection is the selected record if it may be edited or deleted, or
// the status message that says why not.
func (t *Tab) liveSelection() (record, tea.Cmd) {
	r, ok := t.Selected()
	switch {
	case !ok:
		return r, kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	case r.deleted:
		return r, kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusIsDeleted))
	}
	return r, nil
}

func (t *Tab) restore() tea.Cmd {
	r, ok := t.Selected()
	switch {
	case !ok:
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	case !r.deleted:
		return kit.Say(kit.LevelWarn, t.c.T(MsgStatusNotDeleted))
	}
	return kit.RestoreCmd(t.c, t.Spec.Kind, r.ID, r.Name)
}
