package exchange

import "khuyencong/i18n"

// MsgRulesSheet names the rules table's sheet in a workbook.
const MsgRulesSheet i18n.Key = "exchange.rules_sheet"

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgRulesSheet: {"Định mức hỗ trợ", "Support norms"},
	})
}
