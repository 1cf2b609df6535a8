package barchart

import "khuyencong/i18n"

// MsgNoData is what a chart without values says.
const MsgNoData i18n.Key = "chart.no_data"

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgNoData: {"Chưa có số liệu", "No data yet"},
	})
}
