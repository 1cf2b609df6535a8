package model

// Stage is one step of a project's life (TT 36/2013/TT-BCT Art. 10–12 for
// national projects; local ones follow the province's procedure, which is
// probably similar).
type Stage uint8

const (
	StageRegistered Stage = iota + 1 // đăng ký: the dossier reaches the Sở
	StageAppraised                   // thẩm định, with the Sở's score
	StageApproved                    // phê duyệt: in the approved plan (decision no. and date)
	StageContracted                  // ký hợp đồng / giao nhiệm vụ
	StageAdvanced                    // tạm ứng
	StageAccepted                    // nghiệm thu cơ sở (minutes no. and date)
	StageLiquidated                  // thanh lý hợp đồng
	StageSettled                     // quyết toán
	StageAdjusted                    // điều chỉnh: what changed, who approved it
	StageStopped                     // ngừng
	StageRejected                    // không được phê duyệt
)

// Approver is the level that decides an adjustment (TT 36/2013 Art. 11):
// the Ministry for a higher total, changed content, an extension into the
// next year or stopping; the Cục for in-year changes of place,
// beneficiary, partner or timing; the Sở for group projects' place or
// beneficiary.
type Approver uint8

const (
	ApproverNone     Approver = iota
	ApproverMinistry          // Bộ
	ApproverCuc               // Cục
	ApproverSo                // Sở
)

// Step is one event in a project's life: what happened, when, under which
// document, with a note. The store records who wrote it (Meta and the
// audit trail) and refuses steps that do not follow (see NextStages).
type Step struct {
	Meta
	Project  ID
	Stage    Stage
	Date     Date
	DocNo    string // decision, contract, minutes or voucher number
	Score    int32  // the appraisal score, 0..100 (StageAppraised)
	Approver Approver
	Change   string // what an adjustment changed
	Notes    string
}

func (s *Step) Kind() Kind    { return KindStep }
func (s *Step) Header() *Meta { return &s.Meta }

// NeedsAdmin reports whether recording the stage is a decision rather
// than a record of work: approving, adjusting, stopping and rejecting.
func (st Stage) NeedsAdmin() bool {
	switch st {
	case StageApproved, StageAdjusted, StageStopped, StageRejected:
		return true
	}
	return false
}

// Status is the project status a stage leaves the project in; an
// adjustment leaves it where it was (0).
func (st Stage) Status() Status {
	switch st {
	case StageRegistered:
		return StatusProposed
	case StageAppraised:
		return StatusAppraisal
	case StageApproved:
		return StatusApproved
	case StageContracted:
		return StatusContracted
	case StageAdvanced:
		return StatusInProgress
	case StageAccepted, StageLiquidated:
		return StatusAccepted
	case StageSettled:
		return StatusSettled
	case StageStopped:
		return StatusStopped
	case StageRejected:
		return StatusRejected
	}
	return 0
}

// stageOfStatus is where a project without steps stands, from the status
// an older record carries; a proposed one has its registration to record.
func stageOfStatus(s Status) Stage {
	switch s {
	case StatusAppraisal:
		return StageAppraised
	case StatusApproved, StatusAdjusted:
		return StageApproved
	case StatusContracted:
		return StageContracted
	case StatusInProgress:
		return StageAdvanced
	case StatusAccepted:
		return StageAccepted
	case StatusSettled:
		return StageSettled
	case StatusStopped:
		return StageStopped
	case StatusRejected:
		return StageRejected
	}
	return 0
}
