package contest

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// Lists is kit.Lister: a warning about an entry (a complaint waiting for
// its answer) opens the entry in its round's entries view.
func (t *Tab) Lists(k model.Kind) bool { return k == model.KindEntry }

// gotoEntry shows the entry's round and puts the cursor on the entry once
// the entries view has its rows.
func (t *Tab) gotoEntry(msg kit.GotoMsg) tea.Cmd {
	if msg.Kind != model.KindEntry || msg.ID == 0 {
		return nil
	}
	e, ok := store.TableOf[model.Entry](t.c.Snap).Get(msg.ID)
	if !ok {
		return nil
	}
	t.Round, t.Showing, t.want = e.Round, ViewEntries, msg.ID
	return tea.Batch(t.Tables[ViewEntries].SetSource(t.source(ViewEntries)), t.trySelect())
}

// trySelect selects the entry a jump asked for when the view is ready.
func (t *Tab) trySelect() tea.Cmd {
	tb := t.Tables[ViewEntries]
	if t.want == 0 || tb.Busy() {
		return nil
	}
	id := t.want
	t.want = 0
	if !kit.SelectRow(tb, int(id)-1) {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgJumpFiltered))
	}
	return nil
}

// complaints counts the round's complaints without an answer, and those
// past their answer deadline on day today.
func (t *Tab) complaints(r *model.Round, today model.Date) (open, late int) {
	for e := range t.d.entries.Scan() {
		if e.Round != r.ID {
			continue
		}
		if due, waiting := model.ComplaintDue(r, e); waiting {
			open++
			if due < today {
				late++
			}
		}
	}
	return open, late
}
