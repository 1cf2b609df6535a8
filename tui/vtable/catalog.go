package vtable

import "khuyencong/i18n"

// Texts of the virtual table component (tui/vtable).
const (
	MsgVTUp          i18n.Key = "vtable.key.up"
	MsgVTDown        i18n.Key = "vtable.key.down"
	MsgVTPageUp      i18n.Key = "vtable.key.pgup"
	MsgVTPageDown    i18n.Key = "vtable.key.pgdown"
	MsgVTHome        i18n.Key = "vtable.key.home"
	MsgVTEnd         i18n.Key = "vtable.key.end"
	MsgVTFilter      i18n.Key = "vtable.key.filter"
	MsgVTFilterKeep  i18n.Key = "vtable.key.filter_keep"
	MsgVTFilterClear i18n.Key = "vtable.key.filter_clear"
	MsgVTSortNext    i18n.Key = "vtable.key.sort_next"
	MsgVTSortPrev    i18n.Key = "vtable.key.sort_prev"
	MsgVTSortReverse i18n.Key = "vtable.key.sort_reverse"

	MsgVTFilterHint i18n.Key = "vtable.filter_hint"
	MsgVTSorting    i18n.Key = "vtable.sorting"
	MsgVTSearching  i18n.Key = "vtable.searching"
	MsgVTNoMatch    i18n.Key = "vtable.no_match"
	MsgVTNoRows     i18n.Key = "vtable.no_rows"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgVTUp:          {"lên", "up"},
		MsgVTDown:        {"xuống", "down"},
		MsgVTPageUp:      {"trang trước", "page up"},
		MsgVTPageDown:    {"trang sau", "page down"},
		MsgVTHome:        {"đầu danh sách", "first row"},
		MsgVTEnd:         {"cuối danh sách", "last row"},
		MsgVTFilter:      {"lọc", "filter"},
		MsgVTFilterKeep:  {"giữ bộ lọc", "keep filter"},
		MsgVTFilterClear: {"bỏ lọc", "clear filter"},
		MsgVTSortNext:    {"sắp theo cột sau", "sort by next column"},
		MsgVTSortPrev:    {"sắp theo cột trước", "sort by previous column"},
		MsgVTSortReverse: {"đảo chiều sắp xếp", "reverse sort"},
		MsgVTFilterHint:  {"/ để lọc", "/ to filter"},
		MsgVTSorting:     {"đang sắp xếp…", "sorting…"},
		MsgVTSearching:   {"đang lọc…", "filtering…"},
		MsgVTNoMatch:     {"Không có dòng nào khớp", "No rows match"},
		MsgVTNoRows:      {"Chưa có dữ liệu", "No records yet"},
	})
}
