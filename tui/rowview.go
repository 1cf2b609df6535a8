package tui

import (
	"khuyencong/i18n"
	"khuyencong/tui/vtable"
)

// view is what the adapters need of the session besides the data.
type view struct {
	lang        i18n.Lang
	showDeleted bool
	deletedMark string
}

func (v view) name(s string, deleted bool) string {
	if deleted {
		return v.deletedMark + s
	}
	return s
}

// Column keys only mark a column sortable: the sources above implement
// vtable.KeyAppender, which the table prefers.
func sortable(int) vtable.SortKey { return vtable.SortKey{} }
