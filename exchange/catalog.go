package exchange

import "khuyencong/i18n"

// Messages of the CSV/XLSX import and export.
const (
	MsgCSVQuote         i18n.Key = "exchange.csv_quote"
	MsgCSVBroken        i18n.Key = "exchange.csv_broken"
	MsgXLSXBroken       i18n.Key = "exchange.xlsx_broken"
	MsgXLSXNoSheet      i18n.Key = "exchange.xlsx_no_sheet"
	MsgXLSXSheetMissing i18n.Key = "exchange.xlsx_sheet_missing"
	MsgImportOldXLS     i18n.Key = "exchange.old_xls"
	MsgImportMarkdown   i18n.Key = "exchange.markdown"
	MsgImportEmpty      i18n.Key = "exchange.empty"
	MsgImportBadKind    i18n.Key = "exchange.bad_kind"

	MsgImportMissingColumns    i18n.Key = "exchange.missing_columns"
	MsgImportBadChoice         i18n.Key = "exchange.bad_choice"
	MsgImportBadNumber         i18n.Key = "exchange.bad_number"
	MsgImportBadMoney          i18n.Key = "exchange.bad_money"
	MsgImportBadDate           i18n.Key = "exchange.bad_date"
	MsgImportBadTaxCode        i18n.Key = "exchange.bad_tax_code"
	MsgImportTaxLostZero       i18n.Key = "exchange.tax_lost_zero"
	MsgImportNoFacility        i18n.Key = "exchange.no_facility"
	MsgImportAmbiguousFacility i18n.Key = "exchange.ambiguous_facility"
	MsgImportNoProject         i18n.Key = "exchange.no_project"
	MsgImportNoProgramme       i18n.Key = "exchange.no_programme"
	MsgImportTotalMismatch     i18n.Key = "exchange.total_mismatch"
	MsgImportDupInFile         i18n.Key = "exchange.dup_in_file"
	MsgImportDupInDB           i18n.Key = "exchange.dup_in_db"
	MsgImportUntil             i18n.Key = "exchange.until"
	MsgImportRowProblem        i18n.Key = "exchange.row_problem"
	MsgImportRefused           i18n.Key = "exchange.refused"
	MsgImportNote              i18n.Key = "exchange.note"
	MsgColDeleted              i18n.Key = "exchange.col_deleted"
	MsgDeletedMark             i18n.Key = "exchange.deleted_mark"
	MsgImportBadDeleted        i18n.Key = "exchange.bad_deleted"
	MsgExportBadKind           i18n.Key = "exchange.export_bad_kind"
	MsgExportColWarningKind    i18n.Key = "exchange.col_warning_kind"
	MsgExportColWarning        i18n.Key = "exchange.col_warning"
	MsgExportColAmount         i18n.Key = "exchange.col_amount"
	MsgExportColLimit          i18n.Key = "exchange.col_limit"

	MsgMapBadPair          i18n.Key = "exchange.map_bad_pair"
	MsgMapNoColumn         i18n.Key = "exchange.map_no_column"
	MsgMapBadField         i18n.Key = "exchange.map_bad_field"
	MsgNoteGuessed         i18n.Key = "exchange.note_guessed"
	MsgNoteKept            i18n.Key = "exchange.note_kept"
	MsgNoteDeletedRef      i18n.Key = "exchange.note_deleted_ref"
	MsgNoteConverted       i18n.Key = "exchange.note_converted"
	MsgUnitsNoProvince     i18n.Key = "exchange.units_no_province"
	MsgNoteUnitChoice      i18n.Key = "exchange.note_unit_choice"
	MsgNoteUnitUnknown     i18n.Key = "exchange.note_unit_unknown"
	MsgNoteGuessedKept     i18n.Key = "exchange.note_guessed_kept"
	MsgImportProgressRead  i18n.Key = "exchange.progress_read"
	MsgImportProgressWrite i18n.Key = "exchange.progress_write"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCSVQuote: {
			"tệp CSV hỏng từ dòng %d đến dòng %d: dấu ngoặc kép không khớp; mở tệp bằng Excel và lưu lại dạng \"CSV UTF-8\"",
			"the CSV file is broken from line %d to line %d: unmatched double quote; open it in Excel and save it again as \"CSV UTF-8\""},
		MsgCSVBroken: {"tệp CSV hỏng ở dòng %d: %s", "the CSV file is broken at line %d: %s"},
		MsgXLSXBroken: {
			"không đọc được tệp Excel: %s",
			"cannot read the Excel file: %s"},
		MsgXLSXNoSheet:      {"tệp Excel không có trang tính nào", "the Excel file has no sheet"},
		MsgXLSXSheetMissing: {"không có trang tính %q; các trang tính: %s", "there is no sheet %q; the sheets are: %s"},
		MsgImportMarkdown: {
			"tệp Markdown không nhập được (%s): Markdown chỉ để đọc; hãy xuất dạng CSV hoặc XLSX (-o tep.csv) rồi nhập tệp đó",
			"Markdown cannot be imported (%s): it is for reading; export as CSV or XLSX (-o file.csv) and import that"},
		MsgImportOldXLS: {
			"tệp .xls (Excel 97–2003) không đọc được: mở bằng Excel và lưu lại dạng .xlsx hoặc \"CSV UTF-8\"",
			".xls files (Excel 97–2003) cannot be read: open it in Excel and save it as .xlsx or \"CSV UTF-8\""},
		MsgImportEmpty:   {"tệp không có dòng nào", "the file has no rows"},
		MsgImportBadKind: {"không nhập được loại bản ghi %q", "cannot import records of kind %q"},
		MsgImportMissingColumns: {
			"thiếu cột bắt buộc: %s; chưa đọc dòng nào",
			"required columns missing: %s; no row was read"},
		MsgImportBadChoice: {
			"không hiểu %q: dùng một trong các mã hoặc tên sau: %s",
			"cannot read %q: use one of these codes or names: %s"},
		MsgImportBadNumber:  {"%q không phải số nguyên", "%q is not a whole number"},
		MsgImportBadMoney:   {"không hiểu số tiền %q", "cannot read the amount %q"},
		MsgImportBadDate:    {"không hiểu ngày %q: dùng dạng dd/mm/yyyy", "cannot read the date %q: use dd/mm/yyyy"},
		MsgImportBadTaxCode: {"mã số thuế %q không hợp lệ", "tax code %q is not valid"},
		MsgImportTaxLostZero: {
			"mã số thuế %q có 9 chữ số, như ô kiểu số đã mất số 0 đầu, nhưng %s cũng sai chữ số kiểm tra: đặt định dạng cột là Văn bản (Text) trong Excel và gõ lại đủ 10 chữ số",
			"tax code %q has 9 digits, as a number cell that lost its leading zero, but %s fails the check digit too: format the column as Text in Excel and type all 10 digits again"},
		MsgImportNoFacility: {
			"không tìm thấy cơ sở có mã số thuế hoặc tên đúng là: %s",
			"no facility has this tax code or exact name: %s"},
		MsgImportAmbiguousFacility: {
			"có %[2]d cơ sở cùng tên %[1]q: ghi mã số thuế thay cho tên, hoặc thêm số bản ghi sau tên (\"Tên #12\")",
			"%[2]d facilities are named %[1]q: give the tax code instead of the name, or add the record number after it (\"Name #12\")"},
		MsgImportNoProject:   {"không có đề án mã %q", "there is no project with code %q"},
		MsgImportNoProgramme: {"không có chương trình mã %q", "there is no programme with code %q"},
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
			"%s dòng có lỗi: chưa ghi gì vào cơ sở dữ liệu",
			"%s rows have errors: nothing was written to the database"},
		MsgImportNote:  {"nhập từ tệp %s (%d bản ghi)", "imported from %s (%d records)"},
		MsgColDeleted:  {"Đã xoá", "Deleted"},
		MsgDeletedMark: {"x", "x"},
		MsgImportBadDeleted: {"\"%s\" không phải dấu đã xoá: để trống (còn hiệu lực) hoặc ghi x, có, đã xoá",
			"\"%s\" is not a deleted mark: leave it empty (live) or write x, yes, deleted"},
		MsgExportBadKind:        {"không xuất được loại bản ghi %q", "cannot export records of kind %q"},
		MsgExportColWarningKind: {"Loại cảnh báo", "Warning kind"},
		MsgExportColWarning:     {"Nội dung", "Warning"},
		MsgExportColAmount:      {"Số tiền", "Amount"},
		MsgExportColLimit:       {"Giới hạn", "Limit"},
		MsgMapBadPair: {
			"--map: %q không có dạng \"Tiêu đề cột=trường\" (ví dụ 'Ngành nghề=products,STT=ignore'); chưa đọc dòng nào",
			"--map: %q is not \"Column title=field\" (for example 'Ngành nghề=products,STT=ignore'); no row was read"},
		MsgMapNoColumn: {
			"--map: tệp không có cột %q; các cột của tệp: %s; chưa đọc dòng nào",
			"--map: the file has no column %q; its columns are: %s; no row was read"},
		MsgMapBadField: {
			"--map: không có trường %q; dùng một trong: %s hoặc ignore; chưa đọc dòng nào",
			"--map: there is no field %q; use one of: %s or ignore; no row was read"},
		MsgNoteGuessed: {
			"%s đoán từ tên là %q (như %q), kiểm tra lại: %d dòng (%s)",
			"%s guessed from the name as %q (as %q), check it: %d rows (%s)"},
		MsgUnitsNoProvince: {
			"trung tâm chưa chọn tỉnh: chạy khuyencong units province TỈNH (ví dụ units province \"Phú Thọ\") trước khi chuyển đổi",
			"the centre has not chosen its province: run khuyencong units province PROVINCE (e.g. units province \"Phú Thọ\") before converting"},
		MsgNoteConverted: {
			"địa chỉ trước 1/7/2025 %q đã chuyển sang %s: %d dòng (%s)",
			"the address before 1/7/2025 %q was converted to %s: %d rows (%s)"},
		MsgNoteUnitChoice: {
			"địa chỉ trước 1/7/2025 %q nay thuộc một trong nhiều xã (%s): chưa chọn, cần người chọn (khuyencong units convert hoặc màn hình rà soát): %d dòng (%s)",
			"the address before 1/7/2025 %q is now in one of several communes (%s): none chosen, a person must choose (khuyencong units convert or the review screen): %d rows (%s)"},
		MsgNoteUnitUnknown: {
			"địa chỉ %q giữ nguyên như ghi, chưa chuyển được (%s): %d dòng (%s)",
			"the address %q is kept as written and not converted (%s): %d rows (%s)"},
		MsgNoteDeletedRef: {
			"%q là bản ghi đã xoá; %s vẫn được nối với nó (lệnh check sẽ báo cho tới khi khôi phục hoặc sửa): %d dòng (%s)",
			"%q is a deleted record; %s is linked to it all the same (check reports it until it is restored or changed): %d rows (%s)"},
		MsgNoteKept: {
			"%q không thuộc danh sách %s: để trống %[2]s, giữ chữ ở %[3]s: %[4]d dòng (%[5]s)",
			"%q is none of the values of %s: %[2]s left empty, the text kept in %[3]s: %[4]d rows (%[5]s)"},
		MsgNoteGuessedKept: {
			"%q: %s đoán là %q, chữ vẫn giữ ở %s: %d dòng (%s)",
			"%q: %s guessed as %q, the text kept in %s too: %d rows (%s)"},
		MsgImportProgressRead:  {"đã đọc %s dòng", "%s rows read"},
		MsgImportProgressWrite: {"%3d%% — đã ghi %s / %s bản ghi", "%3d%% — %s of %s records written"},
	})
}

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{})
}
