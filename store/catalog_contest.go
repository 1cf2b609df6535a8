package store

import "khuyencong/i18n"

// Messages of the contest kinds' rules.
const (
	MsgStoreEntryRound          i18n.Key = "store.contest.entry_round"
	MsgStoreEntryFacility       i18n.Key = "store.contest.entry_facility"
	MsgStoreSheetRound          i18n.Key = "store.contest.sheet_round"
	MsgStoreSheetEntry          i18n.Key = "store.contest.sheet_entry"
	MsgStoreContestRules        i18n.Key = "store.contest.rules_admin"
	MsgStorePublishWith         i18n.Key = "store.contest.publish_with"
	MsgStoreReopenAdmin         i18n.Key = "store.contest.reopen_admin"
	MsgStoreForbiddenReopen     i18n.Key = "store.forbidden_reopen"
	MsgStoreCertAdmin           i18n.Key = "store.contest.cert_admin"
	MsgStoreSheetLocked         i18n.Key = "store.contest.sheet_locked"
	MsgStoreSheetOtherRound     i18n.Key = "store.contest.sheet_other_round"
	MsgStoreSheetMember         i18n.Key = "store.contest.sheet_member"
	MsgStoreAlreadyPublished    i18n.Key = "store.contest.already_published"
	MsgStoreNominateUnpublished i18n.Key = "store.contest.nominate_unpublished"
	MsgStoreNominateLevel       i18n.Key = "store.contest.nominate_level"
	MsgStoreDupRoundCode        i18n.Key = "store.contest.dup_round_code"
	MsgStoreDupEntryCode        i18n.Key = "store.contest.dup_entry_code"
	MsgStoreDupSheet            i18n.Key = "store.contest.dup_sheet"
)

// dupContest is the duplicate message of each contest unique field.
var dupContest = map[string]i18n.Key{
	"round_code": MsgStoreDupRoundCode, "entry_code": MsgStoreDupEntryCode, "member": MsgStoreDupSheet,
}

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgStoreEntryRound:          {"Không có đợt bình chọn #%d.", "Contest round #%d does not exist."},
		MsgStoreEntryFacility:       {"Không có cơ sở #%d.", "Facility #%d does not exist."},
		MsgStoreSheetRound:          {"Không có đợt bình chọn #%d.", "Contest round #%d does not exist."},
		MsgStoreSheetEntry:          {"Không có sản phẩm đăng ký #%d.", "Entry #%d does not exist."},
		MsgStoreContestRules:        {"Chỉ quản trị viên được đổi điểm đạt, hiệu lực, thời hạn và nhóm tiêu chí của đợt; %s không có quyền này.", "Only admins may change a round's pass mark, validity, deadlines and criteria; %s may not."},
		MsgStorePublishWith:         {"Công bố kết quả bằng lệnh công bố của đợt (cấp giấy chứng nhận), không sửa trạng thái trực tiếp.", "Publish results with the round's publish action (it issues the certificates), not by editing the status."},
		MsgStoreReopenAdmin:         {"Kết quả đã công bố; chỉ quản trị viên được mở lại đợt; %s không có quyền này.", "The results are published; only admins may reopen the round; %s may not."},
		MsgStoreForbiddenReopen:     {"Chỉ quản trị viên được mở lại đợt đã công bố kết quả; %s không có quyền này.", "Only admins may reopen a round whose results are published; %s may not."},
		MsgStoreCertAdmin:           {"Giấy chứng nhận do việc công bố kết quả cấp; chỉ quản trị viên được sửa tay; %s không có quyền này.", "Certificates are issued by publishing the results; only admins may edit them by hand; %s may not."},
		MsgStoreSheetLocked:         {"Đợt %s đã công bố kết quả: phiếu chấm điểm đã khoá. Quản trị viên mở lại đợt thì mới sửa được.", "Round %s has published its results: the score sheets are locked. An admin must reopen the round first."},
		MsgStoreSheetOtherRound:     {"Sản phẩm %s không thuộc đợt %s.", "Entry %s is not in round %s."},
		MsgStoreSheetMember:         {"%s không có trong hội đồng của đợt %s.", "%s is not on the council of round %s."},
		MsgStoreAlreadyPublished:    {"Đợt %s đã công bố kết quả.", "Round %s has already published its results."},
		MsgStoreNominateUnpublished: {"Đợt %s chưa công bố kết quả: chưa có sản phẩm để đề cử.", "Round %s has not published its results: there is nothing to nominate yet."},
		MsgStoreNominateLevel:       {"Đợt %s không ở cấp cao hơn đợt %s: chỉ đề cử lên cấp trên.", "Round %s is not of a higher level than round %s: nominations go up a level."},
		MsgStoreDupRoundCode:        {"Mã đợt %s đã có ở đợt bình chọn #%d.", "Round code %s is already used by round #%d."},
		MsgStoreDupEntryCode:        {"Số đăng ký %s đã có ở sản phẩm #%d.", "Registration number %s is already used by entry #%d."},
		MsgStoreDupSheet:            {"%s đã có phiếu chấm sản phẩm này (phiếu #%d).", "%s already has a score sheet for this entry (sheet #%d)."},
	})
}
