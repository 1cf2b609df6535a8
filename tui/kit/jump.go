package kit

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
)

// Lister is a tab that lists records of some kinds: a jump to a record of
// one of them (GotoMsg) makes it the active tab.
type Lister interface {
	Lists(k model.Kind) bool
}

// Shower is a Lister that, once active, puts its cursor on a record and
// opens its detail, as enter would; shown is false when its filter hides
// the record.
type Shower interface {
	Lister
	Show(id model.ID) (cmd tea.Cmd, shown bool)
}
