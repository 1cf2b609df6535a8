package model

import "khuyencong/i18n"

// Texts of the bar charts (tui/barchart) and the titles of the overview's
// charts.
const (
	MsgChartByYearSource     i18n.Key = "chart.by_year_source"
	MsgChartByCategory       i18n.Key = "chart.by_category"
	MsgChartByDistrict       i18n.Key = "chart.by_district"
	MsgChartTopBeneficiaries i18n.Key = "chart.top_beneficiaries"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgChartByYearSource:     {"Kinh phí hỗ trợ theo năm và nguồn", "Support by year and source"},
		MsgChartByCategory:       {"Kinh phí hỗ trợ theo nội dung", "Support by content category"},
		MsgChartByDistrict:       {"Kinh phí hỗ trợ theo huyện", "Support by district"},
		MsgChartTopBeneficiaries: {"10 cơ sở nhận hỗ trợ nhiều nhất", "Top 10 beneficiaries"},
	})
}
