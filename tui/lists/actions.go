package lists

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
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
	ask := c.T(kit.MsgDeleteAsk, r.Name)
	if used := usedBy(c, t.Spec.Kind, r.ID); used != "" {
		ask += "\n" + used
	}
	d := form.NewConfirm(c, ask, c.T(kit.MsgDeleteYes), c.T(kit.MsgNo))
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

// usedBy says which live records still refer to the one about to be
// deleted, or "" when none do: the delete is allowed (a decision may end a
// project's support for a facility that closed), but not unawares.
func usedBy(c *kit.Session, k model.Kind, id model.ID) string {
	snap := c.Latest()
	rk, ids := snap.ReferredBy(k, id)
	switch {
	case len(ids) == 0:
		return ""
	case rk == model.KindPayment:
		return c.T(MsgDeleteUsedByPay, len(ids))
	}
	const shown = 4
	codes := make([]string, 0, shown+1)
	for _, pid := range ids[:min(len(ids), shown)] {
		if p, ok := snap.Projects().Get(pid); ok {
			codes = append(codes, p.Code)
		}
	}
	if len(ids) > shown {
		more := "…"
		if c.Styles.Ascii {
			more = "..."
		}
		codes = append(codes, more)
	}
	return c.T(MsgDeleteUsedByPrj, len(ids), strings.Join(codes, ", "))
}
