package model

import "khuyencong/i18n"

// Messages of project steps (Step) and their rules.
const (
	MsgKindStepOne         i18n.Key = "kind.step.one"
	MsgKindStepMany        i18n.Key = "kind.step.many"
	MsgStoreNotFoundStep   i18n.Key = "store.not_found_step"
	MsgStoreDeletedStep    i18n.Key = "store.deleted_step"
	MsgStepClosed          i18n.Key = "step.closed"
	MsgStepNeedsAcceptance i18n.Key = "step.needs_acceptance"
	MsgStepOutOfOrder      i18n.Key = "step.out_of_order"
	MsgStepBeforeLast      i18n.Key = "step.before_last"
	MsgStepScore           i18n.Key = "step.score"
	MsgStepFixed           i18n.Key = "step.fixed"
	MsgStepStatusFollows   i18n.Key = "step.status_follows"
	MsgStepNeedsAdmin      i18n.Key = "step.needs_admin"
	MsgPayAfterSettlement  i18n.Key = "step.pay_after_settlement"
	MsgPayAdvanceAbove     i18n.Key = "step.pay_advance_above"

	MsgDueRegister  i18n.Key = "due.register"
	MsgDueForward   i18n.Key = "due.forward"
	MsgDueDossier   i18n.Key = "due.dossier"
	MsgDueLiquidate i18n.Key = "due.liquidate"
	MsgWarnDueSoon  i18n.Key = "warn.due_soon"
	MsgWarnLate     i18n.Key = "warn.late"
	MsgKindDueSoon  i18n.Key = "warn.kind.due_soon"
	MsgKindLate     i18n.Key = "warn.kind.late"
)

// stepFieldNames are Step's own fields; the catalog test checks them.
var stepFieldNames = []string{"stage", "doc_no", "score", "approver", "change"}

var stageKeys = [...]i18n.Key{
	StageRegistered: "stage.registered", StageAppraised: "stage.appraised",
	StageApproved: "stage.approved", StageContracted: "stage.contracted",
	StageAdvanced: "stage.advanced", StageAccepted: "stage.accepted",
	StageLiquidated: "stage.liquidated", StageSettled: "stage.settled",
	StageAdjusted: "stage.adjusted", StageStopped: "stage.stopped", StageRejected: "stage.rejected",
}

var approverKeys = [...]i18n.Key{
	ApproverMinistry: "approver.ministry", ApproverCuc: "approver.cuc", ApproverSo: "approver.so",
}

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgKindStepOne:         {"Bước thực hiện", "Step"},
		MsgKindStepMany:        {"Các bước thực hiện", "Steps"},
		MsgStoreNotFoundStep:   {"Không tìm thấy bước #%d.", "Step #%d not found."},
		MsgStoreDeletedStep:    {"Bước #%d đã bị xoá.", "Step #%d has been deleted."},
		MsgStepClosed:          {"Đề án đã ở bước “%s”: không ghi thêm bước nào", "The project is at “%s”: no further step can be recorded"},
		MsgStepNeedsAcceptance: {"Chưa nghiệm thu: chưa thể ghi “%s”", "Not accepted yet: “%s” cannot be recorded"},
		MsgStepOutOfOrder:      {"Không thể ghi “%s” khi đề án đang ở “%s”", "“%s” cannot follow “%s”"},
		MsgStepBeforeLast:      {"Ngày %s trước bước trước đó (%s)", "The date %s is before the previous step (%s)"},
		MsgStepScore:           {"Điểm thẩm định phải từ 1 đến 100", "The appraisal score must be from 1 to 100"},
		MsgStepFixed:           {"Không đổi được đề án hoặc loại của một bước đã ghi; hãy xoá và ghi bước khác", "A recorded step's project or stage cannot change; delete it and record another"},
		MsgStepStatusFollows:   {"Đề án đã có các bước thực hiện: tình trạng theo bước cuối (%s), không sửa trực tiếp", "The project has recorded steps: its status follows the last one (%s) and cannot be set directly"},
		MsgStepNeedsAdmin:      {"Chỉ quản trị viên được ghi “%s”", "Only an admin may record “%s”"},
		MsgPayAfterSettlement:  {"Đề án %s đã quyết toán: không giải ngân thêm", "Project %s is settled: no further payment"},
		MsgPayAdvanceAbove:     {"Tạm ứng %s trước nghiệm thu vượt %d%% kinh phí hỗ trợ (%s) theo “%s” (%s)", "Advancing %s before acceptance is above %d%% of the support (%s) under “%s” (%s)"},

		MsgDueRegister:  {"nộp hồ sơ đề án cho Sở", "file the proposal with the Sở"},
		MsgDueForward:   {"Sở gửi Cục tổng hợp đề án KCQG", "the Sở forwards the national proposals to the Cục"},
		MsgDueDossier:   {"nộp hồ sơ quyết toán", "file the settlement dossier"},
		MsgDueLiquidate: {"thanh lý hợp đồng", "liquidate the contract"},
		MsgWarnDueSoon:  {"Đề án %s: %s trước %s (còn %d ngày; %s)", "Project %s: %s by %s (%d days left; %s)"},
		MsgWarnLate:     {"Đề án %s: quá hạn %s (%s, trễ %d ngày; %s)", "Project %s: late to %s (%s, %d days ago; %s)"},
		MsgKindDueSoon:  {"Sắp đến hạn", "Due soon"},
		MsgKindLate:     {"Quá hạn", "Late"},

		"field.deadlines":  {"Thời hạn", "Deadlines"},
		"stage.registered": {"Đăng ký", "Registered"},
		"stage.appraised":  {"Thẩm định", "Appraised"},
		"stage.approved":   {"Phê duyệt", "Approved"},
		"stage.contracted": {"Ký hợp đồng", "Contract signed"},
		"stage.advanced":   {"Tạm ứng", "Advance paid"},
		"stage.accepted":   {"Nghiệm thu", "Accepted"},
		"stage.liquidated": {"Thanh lý", "Liquidated"},
		"stage.settled":    {"Quyết toán", "Settled"},
		"stage.adjusted":   {"Điều chỉnh", "Adjusted"},
		"stage.stopped":    {"Ngừng", "Stopped"},
		"stage.rejected":   {"Không phê duyệt", "Rejected"},

		"approver.ministry": {"Bộ", "Ministry"},
		"approver.cuc":      {"Cục", "Department"},
		"approver.so":       {"Sở", "Provincial department"},

		"field.stage":    {"Bước", "Step"},
		"field.doc_no":   {"Số văn bản", "Document no."},
		"field.score":    {"Điểm thẩm định", "Appraisal score"},
		"field.approver": {"Cấp phê duyệt", "Approved by"},
		"field.change":   {"Nội dung điều chỉnh", "What changed"},
	})
}

// Key is the stage's catalog key (its name in either language).
func (st Stage) Key() i18n.Key {
	if int(st) < len(stageKeys) {
		return stageKeys[st]
	}
	return ""
}

// Label is the stage's name ("Chưa chọn" for none).
func (st Stage) Label(l i18n.Lang) string {
	if k := st.Key(); k != "" {
		return l.T(k)
	}
	return l.T(MsgChoose)
}

// Code is the stage's name for files and the audit trail.
func (st Stage) Code() string {
	if k := st.Key(); k != "" {
		return string(k)[len("stage."):]
	}
	return ""
}

// Label is the approver's name.
func (a Approver) Label(l i18n.Lang) string {
	if int(a) < len(approverKeys) && approverKeys[a] != "" {
		return l.T(approverKeys[a])
	}
	return l.T(MsgChoose)
}

// Code is the approver's name for files.
func (a Approver) Code() string {
	switch a {
	case ApproverMinistry:
		return "bo"
	case ApproverCuc:
		return "cuc"
	case ApproverSo:
		return "so"
	}
	return ""
}

// AllStages lists the stages in their usual order.
var AllStages = []Stage{StageRegistered, StageAppraised, StageApproved, StageContracted,
	StageAdvanced, StageAccepted, StageLiquidated, StageSettled, StageAdjusted, StageStopped, StageRejected}

// AllApprovers lists the levels that approve an adjustment.
var AllApprovers = []Approver{ApproverMinistry, ApproverCuc, ApproverSo}

// ParseStage reads a stage by code or name in either language.
func ParseStage(s string) (Stage, bool) {
	for _, st := range AllStages {
		if matchName(s, st.Code(), st.Label(i18n.VI), st.Label(i18n.EN)) {
			return st, true
		}
	}
	return 0, false
}

// ParseApprover reads Bộ, Cục or Sở (or the English names).
func ParseApprover(s string) (Approver, bool) {
	for _, a := range AllApprovers {
		if matchName(s, a.Code(), a.Label(i18n.VI), a.Label(i18n.EN)) {
			return a, true
		}
	}
	return 0, false
}
