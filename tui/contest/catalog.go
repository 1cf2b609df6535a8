package contest

import "khuyencong/i18n"

// Texts of package contest, in both languages (see package i18n).
const (
	MsgTabContest       i18n.Key = "contest.tab"
	MsgViewRounds       i18n.Key = "contest.view.rounds"
	MsgViewEntries      i18n.Key = "contest.view.entries"
	MsgViewRegister     i18n.Key = "contest.view.register"
	MsgNoRound          i18n.Key = "contest.no_round"
	MsgRoundLine        i18n.Key = "contest.round_line"
	MsgRulesLine        i18n.Key = "contest.rules_line"
	MsgRoundResults     i18n.Key = "contest.round_results"
	MsgRegisterLine     i18n.Key = "contest.register_line"
	MsgRegisterOnly     i18n.Key = "contest.register_only"
	MsgColCode          i18n.Key = "contest.col.code"
	MsgColName          i18n.Key = "contest.col.name"
	MsgColLevel         i18n.Key = "contest.col.level"
	MsgColYear          i18n.Key = "contest.col.year"
	MsgColStatus        i18n.Key = "contest.col.status"
	MsgColEntries       i18n.Key = "contest.col.entries"
	MsgColCertified     i18n.Key = "contest.col.certified"
	MsgColRegClose      i18n.Key = "contest.col.reg_close"
	MsgColProduct       i18n.Key = "contest.col.product"
	MsgColFacility      i18n.Key = "contest.col.facility"
	MsgColGroup         i18n.Key = "contest.col.group"
	MsgColDossier       i18n.Key = "contest.col.dossier"
	MsgColSheets        i18n.Key = "contest.col.sheets"
	MsgColAverage       i18n.Key = "contest.col.average"
	MsgColResult        i18n.Key = "contest.col.result"
	MsgColCert          i18n.Key = "contest.col.cert"
	MsgColRound         i18n.Key = "contest.col.round"
	MsgColIssued        i18n.Key = "contest.col.issued"
	MsgColValid         i18n.Key = "contest.col.valid"
	MsgColFlag          i18n.Key = "contest.col.flag"
	MsgPassed           i18n.Key = "contest.passed"
	MsgFailed           i18n.Key = "contest.failed"
	MsgIncomplete       i18n.Key = "contest.incomplete"
	MsgExpiresThis      i18n.Key = "contest.expires_this_year"
	MsgExpired          i18n.Key = "contest.expired"
	MsgKeyViews         i18n.Key = "contest.key.views"
	MsgKeyOpenRound     i18n.Key = "contest.key.open_round"
	MsgKeyBack          i18n.Key = "contest.key.back"
	MsgKeyGrid          i18n.Key = "contest.key.grid"
	MsgKeyPublish       i18n.Key = "contest.key.publish"
	MsgKeyReopen        i18n.Key = "contest.key.reopen"
	MsgKeyNominate      i18n.Key = "contest.key.nominate"
	MsgNominateNoTarget i18n.Key = "contest.nominate_no_target"
	MsgNominateAsk      i18n.Key = "contest.nominate_ask"
	MsgNominateYes      i18n.Key = "contest.nominate_yes"
	MsgNominated        i18n.Key = "contest.nominated"
	MsgKeyExpiring      i18n.Key = "contest.key.expiring"
	MsgPublishAsk       i18n.Key = "contest.publish_ask"
	MsgPublishYes       i18n.Key = "contest.publish_yes"
	MsgPublished        i18n.Key = "contest.published"
	MsgReopenAsk        i18n.Key = "contest.reopen_ask"
	MsgReopenYes        i18n.Key = "contest.reopen_yes"
	MsgReopened         i18n.Key = "contest.reopened"
	MsgLocked           i18n.Key = "contest.locked"
	MsgNotPublished     i18n.Key = "contest.not_published"
	MsgNoEntries        i18n.Key = "contest.no_entries"
	MsgNoCouncil        i18n.Key = "contest.no_council"
	MsgGridTitle        i18n.Key = "contest.grid.title"
	MsgGridHelpLine     i18n.Key = "contest.grid.help"
	MsgGridCell         i18n.Key = "contest.grid.cell"
	MsgGridMax          i18n.Key = "contest.grid.max"
	MsgGridBad          i18n.Key = "contest.grid.bad"
	MsgGridSaved        i18n.Key = "contest.grid.saved"
	MsgGridNothing      i18n.Key = "contest.grid.nothing"
	MsgGridFailed       i18n.Key = "contest.grid.failed"
	MsgGridUnsaved      i18n.Key = "contest.grid.unsaved"
	MsgGridLocked       i18n.Key = "contest.grid.locked"
	MsgKeyCell          i18n.Key = "contest.key.cell"
	MsgKeyType          i18n.Key = "contest.key.type"
	MsgFacilityCerts    i18n.Key = "contest.facility_certs"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgTabContest:   {"Bình chọn", "Contest"},
		MsgViewRounds:   {"Đợt bình chọn %s", "Rounds %s"},
		MsgViewEntries:  {"Sản phẩm %s", "Entries %s"},
		MsgViewRegister: {"Sổ chứng nhận %s", "Certificates %s"},
		MsgNoRound:      {"Chọn một đợt ở danh sách đợt (enter) để xem sản phẩm.", "Pick a round in the rounds list (enter) to see its entries."},
		MsgRoundLine:    {"%s · QĐ %s · nhận hồ sơ %s–%s", "%s · decision %s · registration %s–%s"},
		MsgRoundResults: {" · công bố %s, khiếu nại đến %s", " · published %s, complaints until %s"},
		MsgRulesLine:    {"Điểm tối đa %s · đạt khi điểm TB ≥ %d và đủ hồ sơ · %s", "Maximum %s · passes at an average ≥ %d with a complete dossier · %s"},
		MsgRegisterLine: {"%s giấy chứng nhận còn hiệu lực, %s hết hạn trong năm %d", "%s certificates in force, %s expiring in %d"},
		MsgRegisterOnly: {"chỉ hiện giấy hết hạn năm %d", "only those expiring in %d"},
		MsgColCode:      {"Mã", "Code"},
		MsgColName:      {"Tên đợt", "Round"},
		MsgColLevel:     {"Cấp", "Level"},
		MsgColYear:      {"Năm", "Year"},
		MsgColStatus:    {"Trạng thái", "Status"},
		MsgColEntries:   {"SP", "Entries"},
		MsgColCertified: {"Đạt", "Passed"},
		MsgColRegClose:  {"Hạn hồ sơ", "Closes"},
		MsgColProduct:   {"Sản phẩm", "Product"},
		MsgColFacility:  {"Cơ sở", "Facility"},
		MsgColGroup:     {"Nhóm", "Group"},
		MsgColDossier:   {"Hồ sơ", "Dossier"},
		MsgColSheets:    {"Phiếu", "Sheets"},
		MsgColAverage:   {"Điểm TB", "Average"},
		MsgColResult:    {"Kết quả", "Result"},
		MsgColCert:      {"Số GCN", "Certificate"},
		MsgColRound:     {"Đợt", "Round"},
		MsgColIssued:    {"Ngày cấp", "Issued"},
		MsgColValid:     {"Hiệu lực đến", "Valid until"},
		MsgColFlag:      {"Ghi chú", "Note"},
		MsgPassed:       {"Đạt", "Passed"},
		MsgFailed:       {"Không đạt", "Not passed"},
		MsgIncomplete:   {"Thiếu hồ sơ", "Dossier incomplete"},
		MsgExpiresThis:  {"! hết hạn năm nay", "! expires this year"},
		MsgExpired:      {"đã hết hạn", "expired"},
		MsgKeyViews:     {"đợt · sản phẩm · sổ GCN", "rounds · entries · register"},
		MsgKeyOpenRound: {"xem sản phẩm của đợt", "open the round's entries"},
		MsgKeyBack:      {"về danh sách đợt", "back to the rounds"},
		MsgKeyGrid:      {"bảng chấm điểm", "score grid"},
		MsgKeyPublish:   {"công bố kết quả", "publish results"},
		MsgKeyReopen:    {"mở lại đợt", "reopen the round"},
		MsgKeyNominate:  {"đề cử lên cấp trên", "nominate to the next level"},
		MsgNominateNoTarget: {"Chưa có đợt cấp cao hơn đang mở để đề cử sản phẩm của %s: thêm đợt đó trước (n).",
			"No open round of a higher level to nominate the products of %s to: add it first (n)."},
		MsgNominateAsk: {"Đề cử %[2]d sản phẩm có giấy chứng nhận của đợt %[1]s lên đợt %[3]s?",
			"Nominate the %[2]d certified products of %[1]s to %[3]s?"},
		MsgNominateYes:   {"Đề cử", "Nominate"},
		MsgNominated:     {"Đã đề cử %d sản phẩm của %s lên %s.", "Nominated %d products of %s to %s."},
		MsgKeyExpiring:   {"chỉ GCN hết hạn năm nay", "only expiring this year"},
		MsgPublishAsk:    {"Công bố kết quả đợt %s? %d sản phẩm đạt sẽ được cấp giấy chứng nhận (QĐ %s, ngày %s); phiếu chấm sẽ bị khoá.", "Publish the results of %s? %d passing entries get a certificate (decision %s, %s); the score sheets get locked."},
		MsgPublishYes:    {"Công bố", "Publish"},
		MsgPublished:     {"Đã công bố kết quả đợt %s: %d giấy chứng nhận.", "Published the results of %s: %d certificates."},
		MsgReopenAsk:     {"Mở lại đợt %s để sửa phiếu chấm? Giấy chứng nhận giữ nguyên đến lần công bố sau.", "Reopen %s to correct score sheets? Certificates stay until it is published again."},
		MsgReopenYes:     {"Mở lại", "Reopen"},
		MsgReopened:      {"Đã mở lại đợt %s.", "Reopened %s."},
		MsgLocked:        {"Đợt %s đã công bố kết quả: phiếu chấm đã khoá (quản trị viên mở lại bằng R).", "%s has published results: sheets are locked (an admin reopens it with R)."},
		MsgNotPublished:  {"Đợt %s chưa công bố kết quả.", "%s has not published its results."},
		MsgNoEntries:     {"Đợt %s chưa có sản phẩm đăng ký.", "%s has no entries yet."},
		MsgNoCouncil:     {"Đợt %s chưa có hội đồng.", "%s has no council yet."},
		MsgGridTitle:     {"Chấm điểm · %s · %s", "Scoring · %s · %s"},
		MsgGridHelpLine:  {"tab/shift+tab ô · ↑↓ dòng · gõ điểm từng nhóm cách nhau dấu cách · ctrl+s lưu · esc đóng", "tab/shift+tab cell · ↑↓ row · type each group's score, space between · ctrl+s save · esc close"},
		MsgGridCell:      {"%s · %s: %s", "%s · %s: %s"},
		MsgGridMax:       {"tối đa %s", "max %s"},
		MsgGridBad:       {"cần %d số, mỗi số từ 0 đến điểm tối đa của nhóm", "needs %d numbers, each from 0 to its group's maximum"},
		MsgGridSaved:     {"Đã lưu %d phiếu chấm.", "Score sheets saved: %d."},
		MsgGridNothing:   {"Không có gì thay đổi.", "Nothing changed."},
		MsgGridFailed:    {"Đã lưu %d phiếu; %d phiếu chưa lưu: %s", "Sheets saved: %d; not saved: %d: %s"},
		MsgGridUnsaved:   {"Còn %d ô chưa lưu: ctrl+s để lưu, esc lần nữa để bỏ.", "%d cells are not saved: ctrl+s saves, esc again discards."},
		MsgGridLocked:    {"Đã khoá (kết quả đã công bố)", "Locked (results published)"},
		MsgKeyCell:       {"ô kế / ô trước", "next / previous cell"},
		MsgKeyType:       {"gõ điểm", "type scores"},
		MsgFacilityCerts: {"Sản phẩm được chứng nhận", "Certified products"},
	})
}
