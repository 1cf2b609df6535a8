package model

import "khuyencong/i18n"

// Messages of import and export that more than package exchange uses (the
// others are in exchange/catalog.go; the commands' own are in cli).
const (
	MsgDistrictUnknown    i18n.Key = "exchange.district_unknown"
	MsgExportBadFormat    i18n.Key = "exchange.export_bad_format"
	MsgExportReportFormat i18n.Key = "exchange.report_format"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgDistrictUnknown: {
			"huyện %q không thuộc tỉnh %s (trước 1/7/2025): dùng một trong %s",
			"district %q is not in %s province (before 1/7/2025): use one of %s"},
		MsgExportBadFormat: {"không có định dạng %q: dùng %s", "there is no format %q: use %s"},
		MsgExportReportFormat: {
			"báo cáo không xuất được dạng %q: dùng xlsx (mỗi bảng một trang tính), md hoặc text",
			"the report cannot be exported as %q: use xlsx (one sheet per table), md or text"},
	})
}
