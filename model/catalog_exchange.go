package model

// Messages of the CSV/XLSX import and export (package exchange) and of the
// import and export commands.
const (
	MsgCSVQuote         Key = "exchange.csv_quote"
	MsgCSVBroken        Key = "exchange.csv_broken"
	MsgXLSXBroken       Key = "exchange.xlsx_broken"
	MsgXLSXNoSheet      Key = "exchange.xlsx_no_sheet"
	MsgXLSXSheetMissing Key = "exchange.xlsx_sheet_missing"
	MsgImportOldXLS     Key = "exchange.old_xls"
	MsgImportEmpty      Key = "exchange.empty"
	MsgImportBadKind    Key = "exchange.bad_kind"

	MsgImportMissingColumns    Key = "exchange.missing_columns"
	MsgImportBadChoice         Key = "exchange.bad_choice"
	MsgImportBadNumber         Key = "exchange.bad_number"
	MsgImportBadMoney          Key = "exchange.bad_money"
	MsgImportBadDate           Key = "exchange.bad_date"
	MsgImportBadTaxCode        Key = "exchange.bad_tax_code"
	MsgImportNoFacility        Key = "exchange.no_facility"
	MsgImportAmbiguousFacility Key = "exchange.ambiguous_facility"
	MsgImportNoProject         Key = "exchange.no_project"
	MsgImportTotalMismatch     Key = "exchange.total_mismatch"
	MsgImportDupInFile         Key = "exchange.dup_in_file"
	MsgImportDupInDB           Key = "exchange.dup_in_db"
	MsgImportUntil             Key = "exchange.until"
	MsgImportRowProblem        Key = "exchange.row_problem"
	MsgImportRefused           Key = "exchange.refused"
	MsgImportNote              Key = "exchange.note"
	MsgImportNoteBatch         Key = "exchange.note_batch"
	MsgDistrictUnknown         Key = "exchange.district_unknown"

	MsgExportBadKind    Key = "exchange.export_bad_kind"
	MsgExportBadFormat  Key = "exchange.export_bad_format"
	MsgSheetFacilities  Key = "exchange.sheet_facilities"
	MsgSheetProjects    Key = "exchange.sheet_projects"
	MsgSheetAllocations Key = "exchange.sheet_allocations"
	MsgSheetPayments    Key = "exchange.sheet_payments"

	MsgExportReportFormat   Key = "exchange.report_format"
	MsgExportColWarningKind Key = "exchange.col_warning_kind"
	MsgExportColWarning     Key = "exchange.col_warning"
	MsgExportColAmount      Key = "exchange.col_amount"
	MsgExportColLimit       Key = "exchange.col_limit"
)

func init() {
	register(map[Key]Msg{
		MsgCSVQuote: {
			"tệp CSV hỏng từ dòng %d đến dòng %d: dấu ngoặc kép không khớp; mở tệp bằng Excel và lưu lại dạng \"CSV UTF-8\"",
			"the CSV file is broken from line %d to line %d: unmatched double quote; open it in Excel and save it again as \"CSV UTF-8\""},
		MsgCSVBroken: {"tệp CSV hỏng ở dòng %d: %s", "the CSV file is broken at line %d: %s"},
		MsgXLSXBroken: {
			"không đọc được tệp Excel: %s",
			"cannot read the Excel file: %s"},
		MsgXLSXNoSheet:      {"tệp Excel không có trang tính nào", "the Excel file has no sheet"},
		MsgXLSXSheetMissing: {"không có trang tính %q; các trang tính: %s", "there is no sheet %q; the sheets are: %s"},
		MsgImportOldXLS: {
			"tệp .xls (Excel 97–2003) không đọc được: mở bằng Excel và lưu lại dạng .xlsx hoặc \"CSV UTF-8\"",
			".xls files (Excel 97–2003) cannot be read: open it in Excel and save it as .xlsx or \"CSV UTF-8\""},
		MsgImportEmpty:   {"tệp không có dòng nào", "the file has no rows"},
		MsgImportBadKind: {"không nhập được loại bản ghi %q", "cannot import records of kind %q"},
		MsgImportMissingColumns: {
			"thiếu cột bắt buộc: %s; chưa đọc dòng nào",
			"required columns missing: %s; no row was read"},
		MsgImportBadChoice: {
			"không hiểu %q: dùng một trong các mã %s hoặc tên đầy đủ",
			"cannot read %q: use one of the codes %s or the full name"},
		MsgImportBadNumber:  {"%q không phải số nguyên", "%q is not a whole number"},
		MsgImportBadMoney:   {"không hiểu số tiền %q", "cannot read the amount %q"},
		MsgImportBadDate:    {"không hiểu ngày %q: dùng dạng dd/mm/yyyy", "cannot read the date %q: use dd/mm/yyyy"},
		MsgImportBadTaxCode: {"mã số thuế %q không hợp lệ", "tax code %q is not valid"},
		MsgImportNoFacility: {
			"không tìm thấy cơ sở có mã số thuế hoặc tên đúng là: %s",
			"no facility has this tax code or exact name: %s"},
		MsgImportAmbiguousFacility: {
			"có %[2]d cơ sở cùng tên %[1]q: ghi mã số thuế thay cho tên",
			"%[2]d facilities are named %[1]q: give the tax code instead of the name"},
		MsgImportNoProject: {"không có đề án mã %q", "there is no project with code %q"},
		MsgImportTotalMismatch: {
			"tổng kinh phí %s khác kinh phí hỗ trợ cộng vốn đối ứng (%s)",
			"the total %s is not support plus counterpart funds (%s)"},
		MsgImportDupInFile: {"%q trùng với dòng %d của tệp", "%q repeats row %d of the file"},
		MsgImportDupInDB: {
			"%q đã có trong cơ sở dữ liệu (bản ghi số %d); dùng --on-duplicate skip hoặc update",
			"%q is already in the database (record %d); use --on-duplicate skip or update"},
		MsgImportUntil:      {"đến", "until"},
		MsgImportRowProblem: {"dòng %d, cột %q: %s", "row %d, column %q: %s"},
		MsgImportRefused: {
			"%d dòng có lỗi: chưa ghi gì vào cơ sở dữ liệu",
			"%d rows have errors: nothing was written to the database"},
		MsgImportNote:      {"nhập từ tệp %s (%d bản ghi)", "imported from %s (%d records)"},
		MsgImportNoteBatch: {"nhập từ tệp %s (bản ghi %d–%d / %d)", "imported from %s (records %d–%d of %d)"},
		MsgDistrictUnknown: {
			"huyện %q không thuộc tỉnh %s (trước 1/7/2025): dùng một trong %s",
			"district %q is not in %s province (before 1/7/2025): use one of %s"},
		MsgExportBadKind:    {"không xuất được loại bản ghi %q", "cannot export records of kind %q"},
		MsgExportBadFormat:  {"không có định dạng %q: dùng %s", "there is no format %q: use %s"},
		MsgSheetFacilities:  {"Cơ sở", "Facilities"},
		MsgSheetProjects:    {"Đề án", "Projects"},
		MsgSheetAllocations: {"Kế hoạch kinh phí", "Allocations"},
		MsgSheetPayments:    {"Giải ngân", "Payments"},
		MsgExportReportFormat: {
			"báo cáo không xuất được dạng %q: dùng xlsx (mỗi bảng một trang tính), md hoặc text",
			"the report cannot be exported as %q: use xlsx (one sheet per table), md or text"},
		MsgExportColWarningKind: {"Loại cảnh báo", "Warning kind"},
		MsgExportColWarning:     {"Nội dung", "Warning"},
		MsgExportColAmount:      {"Số tiền", "Amount"},
		MsgExportColLimit:       {"Giới hạn", "Limit"},
	})
}
