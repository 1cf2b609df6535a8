package model

import "khuyencong/i18n"

// Texts of the terminal app (package tui).
const (
	MsgTabOverview   i18n.Key = "tui.tab.overview"
	MsgTabFacilities i18n.Key = "tui.tab.facilities"
	MsgTabProjects   i18n.Key = "tui.tab.projects"
	MsgTabBudgets    i18n.Key = "tui.tab.budgets"
	MsgTabAudit      i18n.Key = "tui.tab.audit"

	MsgKeyQuit        i18n.Key = "tui.key.quit"
	MsgKeyHelp        i18n.Key = "tui.key.help"
	MsgKeyNextTab     i18n.Key = "tui.key.next_tab"
	MsgKeyPrevTab     i18n.Key = "tui.key.prev_tab"
	MsgKeyTabs        i18n.Key = "tui.key.tabs"
	MsgKeyMouse       i18n.Key = "tui.key.mouse"
	MsgKeyOpen        i18n.Key = "tui.key.open"
	MsgKeyClose       i18n.Key = "tui.key.close"
	MsgKeyNew         i18n.Key = "tui.key.new"
	MsgKeyEdit        i18n.Key = "tui.key.edit"
	MsgKeyDelete      i18n.Key = "tui.key.delete"
	MsgKeyRestore     i18n.Key = "tui.key.restore"
	MsgKeyShowDeleted i18n.Key = "tui.key.show_deleted"
	MsgKeyFilter      i18n.Key = "tui.key.filter"
	MsgKeySort        i18n.Key = "tui.key.sort"
	MsgKeyMove        i18n.Key = "tui.key.move"
	MsgKeyPage        i18n.Key = "tui.key.page"
	MsgKeyScroll      i18n.Key = "tui.key.scroll"
	MsgKeySave        i18n.Key = "tui.key.save"
	MsgKeySample      i18n.Key = "tui.key.sample"
	MsgKeyToggle      i18n.Key = "tui.key.toggle"
	MsgKeyConfirm     i18n.Key = "tui.key.confirm"
	MsgKeyNextField   i18n.Key = "tui.key.next_field"
	MsgKeyPrevField   i18n.Key = "tui.key.prev_field"
	MsgKeyPick        i18n.Key = "tui.key.pick"

	MsgNeedEditor i18n.Key = "tui.need.editor"
	MsgNeedAdmin  i18n.Key = "tui.need.admin"

	MsgHelpTitle i18n.Key = "tui.help.title"
	MsgHelpClose i18n.Key = "tui.help.close"
	MsgTooSmall  i18n.Key = "tui.too_small"

	MsgColName        i18n.Key = "tui.col.name"
	MsgColTax         i18n.Key = "tui.col.tax"
	MsgColDistrict    i18n.Key = "tui.col.district"
	MsgColCommune     i18n.Key = "tui.col.commune"
	MsgColCraft       i18n.Key = "tui.col.craft"
	MsgColTrade       i18n.Key = "tui.col.trade"
	MsgColEmployees   i18n.Key = "tui.col.employees"
	MsgColLegal       i18n.Key = "tui.col.legal"
	MsgColCode        i18n.Key = "tui.col.code"
	MsgColYear        i18n.Key = "tui.col.year"
	MsgColSource      i18n.Key = "tui.col.source"
	MsgColCategory    i18n.Key = "tui.col.category"
	MsgColStatus      i18n.Key = "tui.col.status"
	MsgColSupport     i18n.Key = "tui.col.support"
	MsgColCounterpart i18n.Key = "tui.col.counterpart"

	MsgStatusCreated     i18n.Key = "tui.status.created"
	MsgStatusSaved       i18n.Key = "tui.status.saved"
	MsgStatusDeleted     i18n.Key = "tui.status.deleted"
	MsgStatusRestored    i18n.Key = "tui.status.restored"
	MsgStatusForbidden   i18n.Key = "tui.status.forbidden"
	MsgStatusConflict    i18n.Key = "tui.status.conflict"
	MsgStatusProblems    i18n.Key = "tui.status.problems"
	MsgStatusNoSelection i18n.Key = "tui.status.no_selection"
	MsgStatusNotDeleted  i18n.Key = "tui.status.not_deleted"
	MsgStatusIsDeleted   i18n.Key = "tui.status.is_deleted"
	MsgStatusMouseOn     i18n.Key = "tui.status.mouse_on"
	MsgStatusMouseOff    i18n.Key = "tui.status.mouse_off"
	MsgStatusDeletedOn   i18n.Key = "tui.status.deleted_on"
	MsgStatusDeletedOff  i18n.Key = "tui.status.deleted_off"
	MsgStatusChanged     i18n.Key = "tui.status.changed"
	MsgStatusSampleDone  i18n.Key = "tui.status.sample_done"
	MsgStatusNoTab       i18n.Key = "tui.status.no_tab"

	MsgEmptyTitle    i18n.Key = "tui.empty.title"
	MsgEmptyBody     i18n.Key = "tui.empty.body"
	MsgEmptySample   i18n.Key = "tui.empty.sample"
	MsgEmptyNew      i18n.Key = "tui.empty.new"
	MsgEmptyViewer   i18n.Key = "tui.empty.viewer"
	MsgEmptyLoading  i18n.Key = "tui.empty.loading"
	MsgEmptyFiltered i18n.Key = "tui.empty.filtered"

	MsgDeleteAsk          i18n.Key = "tui.delete.ask"
	MsgDeleteYes          i18n.Key = "tui.delete.yes"
	MsgDiscardAsk         i18n.Key = "tui.discard.ask"
	MsgDiscardYes         i18n.Key = "tui.discard.yes"
	MsgDiscardNo          i18n.Key = "tui.discard.no"
	MsgNo                 i18n.Key = "tui.no"
	MsgDeletedMark        i18n.Key = "tui.deleted_mark"
	MsgDeletedRecord      i18n.Key = "tui.deleted_record"
	MsgNotNumber          i18n.Key = "tui.not_number"
	MsgPlainText          i18n.Key = "tui.plain"
	MsgKeyChoose          i18n.Key = "tui.key.choose"
	MsgFormMoneyHint      i18n.Key = "tui.form.money_hint"
	MsgFormSaving         i18n.Key = "tui.form.saving"
	MsgFormMore           i18n.Key = "tui.form.more"
	MsgFormNewFacility    i18n.Key = "tui.form.new_facility"
	MsgFormEditFacility   i18n.Key = "tui.form.edit_facility"
	MsgFormNewProject     i18n.Key = "tui.form.new_project"
	MsgFormEditProject    i18n.Key = "tui.form.edit_project"
	MsgFormFormerNames    i18n.Key = "tui.form.former_names_hint"
	MsgPickTitle          i18n.Key = "tui.pick.title"
	MsgPickCount          i18n.Key = "tui.pick.count"
	MsgPickNone           i18n.Key = "tui.pick.none"
	MsgDetailUntil        i18n.Key = "tui.detail.until"
	MsgDetailInfo         i18n.Key = "tui.detail.info"
	MsgDetailAddress      i18n.Key = "tui.detail.address"
	MsgDetailProjects     i18n.Key = "tui.detail.projects"
	MsgDetailSupport      i18n.Key = "tui.detail.support"
	MsgDetailShare        i18n.Key = "tui.detail.share"
	MsgDetailReceived     i18n.Key = "tui.detail.received"
	MsgDetailNone         i18n.Key = "tui.detail.none"
	MsgDetailUpdated      i18n.Key = "tui.detail.updated"
	MsgDetailMoney        i18n.Key = "tui.detail.money"
	MsgDetailBens         i18n.Key = "tui.detail.beneficiaries"
	MsgDetailPayments     i18n.Key = "tui.detail.payments"
	MsgDetailPaid         i18n.Key = "tui.detail.paid"
	MsgDetailRemaining    i18n.Key = "tui.detail.remaining"
	MsgAppTitle           i18n.Key = "tui.app_title"
	MsgOverviewTitle      i18n.Key = "tui.overview.title"
	MsgOverviewFacilities i18n.Key = "tui.overview.facilities"
	MsgOverviewWorkers    i18n.Key = "tui.overview.workers"
	MsgOverviewIncome     i18n.Key = "tui.overview.income"
	MsgOverviewProjects   i18n.Key = "tui.overview.projects"
	MsgOverviewWarnings   i18n.Key = "tui.overview.warnings"
	MsgOverviewAllocated  i18n.Key = "tui.overview.allocated"
	MsgOverviewCommitted  i18n.Key = "tui.overview.committed"
	MsgOverviewPaid       i18n.Key = "tui.overview.paid"
	MsgOverviewRemaining  i18n.Key = "tui.overview.remaining"
	MsgOverviewBudget     i18n.Key = "tui.overview.budget"
	MsgOverviewTotal      i18n.Key = "tui.overview.total"
	MsgAuditHint          i18n.Key = "tui.audit.hint"
	MsgAuditCount         i18n.Key = "tui.audit.count"
	MsgAuditLoading       i18n.Key = "tui.audit.loading"
	MsgAuditQueryKey      i18n.Key = "tui.audit.query_key"
	MsgAuditRun           i18n.Key = "tui.audit.run"
	MsgAuditBadWord       i18n.Key = "tui.audit.bad_word"
	MsgAuditAt            i18n.Key = "tui.audit.at"
	MsgAuditUser          i18n.Key = "tui.audit.user"
	MsgAuditOp            i18n.Key = "tui.audit.op"
	MsgAuditRecord        i18n.Key = "tui.audit.record"
	MsgAuditChanges       i18n.Key = "tui.audit.changes"
	MsgOpCreate           i18n.Key = "tui.op.create"
	MsgOpUpdate           i18n.Key = "tui.op.update"
	MsgOpDelete           i18n.Key = "tui.op.delete"
	MsgOpRestore          i18n.Key = "tui.op.restore"
	MsgOpImport           i18n.Key = "tui.op.import"
	MsgOpUser             i18n.Key = "tui.op.user"
	MsgOpSettings         i18n.Key = "tui.op.settings"
	MsgKindAllocation     i18n.Key = "tui.kind.allocation"
	MsgKindPayment        i18n.Key = "tui.kind.payment"
	MsgKindUser           i18n.Key = "tui.kind.user"
	MsgKindSettings       i18n.Key = "tui.kind.settings"
	MsgStatusSavedHidden  i18n.Key = "tui.status.saved_hidden"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgAppTitle:           {"Quản lý khuyến công", "Industrial promotion records"},
		MsgOverviewTitle:      {"Tổng quan — năm %d", "Overview — %d"},
		MsgOverviewFacilities: {"Cơ sở", "Facilities"},
		MsgOverviewWorkers:    {"Lao động", "Workers"},
		MsgOverviewIncome:     {"Thu nhập bình quân/tháng", "Average monthly income"},
		MsgOverviewProjects:   {"Đề án năm %d", "Projects of %d"},
		MsgOverviewWarnings:   {"Cảnh báo (%d)", "Warnings (%d)"},
		MsgOverviewAllocated:  {"Phân bổ", "Allocated"},
		MsgOverviewCommitted:  {"Cam kết", "Committed"},
		MsgOverviewPaid:       {"Đã giải ngân", "Paid"},
		MsgOverviewRemaining:  {"Còn lại", "Remaining"},
		MsgOverviewBudget:     {"Kinh phí năm %d theo nguồn", "Budget %d by source"},
		MsgOverviewTotal:      {"Cộng", "Total"},
		MsgAuditHint:          {"@người cs#12 da#3 từ:01/05/2026 đến:31/05/2026", "@user cs#12 da#3 from:01/05/2026 to:31/05/2026"},
		MsgAuditCount:         {"%s thay đổi (mới nhất trước)", "%s changes (newest first)"},
		MsgAuditLoading:       {"Đang đọc nhật ký…", "Reading the audit trail…"},
		MsgAuditQueryKey:      {"tìm theo người, bản ghi, ngày", "by user, record, date"},
		MsgAuditRun:           {"tìm", "search"},
		MsgAuditBadWord:       {"không hiểu %q: dùng @người, cs#12, da#3, từ:dd/mm/yyyy, đến:dd/mm/yyyy", "cannot read %q: use @user, cs#12, da#3, from:dd/mm/yyyy, to:dd/mm/yyyy"},
		MsgAuditAt:            {"Lúc", "At"},
		MsgAuditUser:          {"Người", "User"},
		MsgAuditOp:            {"Thao tác", "Action"},
		MsgAuditRecord:        {"Bản ghi", "Record"},
		MsgAuditChanges:       {"Thay đổi", "Changes"},
		MsgOpCreate:           {"thêm", "create"},
		MsgOpUpdate:           {"sửa", "update"},
		MsgOpDelete:           {"xoá", "delete"},
		MsgOpRestore:          {"khôi phục", "restore"},
		MsgOpImport:           {"nhập", "import"},
		MsgOpUser:             {"người dùng", "user"},
		MsgOpSettings:         {"cài đặt", "settings"},
		MsgKindAllocation:     {"Kinh phí", "Allocation"},
		MsgKindPayment:        {"Giải ngân", "Payment"},
		MsgKindUser:           {"Người dùng", "User"},
		MsgKindSettings:       {"Cài đặt", "Settings"},
		MsgStatusSavedHidden:  {"Đã lưu %s; bộ lọc đang ẩn bản ghi này (esc để bỏ lọc)", "Saved %s; the filter hides it (esc clears the filter)"},
		MsgTabOverview:        {"Tổng quan", "Overview"},
		MsgTabFacilities:      {"Cơ sở", "Facilities"},
		MsgTabProjects:        {"Đề án", "Projects"},
		MsgTabBudgets:         {"Kinh phí", "Budgets"},
		MsgTabAudit:           {"Nhật ký", "Audit log"},

		MsgKeyQuit:        {"thoát", "quit"},
		MsgKeyHelp:        {"mọi phím", "all keys"},
		MsgKeyNextTab:     {"thẻ sau", "next tab"},
		MsgKeyPrevTab:     {"thẻ trước", "previous tab"},
		MsgKeyTabs:        {"chọn thẻ", "go to tab"},
		MsgKeyMouse:       {"bật/tắt chuột", "mouse on/off"},
		MsgKeyOpen:        {"xem chi tiết", "open"},
		MsgKeyClose:       {"đóng", "close"},
		MsgKeyNew:         {"thêm", "new"},
		MsgKeyEdit:        {"sửa", "edit"},
		MsgKeyDelete:      {"xoá", "delete"},
		MsgKeyRestore:     {"khôi phục", "restore"},
		MsgKeyShowDeleted: {"hiện/ẩn bản ghi đã xoá", "show/hide deleted"},
		MsgKeyFilter:      {"lọc", "filter"},
		MsgKeySort:        {"sắp xếp", "sort"},
		MsgKeyMove:        {"di chuyển", "move"},
		MsgKeyPage:        {"trang, đầu, cuối", "page, top, bottom"},
		MsgKeyScroll:      {"cuộn chi tiết", "scroll the detail"},
		MsgKeySave:        {"lưu", "save"},
		MsgKeySample:      {"nạp dữ liệu mẫu", "load sample data"},
		MsgKeyToggle:      {"chọn/bỏ chọn", "select/unselect"},
		MsgKeyConfirm:     {"xong", "done"},
		MsgKeyNextField:   {"ô sau", "next field"},
		MsgKeyPrevField:   {"ô trước", "previous field"},
		MsgKeyPick:        {"chọn cơ sở", "choose facilities"},

		MsgNeedEditor: {"cần quyền biên tập", "needs the editor role"},
		MsgNeedAdmin:  {"cần quyền quản trị", "needs the admin role"},

		MsgHelpTitle: {"Các phím", "Keys"},
		MsgHelpClose: {"? hoặc esc để đóng", "? or esc to close"},
		MsgTooSmall:  {"Cửa sổ quá nhỏ (cần ≥ %d×%d)", "Window too small (needs ≥ %d×%d)"},

		MsgColName:        {"Tên", "Name"},
		MsgColTax:         {"MST", "Tax code"},
		MsgColDistrict:    {"Huyện", "District"},
		MsgColCommune:     {"Xã", "Commune"},
		MsgColCraft:       {"Làng nghề", "Craft village"},
		MsgColTrade:       {"Nhóm ngành", "Trade group"},
		MsgColEmployees:   {"Lao động", "Workers"},
		MsgColLegal:       {"Loại hình", "Form"},
		MsgColCode:        {"Mã", "Code"},
		MsgColYear:        {"Năm", "Year"},
		MsgColSource:      {"Nguồn", "Source"},
		MsgColCategory:    {"Nhóm ND", "Category"},
		MsgColStatus:      {"Trạng thái", "Status"},
		MsgColSupport:     {"Hỗ trợ", "Support"},
		MsgColCounterpart: {"Đối ứng", "Counterpart"},

		MsgStatusCreated:     {"Đã thêm %s", "Added %s"},
		MsgStatusSaved:       {"Đã lưu %s", "Saved %s"},
		MsgStatusDeleted:     {"Đã xoá %s (khôi phục được bằng u)", "Deleted %s (u restores it)"},
		MsgStatusRestored:    {"Đã khôi phục %s", "Restored %s"},
		MsgStatusForbidden:   {"Không được phép: %s", "Not allowed: %s"},
		MsgStatusConflict:    {"%s đã sửa bản ghi này lúc %s; ô bạn đã sửa giữ nguyên, ô khác lấy giá trị mới: xem lại rồi lưu", "%s changed this record at %s; your edits are kept, other fields now show theirs: check and save again"},
		MsgStatusProblems:    {"Chưa lưu: %s", "Not saved: %s"},
		MsgStatusNoSelection: {"Chưa chọn bản ghi nào", "No record selected"},
		MsgStatusNotDeleted:  {"Bản ghi này chưa bị xoá", "This record is not deleted"},
		MsgStatusIsDeleted:   {"Bản ghi này đã bị xoá; khôi phục bằng u", "This record is deleted; u restores it"},
		MsgStatusMouseOn:     {"Đã bật chuột", "Mouse on"},
		MsgStatusMouseOff:    {"Đã tắt chuột: có thể bôi đen chữ", "Mouse off: text selection works"},
		MsgStatusDeletedOn:   {"Đang hiện cả bản ghi đã xoá", "Showing deleted records too"},
		MsgStatusDeletedOff:  {"Đã ẩn bản ghi đã xoá", "Deleted records hidden"},
		MsgStatusChanged:     {"%s vừa cập nhật dữ liệu", "%s just updated the data"},
		MsgStatusSampleDone:  {"Đã nạp dữ liệu mẫu", "Sample data loaded"},
		MsgStatusNoTab:       {"Thẻ này dành cho quản trị", "This tab is for admins"},

		MsgEmptyTitle:    {"Chưa có bản ghi nào", "No records yet"},
		MsgEmptyBody:     {"Cơ sở dữ liệu %s còn trống.", "The database %s is empty."},
		MsgEmptySample:   {"nạp dữ liệu mẫu (các đề án trong bài báo và cơ sở giả lập)", "load the sample data (the article's projects and synthetic facilities)"},
		MsgEmptyNew:      {"thêm cơ sở đầu tiên", "add the first facility"},
		MsgEmptyViewer:   {"Vai trò của bạn chỉ được xem; hãy nhờ người biên tập nhập dữ liệu.", "Your role may only read; ask an editor to enter data."},
		MsgEmptyLoading:  {"Đang nạp dữ liệu mẫu…", "Loading the sample data…"},
		MsgEmptyFiltered: {"Không có bản ghi nào khớp", "No matching records"},

		MsgDeleteAsk:        {"Xoá %s?\nBản ghi được giữ lại và quản trị viên khôi phục được.", "Delete %s?\nThe record is kept and an admin can restore it."},
		MsgDeleteYes:        {"Xoá", "Delete"},
		MsgDiscardAsk:       {"Bỏ những gì đã nhập?", "Discard what you typed?"},
		MsgDiscardYes:       {"Bỏ", "Discard"},
		MsgDiscardNo:        {"Sửa tiếp", "Keep editing"},
		MsgNo:               {"Không", "No"},
		MsgDeletedMark:      {"(đã xoá) ", "(deleted) "},
		MsgDeletedRecord:    {"Bản ghi đã xoá", "Deleted record"},
		MsgNotNumber:        {"%q không phải số nguyên", "%q is not a whole number"},
		MsgPlainText:        {"%s", "%s"},
		MsgKeyChoose:        {"chọn", "choose"},
		MsgFormMoneyHint:    {"vd. 2.170.000.000 · 2.170 tr · 2,17 tỷ", "e.g. 2.170.000.000 · 2.170 tr · 2,17 tỷ"},
		MsgFormSaving:       {"Đang lưu…", "Saving…"},
		MsgFormMore:         {"… và %d lỗi nữa", "… and %d more problems"},
		MsgFormNewFacility:  {"Thêm cơ sở", "New facility"},
		MsgFormEditFacility: {"Sửa cơ sở: %s", "Edit facility: %s"},
		MsgFormNewProject:   {"Thêm đề án", "New project"},
		MsgFormEditProject:  {"Sửa đề án: %s", "Edit project: %s"},
		MsgDetailUntil:      {"đến %s", "until %s"},
		MsgDetailInfo:       {"Thông tin", "Details"},
		MsgDetailAddress:    {"Địa chỉ", "Address"},
		MsgDetailProjects:   {"Đề án được hỗ trợ (%d)", "Projects supporting it (%d)"},
		MsgDetailSupport:    {"hỗ trợ", "support"},
		MsgDetailShare:      {"phần của cơ sở", "its share"},
		MsgDetailReceived:   {"Tổng đã nhận", "Total received"},
		MsgDetailNone:       {"không có", "none"},
		MsgDetailUpdated:    {"Sửa lần cuối: %s lúc %s (phiên bản %d)", "Last changed by %s at %s (version %d)"},
		MsgDetailMoney:      {"Kinh phí", "Funding"},
		MsgDetailBens:       {"Đơn vị thụ hưởng (%d)", "Beneficiaries (%d)"},
		MsgDetailPayments:   {"Giải ngân (%d)", "Payments (%d)"},
		MsgDetailPaid:       {"Đã giải ngân", "Paid"},
		MsgDetailRemaining:  {"Còn phải trả", "Left to pay"},
		MsgPickTitle:        {"Chọn đơn vị thụ hưởng", "Choose the beneficiaries"},
		MsgPickCount:        {"đã chọn %d", "%d chosen"},
		MsgPickNone:         {"chưa chọn cơ sở nào (enter để chọn)", "none chosen yet (enter to choose)"},
		MsgFormFormerNames:  {"mỗi dòng một tên; thêm \"đến dd/mm/yyyy\" nếu biết ngày đổi", "one name a line; add \"until dd/mm/yyyy\" if the date is known"},
	})
}
