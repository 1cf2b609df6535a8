package model

import "khuyencong/i18n"

// Messages of programmes and their indicators.
const (
	MsgKindProgrammeOne        i18n.Key = "kind.programme.one"
	MsgKindProgrammeMany       i18n.Key = "kind.programme.many"
	MsgStoreNotFoundProgramme  i18n.Key = "store.not_found_programme"
	MsgStoreDeletedProgramme   i18n.Key = "store.deleted_programme"
	MsgProgrammeYears          i18n.Key = "rule.programme.years"
	MsgProgrammeNoIndicator    i18n.Key = "rule.programme.no_indicator"
	MsgProgrammeIndicator      i18n.Key = "rule.programme.indicator"
	MsgProgrammeIndicatorYears i18n.Key = "rule.programme.indicator_years"
	MsgIndicatorCell           i18n.Key = "rule.programme.indicator_cell"
	MsgIndicatorMeasure        i18n.Key = "rule.programme.indicator_measure"
	MsgIndicatorNumber         i18n.Key = "rule.programme.indicator_number"
	MsgIndicatorYear           i18n.Key = "rule.programme.indicator_year"
	MsgProjectProgrammeYear    i18n.Key = "rule.project.programme_year"
	MsgSharesCount             i18n.Key = "rule.project.shares_count"
	MsgSharesSum               i18n.Key = "rule.project.shares_sum"
)

func init() {
	fieldNames = append(fieldNames, "programme", "programme_code", "from", "to", "indicators", "item", "counterpart_by")
	i18n.Register(map[i18n.Key]i18n.Msg{
		"field.programme":          {"Chương trình", "Programme"},
		"field.programme_code":     {"Mã chương trình", "Programme code"},
		"field.from":               {"Từ năm", "From year"},
		"field.to":                 {"Đến năm", "To year"},
		"field.indicators":         {"Chỉ tiêu", "Indicators"},
		"field.item":               {"Hạng mục (định mức)", "Sub-item (norm)"},
		"field.counterpart_by":     {"Đối ứng từng cơ sở", "Counterpart by beneficiary"},
		MsgSharesCount:             {"%d số tiền đối ứng cho %d cơ sở thụ hưởng (mỗi cơ sở một số, theo thứ tự, cách nhau bằng ;)", "%d counterpart amounts for %d beneficiaries (one each, in order, separated by ;)"},
		MsgSharesSum:               {"Đối ứng từng cơ sở cộng lại %s, khác vốn đối ứng %s", "The counterpart by beneficiary adds up to %s, not the counterpart %s"},
		MsgKindProgrammeOne:        {"Chương trình", "Programme"},
		MsgKindProgrammeMany:       {"Chương trình", "Programmes"},
		MsgStoreNotFoundProgramme:  {"Không tìm thấy chương trình #%d.", "Programme #%d not found."},
		MsgStoreDeletedProgramme:   {"Chương trình #%d đã bị xoá.", "Programme #%d has been deleted."},
		MsgProgrammeYears:          {"Giai đoạn %d–%d không hợp lệ (năm cuối không trước năm đầu, tối đa 10 năm)", "Period %d–%d is not valid (the last year not before the first, at most 10 years)"},
		MsgProgrammeNoIndicator:    {"Chương trình cần ít nhất một chỉ tiêu", "A programme needs at least one indicator"},
		MsgProgrammeIndicator:      {"Chỉ tiêu %d: cần tên, cách tính và kế hoạch không âm", "Indicator %d: needs a name, a measure and a target that is not negative"},
		MsgProgrammeIndicatorYears: {"Chỉ tiêu %d: có %d số theo năm, giai đoạn có %d năm", "Indicator %d: %d yearly figures for a period of %d years"},
		MsgIndicatorCell: {"không đọc được chỉ tiêu %q (dạng: Tên | ĐVT | cách tính | nội dung | kế hoạch | 2026=10 2027=12 | đã đạt 2026=3)",
			"cannot read indicator %q (write Name | unit | measure | category | target | 2026=10 2027=12 | done 2026=3)"},
		MsgIndicatorMeasure:     {"cách tính %q không có (nhap, de-an, co-so, kinh-phi, sp-tieu-bieu)", "no measure %q (nhap, de-an, co-so, kinh-phi, sp-tieu-bieu)"},
		MsgIndicatorNumber:      {"%q không phải số không âm", "%q is not a number of zero or more"},
		MsgIndicatorYear:        {"%q: năm ngoài giai đoạn hoặc viết sai (dạng 2026=10)", "%q: a year outside the period or badly written (write 2026=10)"},
		MsgProjectProgrammeYear: {"Năm kế hoạch %d ngoài giai đoạn %d–%d của chương trình %s", "Plan year %d is outside the period %d–%d of programme %s"},
	})
}
