package budgets

import "khuyencong/i18n"

// Texts of package budgets, in both languages (see package i18n).
const (
	MsgTabBudgets         i18n.Key = "tui.tab.budgets"
	MsgBgColBatch         i18n.Key = "budget.col.batch"
	MsgBgColAmount        i18n.Key = "budget.col.amount"
	MsgBgColDecision      i18n.Key = "budget.col.decision"
	MsgBgColDecided       i18n.Key = "budget.col.decided"
	MsgBgColDate          i18n.Key = "budget.col.date"
	MsgBgColProject       i18n.Key = "budget.col.project"
	MsgBgColKind          i18n.Key = "budget.col.kind"
	MsgBgColVoucher       i18n.Key = "budget.col.voucher"
	MsgBgColNotes         i18n.Key = "budget.col.notes"
	MsgBgEarlier          i18n.Key = "budget.earlier"
	MsgBgCounterpart      i18n.Key = "budget.counterpart"
	MsgBgCounterpartTotal i18n.Key = "budget.counterpart_total"
	MsgBgAllocations      i18n.Key = "budget.allocations"
	MsgBgPayments         i18n.Key = "budget.payments"
	MsgBgTitle            i18n.Key = "budget.title"
	MsgKeySubTab          i18n.Key = "budget.key.sub_tab"
	MsgKeyCeilings        i18n.Key = "budget.key.ceilings"
	MsgKeyOpenProject     i18n.Key = "budget.key.open_project"
	MsgJumpNoAlloc        i18n.Key = "budget.jump.no_alloc"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgTabBudgets:         {"Kinh phí", "Budgets"},
		MsgBgColBatch:         {"Đợt", "Batch"},
		MsgBgColAmount:        {"Số tiền", "Amount"},
		MsgBgColDecision:      {"Quyết định", "Decision"},
		MsgBgColDecided:       {"Ngày QĐ", "Decided"},
		MsgBgColDate:          {"Ngày", "Date"},
		MsgBgColProject:       {"Đề án", "Project"},
		MsgBgColKind:          {"Loại", "Kind"},
		MsgBgColVoucher:       {"Chứng từ", "Voucher"},
		MsgBgColNotes:         {"Ghi chú", "Notes"},
		MsgBgEarlier:          {"… %d dòng của các năm trước; [ ] để xem từng năm", "… %d earlier rows; [ ] shows one year"},
		MsgBgCounterpart:      {"Vốn đối ứng của cơ sở:", "Counterpart funds:"},
		MsgBgCounterpartTotal: {"cộng %s", "in all %s"},
		MsgBgAllocations:      {"Kế hoạch kinh phí %s", "Allocations %s"},
		MsgBgPayments:         {"Giải ngân %s", "Payments %s"},
		MsgBgTitle:            {"Kinh phí so với thực hiện — %s", "Budget against actual — %s"},
		MsgKeySubTab:          {"kế hoạch / giải ngân", "allocations / payments"},
		MsgKeyCeilings:        {"mức trần hỗ trợ", "support ceilings"},
		MsgKeyOpenProject:     {"mở đề án", "open the project"},
		MsgJumpNoAlloc:        {"%s năm %d chưa có kế hoạch kinh phí: thêm bằng phím n", "%s %d has no allocation: add one with n"},
	})
}
