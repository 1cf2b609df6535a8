package model

import "khuyencong/i18n"

// Messages of the sample data and the summary report, written by package
// exchange (sample.go, report.go, export_report.go); the commands' own
// usage lines are in cli/catalog_report.go.
const (
	MsgSampleRange    i18n.Key = "sample.range"
	MsgSampleNotEmpty i18n.Key = "sample.not_empty"

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
	MsgReportByCommune  i18n.Key = "report.by_commune"
	MsgReportByStatus   i18n.Key = "report.by_status"
	MsgReportTop        i18n.Key = "report.top"
	MsgReportWarnings   i18n.Key = "report.warnings"
	MsgReportNoWarnings i18n.Key = "report.no_warnings"
	MsgReportOrphans    i18n.Key = "report.orphans"
	MsgReportProjects   i18n.Key = "report.projects"
	MsgReportYearTotal  i18n.Key = "report.year_total"
	MsgReportYearWait   i18n.Key = "report.year_pending"
	MsgReportYearDrop   i18n.Key = "report.year_dropped"
	MsgReportTotalComm  i18n.Key = "report.total_committed"
	MsgReportWarnOther  i18n.Key = "report.warn_other"

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
	MsgRepColCommune     i18n.Key = "report.col.commune"
	MsgRepColStatus      i18n.Key = "report.col.status"
	MsgRepColFacility    i18n.Key = "report.col.facility"
	MsgRepColCode        i18n.Key = "report.col.code"
	MsgRepColName        i18n.Key = "report.col.name"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgSampleRange: {"số cơ sở phải từ 0 đến %s", "the number of facilities must be from 0 to %s"},
		MsgSampleNotEmpty: {
			"cơ sở dữ liệu %s đã có dữ liệu (%s cơ sở, %s đề án, %s kế hoạch, %s giải ngân); dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống — chọn tệp khác bằng --db",
			"database %s already holds records (%s facilities, %s projects, %s allocations, %s payments); the sample loads into an empty database only — name another file with --db"},

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
		MsgReportByDistrict: {"Kinh phí đã cam kết theo huyện, thành phố (trước 1/7/2025)", "Committed support by district (before 1/7/2025)"},
		MsgReportByCommune:  {"Kinh phí đã cam kết theo xã, phường", "Committed support by commune"},
		MsgReportByStatus:   {"Đề án theo trạng thái", "Projects by status"},
		MsgReportTop:        {"%d cơ sở nhận hỗ trợ nhiều nhất", "Top %d beneficiaries"},
		MsgReportWarnings:   {"Cảnh báo (%d)", "Warnings (%d)"},
		MsgReportNoWarnings: {"Không có cảnh báo.", "No warnings."},
		MsgReportOrphans:    {"%s khoản giải ngân thuộc đề án đã xóa hoặc không có; không tính vào số đã giải ngân.", "%s payments belong to deleted or missing projects; they are not counted as paid."},
		MsgReportProjects:   {"Các đề án năm %d", "Projects of %d"},
		MsgReportYearTotal:  {"Tổng cộng năm %d: %d đề án đã cam kết, %s.", "Total for %d: %d committed projects, %s."},
		MsgReportYearWait: {"Không tính vào tổng: %d đề án đề xuất hoặc đang thẩm định, %s.",
			"Not in the total: %d projects proposed or in appraisal, %s."},
		MsgReportYearDrop: {"Không tính vào tổng: %d đề án không phê duyệt hoặc dừng, %s.",
			"Not in the total: %d projects rejected or stopped, %s."},
		MsgReportTotalComm: {"Cộng đã cam kết", "Committed total"},
		MsgReportWarnOther: {"Ngoài ra %d cảnh báo của năm khác (xem báo cáo tất cả các năm).",
			"And %d warnings of other years (see the report of all years)."},

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
		MsgRepColCommune:     {"Xã, phường", "Commune"},
		MsgRepColStatus:      {"Trạng thái", "Status"},
		MsgRepColFacility:    {"Cơ sở", "Facility"},
		MsgRepColCode:        {"Mã", "Code"},
		MsgRepColName:        {"Tên đề án", "Project"},
	})
}
