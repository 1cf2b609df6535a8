package model

// Texts of the bar charts (tui/barchart) and the titles of the overview's
// charts.
const (
	MsgChartNoData           Key = "chart.no_data"
	MsgChartByYearSource     Key = "chart.by_year_source"
	MsgChartByCategory       Key = "chart.by_category"
	MsgChartByDistrict       Key = "chart.by_district"
	MsgChartTopBeneficiaries Key = "chart.top_beneficiaries"
)

func init() {
	register(map[Key]Msg{
		MsgChartNoData:           {"Chưa có số liệu", "No data yet"},
		MsgChartByYearSource:     {"Kinh phí hỗ trợ theo năm và nguồn", "Support by year and source"},
		MsgChartByCategory:       {"Kinh phí hỗ trợ theo nội dung", "Support by content category"},
		MsgChartByDistrict:       {"Kinh phí hỗ trợ theo huyện", "Support by district"},
		MsgChartTopBeneficiaries: {"10 cơ sở nhận hỗ trợ nhiều nhất", "Top 10 beneficiaries"},
	})
}
