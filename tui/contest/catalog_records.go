package contest

import "khuyencong/i18n"

// Texts of deleting and restoring contest records and of the complaints
// count (see package i18n).
const (
	MsgDeleteRoundEntries i18n.Key = "contest.delete.round_entries"
	MsgDeleteEntryCert    i18n.Key = "contest.delete.entry_cert"
	MsgNotDeleted         i18n.Key = "contest.not_deleted"
	MsgComplaintsOpen     i18n.Key = "contest.complaints_open"
	MsgComplaintsLate     i18n.Key = "contest.complaints_late"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgDeleteRoundEntries: {"Đợt có %d sản phẩm đăng ký: chúng và phiếu chấm được giữ, hiện lại khi khôi phục đợt.",
			"The round has %d entries: they and their sheets are kept, and show again when the round is restored."},
		MsgDeleteEntryCert: {"Sản phẩm có giấy chứng nhận %s: giấy sẽ không còn trong sổ chứng nhận.",
			"The entry holds certificate %s: it leaves the certificate register."},
		MsgNotDeleted:     {"Bản ghi này chưa bị xoá", "This record is not deleted"},
		MsgComplaintsOpen: {"%d khiếu nại chưa trả lời", "%d complaints not answered"},
		MsgComplaintsLate: {"%d khiếu nại chưa trả lời, %d quá hạn (xem Tổng quan)", "%d complaints not answered, %d late (see the overview)"},
	})
}
