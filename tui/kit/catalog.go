package kit

import "khuyencong/i18n"

// Texts shared by every part of the app: keys, roles, status messages,
// record kinds.
const (
	MsgTabFacilities     i18n.Key = "tui.tab.facilities"
	MsgTabProjects       i18n.Key = "tui.tab.projects"
	MsgKeyQuit           i18n.Key = "tui.key.quit"
	MsgKeyHelp           i18n.Key = "tui.key.help"
	MsgKeyNextTab        i18n.Key = "tui.key.next_tab"
	MsgKeyPrevTab        i18n.Key = "tui.key.prev_tab"
	MsgKeyTabs           i18n.Key = "tui.key.tabs"
	MsgKeyMouse          i18n.Key = "tui.key.mouse"
	MsgKeyOpen           i18n.Key = "tui.key.open"
	MsgKeyClose          i18n.Key = "tui.key.close"
	MsgKeyNew            i18n.Key = "tui.key.new"
	MsgKeyEdit           i18n.Key = "tui.key.edit"
	MsgKeyDelete         i18n.Key = "tui.key.delete"
	MsgKeyRestore        i18n.Key = "tui.key.restore"
	MsgKeyShowDeleted    i18n.Key = "tui.key.show_deleted"
	MsgKeyScroll         i18n.Key = "tui.key.scroll"
	MsgKeySave           i18n.Key = "tui.key.save"
	MsgKeySample         i18n.Key = "tui.key.sample"
	MsgKeyProvince       i18n.Key = "tui.key.province"
	MsgNeedEditor        i18n.Key = "tui.need.editor"
	MsgNeedAdmin         i18n.Key = "tui.need.admin"
	MsgHelpTitle         i18n.Key = "tui.help.title"
	MsgHelpClose         i18n.Key = "tui.help.close"
	MsgTooSmall          i18n.Key = "tui.too_small"
	MsgColName           i18n.Key = "tui.col.name"
	MsgColYear           i18n.Key = "tui.col.year"
	MsgColSource         i18n.Key = "tui.col.source"
	MsgStatusDeleted     i18n.Key = "tui.status.deleted"
	MsgStatusRestored    i18n.Key = "tui.status.restored"
	MsgStatusForbidden   i18n.Key = "tui.status.forbidden"
	MsgStatusConflict    i18n.Key = "tui.status.conflict"
	MsgStatusProblems    i18n.Key = "tui.status.problems"
	MsgStatusNoSelection i18n.Key = "tui.status.no_selection"
	MsgStatusIsDeleted   i18n.Key = "tui.status.is_deleted"
	MsgDeleteAsk         i18n.Key = "tui.delete.ask"
	MsgDeleteYes         i18n.Key = "tui.delete.yes"
	MsgNo                i18n.Key = "tui.no"
	MsgDeletedMark       i18n.Key = "tui.deleted_mark"
	MsgKeyExport         i18n.Key = "tui.key.export"
	MsgKeyImport         i18n.Key = "tui.key.import"
	MsgOvComputing       i18n.Key = "budget.ov.computing"
	MsgKeyYear           i18n.Key = "budget.key.year"
	MsgJumpFiltered      i18n.Key = "budget.jump.filtered"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgTabFacilities:     {"Cơ sở", "Facilities"},
		MsgTabProjects:       {"Đề án", "Projects"},
		MsgKeyQuit:           {"thoát", "quit"},
		MsgKeyHelp:           {"mọi phím", "all keys"},
		MsgKeyNextTab:        {"thẻ sau", "next tab"},
		MsgKeyPrevTab:        {"thẻ trước", "previous tab"},
		MsgKeyTabs:           {"chọn thẻ", "go to tab"},
		MsgKeyMouse:          {"bật/tắt chuột", "mouse on/off"},
		MsgKeyOpen:           {"xem chi tiết", "open"},
		MsgKeyClose:          {"đóng", "close"},
		MsgKeyNew:            {"thêm", "new"},
		MsgKeyEdit:           {"sửa", "edit"},
		MsgKeyDelete:         {"xoá", "delete"},
		MsgKeyRestore:        {"khôi phục", "restore"},
		MsgKeyShowDeleted:    {"hiện/ẩn bản ghi đã xoá", "show/hide deleted"},
		MsgKeyScroll:         {"cuộn chi tiết", "scroll the detail"},
		MsgKeySave:           {"lưu", "save"},
		MsgKeySample:         {"nạp dữ liệu mẫu", "load sample data"},
		MsgKeyProvince:       {"chọn tỉnh", "choose the province"},
		MsgNeedEditor:        {"cần quyền biên tập", "needs the editor role"},
		MsgNeedAdmin:         {"cần quyền quản trị", "needs the admin role"},
		MsgHelpTitle:         {"Các phím", "Keys"},
		MsgHelpClose:         {"? hoặc esc để đóng", "? or esc to close"},
		MsgTooSmall:          {"Cửa sổ quá nhỏ (cần ≥ %d×%d)", "Window too small (needs ≥ %d×%d)"},
		MsgColName:           {"Tên", "Name"},
		MsgColYear:           {"Năm", "Year"},
		MsgColSource:         {"Nguồn", "Source"},
		MsgStatusDeleted:     {"Đã xoá %s (khôi phục được bằng u)", "Deleted %s (u restores it)"},
		MsgStatusRestored:    {"Đã khôi phục %s", "Restored %s"},
		MsgStatusForbidden:   {"Không được phép: %s", "Not allowed: %s"},
		MsgStatusConflict:    {"%s đã sửa bản ghi này lúc %s; ô bạn đã sửa giữ nguyên, ô khác lấy giá trị mới: xem lại rồi lưu", "%s changed this record at %s; your edits are kept, other fields now show theirs: check and save again"},
		MsgStatusProblems:    {"Chưa lưu: %s", "Not saved: %s"},
		MsgStatusNoSelection: {"Chưa chọn bản ghi nào", "No record selected"},
		MsgStatusIsDeleted:   {"Bản ghi này đã bị xoá; khôi phục bằng u", "This record is deleted; u restores it"},
		MsgDeleteAsk:         {"Xoá %s?\nBản ghi được giữ lại và quản trị viên khôi phục được.", "Delete %s?\nThe record is kept and an admin can restore it."},
		MsgDeleteYes:         {"Xoá", "Delete"},
		MsgNo:                {"Không", "No"},
		MsgDeletedMark:       {"(đã xoá) ", "(deleted) "},
		MsgKeyExport:         {"xuất ra tệp", "export to a file"},
		MsgKeyImport:         {"nhập từ tệp", "import a file"},
		MsgOvComputing:       {"Đang tính số liệu…", "Computing the figures…"},
		MsgKeyYear:           {"đổi năm", "change year"},
		MsgJumpFiltered:      {"Bản ghi bị bộ lọc ẩn: xoá bộ lọc (esc) rồi thử lại", "The record is hidden by the filter: clear it (esc) and retry"},
	})
}
