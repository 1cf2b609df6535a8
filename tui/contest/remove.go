package contest

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// A round or an entry is soft-deleted like the other kinds (admins; the
// store keeps it, audits it and an admin restores it with u). A round's
// score sheets and entries stay as they are: they are not shown with a
// deleted round, and come back with it.

// selection is the selected round (rounds view) or entry (entries view,
// register) as the newest snapshot has it: kind, ID, version, name,
// deleted.
type selection struct {
	kind    model.Kind
	id      model.ID
	version uint32
	name    string
	deleted bool
}

func (t *Tab) selection() (selection, bool) {
	row, ok := t.Active().Selected()
	if !ok {
		return selection{}, false
	}
	id := model.ID(row + 1)
	if t.Showing == ViewRounds {
		r, ok := latestRound(t.c, id)
		if !ok {
			return selection{}, false
		}
		return selection{model.KindRound, id, r.Version, r.Code, r.Deleted}, true
	}
	e, ok := store.TableOf[model.Entry](t.c.Latest()).Get(id)
	if !ok {
		return selection{}, false
	}
	return selection{model.KindEntry, id, e.Version, e.Code + " " + e.Product, e.Deleted}, true
}

// remove asks before deleting the selection, saying what still hangs on
// it: a round's live entries, an entry's certificate.
func (t *Tab) remove() tea.Cmd {
	sel, ok := t.selection()
	switch {
	case !ok:
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	case sel.deleted:
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusIsDeleted))
	}
	ask := t.c.T(kit.MsgDeleteAsk, sel.name)
	if sel.kind == model.KindRound {
		if n := t.roundEntries(sel.id); n > 0 {
			ask += "\n" + t.c.T(MsgDeleteRoundEntries, n)
		}
	} else if e, ok := store.TableOf[model.Entry](t.c.Latest()).Get(sel.id); ok && e.Certified() {
		ask += "\n" + t.c.T(MsgDeleteEntryCert, e.CertNo)
	}
	d := form.NewConfirm(t.c, ask, t.c.T(kit.MsgDeleteYes), t.c.T(kit.MsgNo))
	return kit.OpenModal(&form.ConfirmModal{Dialog: d, OnYes: kit.DeleteCmd(t.c, sel.kind, sel.id, sel.version, sel.name)}, nil)
}

// restore brings back a deleted selection (shown with D).
func (t *Tab) restore() tea.Cmd {
	sel, ok := t.selection()
	switch {
	case !ok:
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	case !sel.deleted:
		return kit.Say(kit.LevelWarn, t.c.T(MsgNotDeleted))
	}
	return kit.RestoreCmd(t.c, sel.kind, sel.id, sel.name)
}

// roundEntries counts the round's live entries in the newest snapshot.
func (t *Tab) roundEntries(round model.ID) int {
	return len(store.EntriesOfRound(t.c.Latest(), round))
}
