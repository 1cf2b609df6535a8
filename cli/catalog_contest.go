package cli

import "khuyencong/i18n"

// Messages of the contest's export and report.
const (
	MsgFlagRound        i18n.Key = "cli.contest.flag_round"
	MsgRoundNoKind      i18n.Key = "cli.contest.round_no_kind"
	MsgReportBadWhat    i18n.Key = "cli.contest.report_bad_what"
	MsgReportNeedsRound i18n.Key = "cli.contest.report_needs_round"
	MsgReportRoundYear  i18n.Key = "cli.contest.report_round_year"
	MsgReportRoundOnly  i18n.Key = "cli.contest.report_round_only"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgFlagRound:        {"đợt bình chọn `ĐỢT` (mã, ví dụ BC-TINH-2025, hoặc số)", "contest round `ROUND` (its code, e.g. BC-TINH-2025, or number)"},
		MsgRoundNoKind:      {"--round chỉ dùng cho entries, scores và certificates", "--round applies only to entries, scores and certificates"},
		MsgReportBadWhat:    {"--round chỉ dùng với report contest --round ĐỢT", "--round goes with report contest --round ROUND"},
		MsgReportNeedsRound: {"report contest cần --round ĐỢT (mã hoặc số của đợt bình chọn)", "report contest needs --round ROUND (the contest round's code or number)"},
		MsgReportRoundYear:  {"--year không dùng cho report contest: đợt đã có năm của nó", "--year does not apply to report contest: the round has its own year"},
		MsgReportRoundOnly:  {"--round chỉ dùng cho report contest", "--round is only for report contest"},
	})
}
