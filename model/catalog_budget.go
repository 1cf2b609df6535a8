package model

import "khuyencong/i18n"

// Texts of the overview (Tổng quan) and budget (Kinh phí) tabs, their
// warnings, the allocation and payment forms and the ceilings settings.
const (
	MsgOvAllYears    i18n.Key = "budget.all_years"
	MsgOvYear        i18n.Key = "budget.year"
	MsgOvFacilities  i18n.Key = "budget.ov.facilities"
	MsgOvWorkers     i18n.Key = "budget.ov.workers"
	MsgOvAvgIncome   i18n.Key = "budget.ov.avg_income"
	MsgOvPerMonth    i18n.Key = "budget.ov.per_month"
	MsgOvProjects    i18n.Key = "budget.ov.projects"
	MsgOvComputing   i18n.Key = "budget.ov.computing"
	MsgOvOverflow    i18n.Key = "budget.ov.overflow"
	MsgOvOrphans     i18n.Key = "budget.ov.orphans"
	MsgOvWarnings    i18n.Key = "budget.ov.warnings"
	MsgOvWarnOther   i18n.Key = "budget.ov.warn_other"
	MsgOvNoWarnings  i18n.Key = "budget.ov.no_warnings"
	MsgOvWarnPos     i18n.Key = "budget.ov.warn_pos"
	MsgOvTitleWarn   i18n.Key = "budget.ov.title_warn"
	MsgBgColProjects i18n.Key = "budget.col.projects"
	MsgBgColAlloc    i18n.Key = "budget.col.allocated"
	MsgBgColCommit   i18n.Key = "budget.col.committed"
	MsgBgColPaid     i18n.Key = "budget.col.paid"
	MsgBgColRemain   i18n.Key = "budget.col.remaining"
	MsgBgColUsed     i18n.Key = "budget.col.used"
	MsgBgColBatch    i18n.Key = "budget.col.batch"
	MsgBgColAmount   i18n.Key = "budget.col.amount"
	MsgBgColDecision i18n.Key = "budget.col.decision"
	MsgBgColDecided  i18n.Key = "budget.col.decided"
	MsgBgColDate     i18n.Key = "budget.col.date"
	MsgBgColProject  i18n.Key = "budget.col.project"
	MsgBgColKind     i18n.Key = "budget.col.kind"
	MsgBgColVoucher  i18n.Key = "budget.col.voucher"
	MsgBgColNotes    i18n.Key = "budget.col.notes"
	MsgBgTotal       i18n.Key = "budget.total"
	MsgBgFlagOver    i18n.Key = "budget.flag.over"
	MsgBgFlagNoAlloc i18n.Key = "budget.flag.no_alloc"
	MsgBgFlagPaid    i18n.Key = "budget.flag.over_paid"
	MsgBgEarlier     i18n.Key = "budget.earlier"
	MsgBgAllocations i18n.Key = "budget.allocations"
	MsgBgPayments    i18n.Key = "budget.payments"
	MsgBgTitle       i18n.Key = "budget.title"

	MsgKeyYear        i18n.Key = "budget.key.year"
	MsgKeyJump        i18n.Key = "budget.key.jump"
	MsgKeyWarnMove    i18n.Key = "budget.key.warn_move"
	MsgKeyChartScroll i18n.Key = "budget.key.chart_scroll"
	MsgKeySubTab      i18n.Key = "budget.key.sub_tab"
	MsgKeyCeilings    i18n.Key = "budget.key.ceilings"
	MsgKeyOpenProject i18n.Key = "budget.key.open_project"

	MsgJumpNoAlloc   i18n.Key = "budget.jump.no_alloc"
	MsgJumpFiltered  i18n.Key = "budget.jump.filtered"
	MsgPickProject   i18n.Key = "budget.pick.project"
	MsgPickProjectNo i18n.Key = "budget.pick.none"

	MsgFormNewAllocation  i18n.Key = "budget.form.new_allocation"
	MsgFormEditAllocation i18n.Key = "budget.form.edit_allocation"
	MsgFormNewPayment     i18n.Key = "budget.form.new_payment"
	MsgFormEditPayment    i18n.Key = "budget.form.edit_payment"
	MsgAllocationName     i18n.Key = "budget.allocation_name"
	MsgAllocationBatch    i18n.Key = "budget.allocation_batch"

	MsgSetTitle      i18n.Key = "budget.set.title"
	MsgSetCategory   i18n.Key = "budget.set.category"
	MsgSetPercent    i18n.Key = "budget.set.percent"
	MsgSetMax        i18n.Key = "budget.set.max"
	MsgSetAdvance    i18n.Key = "budget.set.advance"
	MsgSetNoLimit    i18n.Key = "budget.set.no_limit"
	MsgSetReadOnly   i18n.Key = "budget.set.read_only"
	MsgSetHint       i18n.Key = "budget.set.hint"
	MsgSetSaved      i18n.Key = "budget.set.saved"
	MsgSetSaving     i18n.Key = "budget.set.saving"
	MsgSetPercentErr i18n.Key = "budget.set.percent_err"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgOvAllYears:   {"Tất cả các năm", "All years"},
		MsgOvYear:       {"Năm %d", "Year %d"},
		MsgOvFacilities: {"Cơ sở", "Facilities"},
		MsgOvWorkers:    {"Lao động", "Workers"},
		MsgOvAvgIncome:  {"Thu nhập BQ", "Avg income"},
		MsgOvPerMonth:   {"%s/tháng", "%s/month"},
		MsgOvProjects:   {"Đề án: %d", "Projects: %d"},
		MsgOvComputing:  {"Đang tính số liệu…", "Computing the figures…"},
		MsgOvOverflow:   {"! Có tổng vượt giới hạn tính toán, số liệu bị chặn", "! A total overflowed and is capped"},
		MsgOvOrphans:    {"! %d lần giải ngân không thuộc đề án nào còn lại", "! %d payments belong to no remaining project"},
		MsgOvWarnings:   {"Cảnh báo (%d)", "Warnings (%d)"},
		MsgOvWarnOther:  {"và %d cảnh báo của năm khác", "and %d in other years"},
		MsgOvNoWarnings: {"Không có cảnh báo", "No warnings"},
		MsgOvWarnPos:    {"%d/%d", "%d/%d"},
		MsgOvTitleWarn:  {"%s !%d", "%s !%d"},

		MsgBgColProjects: {"Đề án", "Projects"},
		MsgBgColAlloc:    {"Kế hoạch", "Allocated"},
		MsgBgColCommit:   {"Cam kết", "Committed"},
		MsgBgColPaid:     {"Đã chi", "Paid"},
		MsgBgColRemain:   {"Còn lại", "Remaining"},
		MsgBgColUsed:     {"Đã dùng", "Used"},
		MsgBgColBatch:    {"Đợt", "Batch"},
		MsgBgColAmount:   {"Số tiền", "Amount"},
		MsgBgColDecision: {"Quyết định", "Decision"},
		MsgBgColDecided:  {"Ngày QĐ", "Decided"},
		MsgBgColDate:     {"Ngày", "Date"},
		MsgBgColProject:  {"Đề án", "Project"},
		MsgBgColKind:     {"Loại", "Kind"},
		MsgBgColVoucher:  {"Chứng từ", "Voucher"},
		MsgBgColNotes:    {"Ghi chú", "Notes"},
		MsgBgTotal:       {"Cộng", "Total"},
		MsgBgFlagOver:    {"vượt KH", "over plan"},
		MsgBgFlagNoAlloc: {"chưa có KH", "no plan"},
		MsgBgFlagPaid:    {"chi vượt", "overpaid"},
		MsgBgEarlier:     {"… %d dòng của các năm trước; [ ] để xem từng năm", "… %d earlier rows; [ ] shows one year"},
		MsgBgAllocations: {"Kế hoạch kinh phí %s", "Allocations %s"},
		MsgBgPayments:    {"Giải ngân %s", "Payments %s"},
		MsgBgTitle:       {"Kinh phí so với thực hiện — %s", "Budget against actual — %s"},

		MsgKeyYear:        {"đổi năm", "change year"},
		MsgKeyJump:        {"mở bản ghi", "open the record"},
		MsgKeyWarnMove:    {"chọn cảnh báo", "choose a warning"},
		MsgKeyChartScroll: {"cuộn biểu đồ", "scroll the charts"},
		MsgKeySubTab:      {"kế hoạch / giải ngân", "allocations / payments"},
		MsgKeyCeilings:    {"mức trần hỗ trợ", "support ceilings"},
		MsgKeyOpenProject: {"mở đề án", "open the project"},

		MsgJumpNoAlloc:   {"%s năm %d chưa có kế hoạch kinh phí: thêm bằng phím n", "%s %d has no allocation: add one with n"},
		MsgJumpFiltered:  {"Bản ghi bị bộ lọc ẩn: xoá bộ lọc (esc) rồi thử lại", "The record is hidden by the filter: clear it (esc) and retry"},
		MsgPickProject:   {"Chọn đề án", "Choose a project"},
		MsgPickProjectNo: {"(chưa chọn, enter để chọn)", "(none, enter to choose)"},

		MsgFormNewAllocation:  {"Thêm kế hoạch kinh phí", "New allocation"},
		MsgFormEditAllocation: {"Sửa kế hoạch kinh phí %s", "Edit allocation %s"},
		MsgFormNewPayment:     {"Thêm lần giải ngân", "New payment"},
		MsgFormEditPayment:    {"Sửa lần giải ngân %s", "Edit payment %s"},
		MsgAllocationName:     {"%s năm %d", "%s %d"},
		MsgAllocationBatch:    {"%s năm %d đợt %d", "%s %d batch %d"},

		MsgSetTitle:      {"Mức trần hỗ trợ theo nội dung", "Support ceilings by category"},
		MsgSetCategory:   {"Nội dung", "Category"},
		MsgSetPercent:    {"Tỷ lệ tối đa", "Max share"},
		MsgSetMax:        {"Tối đa / cơ sở", "Max per facility"},
		MsgSetAdvance:    {"Tạm ứng tối đa trước nghiệm thu", "Max advance before acceptance"},
		MsgSetNoLimit:    {"không giới hạn", "no limit"},
		MsgSetReadOnly:   {"Chỉ quản trị viên được sửa mức trần (vai trò của bạn: %s). esc để đóng.", "Only admins may change the ceilings (your role: %s). esc closes."},
		MsgSetHint:       {"Để trống hoặc 0 là không giới hạn. ctrl+s lưu, esc huỷ.", "Empty or 0 means no limit. ctrl+s saves, esc cancels."},
		MsgSetSaved:      {"Đã lưu mức trần hỗ trợ", "Support ceilings saved"},
		MsgSetSaving:     {"Đang lưu…", "Saving…"},
		MsgSetPercentErr: {"%s: phải là số phần trăm từ 0 đến 100", "%s: must be a percentage from 0 to 100"},
	})
}
