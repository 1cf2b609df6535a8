package model

import "khuyencong/i18n"

// Names and rules of the contest kinds (round, entry, score sheet).
const (
	MsgKindRoundOne       i18n.Key = "kind.round.one"
	MsgKindRoundMany      i18n.Key = "kind.round.many"
	MsgKindEntryOne       i18n.Key = "kind.entry.one"
	MsgKindEntryMany      i18n.Key = "kind.entry.many"
	MsgKindScoreSheetOne  i18n.Key = "kind.score_sheet.one"
	MsgKindScoreSheetMany i18n.Key = "kind.score_sheet.many"

	MsgStoreNotFoundRound      i18n.Key = "store.not_found_round"
	MsgStoreNotFoundEntry      i18n.Key = "store.not_found_entry"
	MsgStoreNotFoundScoreSheet i18n.Key = "store.not_found_score_sheet"
	MsgStoreDeletedRound       i18n.Key = "store.deleted_round"
	MsgStoreDeletedEntry       i18n.Key = "store.deleted_entry"
	MsgStoreDeletedScoreSheet  i18n.Key = "store.deleted_score_sheet"

	MsgContestCriteriaCount i18n.Key = "rule.contest.criteria_count"
	MsgContestCriterion     i18n.Key = "rule.contest.criterion"
	MsgContestCriteriaCell  i18n.Key = "rule.contest.criteria_cell"
	MsgContestPassMark      i18n.Key = "rule.contest.pass_mark"
	MsgContestRange         i18n.Key = "rule.contest.range"
	MsgContestCouncilSize   i18n.Key = "rule.contest.council_size"
	MsgContestMember        i18n.Key = "rule.contest.member"
	MsgContestScore         i18n.Key = "rule.contest.score"
	MsgContestScoreCount    i18n.Key = "rule.contest.score_count"
)

// contestFieldNames are the contest kinds' fields (see fieldNames).
var contestFieldNames = []string{
	"round_code", "entry_code", "level", "reg_open", "reg_close", "scoring_date", "results_date",
	"round_status", "results_decision", "needs_lower", "council", "criteria", "pass_mark",
	"valid_years", "complaint_days", "answer_days", "basis", "round", "facility", "product",
	"product_group", "dossier_form", "dossier_description", "dossier_photos", "dossier_quality",
	"lower_cert", "nominated", "cert_no", "cert_decision", "cert_date", "valid_until",
	"complaint_date", "answer_date", "complaint", "entry", "member", "scores",
}

func init() {
	fieldNames = append(fieldNames, contestFieldNames...)
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgKindRoundOne:       {"Đợt bình chọn", "Contest round"},
		MsgKindRoundMany:      {"Đợt bình chọn", "Contest rounds"},
		MsgKindEntryOne:       {"Sản phẩm đăng ký", "Entry"},
		MsgKindEntryMany:      {"Sản phẩm đăng ký", "Entries"},
		MsgKindScoreSheetOne:  {"Phiếu chấm điểm", "Score sheet"},
		MsgKindScoreSheetMany: {"Phiếu chấm điểm", "Score sheets"},

		MsgStoreNotFoundRound:      {"Không tìm thấy đợt bình chọn #%d.", "Contest round #%d not found."},
		MsgStoreNotFoundEntry:      {"Không tìm thấy sản phẩm đăng ký #%d.", "Entry #%d not found."},
		MsgStoreNotFoundScoreSheet: {"Không tìm thấy phiếu chấm điểm #%d.", "Score sheet #%d not found."},
		MsgStoreDeletedRound:       {"Đợt bình chọn #%d đã bị xoá.", "Contest round #%d has been deleted."},
		MsgStoreDeletedEntry:       {"Sản phẩm đăng ký #%d đã bị xoá.", "Entry #%d has been deleted."},
		MsgStoreDeletedScoreSheet:  {"Phiếu chấm điểm #%d đã bị xoá.", "Score sheet #%d has been deleted."},

		MsgContestCriteriaCount: {"cần từ 1 đến %d nhóm tiêu chí", "needs 1 to %d criteria groups"},
		MsgContestCriterion:     {"nhóm tiêu chí %d cần tên và điểm tối đa dương (≤ 1000)", "criteria group %d needs a name and a positive maximum (≤ 1000)"},
		MsgContestCriteriaCell:  {"không đọc được nhóm tiêu chí %q (dạng: Tên:điểm tối đa; Tên:điểm tối đa)", "cannot read criteria %q (write Name:max; Name:max)"},
		MsgContestPassMark:      {"điểm đạt phải từ 1 đến tổng điểm tối đa (%d)", "the pass mark must be from 1 to the maximum total (%d)"},
		MsgContestRange:         {"phải từ %d đến %d", "must be from %d to %d"},
		MsgContestCouncilSize:   {"hội đồng có tối đa %d thành viên", "a council has at most %d members"},
		MsgContestMember:        {"thành viên thứ %d: cần tên, không trùng", "member %d: needs a name, not repeated"},
		MsgContestScore:         {"điểm nhóm tiêu chí %d phải từ 0 đến %d", "the score of criteria group %d must be from 0 to %d"},
		MsgContestScoreCount:    {"cần đúng %d điểm, mỗi nhóm tiêu chí một điểm", "needs exactly %d scores, one per criteria group"},

		"field.round_code":          {"Mã đợt", "Round code"},
		"field.entry_code":          {"Số đăng ký", "Registration number"},
		"field.level":               {"Cấp bình chọn", "Level"},
		"field.reg_open":            {"Ngày mở nhận hồ sơ", "Registration opens"},
		"field.reg_close":           {"Hạn nhận hồ sơ", "Registration closes"},
		"field.scoring_date":        {"Ngày chấm điểm", "Scoring date"},
		"field.results_date":        {"Ngày công bố kết quả", "Results date"},
		"field.round_status":        {"Trạng thái đợt", "Round status"},
		"field.results_decision":    {"Quyết định công nhận", "Results decision"},
		"field.needs_lower":         {"Cần chứng nhận cấp dưới", "Needs a lower-level certificate"},
		"field.council":             {"Hội đồng", "Council"},
		"field.criteria":            {"Nhóm tiêu chí (tên:điểm tối đa)", "Criteria groups (name:max)"},
		"field.pass_mark":           {"Điểm đạt", "Pass mark"},
		"field.valid_years":         {"Hiệu lực (năm)", "Validity (years)"},
		"field.complaint_days":      {"Hạn khiếu nại (ngày làm việc)", "Complaint window (working days)"},
		"field.answer_days":         {"Hạn trả lời (ngày làm việc)", "Answer within (working days)"},
		"field.basis":               {"Căn cứ", "Legal basis"},
		"field.round":               {"Đợt bình chọn", "Contest round"},
		"field.facility":            {"Cơ sở", "Facility"},
		"field.product":             {"Sản phẩm", "Product"},
		"field.product_group":       {"Nhóm sản phẩm", "Product group"},
		"field.dossier_form":        {"Đơn đăng ký", "Registration form"},
		"field.dossier_description": {"Bản thuyết minh", "Product description"},
		"field.dossier_photos":      {"Ảnh sản phẩm", "Photos"},
		"field.dossier_quality":     {"Chứng nhận chất lượng", "Quality certificates"},
		"field.lower_cert":          {"Chứng nhận cấp dưới", "Lower-level certificate"},
		"field.nominated":           {"Đề cử cấp trên", "Nominated"},
		"field.cert_no":             {"Số giấy chứng nhận", "Certificate number"},
		"field.cert_decision":       {"Quyết định cấp", "Certificate decision"},
		"field.cert_date":           {"Ngày cấp", "Issued on"},
		"field.valid_until":         {"Hiệu lực đến", "Valid until"},
		"field.complaint_date":      {"Ngày khiếu nại", "Complaint date"},
		"field.answer_date":         {"Ngày trả lời", "Answer date"},
		"field.complaint":           {"Nội dung khiếu nại, trả lời", "Complaint and answer"},
		"field.entry":               {"Sản phẩm đăng ký", "Entry"},
		"field.member":              {"Thành viên hội đồng", "Council member"},
		"field.scores":              {"Điểm", "Scores"},
	})
}
