package overview

import "khuyencong/i18n"

// Texts of package overview, in both languages (see package i18n).
const (
	MsgTabOverview           i18n.Key = "tui.tab.overview"
	MsgOvFacilities          i18n.Key = "budget.ov.facilities"
	MsgOvWorkers             i18n.Key = "budget.ov.workers"
	MsgOvCertified           i18n.Key = "overview.certified"
	MsgOvAvgIncome           i18n.Key = "budget.ov.avg_income"
	MsgOvPerMonth            i18n.Key = "budget.ov.per_month"
	MsgOvProjects            i18n.Key = "budget.ov.projects"
	MsgOvOverflow            i18n.Key = "budget.ov.overflow"
	MsgOvOutside             i18n.Key = "budget.ov.outside"
	MsgOvPending             i18n.Key = "budget.ov.pending"
	MsgOvDropped             i18n.Key = "budget.ov.dropped"
	MsgOvOrphans             i18n.Key = "budget.ov.orphans"
	MsgOvWarnings            i18n.Key = "budget.ov.warnings"
	MsgOvWarnOther           i18n.Key = "budget.ov.warn_other"
	MsgOvNoWarnings          i18n.Key = "budget.ov.no_warnings"
	MsgOvWarnPos             i18n.Key = "budget.ov.warn_pos"
	MsgOvTitleWarn           i18n.Key = "budget.ov.title_warn"
	MsgKeyJump               i18n.Key = "budget.key.jump"
	MsgKeyWarnMove           i18n.Key = "budget.key.warn_move"
	MsgKeyChartScroll        i18n.Key = "budget.key.chart_scroll"
	MsgChartByYearSource     i18n.Key = "chart.by_year_source"
	MsgChartByCategory       i18n.Key = "chart.by_category"
	MsgChartByCommune        i18n.Key = "chart.by_commune"
	MsgChartOtherCommunes    i18n.Key = "chart.other_communes"
	MsgChartTopBeneficiaries i18n.Key = "chart.top_beneficiaries"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgTabOverview:           {"Tổng quan", "Overview"},
		MsgOvFacilities:          {"Cơ sở", "Facilities"},
		MsgOvWorkers:             {"Lao động", "Workers"},
		MsgOvCertified:           {"SP tiêu biểu", "Certified products"},
		MsgOvAvgIncome:           {"Thu nhập BQ", "Avg income"},
		MsgOvPerMonth:            {"%s/tháng", "%s/month"},
		MsgOvProjects:            {"Đề án: %d", "Projects: %d"},
		MsgOvOutside:             {"Ngoài dòng Cộng:", "Not in the total:"},
		MsgOvPending:             {"chờ duyệt %d đề án %s", "awaiting approval %d, %s"},
		MsgOvDropped:             {"không duyệt, dừng %d đề án %s", "rejected or stopped %d, %s"},
		MsgOvOverflow:            {"! Có tổng vượt giới hạn tính toán, số liệu bị chặn", "! A total overflowed and is capped"},
		MsgOvOrphans:             {"! %d lần giải ngân không thuộc đề án nào còn lại", "! %d payments belong to no remaining project"},
		MsgOvWarnings:            {"Cảnh báo (%d)", "Warnings (%d)"},
		MsgOvWarnOther:           {"và %d cảnh báo của năm khác", "and %d in other years"},
		MsgOvNoWarnings:          {"Không có cảnh báo", "No warnings"},
		MsgOvWarnPos:             {"%d/%d", "%d/%d"},
		MsgOvTitleWarn:           {"%s !%d", "%s !%d"},
		MsgKeyJump:               {"mở bản ghi", "open the record"},
		MsgKeyWarnMove:           {"chọn cảnh báo", "choose a warning"},
		MsgKeyChartScroll:        {"cuộn biểu đồ", "scroll the charts"},
		MsgChartByYearSource:     {"Kinh phí hỗ trợ theo năm và nguồn", "Support by year and source"},
		MsgChartByCategory:       {"Kinh phí hỗ trợ theo nội dung", "Support by content category"},
		MsgChartByCommune:        {"Kinh phí hỗ trợ theo xã, phường", "Support by commune"},
		MsgChartOtherCommunes:    {"%d xã khác", "%d other communes"},
		MsgChartTopBeneficiaries: {"10 cơ sở nhận hỗ trợ nhiều nhất", "Top 10 beneficiaries"},
	})
}
