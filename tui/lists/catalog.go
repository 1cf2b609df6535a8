package lists

import "khuyencong/i18n"

// Texts of package lists, in both languages (see package i18n).
const (
	MsgStatusNotDeleted      i18n.Key = "tui.status.not_deleted"
	MsgEmptyFiltered         i18n.Key = "tui.empty.filtered"
	MsgDeletedRecord         i18n.Key = "tui.deleted_record"
	MsgDetailUntil           i18n.Key = "tui.detail.until"
	MsgDetailInfo            i18n.Key = "tui.detail.info"
	MsgDetailAddress         i18n.Key = "tui.detail.address"
	MsgDetailOldAddress      i18n.Key = "tui.detail.old_address"
	MsgDetailNotConverted    i18n.Key = "tui.detail.not_converted"
	MsgDetailProjects        i18n.Key = "tui.detail.projects"
	MsgDetailSupport         i18n.Key = "tui.detail.support"
	MsgDetailShare           i18n.Key = "tui.detail.share"
	MsgDetailReceived        i18n.Key = "tui.detail.received"
	MsgDetailNone            i18n.Key = "tui.detail.none"
	MsgDetailProgrammeByFund i18n.Key = "tui.detail.programme_by_fund"
	MsgDetailCounterpart     i18n.Key = "tui.detail.counterpart_share"
	MsgDetailUpdated         i18n.Key = "tui.detail.updated"
	MsgDetailMoney           i18n.Key = "tui.detail.money"
	MsgDetailBens            i18n.Key = "tui.detail.beneficiaries"
	MsgDetailPayments        i18n.Key = "tui.detail.payments"
	MsgDetailPaid            i18n.Key = "tui.detail.paid"
	MsgDetailRemaining       i18n.Key = "tui.detail.remaining"
	MsgStatusSavedHidden     i18n.Key = "tui.status.saved_hidden"
	MsgDeleteUsedByPrj       i18n.Key = "tui.delete.used_by_projects"
	MsgDeleteUsedByPay       i18n.Key = "tui.delete.used_by_payments"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgDeleteUsedByPrj: {
			"Cơ sở này đang thụ hưởng %d đề án còn hiệu lực: %s. Các đề án giữ liên kết, hiện dấu (đã xoá), và lệnh check sẽ báo.",
			"It is a beneficiary of %d live projects: %s. They keep the link, shown as (deleted), and check will report it.",
		},
		MsgDeleteUsedByPay: {
			"Đề án có %d khoản giải ngân còn hiệu lực; chúng giữ liên kết, và lệnh check sẽ báo.",
			"The project has %d live payments; they keep the link, and check will report it.",
		},
		MsgStatusNotDeleted:      {"Bản ghi này chưa bị xoá", "This record is not deleted"},
		MsgEmptyFiltered:         {"Không có bản ghi nào khớp", "No matching records"},
		MsgDeletedRecord:         {"Bản ghi đã xoá", "Deleted record"},
		MsgDetailUntil:           {"đến %s", "until %s"},
		MsgDetailInfo:            {"Thông tin", "Details"},
		MsgDetailAddress:         {"Địa chỉ", "Address"},
		MsgDetailOldAddress:      {"Trước 1/7/2025", "Before 1/7/2025"},
		MsgDetailNotConverted:    {"Chưa chuyển sang đơn vị mới: phím a để rà soát", "Not converted to the new units yet: key a to review"},
		MsgDetailProjects:        {"Đề án được hỗ trợ (%d)", "Projects supporting it (%d)"},
		MsgDetailSupport:         {"hỗ trợ", "support"},
		MsgDetailShare:           {"phần của cơ sở", "its share"},
		MsgDetailReceived:        {"Tổng đã nhận", "Total received"},
		MsgDetailNone:            {"không có", "none"},
		MsgDetailProgrammeByFund: {"%s (theo nguồn vốn và năm)", "%s (by fund and year)"},
		MsgDetailCounterpart:     {"đối ứng %s", "counterpart %s"},
		MsgDetailUpdated:         {"Sửa lần cuối: %s lúc %s (phiên bản %d)", "Last changed by %s at %s (version %d)"},
		MsgDetailMoney:           {"Kinh phí", "Funding"},
		MsgDetailBens:            {"Đơn vị thụ hưởng (%d)", "Beneficiaries (%d)"},
		MsgDetailPayments:        {"Giải ngân (%d)", "Payments (%d)"},
		MsgDetailPaid:            {"Đã giải ngân", "Paid"},
		MsgDetailRemaining:       {"Còn phải trả", "Left to pay"},
		MsgStatusSavedHidden:     {"Đã lưu %s; bộ lọc đang ẩn bản ghi này (esc để bỏ lọc)", "Saved %s; the filter hides it (esc clears the filter)"},
	})
}
