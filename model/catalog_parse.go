package model

const (
	MsgMoneyEmpty Key = "money.empty"
	MsgMoneyJunk  Key = "money.junk"
	MsgDateJunk   Key = "date.junk"
	MsgTaxLength  Key = "tax.length"

	MsgTaxKindNone       Key = "tax.kind.none"
	MsgTaxKindEnterprise Key = "tax.kind.enterprise"
	MsgTaxKindBranch     Key = "tax.kind.branch"
	MsgTaxKindPersonal   Key = "tax.kind.personal"
)

func init() {
	register(map[Key]Msg{
		MsgMoneyEmpty:        {"chưa nhập số tiền", "no amount given"},
		MsgMoneyJunk:         {"không hiểu số tiền %q", "cannot read the amount %q"},
		MsgDateJunk:          {"không hiểu ngày %q: dùng dạng dd/mm/yyyy", "cannot read the date %q: use dd/mm/yyyy"},
		MsgTaxLength:         {"mã số thuế %q phải có 10, 13 hoặc 12 chữ số", "tax code %q must have 10, 13 or 12 digits"},
		MsgTaxKindNone:       {"không có", "none"},
		MsgTaxKindEnterprise: {"doanh nghiệp", "enterprise"},
		MsgTaxKindBranch:     {"chi nhánh, đơn vị phụ thuộc", "branch or dependent unit"},
		MsgTaxKindPersonal:   {"số định danh cá nhân", "personal ID number"},
	})
}
