package tui

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// Lists is kit.Lister: a list tab lists the records of its kind.
func (t *listTab) Lists(k model.Kind) bool { return t.k.Kind == k }

// Show is kit.Shower: the record under the cursor, its detail open.
func (t *listTab) Show(id model.ID) (tea.Cmd, bool) {
	if !kit.SelectRow(t.table, int(id)-1) {
		return nil, false
	}
	return t.openDetail(), true
}
