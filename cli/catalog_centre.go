package cli

import "khuyencong/i18n"

// Messages of the centre command: the names the papers are signed with.
const (
	MsgCmdCentreArgs        i18n.Key = "cli.centre.args"
	MsgCmdCentreSummary     i18n.Key = "cli.centre.summary"
	MsgCmdCentreHelp        i18n.Key = "cli.centre.help"
	MsgFlagCentreName       i18n.Key = "cli.centre.flag_name"
	MsgFlagCentreParent     i18n.Key = "cli.centre.flag_parent"
	MsgFlagCentreDirector   i18n.Key = "cli.centre.flag_director"
	MsgFlagCentreAccountant i18n.Key = "cli.centre.flag_accountant"
	MsgFlagCentrePreparer   i18n.Key = "cli.centre.flag_preparer"
	MsgCentreUnsetValue     i18n.Key = "cli.centre.unset"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCmdCentreArgs:    {"[--name TÊN] [--parent CƠ-QUAN] [--director TÊN] [--accountant TÊN] [--preparer TÊN]", "[--name NAME] [--parent BODY] [--director NAME] [--accountant NAME] [--preparer NAME]"},
		MsgCmdCentreSummary: {"xem hoặc đặt tên trung tâm và người ký báo cáo (quản trị)", "show or set the centre's name and who signs its papers (admins)"},
		MsgCmdCentreHelp: {
			"Tên trung tâm, cơ quan chủ quản, giám đốc, kế toán trưởng và người lập biểu in ở đầu và cuối các báo cáo của khuyencong report. Không có tùy chọn: in các tên đang dùng. Chỉ đổi các tên được nêu; --director \"\" xóa tên để ký tay.",
			"The centre's name, its managing body, the director, the chief accountant and who prepares the papers, printed at the top and foot of khuyencong report's papers. Without options, prints them. Only the names given change; --director \"\" clears one, to be written by hand."},
		MsgFlagCentreName:       {"tên trung tâm `TÊN`", "the centre's `NAME`"},
		MsgFlagCentreParent:     {"cơ quan chủ quản `CƠ-QUAN`, ví dụ Sở Công Thương", "the managing `BODY`, e.g. the Department of Industry and Trade"},
		MsgFlagCentreDirector:   {"họ tên giám đốc `TÊN`", "the director's `NAME`"},
		MsgFlagCentreAccountant: {"họ tên kế toán trưởng `TÊN`", "the chief accountant's `NAME`"},
		MsgFlagCentrePreparer:   {"họ tên người lập biểu `TÊN`", "`NAME` of who prepares the papers"},
		MsgCentreUnsetValue:     {"(chưa đặt)", "(not set)"},
	})
}
