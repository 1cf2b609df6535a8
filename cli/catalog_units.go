package cli

import "khuyencong/i18n"

// Messages of `units`.
const (
	MsgCmdUnitsArgs            i18n.Key = "cli.units.args"
	MsgCmdUnitsSummary         i18n.Key = "cli.units.summary"
	MsgCmdUnitsHelp            i18n.Key = "cli.units.help"
	MsgCmdUnitsListArgs        i18n.Key = "cli.units.list_args"
	MsgCmdUnitsListSummary     i18n.Key = "cli.units.list_summary"
	MsgCmdUnitsProvinceArgs    i18n.Key = "cli.units.province_args"
	MsgCmdUnitsProvinceSummary i18n.Key = "cli.units.province_summary"
	MsgCmdUnitsConvertArgs     i18n.Key = "cli.units.convert_args"
	MsgCmdUnitsConvertSummary  i18n.Key = "cli.units.convert_summary"
	MsgCmdUnitsConvertHelp     i18n.Key = "cli.units.convert_help"
	MsgCmdUnitsImportArgs      i18n.Key = "cli.units.import_args"
	MsgCmdUnitsImportSummary   i18n.Key = "cli.units.import_summary"
	MsgCmdUnitsImportHelp      i18n.Key = "cli.units.import_help"
	MsgFlagUnitsProvince       i18n.Key = "cli.units.flag_province"
	MsgFlagUnitsOld            i18n.Key = "cli.units.flag_old"
	MsgUnitsNoSuchProvince     i18n.Key = "cli.units.no_such_province"
	MsgUnitsColCode            i18n.Key = "cli.units.col_code"
	MsgUnitsColProvince        i18n.Key = "cli.units.col_province"
	MsgUnitsColCommunes        i18n.Key = "cli.units.col_communes"
	MsgUnitsColCommune         i18n.Key = "cli.units.col_commune"
	MsgUnitsColOld             i18n.Key = "cli.units.col_old"
	MsgUnitsColDistrict        i18n.Key = "cli.units.col_district"
	MsgUnitsColOldProvince     i18n.Key = "cli.units.col_old_province"
	MsgUnitsColNow             i18n.Key = "cli.units.col_now"
	MsgUnitsProvinceIs         i18n.Key = "cli.units.province_is"
	MsgUnitsProvinceUnset      i18n.Key = "cli.units.province_unset"
	MsgUnitsProvinceSet        i18n.Key = "cli.units.province_set"
	MsgUnitsChoiceLine         i18n.Key = "cli.units.choice_line"
	MsgUnitsUnknownLine        i18n.Key = "cli.units.unknown_line"
	MsgUnitsConverted          i18n.Key = "cli.units.converted"
	MsgUnitsDryRun             i18n.Key = "cli.units.dry_run"
	MsgUnitsImported           i18n.Key = "cli.units.imported"
	MsgFlagReportBy            i18n.Key = "cli.report.flag_by"
	MsgReportBadBy             i18n.Key = "cli.report.bad_by"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCmdUnitsArgs: {"list|province|convert|import …", "list|province|convert|import …"},
		MsgCmdUnitsSummary: {"đơn vị hành chính sau 1/7/2025: tỉnh của trung tâm, bảng đơn vị, chuyển địa chỉ cũ",
			"administrative units since 1/7/2025: the centre's province, the unit tables, converting old addresses"},
		MsgCmdUnitsHelp: {
			"Từ 1/7/2025 (Nghị quyết 202/2025/QH15) cả nước có 34 tỉnh, không còn cấp huyện: địa chỉ là tỉnh và xã theo mã chính thức. Hồ sơ ghi trước ngày đó giữ nguyên địa chỉ cũ và được chuyển sang xã mới theo bảng chuyển đổi.",
			"Since 1/7/2025 (Resolution 202/2025/QH15) Viet Nam has 34 provinces and no districts: an address is a province and a commune by official code. Records written before keep their old address and are converted to the new commune by the conversion table."},
		MsgCmdUnitsListArgs:        {"[--province TỈNH] [--old]", "[--province PROVINCE] [--old]"},
		MsgCmdUnitsListSummary:     {"in danh sách tỉnh, xã của một tỉnh, hoặc xã cũ và xã mới của chúng", "print the provinces, a province's communes, or the old communes and where they went"},
		MsgCmdUnitsProvinceArgs:    {"[TỈNH]", "[PROVINCE]"},
		MsgCmdUnitsProvinceSummary: {"xem hoặc chọn tỉnh của trung tâm (quản trị)", "show or choose the centre's province (admins)"},
		MsgCmdUnitsConvertArgs:     {"[--dry-run]", "[--dry-run]"},
		MsgCmdUnitsConvertSummary:  {"chuyển địa chỉ trước 1/7/2025 sang xã mới khi bảng chuyển đổi cho một xã", "convert addresses before 1/7/2025 to the new commune when the table gives one"},
		MsgCmdUnitsConvertHelp: {
			"Mỗi cơ sở chỉ có địa chỉ trước 1/7/2025 được chuyển khi bảng cho đúng một xã mới (ghi nhật ký theo người chạy lệnh), tất cả trong một lần ghi. Xã cũ bị chia cho nhiều xã mới được liệt kê với các xã có thể, để người chọn trong ứng dụng (thẻ Cơ sở, phím a).",
			"Every facility with only an address before 1/7/2025 is converted when the table gives exactly one new commune (audited as the user who runs the command), all in one write. An old commune split over several new ones is listed with its candidates, for a person to choose in the app (Facilities tab, key a)."},
		MsgCmdUnitsImportArgs:    {"TỆP", "FILE"},
		MsgCmdUnitsImportSummary: {"thay một bảng đơn vị bằng tệp chính thức mới hơn (quản trị)", "replace a unit table with a newer official file (admins)"},
		MsgCmdUnitsImportHelp: {
			"Tệp phải có dạng của một trong ba bảng chính thức (tinh-2025.csv, xa-truoc-2025.csv, chuyen-doi-2025.csv). Tệp không đọc được, hoặc thiếu mã mà hồ sơ đang dùng, bị từ chối và không thay đổi gì.",
			"The file must have the shape of one of the three official tables (tinh-2025.csv, xa-truoc-2025.csv, chuyen-doi-2025.csv). A file that does not parse, or lacks a code records use, is refused and nothing changes."},
		MsgFlagUnitsProvince:   {"tỉnh (tên hoặc mã)", "province (name or code)"},
		MsgFlagUnitsOld:        {"xã trước 1/7/2025 và xã mới của chúng", "communes before 1/7/2025 and their new communes"},
		MsgUnitsNoSuchProvince: {"không có tỉnh %q trong 34 tỉnh: xem khuyencong units list", "there is no province %q among the 34: see khuyencong units list"},
		MsgUnitsColCode:        {"Mã", "Code"},
		MsgUnitsColProvince:    {"Tỉnh, thành phố", "Province"},
		MsgUnitsColCommunes:    {"Số xã", "Communes"},
		MsgUnitsColCommune:     {"Xã, phường", "Commune"},
		MsgUnitsColOld:         {"Xã trước 1/7/2025", "Commune before 1/7/2025"},
		MsgUnitsColDistrict:    {"Huyện", "District"},
		MsgUnitsColOldProvince: {"Tỉnh cũ", "Old province"},
		MsgUnitsColNow:         {"Nay thuộc", "Now in"},
		MsgUnitsProvinceIs:     {"Tỉnh của trung tâm: %s (%s)", "The centre's province: %s (%s)"},
		MsgUnitsProvinceUnset:  {"Trung tâm chưa chọn tỉnh: khuyencong units province TỈNH", "The centre has not chosen its province: khuyencong units province PROVINCE"},
		MsgUnitsProvinceSet:    {"Đã chọn tỉnh của trung tâm: %s (%s)", "The centre's province is now %s (%s)"},
		MsgUnitsChoiceLine:     {"  cần chọn: cơ sở #%d %s — %s, nay thuộc một trong:", "  to choose: facility #%d %s — %s, now in one of:"},
		MsgUnitsUnknownLine:    {"  chưa chuyển được: cơ sở #%d %s — %s: %s", "  not converted: facility #%d %s — %s: %s"},
		MsgUnitsConverted: {"%s cơ sở chỉ có địa chỉ cũ: đã chuyển %s sang xã mới, %s chỉ sang tỉnh mới; %s cần người chọn, %s chưa nhận ra (liệt kê ở trên)",
			"%s facilities had only an old address: %s converted to their new commune, %s to their new province only; %s need a person's choice, %s not recognised (listed above)"},
		MsgUnitsDryRun: {"Chạy thử, chưa ghi gì: %s cơ sở chỉ có địa chỉ cũ; sẽ chuyển %s sang xã mới, %s chỉ sang tỉnh mới; %s cần người chọn, %s chưa nhận ra",
			"Dry run, nothing written: %s facilities have only an old address; %s would get their new commune, %s their new province only; %s need a person's choice, %s not recognised"},
		MsgFlagReportBy: {"nhóm kinh phí theo commune (xã, phường từ 1/7/2025) hoặc old-district (huyện trước 1/7/2025)",
			"group support by commune (since 1/7/2025) or old-district (the districts before 1/7/2025)"},
		MsgReportBadBy: {"--by %q: dùng commune hoặc old-district", "--by %q: use commune or old-district"},
		MsgUnitsImported: {"Đã thay bảng bằng %s (dạng %s): %s tỉnh, %s xã, %s xã cũ, %s dòng chuyển đổi",
			"Replaced the table with %s (shape %s): %s provinces, %s communes, %s old communes, %s conversion rows"},
	})
}
