package tui

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
)

// The role checks here only spare the user a form they cannot save; the
// store refuses the write anyway.

func (t *listTab) create() tea.Cmd {
	if !t.c.canWrite() {
		return t.c.refuse(model.MsgNeedEditor)
	}
	f := t.k.newForm(t.c)
	return openModal(f, f.Init())
}

func (t *listTab) edit() tea.Cmd {
	if !t.c.canWrite() {
		return t.c.refuse(model.MsgNeedEditor)
	}
	r, refused := t.liveSelection()
	if refused != nil {
		return refused
	}
	f := t.k.editForm(t.c, r.id)
	return openModal(f, f.Init())
}

func (t *listTab) remove() tea.Cmd {
	if !t.c.canAdmin() {
		return t.c.refuse(model.MsgNeedAdmin)
	}
	r, refused := t.liveSelection()
	if refused != nil {
		return refused
	}
	c := t.c
	d := newConfirm(c, c.T(model.MsgDeleteAsk, r.name), c.T(model.MsgDeleteYes), c.T(model.MsgNo))
	return openModal(&confirmModal{d: d, onYes: deleteCmd(c, t.k.kind, r.id, r.version, r.name)}, nil)
}

// liveSelection is the selected record if it may be edited or deleted, or
// the status message that says why not.
func (t *listTab) liveSelection() (record, tea.Cmd) {
	r, ok := t.selected()
	switch {
	case !ok:
		return r, say(levelWarn, t.c.T(model.MsgStatusNoSelection))
	case r.deleted:
		return r, say(levelWarn, t.c.T(model.MsgStatusIsDeleted))
	}
	return r, nil
}

func (t *listTab) restore() tea.Cmd {
	if !t.c.canAdmin() {
		return t.c.refuse(model.MsgNeedAdmin)
	}
	r, ok := t.selected()
	switch {
	case !ok:
		return say(levelWarn, t.c.T(model.MsgStatusNoSelection))
	case !r.deleted:
		return say(levelWarn, t.c.T(model.MsgStatusNotDeleted))
	}
	return restoreCmd(t.c, t.k.kind, r.id, r.name)
}
