package tui

import (
	"khuyencong/model"

	tea "charm.land/bubbletea/v2"
)

// refreshMsg tells every part to re-read the common state: a new snapshot
// arrived or the admin toggled the deleted rows.
type refreshMsg struct{}

// selectMsg asks the list tabs to put the cursor on a record (after a save).
type selectMsg struct {
	kind model.Kind
	id   model.ID
	name string // for "saved but hidden by the filter"
}

func selectRecord(r model.Record, name string) func() tea.Msg {
	k, id := r.Kind(), r.Header().ID
	return func() tea.Msg { return selectMsg{kind: k, id: id, name: name} }
}

// gotoMsg asks the app to show the record a warning concerns: the root
// makes the tab that lists the kind active (see Model.gotoRecord) and every
// tab gets the message, so the tab of the kind puts its cursor on it. An
// allocation warning without an allocation (ID 0) names the budget row by
// year and source instead.
type gotoMsg struct {
	kind model.Kind
	id   model.ID
	year int32
	src  model.Source
}

func gotoWarning(w model.Warning) tea.Cmd {
	msg := gotoMsg{kind: w.RecordKind, id: w.ID, year: w.Year, src: w.Source}
	return func() tea.Msg { return msg }
}
