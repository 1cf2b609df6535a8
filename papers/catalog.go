package papers

import "khuyencong/i18n"

// Messages of the papers. The national motto and the signature hints are
// the wording of Decree 30/2020/NĐ-CP, App. I.
const (
	MsgBadPeriod     i18n.Key = "papers.bad_period"
	MsgBadKind       i18n.Key = "papers.bad_kind"
	MsgBadFormat     i18n.Key = "papers.bad_format"
	MsgNoProject     i18n.Key = "papers.no_project"
	MsgPeriodYear    i18n.Key = "papers.period_year"
	MsgPeriodH1      i18n.Key = "papers.period_h1"
	MsgPeriodH2      i18n.Key = "papers.period_h2"
	MsgPeriodQuarter i18n.Key = "papers.period_quarter"
	MsgAllYears      i18n.Key = "papers.all_years"

	MsgMotto1            i18n.Key = "papers.motto1"
	MsgMotto2            i18n.Key = "papers.motto2"
	MsgDocNo             i18n.Key = "papers.doc_no"
	MsgPlaceDate         i18n.Key = "papers.place_date"
	MsgCentreUnset       i18n.Key = "papers.centre_unset"
	MsgUnitDong          i18n.Key = "papers.unit_dong"
	MsgRecipients        i18n.Key = "papers.recipients"
	MsgRecipientProvince i18n.Key = "papers.recipient_province"
	MsgRecipientMinistry i18n.Key = "papers.recipient_ministry"
	MsgRecipientArchive  i18n.Key = "papers.recipient_archive"
	MsgSignPreparer      i18n.Key = "papers.sign_preparer"
	MsgSignAccountant    i18n.Key = "papers.sign_accountant"
	MsgSignDirector      i18n.Key = "papers.sign_director"
	MsgSignHint          i18n.Key = "papers.sign_hint"
	MsgSignHintSeal      i18n.Key = "papers.sign_hint_seal"
	MsgPageFooter        i18n.Key = "papers.page_footer"
	MsgNone              i18n.Key = "papers.none"

	MsgBudgetTitle      i18n.Key = "papers.budget_title"
	MsgPeriodicTitle    i18n.Key = "papers.periodic_title"
	MsgPeriodicPrev     i18n.Key = "papers.periodic_prev"
	MsgPeriodicPrevLine i18n.Key = "papers.periodic_prev_line"
	MsgPeriodicNow      i18n.Key = "papers.periodic_now"
	MsgPeriodicNowLine  i18n.Key = "papers.periodic_now_line"
	MsgPeriodicPending  i18n.Key = "papers.periodic_pending"
	MsgPeriodicDropped  i18n.Key = "papers.periodic_dropped"
	MsgPeriodicProjects i18n.Key = "papers.periodic_projects"
	MsgPeriodicNext     i18n.Key = "papers.periodic_next"
	MsgPeriodicNextYear i18n.Key = "papers.periodic_next_year"
	MsgPeriodicNextPart i18n.Key = "papers.periodic_next_part"

	MsgRegTitle          i18n.Key = "papers.reg_title"
	MsgRegProjects       i18n.Key = "papers.reg_projects"
	MsgRegBySource       i18n.Key = "papers.reg_by_source"
	MsgRegByCategory     i18n.Key = "papers.reg_by_category"
	MsgMoreBeneficiaries i18n.Key = "papers.more_beneficiaries"

	MsgSetTitle             i18n.Key = "papers.set_title"
	MsgSetSubtitle          i18n.Key = "papers.set_subtitle"
	MsgSetInfo              i18n.Key = "papers.set_info"
	MsgSetInfoSource        i18n.Key = "papers.set_info_source"
	MsgSetInfoImplementer   i18n.Key = "papers.set_info_implementer"
	MsgSetInfoBeneficiaries i18n.Key = "papers.set_info_beneficiaries"
	MsgSetInfoDecision      i18n.Key = "papers.set_info_decision"
	MsgSetInfoTime          i18n.Key = "papers.set_info_time"
	MsgSetItems             i18n.Key = "papers.set_items"
	MsgSetPayments          i18n.Key = "papers.set_payments"
	MsgSetPaidLine          i18n.Key = "papers.set_paid_line"
	MsgSetSteps             i18n.Key = "papers.set_steps"
	MsgItemSupport          i18n.Key = "papers.item_support"
	MsgItemCounterpart      i18n.Key = "papers.item_counterpart"
	MsgItemCounterpartOf    i18n.Key = "papers.item_counterpart_of"

	MsgColNo            i18n.Key = "papers.col_no"
	MsgColStage         i18n.Key = "papers.col_stage"
	MsgColNational      i18n.Key = "papers.col_national"
	MsgColLocal         i18n.Key = "papers.col_local"
	MsgColImplementer   i18n.Key = "papers.col_implementer"
	MsgColBeneficiaries i18n.Key = "papers.col_beneficiaries"
	MsgColLocation      i18n.Key = "papers.col_location"
	MsgColTime          i18n.Key = "papers.col_time"
	MsgColTotalCost     i18n.Key = "papers.col_total_cost"
	MsgColSupport       i18n.Key = "papers.col_support"
	MsgColItem          i18n.Key = "papers.col_item"
	MsgColEstimate      i18n.Key = "papers.col_estimate"
	MsgColSettled       i18n.Key = "papers.col_settled"
	MsgColDiff          i18n.Key = "papers.col_diff"
	MsgColDate          i18n.Key = "papers.col_date"
	MsgColPayKind       i18n.Key = "papers.col_pay_kind"
	MsgColVoucher       i18n.Key = "papers.col_voucher"
	MsgColAmount        i18n.Key = "papers.col_amount"
	MsgColNotes         i18n.Key = "papers.col_notes"
	MsgColStep          i18n.Key = "papers.col_step"
	MsgColDocNo         i18n.Key = "papers.col_doc_no"

	MsgTplUnknown  i18n.Key = "papers.tpl_unknown"
	MsgTplNoTable  i18n.Key = "papers.tpl_no_table"
	MsgTplBroken   i18n.Key = "papers.tpl_broken"
	MsgTplNotXLSX  i18n.Key = "papers.tpl_not_xlsx"
	MsgTotalDiffer i18n.Key = "papers.total_differ"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgBadPeriod:     {"kỳ báo cáo %q không hợp lệ: viết năm (2026), nửa năm (2026-H1, 2026-H2) hoặc quý (2026-Q1 … 2026-Q4)", "the period %q is not valid: write a year (2026), a half (2026-H1, 2026-H2) or a quarter (2026-Q1 … 2026-Q4)"},
		MsgBadKind:       {"không có loại báo cáo %q: periodic, registration, settlement MÃ-ĐỀ-ÁN, budget hoặc contest", "there is no report %q: periodic, registration, settlement PROJECT-CODE, budget or contest"},
		MsgBadFormat:     {"định dạng %q không dùng được ở đây: xlsx, md hoặc text", "the format %q cannot be used here: xlsx, md or text"},
		MsgNoProject:     {"không có đề án mã %q", "there is no project with the code %q"},
		MsgPeriodYear:    {"năm %d", "year %d"},
		MsgPeriodH1:      {"6 tháng đầu năm %d", "first half of %d"},
		MsgPeriodH2:      {"6 tháng cuối năm %d", "second half of %d"},
		MsgPeriodQuarter: {"quý %s năm %d", "quarter %s of %d"},
		MsgAllYears:      {"tất cả các năm", "all years"},

		MsgMotto1:            {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		MsgMotto2:            {"Độc lập - Tự do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"},
		MsgDocNo:             {"Số:        /BC-TT", "No.:        /BC-TT"},
		MsgPlaceDate:         {"%s, ngày %s tháng %s năm %d", "%s, day %s month %s year %d"},
		MsgCentreUnset:       {"(tên trung tâm: khuyencong centre --name …)", "(the centre's name: khuyencong centre --name …)"},
		MsgUnitDong:          {"Đơn vị tính: đồng", "Unit: đồng"},
		MsgRecipients:        {"Nơi nhận:", "Recipients:"},
		MsgRecipientProvince: {"- UBND tỉnh, Sở Công Thương;", "- Provincial People's Committee, Department of Industry and Trade;"},
		MsgRecipientMinistry: {"- Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công;", "- Department of Innovation, Green Transition and Industry Promotion;"},
		MsgRecipientArchive:  {"- Lưu: VT.", "- Archive."},
		MsgSignPreparer:      {"NGƯỜI LẬP BIỂU", "PREPARED BY"},
		MsgSignAccountant:    {"KẾ TOÁN TRƯỞNG", "CHIEF ACCOUNTANT"},
		MsgSignDirector:      {"GIÁM ĐỐC", "DIRECTOR"},
		MsgSignHint:          {"(Ký, ghi rõ họ tên)", "(Signature, full name)"},
		MsgSignHintSeal:      {"(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name, seal)"},
		MsgPageFooter:        {"Trang &P/&N", "Page &P of &N"},
		MsgNone:              {"Không có.", "None."},

		MsgBudgetTitle:      {"BÁO CÁO KINH PHÍ KHUYẾN CÔNG THEO NĂM VÀ NGUỒN", "KHUYẾN CÔNG BUDGET BY YEAR AND SOURCE"},
		MsgPeriodicTitle:    {"BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG", "REPORT ON THE KHUYẾN CÔNG PLAN"},
		MsgPeriodicPrev:     {"I. Kết quả năm %d", "I. Results of %d"},
		MsgPeriodicPrevLine: {"Năm %d có %d đề án được phê duyệt, kinh phí khuyến công hỗ trợ %s đồng (kế hoạch giao %s đồng), đã giải ngân %s đồng.", "In %d, %d projects were approved with %s đồng of khuyến công support (%s đồng allocated); %s đồng has been paid."},
		MsgPeriodicNow:      {"II. Kết quả thực hiện %s", "II. Results for %s"},
		MsgPeriodicNowLine:  {"%d đề án được phê duyệt, kinh phí khuyến công hỗ trợ %s đồng; giải ngân tính đến ngày %s.", "%d approved projects with %s đồng of khuyến công support; payments up to %s."},
		MsgPeriodicPending:  {"Ngoài ra %d đề án đang đề xuất, thẩm định với %s đồng (chưa tính vào tổng).", "Besides, %d projects proposed or in appraisal ask for %s đồng (not in the total)."},
		MsgPeriodicDropped:  {"%d đề án không được duyệt hoặc đã ngừng, %s đồng (không tính vào tổng).", "%d projects rejected or stopped, %s đồng (not in the total)."},
		MsgPeriodicProjects: {"Danh sách đề án năm %d", "Projects of %d"},
		MsgPeriodicNext:     {"III. Kế hoạch kỳ tới", "III. Plan for the next period"},
		MsgPeriodicNextYear: {"Năm %d: kế hoạch kinh phí đã giao %s đồng; %d đề án đã được phê duyệt với %s đồng.", "%d: %s đồng allocated so far; %d projects approved for %s đồng."},
		MsgPeriodicNextPart: {"Tiếp tục thực hiện và giải ngân %s đồng còn lại của kế hoạch năm %d.", "Carry on with the projects and pay the %s đồng left of the %d plan."},

		MsgRegTitle:          {"ĐĂNG KÝ KẾ HOẠCH KHUYẾN CÔNG NĂM %d", "KHUYẾN CÔNG PLAN REGISTRATION FOR %d"},
		MsgRegProjects:       {"I. Danh mục đề án đề xuất", "I. Proposed projects"},
		MsgRegBySource:       {"II. Tổng hợp theo nguồn kinh phí", "II. Totals by source"},
		MsgRegByCategory:     {"III. Tổng hợp theo nội dung", "III. Totals by content category"},
		MsgMoreBeneficiaries: {"và %d cơ sở khác", "and %d more"},

		MsgSetTitle:             {"BẢNG QUYẾT TOÁN KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG", "KHUYẾN CÔNG PROJECT SETTLEMENT SHEET"},
		MsgSetSubtitle:          {"Đề án %s: %s", "Project %s: %s"},
		MsgSetInfo:              {"I. Thông tin đề án", "I. The project"},
		MsgSetInfoSource:        {"Nguồn kinh phí: %s; nội dung: %s; kế hoạch năm %d.", "Source: %s; category: %s; plan year %d."},
		MsgSetInfoImplementer:   {"Đơn vị thực hiện: %s.", "Implemented by: %s."},
		MsgSetInfoBeneficiaries: {"Đơn vị thụ hưởng: %s.", "Beneficiaries: %s."},
		MsgSetInfoDecision:      {"Quyết định phê duyệt số %s ngày %s.", "Approved by decision %s of %s."},
		MsgSetInfoTime:          {"Thời gian thực hiện: %s; địa điểm: %s.", "Time: %s; place: %s."},
		MsgSetItems:             {"II. Dự toán được duyệt và quyết toán", "II. Approved estimate and settlement"},
		MsgSetPayments:          {"III. Tạm ứng, thanh toán và chứng từ", "III. Advances, payments and vouchers"},
		MsgSetPaidLine:          {"Đã tạm ứng %s đồng; quyết toán %s đồng; tổng đã chi %s đồng; còn lại %s đồng.", "Advanced %s đồng; settled %s đồng; paid in all %s đồng; %s đồng left."},
		MsgSetSteps:             {"IV. Hồ sơ đề án", "IV. The project's file"},
		MsgItemSupport:          {"Kinh phí khuyến công hỗ trợ (%s)", "Khuyến công support (%s)"},
		MsgItemCounterpart:      {"Vốn đối ứng của đơn vị thụ hưởng", "Beneficiaries' counterpart funds"},
		MsgItemCounterpartOf:    {"Vốn đối ứng: %s", "Counterpart: %s"},

		MsgColNo:            {"STT", "No."},
		MsgColStage:         {"Giai đoạn", "Stage"},
		MsgColNational:      {"KCQG", "KCQG"},
		MsgColLocal:         {"KCĐP", "KCĐP"},
		MsgColImplementer:   {"Đơn vị thực hiện", "Implementer"},
		MsgColBeneficiaries: {"Đơn vị thụ hưởng", "Beneficiaries"},
		MsgColLocation:      {"Địa điểm", "Location"},
		MsgColTime:          {"Thời gian", "Time"},
		MsgColTotalCost:     {"Tổng kinh phí", "Total cost"},
		MsgColSupport:       {"Khuyến công hỗ trợ", "Khuyến công support"},
		MsgColItem:          {"Nội dung", "Item"},
		MsgColEstimate:      {"Dự toán được duyệt", "Approved estimate"},
		MsgColSettled:       {"Quyết toán", "Settled"},
		MsgColDiff:          {"Chênh lệch", "Difference"},
		MsgColDate:          {"Ngày", "Date"},
		MsgColPayKind:       {"Loại", "Kind"},
		MsgColVoucher:       {"Số chứng từ", "Voucher"},
		MsgColAmount:        {"Số tiền", "Amount"},
		MsgColNotes:         {"Ghi chú", "Notes"},
		MsgColStep:          {"Bước", "Step"},
		MsgColDocNo:         {"Số văn bản", "Document no."},

		MsgTplUnknown:  {"mẫu %s, ô %s: không có chỗ điền {{%s}}; xem khuyencong report --help", "template %s, cell %s: there is no placeholder {{%s}}; see khuyencong report --help"},
		MsgTplNoTable:  {"mẫu %s, ô %s: báo cáo này không có bảng %q (có: %s)", "template %s, cell %s: this report has no table %q (it has: %s)"},
		MsgTplBroken:   {"không đọc được mẫu %s: %v", "cannot read the template %s: %v"},
		MsgTplNotXLSX:  {"mẫu %s phải là tệp Excel .xlsx", "the template %s must be an Excel .xlsx file"},
		MsgTotalDiffer: {"bảng %s, cột %s: tổng %d khác tổng các dòng %d", "table %s, column %s: total %d differs from the rows' sum %d"},
	})
}

// MsgSheetName names the paper's sheet.
const MsgSheetName i18n.Key = "papers.sheet_name"

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{MsgSheetName: {"Báo cáo", "Report"}})
}

// Messages of the indicator tables (programmes with targets).
const (
	MsgNoProgramme          i18n.Key = "papers.no_programme"
	MsgProgrammeKinds       i18n.Key = "papers.programme_kinds"
	MsgIndicatorsOf         i18n.Key = "papers.indicators_of"
	MsgIndicatorsOfDecision i18n.Key = "papers.indicators_of_decision"
	MsgColIndicator         i18n.Key = "papers.col_indicator"
	MsgColUnit              i18n.Key = "papers.col_unit"
	MsgColPlan              i18n.Key = "papers.col_plan"
	MsgColDoneNational      i18n.Key = "papers.col_done_national"
	MsgColDoneLocal         i18n.Key = "papers.col_done_local"
	MsgColDoneTotal         i18n.Key = "papers.col_done_total"
	MsgColPctPlan           i18n.Key = "papers.col_pct_plan"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgNoProgramme:          {"không có chương trình %q: xem khuyencong export programmes", "there is no programme %q: see khuyencong export programmes"},
		MsgProgrammeKinds:       {"--programme chỉ dùng cho periodic và registration", "--programme is for periodic and registration only"},
		MsgIndicatorsOf:         {"Chỉ tiêu %s", "Indicators of %s"},
		MsgIndicatorsOfDecision: {"Chỉ tiêu %s (Quyết định %s)", "Indicators of %s (decision %s)"},
		MsgColIndicator:         {"Chỉ tiêu", "Indicator"},
		MsgColUnit:              {"Đơn vị tính", "Unit"},
		MsgColPlan:              {"Kế hoạch (cả giai đoạn)", "Target (whole period)"},
		MsgColDoneNational:      {"Thực hiện KCQG", "Done KCQG"},
		MsgColDoneLocal:         {"Thực hiện KCĐP", "Done KCĐP"},
		MsgColDoneTotal:         {"Thực hiện tổng", "Done in all"},
		MsgColPctPlan:           {"Tỷ lệ so kế hoạch", "Share of target"},
	})
}
