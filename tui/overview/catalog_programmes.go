package overview

import "khuyencong/i18n"

// Texts of the programme block.
const (
	MsgPgDecision  i18n.Key = "overview.pg.decision"
	MsgPgYearOf    i18n.Key = "overview.pg.year_of"
	MsgPgIndicator i18n.Key = "overview.pg.indicator"
	MsgPgUnit      i18n.Key = "overview.pg.unit"
	MsgPgTarget    i18n.Key = "overview.pg.target"
	MsgPgDone      i18n.Key = "overview.pg.done"
	MsgPgBehind    i18n.Key = "overview.pg.behind"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgPgDecision:  {"QĐ %s", "decision %s"},
		MsgPgYearOf:    {"Đến hết năm %d, năm thứ %d/%d của giai đoạn; vạch %s là tiến độ cần đạt", "To the end of %d, year %d of %d; the %s tick is the pace to keep"},
		MsgPgIndicator: {"Chỉ tiêu", "Indicator"},
		MsgPgUnit:      {"ĐVT", "Unit"},
		MsgPgTarget:    {"Kế hoạch", "Target"},
		MsgPgDone:      {"Đã đạt", "Done"},
		MsgPgBehind:    {"%d chỉ tiêu chậm so với tiến độ", "%d indicators behind their pace"},
	})
}
