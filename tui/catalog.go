package tui

import "khuyencong/i18n"

// Texts of the root of the app: the tab titles, the help page, the
// first-run and loading screens.
const (
	MsgStatusMouseOn      i18n.Key = "tui.status.mouse_on"
	MsgStatusMouseOff     i18n.Key = "tui.status.mouse_off"
	MsgStatusDeletedOn    i18n.Key = "tui.status.deleted_on"
	MsgStatusDeletedOff   i18n.Key = "tui.status.deleted_off"
	MsgStatusChanged      i18n.Key = "tui.status.changed"
	MsgStatusSampleDone   i18n.Key = "tui.status.sample_done"
	MsgStatusNoTab        i18n.Key = "tui.status.no_tab"
	MsgStatusRoleChanged  i18n.Key = "tui.status.role_changed"
	MsgEmptyTitle         i18n.Key = "tui.empty.title"
	MsgEmptyBody          i18n.Key = "tui.empty.body"
	MsgEmptySample        i18n.Key = "tui.empty.sample"
	MsgEmptyNew           i18n.Key = "tui.empty.new"
	MsgEmptyProvinceIs    i18n.Key = "tui.empty.province_is"
	MsgEmptyProvinceFirst i18n.Key = "tui.empty.province_first"
	MsgEmptyViewer        i18n.Key = "tui.empty.viewer"
	MsgEmptyLoading       i18n.Key = "tui.empty.loading"
	MsgAppTitle           i18n.Key = "tui.app_title"
	MsgLoading            i18n.Key = "tui.loading"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgStatusRoleChanged:  {"Quản trị viên đã đổi vai trò của bạn: nay là %s", "An admin changed your role: you are now %s"},
		MsgStatusMouseOn:      {"Đã bật chuột", "Mouse on"},
		MsgStatusMouseOff:     {"Đã tắt chuột: có thể bôi đen chữ", "Mouse off: text selection works"},
		MsgStatusDeletedOn:    {"Đang hiện cả bản ghi đã xoá", "Showing deleted records too"},
		MsgStatusDeletedOff:   {"Đã ẩn bản ghi đã xoá", "Deleted records hidden"},
		MsgStatusChanged:      {"%s vừa cập nhật dữ liệu", "%s just updated the data"},
		MsgStatusSampleDone:   {"Đã nạp dữ liệu mẫu", "Sample data loaded"},
		MsgStatusNoTab:        {"Thẻ này dành cho quản trị", "This tab is for admins"},
		MsgEmptyTitle:         {"Chưa có bản ghi nào", "No records yet"},
		MsgEmptyBody:          {"Cơ sở dữ liệu %s còn trống.", "The database %s is empty."},
		MsgEmptySample:        {"nạp dữ liệu mẫu (các đề án trong bài báo và cơ sở giả lập)", "load the sample data (the article's projects and synthetic facilities)"},
		MsgEmptyNew:           {"thêm cơ sở đầu tiên", "add the first facility"},
		MsgEmptyProvinceIs:    {"tỉnh của trung tâm: %s (đổi)", "the centre's province: %s (change)"},
		MsgEmptyProvinceFirst: {"chọn tỉnh của trung tâm trước tiên (34 tỉnh từ 1/7/2025)", "choose the centre's province first (34 provinces since 1/7/2025)"},
		MsgEmptyViewer:        {"Vai trò của bạn chỉ được xem; hãy nhờ người biên tập nhập dữ liệu.", "Your role may only read; ask an editor to enter data."},
		MsgEmptyLoading:       {"Đang nạp dữ liệu mẫu…", "Loading the sample data…"},
		MsgAppTitle:           {"Quản lý khuyến công", "Industrial promotion records"},
		MsgLoading:            {"Đang mở %s…", "Opening %s…"},
	})
}
