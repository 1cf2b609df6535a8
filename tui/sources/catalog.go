package sources

import "khuyencong/i18n"

// Texts of package sources, in both languages (see package i18n).
const (
	MsgColTax         i18n.Key = "tui.col.tax"
	MsgColDistrict    i18n.Key = "tui.col.district"
	MsgColCommune     i18n.Key = "tui.col.commune"
	MsgOldCommune     i18n.Key = "tui.old_commune"
	MsgColCraft       i18n.Key = "tui.col.craft"
	MsgColTrade       i18n.Key = "tui.col.trade"
	MsgColEmployees   i18n.Key = "tui.col.employees"
	MsgColLegal       i18n.Key = "tui.col.legal"
	MsgColCode        i18n.Key = "tui.col.code"
	MsgColCategory    i18n.Key = "tui.col.category"
	MsgColStatus      i18n.Key = "tui.col.status"
	MsgColSupport     i18n.Key = "tui.col.support"
	MsgColCounterpart i18n.Key = "tui.col.counterpart"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgColTax:         {"MST", "Tax code"},
		MsgColDistrict:    {"Huyện cũ", "Old dist."},
		MsgColCommune:     {"Xã, phường", "Commune"},
		MsgOldCommune:     {"%s (cũ)", "%s (old)"},
		MsgColCraft:       {"Làng nghề", "Craft village"},
		MsgColTrade:       {"Nhóm ngành", "Trade group"},
		MsgColEmployees:   {"Lao động", "Workers"},
		MsgColLegal:       {"Loại hình", "Form"},
		MsgColCode:        {"Mã", "Code"},
		MsgColCategory:    {"Nhóm ND", "Category"},
		MsgColStatus:      {"Trạng thái", "Status"},
		MsgColSupport:     {"Hỗ trợ", "Support"},
		MsgColCounterpart: {"Đối ứng", "Counterpart"},
	})
}
