package lists

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// Lists is kit.Lister: a list tab lists the records of its kind.
func (t *Tab) Lists(k model.Kind) bool { return t.Spec.Kind == k }

// Show is kit.Shower: the record under the cursor, its detail open.
func (t *Tab) Show(id model.ID) (tea.Cmd, bool) {
	if !kit.SelectRow(t.Table, int(id)-1) {
		return nil, false
	}
	return t.openDetail(), true
}
