package exchange

import "khuyencong/i18n"

// Messages of the contest's import, export and report.
const (
	MsgImportNoRound i18n.Key = "exchange.contest.no_round"
	MsgImportNoEntry i18n.Key = "exchange.contest.no_entry"
	MsgImportYesNo   i18n.Key = "exchange.contest.yes_no"
	MsgImportScores  i18n.Key = "exchange.contest.scores"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgImportNoRound: {"Không có đợt bình chọn mã %q.", "No contest round has code %q."},
		MsgImportNoEntry: {"Không có sản phẩm đăng ký số %q.", "No entry has registration number %q."},
		MsgImportYesNo:   {"%q không phải có/không (x, có, không).", "%q is not yes or no (x, yes, no)."},
		MsgImportScores:  {"Không đọc được điểm %q: viết các số nguyên không âm cách nhau bởi dấu chấm phẩy, ví dụ 25; 35; 15; 8.", "Cannot read the scores %q: write whole non-negative numbers separated by semicolons, e.g. 25; 35; 15; 8."},
	})
}
