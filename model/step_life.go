package model

import (
	"cmp"
	"slices"
)

// Life is a project's steps in the order they happened (date, then the
// order they were recorded) and where that leaves it.
type Life struct {
	Steps []*Step
	// Stage is the last step that moves the project (adjustments do not);
	// 0 for a project with no steps yet.
	Stage Stage
}

// LifeOf orders the project's live steps; steps of other projects and
// deleted ones are skipped.
func LifeOf(project ID, steps []*Step) Life {
	var l Life
	for _, s := range steps {
		if s != nil && !s.Deleted && s.Project == project {
			l.Steps = append(l.Steps, s)
		}
	}
	slices.SortStableFunc(l.Steps, func(a, b *Step) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	for _, s := range l.Steps {
		if s.Stage != StageAdjusted {
			l.Stage = s.Stage
		}
	}
	return l
}

// Status is the project's status from its steps, or the stored one when
// it has none (an older record).
func (l Life) Status(stored Status) Status {
	if l.Stage == 0 {
		return stored
	}
	return l.Stage.Status()
}

// Last is the newest step, or nil.
func (l Life) Last() *Step {
	if len(l.Steps) == 0 {
		return nil
	}
	return l.Steps[len(l.Steps)-1]
}

// Accepted reports whether acceptance has happened.
func (l Life) Accepted() bool {
	return l.Stage == StageAccepted || l.Stage == StageLiquidated || l.Stage == StageSettled
}

// Registered is the date the project was registered (0 if not recorded),
// the date its norms are read on before approval.
func (l Life) Registered() Date {
	for _, s := range l.Steps {
		if s.Stage == StageRegistered {
			return s.Date
		}
	}
	return 0
}

// next lists the steps that may follow each stage; 0 is a project with
// no steps and no status.
var next = map[Stage][]Stage{
	0:               {StageRegistered},
	StageRegistered: {StageAppraised, StageRejected, StageStopped},
	StageAppraised:  {StageApproved, StageRejected, StageStopped},
	StageApproved:   {StageContracted, StageAdjusted, StageStopped},
	StageContracted: {StageAdvanced, StageAccepted, StageAdjusted, StageStopped},
	StageAdvanced:   {StageAdvanced, StageAccepted, StageAdjusted, StageStopped},
	StageAccepted:   {StageLiquidated, StageSettled, StageAdjusted},
	StageLiquidated: {StageSettled},
}

// NextStages are the steps that may be recorded now. A project without
// steps goes on from its stored status, so an older record's life
// continues from where it was, or is written down from its registration.
func (l Life) NextStages(stored Status) []Stage {
	if l.Stage != 0 {
		return next[l.Stage]
	}
	from := stageOfStatus(stored)
	if from == 0 {
		return next[0]
	}
	return append([]Stage{StageRegistered}, next[from]...)
}

// CheckNext says why the stage may not follow now, or nil: each refusal
// names the rule (settlement needs acceptance first; nothing follows a
// settled, stopped or rejected project).
func (l Life) CheckNext(stored Status, st Stage) *Error {
	if slices.Contains(l.NextStages(stored), st) {
		return nil
	}
	from := l.Stage
	if from == 0 {
		from = stageOfStatus(stored)
	}
	switch {
	case from == StageSettled || from == StageStopped || from == StageRejected:
		return Errorf(MsgStepClosed, from.Key())
	case st == StageSettled || st == StageLiquidated:
		return Errorf(MsgStepNeedsAcceptance, st.Key())
	}
	return Errorf(MsgStepOutOfOrder, st.Key(), from.Key())
}
