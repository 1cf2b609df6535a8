package cli

import "khuyencong/i18n"

// Messages of the sample and report commands: their usage and what they
// say when done. The report's own text is exchange's, in model.
const (
	MsgCmdSampleArgs    i18n.Key = "cli.sample.args"
	MsgCmdSampleSummary i18n.Key = "cli.sample.summary"
	MsgCmdSampleHelp    i18n.Key = "cli.sample.help"
	MsgFlagFacilities   i18n.Key = "cli.sample.flag_facilities"
	MsgFlagSeed         i18n.Key = "cli.sample.flag_seed"
	MsgSampleDone       i18n.Key = "sample.done"
	MsgCmdReportArgs    i18n.Key = "cli.report.args"
	MsgCmdReportSummary i18n.Key = "cli.report.summary"
	MsgCmdReportHelp    i18n.Key = "cli.report.help"
	MsgFlagYear         i18n.Key = "cli.report.flag_year"
	MsgFlagFormat       i18n.Key = "cli.report.flag_format"
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
		MsgSampleDone: {
			"Đã nạp vào %s: %s cơ sở, %s đề án, %s kế hoạch kinh phí, %s khoản giải ngân (%s).",
			"Loaded into %s: %s facilities, %s projects, %s allocations, %s payments (%s)."},
		MsgCmdReportArgs:    {"[--year NĂM] [--format text|md] | contest --round ĐỢT [--format text|md]", "[--year YEAR] [--format text|md] | contest --round ROUND [--format text|md]"},
		MsgCmdReportSummary: {"in báo cáo tổng hợp kinh phí", "print the budget summary report"},
		MsgCmdReportHelp: {
			"In các bảng tổng hợp: kinh phí theo năm và nguồn (kế hoạch, cam kết, đã giải ngân, còn lại), theo nội dung, theo huyện, theo trạng thái, các cơ sở nhận hỗ trợ nhiều nhất, và các cảnh báo. Với --year, các bảng chỉ tính năm đó và liệt kê các đề án của năm cùng tổng kinh phí. --format md in bảng Markdown. report contest --round ĐỢT in bảng kết quả bình chọn của đợt: sản phẩm, cơ sở, nhóm, tổng điểm của từng thành viên hội đồng, điểm trung bình, đủ hồ sơ, đạt, số giấy chứng nhận.",
			"Prints the summary tables: budget per year and source (allocated, committed, paid, remaining), per content category, per district, per status, the top beneficiaries, and the warnings. With --year the tables cover that year and list its projects with their total. --format md prints Markdown tables. report contest --round ROUND prints a contest round's results: entry, facility, group, each council member's total, the average, dossier complete, passed, certificate number."},
		MsgFlagYear:   {"chỉ tính năm kế hoạch `NĂM` (mặc định: mọi năm)", "plan `YEAR` only (default: all years)"},
		MsgFlagFormat: {"định dạng `text|md` (mặc định text)", "format `text|md` (default text)"},
	})
}
