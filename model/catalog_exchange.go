package model

import "khuyencong/i18n"

// Messages of import and export that more than package exchange uses (the
// others are in exchange/catalog.go; the commands' own are in cli).
const (
	MsgExportBadFormat    i18n.Key = "exchange.export_bad_format"
	MsgExportReportFormat i18n.Key = "exchange.report_format"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgExportBadFormat: {"không có định dạng %q: dùng %s", "there is no format %q: use %s"},
		MsgExportReportFormat: {
			"báo cáo không xuất được dạng %q: dùng xlsx (mỗi bảng một trang tính), md hoặc text",
			"the report cannot be exported as %q: use xlsx (one sheet per table), md or text"},
	})
}
