package model

// Texts of the terminal app (package tui).
const (
	MsgTabOverview   Key = "tui.tab.overview"
	MsgTabFacilities Key = "tui.tab.facilities"
	MsgTabProjects   Key = "tui.tab.projects"
	MsgTabBudgets    Key = "tui.tab.budgets"
	MsgTabAudit      Key = "tui.tab.audit"

	MsgKeyQuit        Key = "tui.key.quit"
	MsgKeyHelp        Key = "tui.key.help"
	MsgKeyNextTab     Key = "tui.key.next_tab"
	MsgKeyPrevTab     Key = "tui.key.prev_tab"
	MsgKeyTabs        Key = "tui.key.tabs"
	MsgKeyMouse       Key = "tui.key.mouse"
	MsgKeyOpen        Key = "tui.key.open"
	MsgKeyClose       Key = "tui.key.close"
	MsgKeyNew         Key = "tui.key.new"
	MsgKeyEdit        Key = "tui.key.edit"
	MsgKeyDelete      Key = "tui.key.delete"
	MsgKeyRestore     Key = "tui.key.restore"
	MsgKeyShowDeleted Key = "tui.key.show_deleted"
	MsgKeyFilter      Key = "tui.key.filter"
	MsgKeySort        Key = "tui.key.sort"
	MsgKeyMove        Key = "tui.key.move"
	MsgKeyPage        Key = "tui.key.page"
	MsgKeyScroll      Key = "tui.key.scroll"
	MsgKeySave        Key = "tui.key.save"
	MsgKeySample      Key = "tui.key.sample"
	MsgKeyToggle      Key = "tui.key.toggle"
	MsgKeyConfirm     Key = "tui.key.confirm"
	MsgKeyNextField   Key = "tui.key.next_field"
	MsgKeyPrevField   Key = "tui.key.prev_field"
	MsgKeyPick        Key = "tui.key.pick"

	MsgNeedEditor Key = "tui.need.editor"
	MsgNeedAdmin  Key = "tui.need.admin"

	MsgHelpTitle Key = "tui.help.title"
	MsgHelpClose Key = "tui.help.close"
	MsgTooSmall  Key = "tui.too_small"

	MsgColName        Key = "tui.col.name"
	MsgColTax         Key = "tui.col.tax"
	MsgColDistrict    Key = "tui.col.district"
	MsgColCommune     Key = "tui.col.commune"
	MsgColCraft       Key = "tui.col.craft"
	MsgColTrade       Key = "tui.col.trade"
	MsgColEmployees   Key = "tui.col.employees"
	MsgColLegal       Key = "tui.col.legal"
	MsgColCode        Key = "tui.col.code"
	MsgColYear        Key = "tui.col.year"
	MsgColSource      Key = "tui.col.source"
	MsgColCategory    Key = "tui.col.category"
	MsgColStatus      Key = "tui.col.status"
	MsgColSupport     Key = "tui.col.support"
	MsgColCounterpart Key = "tui.col.counterpart"

	MsgStatusCreated     Key = "tui.status.created"
	MsgStatusSaved       Key = "tui.status.saved"
	MsgStatusDeleted     Key = "tui.status.deleted"
	MsgStatusRestored    Key = "tui.status.restored"
	MsgStatusForbidden   Key = "tui.status.forbidden"
	MsgStatusConflict    Key = "tui.status.conflict"
	MsgStatusProblems    Key = "tui.status.problems"
	MsgStatusNoSelection Key = "tui.status.no_selection"
	MsgStatusNotDeleted  Key = "tui.status.not_deleted"
	MsgStatusIsDeleted   Key = "tui.status.is_deleted"
	MsgStatusMouseOn     Key = "tui.status.mouse_on"
	MsgStatusMouseOff    Key = "tui.status.mouse_off"
	MsgStatusDeletedOn   Key = "tui.status.deleted_on"
	MsgStatusDeletedOff  Key = "tui.status.deleted_off"
	MsgStatusChanged     Key = "tui.status.changed"
	MsgStatusSampleDone  Key = "tui.status.sample_done"
	MsgStatusNoTab       Key = "tui.status.no_tab"

	MsgEmptyTitle    Key = "tui.empty.title"
	MsgEmptyBody     Key = "tui.empty.body"
	MsgEmptySample   Key = "tui.empty.sample"
	MsgEmptyNew      Key = "tui.empty.new"
	MsgEmptyViewer   Key = "tui.empty.viewer"
	MsgEmptyLoading  Key = "tui.empty.loading"
	MsgEmptyFiltered Key = "tui.empty.filtered"

	MsgDeleteAsk          Key = "tui.delete.ask"
	MsgDeleteYes          Key = "tui.delete.yes"
	MsgDiscardAsk         Key = "tui.discard.ask"
	MsgDiscardYes         Key = "tui.discard.yes"
	MsgDiscardNo          Key = "tui.discard.no"
	MsgNo                 Key = "tui.no"
	MsgDeletedMark        Key = "tui.deleted_mark"
	MsgDeletedRecord      Key = "tui.deleted_record"
	MsgNotNumber          Key = "tui.not_number"
	MsgPlainText          Key = "tui.plain"
	MsgKeyChoose          Key = "tui.key.choose"
	MsgFormMoneyHint      Key = "tui.form.money_hint"
	MsgFormSaving         Key = "tui.form.saving"
	MsgFormMore           Key = "tui.form.more"
	MsgFormNewFacility    Key = "tui.form.new_facility"
	MsgFormEditFacility   Key = "tui.form.edit_facility"
	MsgFormNewProject     Key = "tui.form.new_project"
	MsgFormEditProject    Key = "tui.form.edit_project"
	MsgFormFormerNames    Key = "tui.form.former_names_hint"
	MsgPickTitle          Key = "tui.pick.title"
	MsgPickCount          Key = "tui.pick.count"
	MsgPickNone           Key = "tui.pick.none"
	MsgDetailUntil        Key = "tui.detail.until"
	MsgDetailInfo         Key = "tui.detail.info"
	MsgDetailAddress      Key = "tui.detail.address"
	MsgDetailProjects     Key = "tui.detail.projects"
	MsgDetailSupport      Key = "tui.detail.support"
	MsgDetailShare        Key = "tui.detail.share"
	MsgDetailReceived     Key = "tui.detail.received"
	MsgDetailNone         Key = "tui.detail.none"
	MsgDetailUpdated      Key = "tui.detail.updated"
	MsgDetailMoney        Key = "tui.detail.money"
	MsgDetailBens         Key = "tui.detail.beneficiaries"
	MsgDetailPayments     Key = "tui.detail.payments"
	MsgDetailPaid         Key = "tui.detail.paid"
	MsgDetailRemaining    Key = "tui.detail.remaining"
	MsgAppTitle           Key = "tui.app_title"
	MsgOverviewTitle      Key = "tui.overview.title"
	MsgOverviewFacilities Key = "tui.overview.facilities"
	MsgOverviewWorkers    Key = "tui.overview.workers"
	MsgOverviewIncome     Key = "tui.overview.income"
	MsgOverviewProjects   Key = "tui.overview.projects"
	MsgOverviewWarnings   Key = "tui.overview.warnings"
	MsgOverviewAllocated  Key = "tui.overview.allocated"
	MsgOverviewCommitted  Key = "tui.overview.committed"
	MsgOverviewPaid       Key = "tui.overview.paid"
	MsgOverviewRemaining  Key = "tui.overview.remaining"
	MsgOverviewBudget     Key = "tui.overview.budget"
	MsgOverviewTotal      Key = "tui.overview.total"
	MsgAuditHint          Key = "tui.audit.hint"
	MsgAuditCount         Key = "tui.audit.count"
	MsgAuditLoading       Key = "tui.audit.loading"
	MsgAuditQueryKey      Key = "tui.audit.query_key"
	MsgAuditRun           Key = "tui.audit.run"
	MsgAuditBadWord       Key = "tui.audit.bad_word"
	MsgAuditAt            Key = "tui.audit.at"
	MsgAuditUser          Key = "tui.audit.user"
	MsgAuditOp            Key = "tui.audit.op"
	MsgAuditRecord        Key = "tui.audit.record"
	MsgAuditChanges       Key = "tui.audit.changes"
	MsgOpCreate           Key = "tui.op.create"
	MsgOpUpdate           Key = "tui.op.update"
	MsgOpDelete           Key = "tui.op.delete"
	MsgOpRestore          Key = "tui.op.restore"
	MsgOpImport           Key = "tui.op.import"
	MsgOpUser             Key = "tui.op.user"
	MsgOpSettings         Key = "tui.op.settings"
	MsgKindAllocation     Key = "tui.kind.allocation"
	MsgKindPayment        Key = "tui.kind.payment"
	MsgKindUser           Key = "tui.kind.user"
	MsgKindSettings       Key = "tui.kind.settings"
	MsgStatusSavedHidden  Key = "tui.status.saved_hidden"
)

func init() {
	register(map[Key]Msg{
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
