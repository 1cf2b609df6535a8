package transfer

import "khuyencong/i18n"

// Texts of package transfer, in both languages (see package i18n).
const (
	MsgExportAsk          i18n.Key = "tui.export.ask"
	MsgExportDo           i18n.Key = "tui.export.do"
	MsgExportOverwrite    i18n.Key = "tui.export.overwrite"
	MsgExportOverwriteYes i18n.Key = "tui.export.overwrite_yes"
	MsgAppExportDone      i18n.Key = "tui.export.done"
	MsgAppExportFailed    i18n.Key = "tui.export.failed"
	MsgExportUnavailable  i18n.Key = "tui.export.unavailable"
	MsgImportAsk          i18n.Key = "tui.import.ask"
	MsgImportWorking      i18n.Key = "tui.import.working"
	MsgImportReport       i18n.Key = "tui.import.report"
	MsgImportConfirmHint  i18n.Key = "tui.import.confirm_hint"
	MsgImportRefusedHint  i18n.Key = "tui.import.refused_hint"
	MsgImportDo           i18n.Key = "tui.import.do"
	MsgImportDoneApp      i18n.Key = "tui.import.done"
	MsgImportFailedApp    i18n.Key = "tui.import.failed"
	MsgImportUnavailable  i18n.Key = "tui.import.unavailable"
	MsgImportChoices      i18n.Key = "tui.import.choices"
	MsgImportYes          i18n.Key = "tui.import.yes"
	MsgImportDupRefuse    i18n.Key = "tui.import.dup_refuse"
	MsgImportDupSkip      i18n.Key = "tui.import.dup_skip"
	MsgImportDupUpdate    i18n.Key = "tui.import.dup_update"
	MsgImportEscStops     i18n.Key = "tui.import.esc_stops"
	MsgImportStopped      i18n.Key = "tui.import.stopped"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgExportAsk: {
			"Xuất %s dòng đang hiển thị (đúng bộ lọc và thứ tự) ra tệp .csv, .xlsx hoặc .md:",
			"Export the %s rows on screen (as filtered and sorted) to a .csv, .xlsx or .md file:",
		},
		MsgExportOverwrite:    {"Tệp %s đã có. Ghi đè lên tệp đó?", "%s already exists. Write over it?"},
		MsgExportOverwriteYes: {"Ghi đè", "Overwrite"},
		MsgExportDo:           {"xuất", "export"},
		MsgAppExportDone:      {"Đã xuất %s dòng ra %s", "Exported %s rows to %s"},
		MsgAppExportFailed:    {"Không xuất được ra %s: %s", "Could not export to %s: %s"},
		MsgExportUnavailable: {
			"Qua SSH không ghi tệp lên máy chủ; hãy dùng: ssh -p 23234 máy-chủ export facilities > co-so.csv",
			"Over SSH the app writes no files on the server; use: ssh -p 23234 server export facilities > file.csv",
		},
		MsgImportAsk: {
			"Nhập từ tệp CSV hoặc XLSX (đường dẫn trên máy này). Mọi dòng được kiểm tra trước; chưa ghi gì cho đến khi bạn xác nhận:",
			"Import a CSV or XLSX file (a path on this machine). Every row is checked first; nothing is written until you confirm:",
		},
		MsgImportWorking:     {"Đang đọc và kiểm tra tệp…", "Reading and checking the file…"},
		MsgImportReport:      {"Kết quả kiểm tra (chưa ghi gì)", "Check result (nothing written yet)"},
		MsgImportConfirmHint: {"Mọi dòng đều hợp lệ: enter để nhập thật, esc để huỷ.", "Every row is good: enter imports, esc cancels."},
		MsgImportRefusedHint: {"Tệp có dòng lỗi (xem trên): sửa tệp rồi nhập lại, hoặc chọn bên dưới; esc để đóng.", "The file has bad rows (see above): fix it and import again, or choose below; esc closes."},
		MsgImportChoices:     {"s bỏ qua dòng lỗi: %s · d mã đã có: %s", "s skip bad rows: %s · d codes already present: %s"},
		MsgImportYes:         {"có", "yes"},
		MsgImportDupRefuse:   {"báo lỗi", "refuse"},
		MsgImportDupSkip:     {"bỏ qua", "skip"},
		MsgImportDupUpdate:   {"cập nhật", "update"},
		MsgImportStopped:     {"Đã dừng nhập %s: không ghi gì", "Stopped importing %s: nothing written"},
		MsgImportEscStops:    {"esc để dừng: không ghi gì", "esc stops: nothing written"},
		MsgImportDo:          {"nhập", "import"},
		MsgImportDoneApp:     {"Đã nhập %s", "Imported %s"},
		MsgImportFailedApp:   {"Không nhập được %s: %s", "Could not import %s: %s"},
		MsgImportUnavailable: {
			"Qua SSH không đọc tệp trên máy chủ; hãy nhập bằng lệnh khuyencong import trên máy chủ",
			"Over SSH the app reads no files on the server; import with khuyencong import on the server",
		},
	})
}

// Texts of the budget tab's x: the table or one of the centre's papers.
const (
	MsgReportAsk              i18n.Key = "tui.report.ask"
	MsgReportTable            i18n.Key = "tui.report.table"
	MsgReportPeriodic         i18n.Key = "tui.report.periodic"
	MsgReportRegistration     i18n.Key = "tui.report.registration"
	MsgReportBudget           i18n.Key = "tui.report.budget"
	MsgReportBudgetAll        i18n.Key = "tui.report.budget_all"
	MsgReportSettlement       i18n.Key = "tui.report.settlement"
	MsgReportPeriodicFile     i18n.Key = "tui.report.periodic_file"
	MsgReportRegistrationFile i18n.Key = "tui.report.registration_file"
	MsgReportBudgetFile       i18n.Key = "tui.report.budget_file"
	MsgReportBudgetAllFile    i18n.Key = "tui.report.budget_all_file"
	MsgReportSettlementFile   i18n.Key = "tui.report.settlement_file"
	MsgReportMove             i18n.Key = "tui.report.move"
	MsgReportPick             i18n.Key = "tui.report.pick"
	MsgReportFileAsk          i18n.Key = "tui.report.file_ask"
	MsgReportWrite            i18n.Key = "tui.report.write"
	MsgReportDone             i18n.Key = "tui.report.done"
	MsgReportFailed           i18n.Key = "tui.report.failed"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgReportAsk:              {"Xuất gì?", "Export what?"},
		MsgReportTable:            {"Bảng đang hiển thị (.csv, .xlsx, .md)", "The table on screen (.csv, .xlsx, .md)"},
		MsgReportPeriodic:         {"Báo cáo kết quả thực hiện kế hoạch năm %d", "Results report for %d"},
		MsgReportRegistration:     {"Đăng ký kế hoạch khuyến công năm %d", "Plan registration for %d"},
		MsgReportBudget:           {"Kinh phí năm %d theo nguồn", "Budget of %d by source"},
		MsgReportBudgetAll:        {"Kinh phí các năm theo nguồn", "Budget of every year by source"},
		MsgReportSettlement:       {"Bảng quyết toán đề án %s", "Settlement sheet of project %s"},
		MsgReportPeriodicFile:     {"bao-cao-ket-qua-%d.xlsx", "results-report-%d.xlsx"},
		MsgReportRegistrationFile: {"dang-ky-ke-hoach-%d.xlsx", "plan-registration-%d.xlsx"},
		MsgReportBudgetFile:       {"kinh-phi-%d.xlsx", "budget-%d.xlsx"},
		MsgReportBudgetAllFile:    {"kinh-phi-cac-nam.xlsx", "budget-all-years.xlsx"},
		MsgReportSettlementFile:   {"quyet-toan-%s.xlsx", "settlement-%s.xlsx"},
		MsgReportMove:             {"chọn", "choose"},
		MsgReportPick:             {"xuất", "export"},
		MsgReportFileAsk:          {"%s: ghi ra tệp .xlsx, .md hoặc .txt:", "%s: write to a .xlsx, .md or .txt file:"},
		MsgReportWrite:            {"ghi", "write"},
		MsgReportDone:             {"Đã ghi báo cáo vào %s", "The report is in %s"},
		MsgReportFailed:           {"Không ghi được %s: %s", "Could not write %s: %s"},
	})
}
