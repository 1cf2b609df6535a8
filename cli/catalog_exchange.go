package cli

import "khuyencong/i18n"

// The import and export commands (cmd_import.go, cmd_export.go, exchange.go).
const (
	MsgCmdImportArgs    i18n.Key = "cli.import.args"
	MsgCmdImportSummary i18n.Key = "cli.import.summary"
	MsgCmdImportHelp    i18n.Key = "cli.import.help"
	MsgFlagSheet        i18n.Key = "cli.import.flag_sheet"
	MsgFlagDryRun       i18n.Key = "cli.import.flag_dry_run"
	MsgFlagOnDuplicate  i18n.Key = "cli.import.flag_on_duplicate"
	MsgFlagSkipBad      i18n.Key = "cli.import.flag_skip_bad"
	MsgImportBadKindArg i18n.Key = "cli.import.bad_kind"
	MsgImportBadDupArg  i18n.Key = "cli.import.bad_dup"
	MsgImportFileCSV    i18n.Key = "cli.import.file_csv"
	MsgImportFileXLSX   i18n.Key = "cli.import.file_xlsx"
	MsgImportMapping    i18n.Key = "cli.import.mapping"
	MsgImportUnknown    i18n.Key = "cli.import.unknown"
	MsgImportProblems   i18n.Key = "cli.import.problems"
	MsgImportSummary    i18n.Key = "cli.import.summary_line"
	MsgImportDrySummary i18n.Key = "cli.import.dry_summary"
	MsgImportDryRefused i18n.Key = "cli.import.dry_refused"
	MsgImportSkippedBad i18n.Key = "cli.import.skipped_bad"
	MsgImportTab        i18n.Key = "cli.import.tab"
	MsgImportTotals     i18n.Key = "cli.import.totals"
	MsgImportTotalRow   i18n.Key = "cli.import.total_row"
	MsgImportSumRow     i18n.Key = "cli.import.sum_row"
	MsgImportNotes      i18n.Key = "cli.import.notes"
	MsgFlagMap          i18n.Key = "cli.import.flag_map"
	MsgImportBadMap     i18n.Key = "cli.import.bad_map"
	MsgImportHeaders    i18n.Key = "cli.import.headers"
	MsgImportRequired   i18n.Key = "cli.import.required"
	MsgImportIgnored    i18n.Key = "cli.import.ignored"
	MsgImportByMap      i18n.Key = "cli.import.by_map"
	MsgImportMapHint    i18n.Key = "cli.import.map_hint"
	MsgImportNotesMore  i18n.Key = "cli.import.notes_more"
	MsgCmdExportArgs    i18n.Key = "cli.export.args"
	MsgCmdExportSummary i18n.Key = "cli.export.summary"
	MsgCmdExportHelp    i18n.Key = "cli.export.help"
	MsgFlagExportFormat i18n.Key = "cli.export.flag_format"
	MsgFlagExportYear   i18n.Key = "cli.export.flag_year"
	MsgFlagOutput       i18n.Key = "cli.export.flag_output"
	MsgFlagForce        i18n.Key = "cli.export.flag_force"
	MsgExportExists     i18n.Key = "cli.export.exists"
	MsgExportBadWhat    i18n.Key = "cli.export.bad_what"
	MsgExportYearNoKind i18n.Key = "cli.export.year_facilities"
	MsgExportTerminal   i18n.Key = "cli.export.terminal"
	MsgExportRemoteFile i18n.Key = "cli.export.remote_file"
	MsgExportDone       i18n.Key = "cli.export.done"
	MsgExportReportDone i18n.Key = "cli.export.report_done"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCmdImportArgs: {
			"facilities|projects|allocations|payments TỆP [--sheet TÊN] [--dry-run] [--on-duplicate skip|update|fail] [--skip-bad]",
			"facilities|projects|allocations|payments FILE [--sheet NAME] [--dry-run] [--on-duplicate skip|update|fail] [--skip-bad]"},
		MsgCmdImportSummary: {"nhập cơ sở, đề án, kế hoạch hoặc giải ngân từ tệp CSV hoặc Excel", "import facilities, projects, allocations or payments from a CSV or Excel file"},
		MsgCmdImportHelp: {
			"Đọc tệp .csv (UTF-8 có hoặc không có BOM, UTF-16, dấu phân cách , ; hoặc tab) hoặc .xlsx (trang tính đầu tiên hoặc --sheet). Tên cột được nhận ra bằng tiếng Việt hoặc tiếng Anh, không phân biệt hoa thường, dấu và khoảng trắng (\"Tên cơ sở\", \"TEN CO SO\", \"name\"; \"Mã số thuế\", \"MST\"); các cột không rõ được bỏ qua. Mọi dòng được kiểm tra trước khi ghi; nếu có dòng lỗi thì không ghi gì và in từng lỗi với số dòng như trong Excel và tên cột (--skip-bad: ghi các dòng đúng, bỏ các dòng lỗi). --dry-run chỉ kiểm tra. Mã số thuế hoặc mã đề án đã có: --on-duplicate fail (mặc định, báo lỗi), skip (bỏ qua) hoặc update (cập nhật các ô có trong tệp). Cơ sở thụ hưởng của đề án ghi bằng mã số thuế hoặc đúng tên, cách nhau bằng dấu ;. Giải ngân ghi đề án bằng mã đề án.",
			"Reads a .csv file (UTF-8 with or without BOM, UTF-16, separator , ; or tab) or an .xlsx file (the first sheet or --sheet). Columns are recognised by their Vietnamese or English names, ignoring case, diacritics and spacing (\"Tên cơ sở\", \"TEN CO SO\", \"name\"; \"Mã số thuế\", \"MST\", \"tax code\"); unknown columns are ignored. Every row is checked before anything is written; if any row is bad nothing is written and each problem is printed with its Excel row number and column (--skip-bad: write the good rows, leave out the bad ones). --dry-run only checks. A tax code or project code already present: --on-duplicate fail (the default, an error), skip, or update (the file's cells update the record). A project's beneficiaries are tax codes or exact names separated by ;. A payment names its project by code."},
		MsgFlagSheet:       {"đọc trang tính `TÊN` của tệp Excel (mặc định: trang đầu)", "read sheet `NAME` of an Excel file (default: the first)"},
		MsgFlagDryRun:      {"chỉ kiểm tra và báo cáo, không ghi gì", "check and report only, write nothing"},
		MsgFlagOnDuplicate: {"khi mã đã có: `fail|skip|update` (mặc định fail)", "when a code is already present: `fail|skip|update` (default fail)"},
		MsgFlagSkipBad:     {"ghi các dòng đúng dù có dòng lỗi", "write the good rows even when some rows are bad"},
		MsgImportBadKindArg: {
			"không có loại %q: dùng facilities, projects, allocations hoặc payments",
			"there is no kind %q: use facilities, projects, allocations or payments"},
		MsgImportBadDupArg:  {"--on-duplicate %q không hợp lệ: dùng fail, skip hoặc update", "--on-duplicate %q is not valid: use fail, skip or update"},
		MsgImportFileCSV:    {"Tệp %s: CSV, bảng mã %s, dấu phân cách %s; dòng tiêu đề %d.", "File %s: CSV, %s, separator %s; header on row %d."},
		MsgImportFileXLSX:   {"Tệp %s: Excel, trang tính %q; dòng tiêu đề %d.", "File %s: Excel, sheet %q; header on row %d."},
		MsgImportMapping:    {"Các cột được đọc:", "Columns read:"},
		MsgImportUnknown:    {"Bỏ qua %d cột không rõ: %s", "Ignored %d unknown columns: %s"},
		MsgImportProblems:   {"Các dòng có lỗi (%s dòng):", "Rows with errors (%s rows):"},
		MsgImportSummary:    {"Đã đọc %s dòng: ghi mới %s, cập nhật %s, bỏ qua %s, lỗi %s (%s giây).", "Read %s rows: %s written, %s updated, %s skipped, %s refused (%s s)."},
		MsgImportDrySummary: {"Chạy thử, không ghi gì. Đã đọc %s dòng: sẽ ghi mới %s, cập nhật %s, bỏ qua %s, lỗi %s (%s giây).", "Dry run, nothing written. Read %s rows: %s to write, %s to update, %s to skip, %s refused (%s s)."},
		MsgImportDryRefused: {"chạy thử: %s dòng có lỗi", "dry run: %s rows have errors"},
		MsgImportSkippedBad: {"%s dòng lỗi đã bị bỏ qua (--skip-bad)", "%s bad rows were left out (--skip-bad)"},
		MsgImportTab:        {"tab", "tab"},
		MsgImportTotals:     {"Bỏ qua %d dòng tổng cộng, không nhập: %s", "Left out %d totals rows, not imported: %s"},
		MsgImportTotalRow:   {"dòng %d (%q)", "row %d (%q)"},
		MsgFlagMap: {
			"`CỘT=TRƯỜNG,...` chọn trường cho cột thay cho cách đoán, ignore để bỏ cột (ví dụ 'Ngành nghề=products,STT=ignore')",
			"`COLUMN=FIELD,...` choose a column's field instead of the guess, ignore to leave it out (for example 'Ngành nghề=products,STT=ignore')"},
		MsgImportBadMap:    {"%s", "%s"},
		MsgImportHeaders:   {"Tiêu đề cột được nhận (không kể hoa thường, dấu, phần trong ngoặc), theo trường:", "Column titles read (case, diacritics and a bracketed part do not matter), by field:"},
		MsgImportRequired:  {"bắt buộc", "required"},
		MsgImportIgnored:   {"(bỏ qua)", "(ignored)"},
		MsgImportByMap:     {"(--map)", "(--map)"},
		MsgImportMapHint:   {"Đổi cách hiểu một cột: --map 'Tiêu đề=trường' (trường: mã trong import --help, hoặc ignore).", "To read a column otherwise: --map 'Title=field' (field: a name from import --help, or ignore)."},
		MsgImportNotes:     {"Đã đoán hoặc giữ dạng chữ, cần xem lại:", "Guessed or kept as text, to look over:"},
		MsgImportNotesMore: {"  … và %d ghi chú khác", "  … and %d more notes"},
		MsgImportSumRow:    {"dòng %d (chỉ có số, bằng tổng các dòng trên)", "row %d (figures only, the sum of the rows above)"},
		MsgCmdExportArgs: {
			"facilities|projects|allocations|payments|rounds|entries|scores|certificates|report [--format csv|xlsx|md] [--year NĂM] [--round ĐỢT] [-o TỆP [--force]]",
			"facilities|projects|allocations|payments|rounds|entries|scores|certificates|report [--format csv|xlsx|md] [--year YEAR] [--round ROUND] [-o FILE [--force]]"},
		MsgCmdExportSummary: {"xuất bản ghi hoặc báo cáo ra CSV, Excel hoặc Markdown", "export records or the report as CSV, Excel or Markdown"},
		MsgCmdExportHelp: {
			"Xuất mọi bản ghi còn hiệu lực của một loại, theo thứ tự mã số: CSV (UTF-8 có BOM, dấu phẩy — Excel mở đúng tiếng Việt), xlsx (tiêu đề đậm và cố định, số tiền là số định dạng #.##0, ngày là ngày) hoặc md (bảng Markdown). Tệp xuất nhập lại được bằng lệnh import. report xuất báo cáo tổng hợp: xlsx (mỗi bảng một trang tính) hoặc md. --year chọn năm kế hoạch (đề án, kế hoạch kinh phí; giải ngân theo năm của ngày). Không có -o thì ghi ra màn hình (CSV, Markdown); xlsx cần -o hoặc chuyển hướng sang tệp. Định dạng mặc định theo đuôi tệp -o, nếu không thì csv (report: md). certificates xuất sổ giấy chứng nhận (các sản phẩm đã được cấp); --round chỉ lấy một đợt bình chọn (entries, scores, certificates).",
			"Exports every live record of a kind in ID order: CSV (UTF-8 with BOM, commas — Excel opens the Vietnamese correctly), xlsx (bold frozen header, amounts as numbers in the #,##0 format, dates as dates) or md (a Markdown table). The files import again with the import command. report exports the summary report: xlsx (one sheet per table) or md. --year picks a plan year (projects, allocations; payments by the year of their date). Without -o the output goes to standard output (CSV, Markdown); xlsx needs -o or a redirection to a file. The format defaults to the extension of -o, else csv (report: md). certificates exports the certificate register (the entries holding one); --round keeps one contest round (entries, scores, certificates)."},
		MsgFlagExportFormat: {"định dạng `csv|xlsx|md` (mặc định theo đuôi tệp, hoặc csv)", "format `csv|xlsx|md` (default: from the file extension, or csv)"},
		MsgFlagExportYear:   {"chỉ năm kế hoạch `NĂM`", "plan `YEAR` only"},
		MsgFlagForce:        {"ghi đè tệp -o nếu đã có", "overwrite the -o file if it exists"},
		MsgExportExists:     {"tệp %s đã có; thêm --force để ghi đè, hoặc chọn tên khác", "%s already exists; add --force to overwrite it, or choose another name"},
		MsgFlagOutput:       {"ghi vào `TỆP` thay vì màn hình", "write to `FILE` instead of standard output"},
		MsgExportBadWhat: {
			"không có %q: dùng facilities, projects, allocations, payments, rounds, entries, scores, certificates hoặc report",
			"there is no %q: use facilities, projects, allocations, payments, rounds, entries, scores, certificates or report"},
		MsgExportYearNoKind: {"--year không dùng cho cơ sở (cơ sở không có năm kế hoạch)", "--year does not apply to facilities (they have no plan year)"},
		MsgExportTerminal: {
			"không ghi tệp Excel nhị phân ra màn hình: dùng -o TỆP.xlsx hoặc chuyển hướng > TỆP.xlsx",
			"will not write a binary Excel file to the terminal: use -o FILE.xlsx or redirect > FILE.xlsx"},
		MsgExportRemoteFile: {
			"qua SSH, tệp xuất được gửi về máy của bạn: bỏ -o và chuyển hướng > TỆP",
			"over SSH the export comes back down the connection: leave out -o and redirect > FILE"},
		MsgExportDone:       {"Đã xuất %s bản ghi vào %s.", "Exported %s records to %s."},
		MsgExportReportDone: {"Đã xuất báo cáo vào %s.", "Exported the report to %s."},
	})
}
