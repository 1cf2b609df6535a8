package money

import "khuyencong/i18n"

// Texts of package money, in both languages (see package i18n).
const (
	MsgOvAllYears    i18n.Key = "budget.all_years"
	MsgOvYear        i18n.Key = "budget.year"
	MsgBgColProjects i18n.Key = "budget.col.projects"
	MsgBgColAlloc    i18n.Key = "budget.col.allocated"
	MsgBgColCommit   i18n.Key = "budget.col.committed"
	MsgBgColPaid     i18n.Key = "budget.col.paid"
	MsgBgColRemain   i18n.Key = "budget.col.remaining"
	MsgBgColUsed     i18n.Key = "budget.col.used"
	MsgBgTotal       i18n.Key = "budget.total"
	MsgBgFlagOver    i18n.Key = "budget.flag.over"
	MsgBgFlagNoAlloc i18n.Key = "budget.flag.no_alloc"
	MsgBgFlagPaid    i18n.Key = "budget.flag.over_paid"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgOvAllYears:    {"Tất cả các năm", "All years"},
		MsgOvYear:        {"Năm %d", "Year %d"},
		MsgBgColProjects: {"Đề án", "Projects"},
		MsgBgColAlloc:    {"Kế hoạch", "Allocated"},
		MsgBgColCommit:   {"Cam kết", "Committed"},
		MsgBgColPaid:     {"Đã chi", "Paid"},
		MsgBgColRemain:   {"Còn lại", "Remaining"},
		MsgBgColUsed:     {"Đã dùng", "Used"},
		MsgBgTotal:       {"Cộng", "Total"},
		MsgBgFlagOver:    {"vượt KH", "over plan"},
		MsgBgFlagNoAlloc: {"chưa có KH", "no plan"},
		MsgBgFlagPaid:    {"chi vượt", "overpaid"},
	})
}
