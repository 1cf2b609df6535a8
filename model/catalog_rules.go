package model

import "khuyencong/i18n"

// Validation messages (rule.*), budget warnings (warn.*) and summary labels.
const (
	MsgRequired        i18n.Key = "rule.required"
	MsgChoose          i18n.Key = "rule.choose"
	MsgBadChoice       i18n.Key = "rule.bad_choice"
	MsgTooLong         i18n.Key = "rule.too_long"
	MsgNegative        i18n.Key = "rule.negative"
	MsgPositive        i18n.Key = "rule.positive"
	MsgYearRange       i18n.Key = "rule.year_range"
	MsgBadDate         i18n.Key = "rule.bad_date"
	MsgEndBeforeStart  i18n.Key = "rule.end_before_start"
	MsgEmail           i18n.Key = "rule.email"
	MsgPhone           i18n.Key = "rule.phone"
	MsgTaxCode         i18n.Key = "rule.tax_code"
	MsgProjectCode     i18n.Key = "rule.project_code"
	MsgTotalOverflow   i18n.Key = "rule.total_overflow"
	MsgBeneficiaryZero i18n.Key = "rule.beneficiary_zero"
	MsgBeneficiaryDup  i18n.Key = "rule.beneficiary_dup"
	MsgFormerNameEmpty i18n.Key = "rule.former_name_empty"
	MsgFormerNameDate  i18n.Key = "rule.former_name_date"
	MsgPercent         i18n.Key = "rule.percent"
	MsgCeilingPercent  i18n.Key = "rule.ceiling_percent"
	MsgCeilingMax      i18n.Key = "rule.ceiling_max"
	MsgUnitCode        i18n.Key = "rule.unit_code"
	MsgOneLine         i18n.Key = "rule.one_line"

	MsgWarnOverCommitted  i18n.Key = "warn.over_committed"
	MsgWarnNoAllocation   i18n.Key = "warn.no_allocation"
	MsgWarnOverPaid       i18n.Key = "warn.over_paid"
	MsgWarnAdvance        i18n.Key = "warn.advance"
	MsgWarnCeilingPercent i18n.Key = "warn.ceiling_percent"
	MsgWarnCeilingMax     i18n.Key = "warn.ceiling_max"

	MsgKindOverCommitted  i18n.Key = "warn.kind.over_committed"
	MsgKindNoAllocation   i18n.Key = "warn.kind.no_allocation"
	MsgKindOverPaid       i18n.Key = "warn.kind.over_paid"
	MsgKindAdvance        i18n.Key = "warn.kind.advance"
	MsgKindCeilingPercent i18n.Key = "warn.kind.ceiling_percent"
	MsgKindCeilingMax     i18n.Key = "warn.kind.ceiling_max"

	MsgUnknownPlace    i18n.Key = "summary.unknown_place"
	MsgSummaryOverflow i18n.Key = "summary.overflow"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgRequired:        {"Bắt buộc nhập", "Required"},
		MsgChoose:          {"Chưa chọn", "Not chosen"},
		MsgBadChoice:       {"Giá trị %d không có trong danh sách", "Value %d is not in the list"},
		MsgTooLong:         {"Dài quá %d ký tự", "Longer than %d characters"},
		MsgUnitCode:        {"Mã đơn vị %q phải gồm %d chữ số", "Unit code %q must be %d digits"},
		MsgNegative:        {"Không được âm", "Must not be negative"},
		MsgPositive:        {"Phải lớn hơn 0", "Must be greater than 0"},
		MsgYearRange:       {"Năm phải từ %d đến %d", "Year must be from %d to %d"},
		MsgBadDate:         {"Ngày không hợp lệ", "Not a valid date"},
		MsgEndBeforeStart:  {"Ngày kết thúc %s trước ngày bắt đầu %s", "End date %s is before start date %s"},
		MsgEmail:           {"Email phải có dạng tên@miền, ví dụ ten@congty.vn", "Email must look like name@domain, e.g. name@company.vn"},
		MsgPhone:           {"Điện thoại chỉ gồm chữ số, dấu + ở đầu, dấu cách, dấu chấm, gạch ngang, ngoặc; từ %d đến %d chữ số", "Phone may hold only digits, a leading +, spaces, dots, dashes and brackets; %d to %d digits"},
		MsgTaxCode:         {"Mã số thuế không hợp lệ", "Not a valid tax code"},
		MsgProjectCode:     {"Mã chỉ gồm chữ, số và các dấu - / . (ví dụ KCQG-2022-01), bắt đầu bằng chữ hoặc số, không có dấu cách", "A code holds only letters, digits and - / . (e.g. KCQG-2022-01), starts with a letter or digit and has no spaces"},
		MsgTotalOverflow:   {"Tổng kinh phí vượt quá số lớn nhất có thể lưu", "The total exceeds the largest amount that can be stored"},
		MsgBeneficiaryZero: {"Có đơn vị thụ hưởng chưa chọn cơ sở", "A beneficiary has no facility chosen"},
		MsgBeneficiaryDup:  {"Cơ sở #%d được chọn hai lần", "Facility #%d is listed twice"},
		MsgFormerNameEmpty: {"Tên cũ thứ %d chưa có tên", "Former name %d has no name"},
		MsgFormerNameDate:  {"Ngày đổi tên của tên cũ thứ %d không hợp lệ", "The date of former name %d is not valid"},
		MsgPercent:         {"Phải từ 0 đến 100", "Must be from 0 to 100"},
		MsgOneLine:         {"Phải viết trên một dòng", "Must fit on one line"},
		MsgCeilingPercent:  {"Nội dung %s: tỷ lệ phải từ 0 đến 100%%", "Category %s: the percentage must be from 0 to 100%%"},
		MsgCeilingMax:      {"Nội dung %s: mức tối đa không được âm", "Category %s: the maximum must not be negative"},

		MsgWarnOverCommitted:  {"%s năm %d: đã cam kết %s, vượt kế hoạch kinh phí %s", "%s %d: %s committed, more than the allocation of %s"},
		MsgWarnNoAllocation:   {"%s năm %d: đã cam kết %s nhưng chưa có kế hoạch kinh phí", "%s %d: %s committed but nothing allocated"},
		MsgWarnOverPaid:       {"Đề án %s: đã giải ngân %s, vượt kinh phí hỗ trợ %s", "Project %s: %s paid, more than its support of %s"},
		MsgWarnAdvance:        {"Đề án %s: tạm ứng %s khi chưa nghiệm thu, vượt %d%% kinh phí hỗ trợ (%s)", "Project %s: %s advanced before acceptance, more than %d%% of its support (%s)"},
		MsgWarnCeilingPercent: {"Đề án %s: hỗ trợ %s, vượt %d%% tổng kinh phí (%s)", "Project %s: support of %s is more than %d%% of the total cost (%s)"},
		MsgWarnCeilingMax:     {"Đề án %s: hỗ trợ %s, vượt mức tối đa %s cho %d cơ sở", "Project %s: support of %s is more than the maximum of %s for %d facilities"},

		MsgKindOverCommitted:  {"Vượt kế hoạch", "Over-committed"},
		MsgKindNoAllocation:   {"Chưa có kế hoạch", "No allocation"},
		MsgKindOverPaid:       {"Giải ngân vượt", "Overpaid"},
		MsgKindAdvance:        {"Tạm ứng vượt", "Advance too high"},
		MsgKindCeilingPercent: {"Vượt tỷ lệ trần", "Above ceiling share"},
		MsgKindCeilingMax:     {"Vượt mức trần", "Above ceiling amount"},

		MsgUnknownPlace:    {"(không rõ)", "(unknown)"},
		MsgSummaryOverflow: {"Có tổng vượt quá số lớn nhất có thể tính; số liệu đã bị chặn ở mức tối đa", "A total exceeded the largest number that can be computed; figures are capped"},
	})
}
