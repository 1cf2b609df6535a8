package model

// Texts of the virtual table component (tui/vtable).
const (
	MsgVTUp          Key = "vtable.key.up"
	MsgVTDown        Key = "vtable.key.down"
	MsgVTPageUp      Key = "vtable.key.pgup"
	MsgVTPageDown    Key = "vtable.key.pgdown"
	MsgVTHome        Key = "vtable.key.home"
	MsgVTEnd         Key = "vtable.key.end"
	MsgVTFilter      Key = "vtable.key.filter"
	MsgVTFilterKeep  Key = "vtable.key.filter_keep"
	MsgVTFilterClear Key = "vtable.key.filter_clear"
	MsgVTSortNext    Key = "vtable.key.sort_next"
	MsgVTSortPrev    Key = "vtable.key.sort_prev"
	MsgVTSortReverse Key = "vtable.key.sort_reverse"

	MsgVTFilterHint Key = "vtable.filter_hint"
	MsgVTSorting    Key = "vtable.sorting"
	MsgVTSearching  Key = "vtable.searching"
	MsgVTNoMatch    Key = "vtable.no_match"
	MsgVTNoRows     Key = "vtable.no_rows"
)

func init() {
	register(map[Key]Msg{
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
