package model

import "khuyencong/i18n"

// fieldNames lists every field name a Problem may carry, in form order; the
// catalog test checks that each one has a "field.<name>" label.
var fieldNames = []string{
	"name", "former_names", "legal_form", "tax_code", "trade_group", "products",
	"address", "village", "commune", "district", "province", "craft_village", "employees",
	"avg_income", "representative", "phone", "email", "year_founded", "notes",
	"code", "year", "source", "batch", "category", "status", "implementer",
	"beneficiaries", "location", "start", "end", "support", "counterpart", "total",
	"decision_no", "decision_date", "project", "date", "kind", "amount", "voucher",
	"ceiling", "advance_limit",
}

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		"field.name":             {"Tên", "Name"},
		"field.former_names":     {"Tên cũ", "Former names"},
		"field.legal_form":       {"Loại hình", "Legal form"},
		"field.tax_code":         {"Mã số thuế", "Tax code"},
		"field.trade_group":      {"Nhóm ngành nghề", "Trade group"},
		"field.products":         {"Sản phẩm", "Products"},
		"field.address":          {"Địa chỉ (xã, huyện, tỉnh)", "Address (commune, district, province)"},
		"field.village":          {"Thôn, xóm, đường", "Village, street"},
		"field.commune":          {"Xã, phường", "Commune"},
		"field.district":         {"Huyện, thành phố", "District"},
		"field.province":         {"Tỉnh, thành phố", "Province"},
		"field.old_commune":      {"Xã cũ (trước 1/7/2025)", "Former commune (before 1/7/2025)"},
		"field.commune_code":     {"Mã xã", "Commune code"},
		"field.old_commune_code": {"Mã xã cũ", "Former commune code"},
		"field.old_district":     {"Huyện cũ (trước 1/7/2025)", "Former district (before 1/7/2025)"},
		"field.old_province":     {"Tỉnh cũ (trước 1/7/2025)", "Former province (before 1/7/2025)"},
		"field.craft_village":    {"Làng nghề", "Craft village"},
		"field.employees":        {"Số lao động", "Employees"},
		"field.avg_income":       {"Thu nhập bình quân (đồng/người/tháng)", "Average income (đồng per worker per month)"},
		"field.representative":   {"Người đại diện", "Representative"},
		"field.phone":            {"Điện thoại", "Phone"},
		"field.email":            {"Email", "Email"},
		"field.year_founded":     {"Năm thành lập", "Year founded"},
		"field.notes":            {"Ghi chú", "Notes"},
		"field.code":             {"Mã đề án", "Project code"},
		"field.year":             {"Năm", "Year"},
		"field.source":           {"Nguồn kinh phí", "Funding source"},
		"field.batch":            {"Đợt", "Batch"},
		"field.category":         {"Nội dung", "Content category"},
		"field.status":           {"Trạng thái", "Status"},
		"field.implementer":      {"Đơn vị thực hiện", "Implementing unit"},
		"field.beneficiaries":    {"Đơn vị thụ hưởng", "Beneficiaries"},
		"field.location":         {"Địa điểm", "Location"},
		"field.start":            {"Ngày bắt đầu", "Start date"},
		"field.end":              {"Ngày kết thúc", "End date"},
		"field.support":          {"Kinh phí khuyến công hỗ trợ", "Promotion support"},
		"field.counterpart":      {"Vốn đối ứng", "Counterpart funds"},
		"field.total":            {"Tổng kinh phí", "Total cost"},
		"field.decision_no":      {"Số quyết định", "Decision number"},
		"field.decision_date":    {"Ngày quyết định", "Decision date"},
		"field.project":          {"Đề án", "Project"},
		"field.date":             {"Ngày", "Date"},
		"field.kind":             {"Loại giải ngân", "Payment kind"},
		"field.amount":           {"Số tiền", "Amount"},
		"field.voucher":          {"Số chứng từ", "Voucher number"},
		"field.ceiling":          {"Mức trần hỗ trợ", "Support ceiling"},
		"field.advance_limit":    {"Hạn mức tạm ứng (%)", "Advance limit (%)"},
	})
}
