package kit

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
)

// RefreshMsg tells every part to re-read the common state: a new snapshot
// arrived or the admin toggled the deleted rows.
type RefreshMsg struct{}

// SelectMsg asks the list tabs to put the cursor on a record (after a save).
type SelectMsg struct {
	Kind model.Kind
	ID   model.ID
	Name string // for "saved but hidden by the filter"
}

func SelectRecord(r model.Record, name string) func() tea.Msg {
	k, id := r.Kind(), r.Header().ID
	return func() tea.Msg { return SelectMsg{Kind: k, ID: id, Name: name} }
}

// GotoMsg asks the app to show the record a warning concerns: the root
// makes the tab that lists the kind active (see Model.gotoRecord) and every
// tab gets the message, so the tab of the kind puts its cursor on it. An
// allocation warning without an allocation (ID 0) names the budget row by
// year and source instead.
type GotoMsg struct {
	Kind model.Kind
	ID   model.ID
	Year int32
	Src  model.Source
}

func GotoWarning(w model.Warning) tea.Cmd {
	msg := GotoMsg{Kind: w.RecordKind, ID: w.ID, Year: w.Year, Src: w.Source}
	return func() tea.Msg { return msg }
}
