package form

import "khuyencong/i18n"

// Texts of package form, in both languages (see package i18n).
const (
	MsgKeyToggle          i18n.Key = "tui.key.toggle"
	MsgKeyConfirm         i18n.Key = "tui.key.confirm"
	MsgKeyNextField       i18n.Key = "tui.key.next_field"
	MsgKeyPrevField       i18n.Key = "tui.key.prev_field"
	MsgKeyPick            i18n.Key = "tui.key.pick"
	MsgStatusCreated      i18n.Key = "tui.status.created"
	MsgStatusSaved        i18n.Key = "tui.status.saved"
	MsgDiscardAsk         i18n.Key = "tui.discard.ask"
	MsgDiscardYes         i18n.Key = "tui.discard.yes"
	MsgDiscardNo          i18n.Key = "tui.discard.no"
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
	MsgPickProject        i18n.Key = "budget.pick.project"
	MsgPickProjectNo      i18n.Key = "budget.pick.none"
	MsgPickUnitNone       i18n.Key = "form.unit.none"
	MsgReviewTitle        i18n.Key = "form.review.title"
	MsgProvinceTitle      i18n.Key = "form.province.title"
	MsgProvinceWhy        i18n.Key = "form.province.why"
	MsgProvinceSaved      i18n.Key = "form.province.saved"
	MsgReviewLoading      i18n.Key = "form.review.loading"
	MsgReviewNoProvince   i18n.Key = "form.review.no_province"
	MsgReviewDone         i18n.Key = "form.review.done"
	MsgReviewOld          i18n.Key = "form.review.old"
	MsgReviewNowIn        i18n.Key = "form.review.now_in"
	MsgReviewByDistrict   i18n.Key = "form.review.by_district"
	MsgReviewKeyChoose    i18n.Key = "form.review.key_choose"
	MsgReviewKeyApply     i18n.Key = "form.review.key_apply"
	MsgReviewKeySkip      i18n.Key = "form.review.key_skip"
	MsgPickUnit           i18n.Key = "form.unit.pick"
	MsgPickUnitTitle      i18n.Key = "form.unit.title"
	MsgColUnit            i18n.Key = "form.unit.col.name"
	MsgColUnitCode        i18n.Key = "form.unit.col.code"
	MsgColUnitWithin      i18n.Key = "form.unit.col.within"
	MsgFormNewAllocation  i18n.Key = "budget.form.new_allocation"
	MsgFormEditAllocation i18n.Key = "budget.form.edit_allocation"
	MsgFormNewPayment     i18n.Key = "budget.form.new_payment"
	MsgFormEditPayment    i18n.Key = "budget.form.edit_payment"
	MsgAllocationName     i18n.Key = "budget.allocation_name"
	MsgAllocationBatch    i18n.Key = "budget.allocation_batch"
	MsgSetTitle           i18n.Key = "budget.set.title"
	MsgSetCategory        i18n.Key = "budget.set.category"
	MsgSetPercent         i18n.Key = "budget.set.percent"
	MsgSetMax             i18n.Key = "budget.set.max"
	MsgSetAdvance         i18n.Key = "budget.set.advance"
	MsgSetNoLimit         i18n.Key = "budget.set.no_limit"
	MsgSetReadOnly        i18n.Key = "budget.set.read_only"
	MsgSetHint            i18n.Key = "budget.set.hint"
	MsgSetSaved           i18n.Key = "budget.set.saved"
	MsgSetSaving          i18n.Key = "budget.set.saving"
	MsgSetPercentErr      i18n.Key = "budget.set.percent_err"
	MsgRiskOverCommitted  i18n.Key = "tui.form.risk.over_committed"
	MsgRiskOverPaid       i18n.Key = "tui.form.risk.over_paid"
	MsgRiskSupportBelow   i18n.Key = "tui.form.risk.support_below"
	MsgRiskAsk            i18n.Key = "tui.form.risk.ask"
	MsgRiskYes            i18n.Key = "tui.form.risk.yes"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgKeyToggle:        {"chọn/bỏ chọn", "select/unselect"},
		MsgKeyConfirm:       {"xong", "done"},
		MsgKeyNextField:     {"ô sau", "next field"},
		MsgKeyPrevField:     {"ô trước", "previous field"},
		MsgKeyPick:          {"chọn cơ sở", "choose facilities"},
		MsgStatusCreated:    {"Đã thêm %s", "Added %s"},
		MsgStatusSaved:      {"Đã lưu %s", "Saved %s"},
		MsgDiscardAsk:       {"Bỏ những gì đã nhập?", "Discard what you typed?"},
		MsgDiscardYes:       {"Bỏ", "Discard"},
		MsgDiscardNo:        {"Sửa tiếp", "Keep editing"},
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
		MsgFormFormerNames:  {"mỗi dòng một tên; thêm \"đến dd/mm/yyyy\" nếu biết ngày đổi", "one name a line; add \"until dd/mm/yyyy\" if the date is known"},
		MsgPickTitle:        {"Chọn đơn vị thụ hưởng", "Choose the beneficiaries"},
		MsgPickCount:        {"đã chọn %d", "%d chosen"},
		MsgPickNone:         {"chưa chọn cơ sở nào (enter để chọn)", "none chosen yet (enter to choose)"},
		MsgPickProject:      {"Chọn đề án", "Choose a project"},
		MsgPickProjectNo:    {"(chưa chọn, enter để chọn)", "(none, enter to choose)"},
		MsgPickUnitNone:     {"(chưa chọn: gõ tên hoặc space để chọn)", "(none: type a name or space to choose)"},
		MsgProvinceTitle:    {"Tỉnh của trung tâm", "The centre's province"},
		MsgProvinceWhy: {"Từ 1/7/2025 cả nước có 34 tỉnh. Địa chỉ mới mặc định thuộc tỉnh này; địa chỉ cũ không ghi tỉnh được tìm trong các tỉnh đã nhập vào nó. Gõ tên để lọc.",
			"Since 1/7/2025 Viet Nam has 34 provinces. New addresses default to this one; old addresses without a province are looked for in the provinces merged into it. Type a name to filter."},
		MsgProvinceSaved:    {"Đã chọn tỉnh của trung tâm: %s", "The centre's province is now %s"},
		MsgReviewTitle:      {"Rà soát địa chỉ trước 1/7/2025 — %d/%d", "Review of addresses before 1/7/2025 — %d/%d"},
		MsgReviewLoading:    {"Đang tìm các cơ sở cần chọn xã mới…", "Finding the facilities that need a new commune…"},
		MsgReviewNoProvince: {"Trung tâm chưa chọn tỉnh: khuyencong units province TỈNH (quản trị).", "The centre has not chosen its province: khuyencong units province PROVINCE (admins)."},
		MsgReviewDone:       {"Xong: đã chọn xã mới cho %d cơ sở; %d cơ sở còn lại chờ lần sau.", "Done: a new commune chosen for %d facilities; %d left for another time."},
		MsgReviewOld:        {"Địa chỉ trước 1/7/2025: %s", "Address before 1/7/2025: %s"},
		MsgReviewByDistrict: {"Xã này không có trong danh sách ngày 4/1/2025 (đã sáp nhập trước đó): các xã mới của huyện cũ.",
			"This commune is not in the list of 4/1/2025 (merged before): the new communes of its old district."},
		MsgReviewNowIn:        {"Nay thuộc một trong các xã:", "Now in one of these communes:"},
		MsgReviewKeyChoose:    {"chọn xã", "choose the commune"},
		MsgReviewKeyApply:     {"áp dụng", "apply"},
		MsgReviewKeySkip:      {"bỏ qua", "skip"},
		MsgPickUnit:           {"chọn (hoặc gõ tên để lọc)", "choose (or type a name to filter)"},
		MsgPickUnitTitle:      {"Chọn %s — / để lọc, enter để lấy", "Choose the %s — / to filter, enter to take"},
		MsgColUnit:            {"Tên", "Name"},
		MsgColUnitCode:        {"Mã", "Code"},
		MsgColUnitWithin:      {"Thuộc", "In"},
		MsgFormNewAllocation:  {"Thêm kế hoạch kinh phí", "New allocation"},
		MsgFormEditAllocation: {"Sửa kế hoạch kinh phí %s", "Edit allocation %s"},
		MsgFormNewPayment:     {"Thêm lần giải ngân", "New payment"},
		MsgFormEditPayment:    {"Sửa lần giải ngân %s", "Edit payment %s"},
		MsgAllocationName:     {"%s năm %d", "%s %d"},
		MsgAllocationBatch:    {"%s năm %d đợt %d", "%s %d batch %d"},
		MsgSetTitle:           {"Mức trần hỗ trợ theo nội dung", "Support ceilings by category"},
		MsgSetCategory:        {"Nội dung", "Category"},
		MsgSetPercent:         {"Tỷ lệ tối đa", "Max share"},
		MsgSetMax:             {"Tối đa / cơ sở", "Max per facility"},
		MsgSetAdvance:         {"Tạm ứng tối đa trước nghiệm thu", "Max advance before acceptance"},
		MsgSetNoLimit:         {"không giới hạn", "no limit"},
		MsgSetReadOnly:        {"Chỉ quản trị viên được sửa mức trần (vai trò của bạn: %s). esc để đóng.", "Only admins may change the ceilings (your role: %s). esc closes."},
		MsgSetHint:            {"Để trống hoặc 0 là không giới hạn. ctrl+s lưu, esc huỷ.", "Empty or 0 means no limit. ctrl+s saves, esc cancels."},
		MsgSetSaved:           {"Đã lưu mức trần hỗ trợ", "Support ceilings saved"},
		MsgSetSaving:          {"Đang lưu…", "Saving…"},
		MsgSetPercentErr:      {"%s: phải là số phần trăm từ 0 đến 100", "%s: must be a percentage from 0 to 100"},
		MsgRiskOverCommitted: {"%s năm %d sẽ cam kết vượt kế hoạch kinh phí.\nKế hoạch:         %s\nĐã cam kết:       %s\nSau khi lưu:      %s",
			"%s %d would be committed above its allocation.\nAllocated:        %s\nCommitted now:    %s\nAfter this save:  %s"},
		MsgRiskOverPaid: {"Đề án %s sẽ giải ngân vượt kinh phí hỗ trợ.\nHỗ trợ:           %s\nĐã giải ngân:     %s\nLần này:          %s\nSau khi lưu:      %s",
			"Project %s would be paid more than its support.\nSupport:          %s\nPaid so far:      %s\nThis payment:     %s\nAfter this save:  %s"},
		MsgRiskSupportBelow: {"Đề án %s: kinh phí hỗ trợ sẽ thấp hơn số đã giải ngân.\nĐã giải ngân:     %s\nHỗ trợ sau khi lưu: %s",
			"Project %s: its support would be below what is paid.\nPaid so far:      %s\nSupport after save: %s"},
		MsgRiskAsk: {"Vẫn lưu?", "Save anyway?"},
		MsgRiskYes: {"Vẫn lưu", "Save anyway"},
	})
}
