package cli

import "khuyencong/i18n"

// Messages of `rules` and `check --rules`.
const (
	MsgCmdRulesArgs          i18n.Key = "cli.rules.args"
	MsgCmdRulesSummary       i18n.Key = "cli.rules.summary"
	MsgCmdRulesHelp          i18n.Key = "cli.rules.help"
	MsgCmdRulesListSummary   i18n.Key = "cli.rules.list_summary"
	MsgCmdRulesExportSummary i18n.Key = "cli.rules.export_summary"
	MsgCmdRulesImportArgs    i18n.Key = "cli.rules.import_args"
	MsgCmdRulesImportSummary i18n.Key = "cli.rules.import_summary"
	MsgCmdRulesImportHelp    i18n.Key = "cli.rules.import_help"
	MsgRulesNone             i18n.Key = "cli.rules.none"
	MsgRulesCannotRead       i18n.Key = "cli.rules.cannot_read"
	MsgRulesProblems         i18n.Key = "cli.rules.problems"
	MsgRulesProblemLine      i18n.Key = "cli.rules.problem_line"
	MsgRulesDryRun           i18n.Key = "cli.rules.dry_run"
	MsgRulesImported         i18n.Key = "cli.rules.imported"
	MsgFlagCheckRules        i18n.Key = "cli.check.flag_rules"
	MsgCheckRulesOK          i18n.Key = "cli.check.rules_ok"
	MsgCheckRulesFound       i18n.Key = "cli.check.rules_found"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCmdRulesArgs:    {"list|export|import ...", "list|export|import ..."},
		MsgCmdRulesSummary: {"xem, xuất, nhập bảng định mức hỗ trợ theo thời gian", "review, export and import the dated support norms"},
		MsgCmdRulesHelp: {
			"Bảng định mức: mỗi dòng là một nội dung (và hạng mục), căn cứ pháp lý, tỷ lệ hỗ trợ, mức tối đa theo cơ sở hoặc đề án, tỷ lệ tạm ứng trước nghiệm thu và thời gian hiệu lực. Đề án được đối chiếu với định mức có hiệu lực vào ngày phê duyệt; vượt định mức là cảnh báo, không chặn lưu.",
			"The norms table: each row is a category (and item), its legal basis, the share of cost, the ceiling per facility or per project, the advance share before acceptance and the dates it is in force. A project is checked against the norms in force on its approval date; a breach is a warning, never a refusal."},
		MsgCmdRulesListSummary:   {"liệt kê các định mức", "list the norms"},
		MsgCmdRulesExportSummary: {"xuất bảng định mức (CSV, XLSX, Markdown)", "export the norms (CSV, XLSX, Markdown)"},
		MsgCmdRulesImportArgs:    {"TỆP", "FILE"},
		MsgCmdRulesImportSummary: {"thay bảng định mức bằng tệp CSV hoặc XLSX", "replace the norms with a CSV or XLSX file"},
		MsgCmdRulesImportHelp: {
			"Tệp có cùng các cột như khi xuất. Cả bảng được thay một lần: nếu có dòng lỗi thì không ghi gì. Chỉ quản trị viên được nhập.",
			"The file has the columns an export writes. The whole table is replaced at once: with any bad row nothing is written. Admins only."},
		MsgRulesNone:        {"Chưa có định mức nào: đang dùng mức trần trong cài đặt.", "No norms yet: the ceilings in the settings apply."},
		MsgRulesCannotRead:  {"Không mở được %s: %s", "Cannot open %s: %s"},
		MsgRulesProblems:    {"Đã đọc %s dòng; có lỗi:", "Read %s rows; problems:"},
		MsgRulesProblemLine: {"  - %s", "  - %s"},
		MsgRulesDryRun:      {"%s định mức trong %s đều hợp lệ (chạy thử: chưa ghi).", "All %s norms in %s are valid (dry run: nothing written)."},
		MsgRulesImported:    {"Đã thay bảng định mức bằng %s dòng từ %s.", "Replaced the norms with %s rows from %s."},
		MsgFlagCheckRules:   {"liệt kê đề án vượt định mức có hiệu lực khi phê duyệt", "list projects above the norms in force when approved"},
		MsgCheckRulesOK:     {"Không có đề án nào vượt định mức (%s định mức).", "No project departs from the norms (%s norms)."},
		MsgCheckRulesFound:  {"%s cảnh báo định mức:", "%s norm warnings:"},
	})
}
