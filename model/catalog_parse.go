package model

import "khuyencong/i18n"

// Messages of the money, date and tax-code parsers. Each says why the input
// was refused and, where it helps, the form that would be accepted.
const (
	MsgMoneyEmpty    i18n.Key = "money.empty"
	MsgMoneyJunk     i18n.Key = "money.junk"
	MsgMoneySigns    i18n.Key = "money.signs"
	MsgMoneyGrouping i18n.Key = "money.grouping"
	MsgMoneyCommas   i18n.Key = "money.commas"
	MsgMoneyFraction i18n.Key = "money.fraction"
	MsgMoneyOverflow i18n.Key = "money.overflow"
	MsgMoneyUnit     i18n.Key = "money.unit"

	MsgDateJunk       i18n.Key = "date.junk"
	MsgDateYearDigits i18n.Key = "date.year_digits"
	MsgDateYear       i18n.Key = "date.year"
	MsgDateMonth      i18n.Key = "date.month"
	MsgDateDay        i18n.Key = "date.day"

	MsgTaxChars          i18n.Key = "tax.chars"
	MsgTaxLength         i18n.Key = "tax.length"
	MsgTaxBranchForm     i18n.Key = "tax.branch_form"
	MsgTaxSequence       i18n.Key = "tax.sequence"
	MsgTaxNoCheck        i18n.Key = "tax.no_check"
	MsgTaxCheck          i18n.Key = "tax.check"
	MsgTaxBranchSequence i18n.Key = "tax.branch_sequence"
	MsgTaxBranchNoCheck  i18n.Key = "tax.branch_no_check"
	MsgTaxBranchCheck    i18n.Key = "tax.branch_check"
	MsgTaxBranchZero     i18n.Key = "tax.branch_zero"
	MsgTaxPersonalZero   i18n.Key = "tax.personal_zero"

	MsgTaxKindNone       i18n.Key = "tax.kind.none"
	MsgTaxKindEnterprise i18n.Key = "tax.kind.enterprise"
	MsgTaxKindBranch     i18n.Key = "tax.kind.branch"
	MsgTaxKindPersonal   i18n.Key = "tax.kind.personal"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgMoneyEmpty: {"chưa nhập số tiền", "no amount given"},
		MsgMoneyJunk: {"không hiểu số tiền %q: hãy viết như 2.170.000.000, 2.170 tr hoặc 2,17 tỷ",
			"cannot read the amount %q: write it like 2.170.000.000, 2.170 tr or 2,17 tỷ"},
		MsgMoneySigns: {"số tiền chỉ được có một dấu âm hoặc dương", "an amount may have only one minus or plus sign"},
		MsgMoneyGrouping: {"nhóm chữ số không hợp lệ trong %q: dùng dấu chấm phân cách hàng nghìn (nhóm 3 chữ số, như 2.170.000) và dấu phẩy cho phần thập phân (như 2,17 tỷ)",
			"invalid digit grouping in %q: use a dot between groups of three digits (2.170.000) and a comma for decimals (2,17 tỷ)"},
		MsgMoneyCommas: {"%q có nhiều dấu phẩy: dấu phẩy là dấu thập phân, hàng nghìn phân cách bằng dấu chấm (12.345.678)",
			"%q has several commas: the comma is the decimal mark, thousands are separated by dots (12.345.678)"},
		MsgMoneyFraction: {"số tiền %q có phần lẻ dưới 1 đồng", "the amount %q has a fraction of a đồng"},
		MsgMoneyOverflow: {"số quá lớn: %q", "number too large: %q"},
		MsgMoneyUnit: {"không hiểu đơn vị '%s': dùng đ, nghìn, tr (triệu) hoặc tỷ",
			"unknown unit '%s': use đ, nghìn (thousand), tr (million) or tỷ (billion)"},

		MsgDateJunk: {"không hiểu ngày %q: hãy viết dd/mm/yyyy, như 05/03/2022",
			"cannot read the date %q: write dd/mm/yyyy, e.g. 05/03/2022"},
		MsgDateYearDigits: {"ngày %q: năm phải viết đủ 4 chữ số", "date %q: write the year with four digits"},
		MsgDateYear:       {"năm %d nằm ngoài khoảng %d–%d", "year %d is outside %d–%d"},
		MsgDateMonth:      {"không có tháng %d: tháng từ 1 đến 12", "there is no month %d: months run from 1 to 12"},
		MsgDateDay: {"không có ngày %d trong tháng %d/%d (tháng này có %d ngày)",
			"there is no day %d in month %d/%d (it has %d days)"},

		MsgTaxChars: {"mã số thuế %q có ký tự %q: chỉ dùng chữ số và dấu '-' trước số chi nhánh",
			"tax code %q contains %q: use digits only, with '-' before a branch number"},
		MsgTaxLength: {"mã số thuế %q có %d chữ số: cần 10 (doanh nghiệp), 13 hoặc 10-3 (chi nhánh) hoặc 12 (số định danh cá nhân)",
			"tax code %q has %d digits: it needs 10 (enterprise), 13 or 10-3 (branch) or 12 (personal ID)"},
		MsgTaxBranchForm: {"mã chi nhánh %q phải có dạng 10 chữ số, dấu '-', 3 chữ số (như 0100233488-001)",
			"branch code %q must be 10 digits, '-', 3 digits (like 0100233488-001)"},
		MsgTaxSequence: {"mã doanh nghiệp %s không hợp lệ: chữ số thứ 3 đến 9 không được đều bằng 0",
			"enterprise tax code %s is invalid: digits 3 to 9 cannot all be zero"},
		MsgTaxNoCheck: {"mã doanh nghiệp %s không hợp lệ: không có mã số thuế nào bắt đầu bằng %s (sai chữ số kiểm tra), có thể gõ nhầm",
			"enterprise tax code %s is invalid: no tax code can start with %s (check digit), probably a typing mistake"},
		MsgTaxCheck: {"mã doanh nghiệp %s không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không khớp, có thể gõ nhầm",
			"enterprise tax code %s is invalid: the check digit (10th digit) does not match, probably a typing mistake"},
		MsgTaxBranchSequence: {"mã chi nhánh: phần mã đơn vị chủ quản %s không hợp lệ: chữ số thứ 3 đến 9 không được đều bằng 0",
			"branch code: the parent code %s is invalid: digits 3 to 9 cannot all be zero"},
		MsgTaxBranchNoCheck: {"mã chi nhánh: phần mã đơn vị chủ quản %s không hợp lệ: không có mã số thuế nào bắt đầu bằng %s (sai chữ số kiểm tra)",
			"branch code: the parent code %s is invalid: no tax code can start with %s (check digit)"},
		MsgTaxBranchCheck: {"mã chi nhánh: phần mã đơn vị chủ quản %s không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không khớp, có thể gõ nhầm",
			"branch code: the parent code %s is invalid: the check digit (10th digit) does not match, probably a typing mistake"},
		MsgTaxBranchZero: {"mã chi nhánh %s không hợp lệ: số chi nhánh phải từ 001 đến 999",
			"branch code %s is invalid: the branch number must be 001 to 999"},
		MsgTaxPersonalZero: {"số định danh cá nhân %s không hợp lệ: không thể toàn chữ số 0",
			"personal ID %s is invalid: it cannot be all zeros"},

		MsgTaxKindNone:       {"không có", "none"},
		MsgTaxKindEnterprise: {"mã doanh nghiệp", "enterprise code"},
		MsgTaxKindBranch:     {"mã chi nhánh, đơn vị phụ thuộc", "branch or dependent unit code"},
		MsgTaxKindPersonal:   {"số định danh cá nhân", "personal ID number"},
	})
}
