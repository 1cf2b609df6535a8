package model

import "khuyencong/i18n"

// Texts of the terminal app that no code shows any more; they stay in
// model until their removal is decided (issue 11 moved the used ones
// beside the tui code).
const (
	MsgKeyFilter          i18n.Key = "tui.key.filter"
	MsgKeySort            i18n.Key = "tui.key.sort"
	MsgKeyMove            i18n.Key = "tui.key.move"
	MsgKeyPage            i18n.Key = "tui.key.page"
	MsgOverviewTitle      i18n.Key = "tui.overview.title"
	MsgOverviewFacilities i18n.Key = "tui.overview.facilities"
	MsgOverviewWorkers    i18n.Key = "tui.overview.workers"
	MsgOverviewIncome     i18n.Key = "tui.overview.income"
	MsgOverviewProjects   i18n.Key = "tui.overview.projects"
	MsgOverviewWarnings   i18n.Key = "tui.overview.warnings"
	MsgOverviewAllocated  i18n.Key = "tui.overview.allocated"
	MsgOverviewCommitted  i18n.Key = "tui.overview.committed"
	MsgOverviewPaid       i18n.Key = "tui.overview.paid"
	MsgOverviewRemaining  i18n.Key = "tui.overview.remaining"
	MsgOverviewBudget     i18n.Key = "tui.overview.budget"
	MsgOverviewTotal      i18n.Key = "tui.overview.total"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgKeyFilter:          {"lọc", "filter"},
		MsgKeySort:            {"sắp xếp", "sort"},
		MsgKeyMove:            {"di chuyển", "move"},
		MsgKeyPage:            {"trang, đầu, cuối", "page, top, bottom"},
		MsgOverviewTitle:      {"Tổng quan — năm %d", "Overview — %d"},
		MsgOverviewFacilities: {"Cơ sở", "Facilities"},
		MsgOverviewWorkers:    {"Lao động", "Workers"},
		MsgOverviewIncome:     {"Thu nhập bình quân/tháng", "Average monthly income"},
		MsgOverviewProjects:   {"Đề án năm %d", "Projects of %d"},
		MsgOverviewWarnings:   {"Cảnh báo (%d)", "Warnings (%d)"},
		MsgOverviewAllocated:  {"Phân bổ", "Allocated"},
		MsgOverviewCommitted:  {"Cam kết", "Committed"},
		MsgOverviewPaid:       {"Đã giải ngân", "Paid"},
		MsgOverviewRemaining:  {"Còn lại", "Remaining"},
		MsgOverviewBudget:     {"Kinh phí năm %d theo nguồn", "Budget %d by source"},
		MsgOverviewTotal:      {"Cộng", "Total"},
	})
}
