package kit

import (
	"khuyencong/i18n"
	"khuyencong/tui/vtable"
)

// view is what the adapters need of the session besides the data.
type RowView struct {
	Lang        i18n.Lang
	ShowDeleted bool
	deletedMark string
}

func (v RowView) Name(s string, deleted bool) string {
	if deleted {
		return v.deletedMark + s
	}
	return s
}

// Column keys only mark a column sortable: the sources above implement
// vtable.KeyAppender, which the table prefers.
func Sortable(int) vtable.SortKey { return vtable.SortKey{} }
