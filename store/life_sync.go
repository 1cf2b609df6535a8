package store

import (
	"errors"

	"khuyencong/model"
)

// afterPut follows a step into its project: the project's status becomes
// what its steps say, and an approval's decision fills an empty decision
// number and date. The project's update is audited as the actor's.
func (w *wtx) afterPut(r model.Record) error {
	s, ok := r.(*model.Step)
	if !ok {
		return nil
	}
	w.noteStep(s)
	raw, err := w.current(model.KindProject, s.Project)
	if err != nil {
		return err
	}
	p := raw.(*model.Project)
	if p.Deleted {
		return nil
	}
	changed := false
	if st := model.LifeOf(p.ID, w.stepsOf(p.ID)).Status(p.Status); st != p.Status {
		p.Status, changed = st, true
	}
	if s.Stage == model.StageApproved && !s.Deleted && p.DecisionNo == "" && p.DecisionDate == 0 {
		p.DecisionNo, p.DecisionDate, changed = s.DocNo, s.Date, true
	}
	if !changed {
		return nil
	}
	w.syncing = true
	defer func() { w.syncing = false }()
	if err := w.update(p); err != nil && !errors.Is(err, errNoop) {
		return err
	}
	return nil
}
