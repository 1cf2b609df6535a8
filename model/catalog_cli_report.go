package model

import "khuyencong/i18n"

// Messages of the sample and report commands and of their code in package
// exchange (sample.go, report.go).
const (
	MsgCmdSampleArgs    i18n.Key = "cli.sample.args"
	MsgCmdSampleSummary i18n.Key = "cli.sample.summary"
	MsgCmdSampleHelp    i18n.Key = "cli.sample.help"
	MsgFlagFacilities   i18n.Key = "cli.sample.flag_facilities"
	MsgFlagSeed         i18n.Key = "cli.sample.flag_seed"
	MsgSampleRange      i18n.Key = "sample.range"
	MsgSampleNotEmpty   i18n.Key = "sample.not_empty"
	MsgSampleDone       i18n.Key = "sample.done"

	MsgCmdReportArgs    i18n.Key = "cli.report.args"
	MsgCmdReportSummary i18n.Key = "cli.report.summary"
	MsgCmdReportHelp    i18n.Key = "cli.report.help"
	MsgFlagYear         i18n.Key = "cli.report.flag_year"
	MsgFlagFormat       i18n.Key = "cli.report.flag_format"
	MsgReportBadYear    i18n.Key = "report.bad_year"
	MsgReportBadFormat  i18n.Key = "report.bad_format"
	MsgReportTitleAll   i18n.Key = "report.title_all"
	MsgReportTitleYear  i18n.Key = "report.title_year"
	MsgReportOverview   i18n.Key = "report.overview"
	MsgReportNone       i18n.Key = "report.none"
	MsgReportTotal      i18n.Key = "report.total"
	MsgReportBudget     i18n.Key = "report.budget"
	MsgReportByCategory i18n.Key = "report.by_category"
	MsgReportByDistrict i18n.Key = "report.by_district"
	MsgReportByStatus   i18n.Key = "report.by_status"
	MsgReportTop        i18n.Key = "report.top"
	MsgReportWarnings   i18n.Key = "report.warnings"
	MsgReportNoWarnings i18n.Key = "report.no_warnings"
	MsgReportOrphans    i18n.Key = "report.orphans"
	MsgReportProjects   i18n.Key = "report.projects"
	MsgReportYearTotal  i18n.Key = "report.year_total"

	MsgRepColYear        i18n.Key = "report.col.year"
	MsgRepColSource      i18n.Key = "report.col.source"
	MsgRepColAllocated   i18n.Key = "report.col.allocated"
	MsgRepColCommitted   i18n.Key = "report.col.committed"
	MsgRepColPaid        i18n.Key = "report.col.paid"
	MsgRepColRemaining   i18n.Key = "report.col.remaining"
	MsgRepColUsed        i18n.Key = "report.col.used"
	MsgRepColProjects    i18n.Key = "report.col.projects"
	MsgRepColCategory    i18n.Key = "report.col.category"
	MsgRepColSupport     i18n.Key = "report.col.support"
	MsgRepColCounterpart i18n.Key = "report.col.counterpart"
	MsgRepColDistrict    i18n.Key = "report.col.district"
	MsgRepColStatus      i18n.Key = "report.col.status"
	MsgRepColFacility    i18n.Key = "report.col.facility"
	MsgRepColCode        i18n.Key = "report.col.code"
	MsgRepColName        i18n.Key = "report.col.name"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCmdSampleArgs:    {"[--facilities N] [--seed S]", "[--facilities N] [--seed S]"},
		MsgCmdSampleSummary: {"nạp dữ liệu mẫu vào cơ sở dữ liệu trống", "load the sample data into an empty database"},
		MsgCmdSampleHelp: {
			"Nạp các hồ sơ thật của bài báo về khuyến công Vĩnh Phúc (4 đề án KCQG 2022 tổng 2.170 tr, 3 doanh nghiệp thụ hưởng, kế hoạch đợt 1 năm 2023) và N cơ sở tổng hợp trên 9 huyện, thành phố của Vĩnh Phúc trước 2025, cùng vài chục đề án, kế hoạch, giải ngân minh họa cho 2021, 2023–2025. Số liệu bài báo không nêu được ghi rõ là minh họa; doanh nghiệp thật không có mã số thuế. Chỉ nạp vào cơ sở dữ liệu trống.",
			"Loads the real records of the article on khuyến công in Vĩnh Phúc (four 2022 national projects worth 2.170 tr, three beneficiary companies, the 2023 batch-1 allocation) and N synthetic facilities over Vĩnh Phúc's nine pre-2025 districts, with a few dozen illustrative projects, allocations and payments for 2021 and 2023–2025. Figures the article does not give are marked illustrative; the real companies get no tax code. Loads into an empty database only."},
		MsgFlagFacilities: {"số cơ sở tổng hợp `N` (mặc định 20000)", "number `N` of synthetic facilities (default 20000)"},
		MsgFlagSeed:       {"hạt giống ngẫu nhiên `S`: cùng hạt, cùng dữ liệu (mặc định 1)", "random seed `S`: the same seed gives the same data (default 1)"},
		MsgSampleRange:    {"số cơ sở phải từ 0 đến %d", "the number of facilities must be from 0 to %d"},
		MsgSampleNotEmpty: {
			"cơ sở dữ liệu %s đã có dữ liệu (%d cơ sở, %d đề án, %d kế hoạch, %d giải ngân); dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống — chọn tệp khác bằng --db",
			"database %s already holds records (%d facilities, %d projects, %d allocations, %d payments); the sample loads into an empty database only — name another file with --db"},
		MsgSampleDone: {
			"Đã nạp vào %s: %d cơ sở, %d đề án, %d kế hoạch kinh phí, %d khoản giải ngân (%s).",
			"Loaded into %s: %d facilities, %d projects, %d allocations, %d payments (%s)."},

		MsgCmdReportArgs:    {"[--year NĂM] [--format text|md]", "[--year YEAR] [--format text|md]"},
		MsgCmdReportSummary: {"in báo cáo tổng hợp kinh phí", "print the budget summary report"},
		MsgCmdReportHelp: {
			"In các bảng tổng hợp: kinh phí theo năm và nguồn (kế hoạch, cam kết, đã giải ngân, còn lại), theo nội dung, theo huyện, theo trạng thái, các cơ sở nhận hỗ trợ nhiều nhất, và các cảnh báo. Với --year, các bảng chỉ tính năm đó và liệt kê các đề án của năm cùng tổng kinh phí. --format md in bảng Markdown.",
			"Prints the summary tables: budget per year and source (allocated, committed, paid, remaining), per content category, per district, per status, the top beneficiaries, and the warnings. With --year the tables cover that year and list its projects with their total. --format md prints Markdown tables."},
		MsgFlagYear:        {"chỉ tính năm kế hoạch `NĂM` (mặc định: mọi năm)", "plan `YEAR` only (default: all years)"},
		MsgFlagFormat:      {"định dạng `text|md` (mặc định text)", "format `text|md` (default text)"},
		MsgReportBadYear:   {"năm %d không hợp lệ; năm kế hoạch từ %d đến %d", "%d is not a valid year; plan years run from %d to %d"},
		MsgReportBadFormat: {"định dạng %q không có; chọn text hoặc md", "there is no format %q; choose text or md"},
		MsgReportTitleAll:  {"BÁO CÁO KHUYẾN CÔNG — TẤT CẢ CÁC NĂM", "INDUSTRIAL PROMOTION REPORT — ALL YEARS"},
		MsgReportTitleYear: {"BÁO CÁO KHUYẾN CÔNG — NĂM %d", "INDUSTRIAL PROMOTION REPORT — %d"},
		MsgReportOverview: {
			"%s cơ sở, %s lao động, thu nhập bình quân %s/người/tháng; %s đề án.",
			"%s facilities, %s workers, average income %s per worker per month; %s projects."},
		MsgReportNone:       {"(không có số liệu)", "(no data)"},
		MsgReportTotal:      {"Cộng", "Total"},
		MsgReportBudget:     {"Kinh phí theo năm và nguồn", "Budget by year and source"},
		MsgReportByCategory: {"Kinh phí đã cam kết theo nội dung", "Committed support by content category"},
		MsgReportByDistrict: {"Kinh phí đã cam kết theo huyện, thành phố", "Committed support by district"},
		MsgReportByStatus:   {"Đề án theo trạng thái", "Projects by status"},
		MsgReportTop:        {"%d cơ sở nhận hỗ trợ nhiều nhất", "Top %d beneficiaries"},
		MsgReportWarnings:   {"Cảnh báo (%d)", "Warnings (%d)"},
		MsgReportNoWarnings: {"Không có cảnh báo.", "No warnings."},
		MsgReportOrphans:    {"%d khoản giải ngân thuộc đề án đã xóa hoặc không có; không tính vào số đã giải ngân.", "%d payments belong to deleted or missing projects; they are not counted as paid."},
		MsgReportProjects:   {"Các đề án năm %d", "Projects of %d"},
		MsgReportYearTotal:  {"Tổng cộng %d đề án năm %d: %s.", "In all %d projects in %d: %s."},

		MsgRepColYear:        {"Năm", "Year"},
		MsgRepColSource:      {"Nguồn", "Source"},
		MsgRepColAllocated:   {"Kế hoạch", "Allocated"},
		MsgRepColCommitted:   {"Cam kết", "Committed"},
		MsgRepColPaid:        {"Đã giải ngân", "Paid"},
		MsgRepColRemaining:   {"Còn lại", "Remaining"},
		MsgRepColUsed:        {"Sử dụng", "Used"},
		MsgRepColProjects:    {"Số đề án", "Projects"},
		MsgRepColCategory:    {"Nội dung", "Category"},
		MsgRepColSupport:     {"Hỗ trợ", "Support"},
		MsgRepColCounterpart: {"Đối ứng", "Counterpart"},
		MsgRepColDistrict:    {"Huyện, thành phố", "District"},
		MsgRepColStatus:      {"Trạng thái", "Status"},
		MsgRepColFacility:    {"Cơ sở", "Facility"},
		MsgRepColCode:        {"Mã", "Code"},
		MsgRepColName:        {"Tên đề án", "Project"},
	})
}
