package exchange

import "khuyencong/i18n"

// Messages of the contest's import, export and report.
const (
	MsgImportNoRound i18n.Key = "exchange.contest.no_round"
	MsgImportNoEntry i18n.Key = "exchange.contest.no_entry"
	MsgImportYesNo   i18n.Key = "exchange.contest.yes_no"
	MsgImportScores  i18n.Key = "exchange.contest.scores"

	MsgContestReportTitle     i18n.Key = "exchange.contest.report_title"
	MsgContestReportRules     i18n.Key = "exchange.contest.report_rules"
	MsgContestReportPublished i18n.Key = "exchange.contest.report_published"
	MsgContestReportTotal     i18n.Key = "exchange.contest.report_total"
	MsgContestColEntry        i18n.Key = "exchange.contest.col_entry"
	MsgContestColProduct      i18n.Key = "exchange.contest.col_product"
	MsgContestColFacility     i18n.Key = "exchange.contest.col_facility"
	MsgContestColGroup        i18n.Key = "exchange.contest.col_group"
	MsgContestColAverage      i18n.Key = "exchange.contest.col_average"
	MsgContestColDossier      i18n.Key = "exchange.contest.col_dossier"
	MsgContestColPassed       i18n.Key = "exchange.contest.col_passed"
	MsgContestColCert         i18n.Key = "exchange.contest.col_cert"
	MsgContestYes             i18n.Key = "exchange.contest.yes"
	MsgContestNo              i18n.Key = "exchange.contest.no"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgImportNoRound: {"Không có đợt bình chọn mã %q.", "No contest round has code %q."},
		MsgImportNoEntry: {"Không có sản phẩm đăng ký số %q.", "No entry has registration number %q."},
		MsgImportYesNo:   {"%q không phải có/không (x, có, không).", "%q is not yes or no (x, yes, no)."},
		MsgImportScores:  {"Không đọc được điểm %q: viết các số nguyên không âm theo thứ tự nhóm tiêu chí, cách nhau bởi dấu cách, ví dụ 25 35 15 8.", "Cannot read the scores %q: write whole non-negative numbers in the criteria order, separated by spaces, e.g. 25 35 15 8."},

		MsgContestReportTitle:     {"Kết quả bình chọn: %s (%s)", "Contest results: %s (%s)"},
		MsgContestReportRules:     {"%s · %s · nhóm tiêu chí %s · đạt khi điểm trung bình từ %d và đủ hồ sơ · căn cứ %s", "%s · %s · criteria %s · passes at an average of %d or more with a complete dossier · basis %s"},
		MsgContestReportPublished: {"Công bố theo quyết định %s ngày %s; khiếu nại đến hết ngày %s.", "Published by decision %s of %s; complaints until %s."},
		MsgContestReportTotal:     {"Đạt %d/%d", "Passed %d/%d"},
		MsgContestColEntry:        {"Số ĐK", "Entry"},
		MsgContestColProduct:      {"Sản phẩm", "Product"},
		MsgContestColFacility:     {"Cơ sở", "Facility"},
		MsgContestColGroup:        {"Nhóm", "Group"},
		MsgContestColAverage:      {"Điểm TB", "Average"},
		MsgContestColDossier:      {"Đủ hồ sơ", "Dossier"},
		MsgContestColPassed:       {"Đạt", "Passed"},
		MsgContestColCert:         {"Số GCN", "Certificate"},
		MsgContestYes:             {"có", "yes"},
		MsgContestNo:              {"không", "no"},
	})
}
