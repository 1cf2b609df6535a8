package store

import (
	"slices"

	"khuyencong/model"
)

// Steps is the table of project steps.
func (s *Snapshot) Steps() *Table[model.Step] { return TableOf[model.Step](s) }

// LifeOf is a project's steps in order and the stage they leave it at.
// It reads every step: projects number in the hundreds, their steps in
// the thousands.
func (s *Snapshot) LifeOf(project model.ID) model.Life {
	var steps []*model.Step
	for st := range s.Steps().Scan() {
		if st.Project == project && !st.Deleted {
			c := *st
			steps = append(steps, &c)
		}
	}
	return model.LifeOf(project, steps)
}

// stepsOf is the project's live steps as this transaction sees them: the
// committed ones (indexed once per transaction, so that a batch of many
// steps does not read them all for each) and those it wrote itself.
func (w *wtx) stepsOf(project model.ID) []*model.Step {
	if w.lives == nil {
		w.lives = map[model.ID][]*model.Step{}
		for st := range w.s.snap.Load().Steps().All() {
			w.lives[st.Project] = append(w.lives[st.Project], st)
		}
	}
	return w.lives[project]
}

// noteStep keeps the transaction's view of the steps current after a put.
func (w *wtx) noteStep(s *model.Step) {
	steps := w.stepsOf(s.Project)
	steps = slices.DeleteFunc(steps, func(o *model.Step) bool { return o.ID == s.ID })
	if !s.Deleted {
		steps = append(steps, s)
	}
	w.lives[s.Project] = steps
}

// checkLife enforces the project's life on a write: a step must follow
// the steps before it and be recorded by the role it needs; a project
// with steps takes its status from them; a settled project is paid no
// more, and an advance before acceptance stays within the norm's share.
func (w *wtx) checkLife(old, r model.Record) error {
	switch x := r.(type) {
	case *model.Step:
		return w.checkStep(old, x)
	case *model.Project:
		return w.checkProjectStatus(old, x)
	case *model.Payment:
		return w.checkPayment(old, x)
	}
	return nil
}

func (w *wtx) checkStep(old model.Record, s *model.Step) error {
	if o, ok := old.(*model.Step); ok {
		if o.Project != s.Project || o.Stage != s.Stage {
			return model.Errorf(model.MsgStepFixed)
		}
		return nil // a correction of the document, date or note
	}
	if s.Stage.NeedsAdmin() && !w.role.CanAdmin() {
		return coded(ErrForbidden, nil, model.MsgStepNeedsAdmin, s.Stage.Key())
	}
	p, err := w.current(model.KindProject, s.Project)
	if err != nil {
		return err
	}
	life := model.LifeOf(s.Project, w.stepsOf(s.Project))
	if e := life.CheckNext(p.(*model.Project).Status, s.Stage); e != nil {
		return e
	}
	if last := life.Last(); last != nil && s.Date < last.Date {
		return model.Errorf(model.MsgStepBeforeLast, s.Date.String(), last.Date.String())
	}
	return nil
}

// checkProjectStatus refuses setting the status of a project whose steps
// decide it; the store's own update after a step passes (w.syncing).
func (w *wtx) checkProjectStatus(old model.Record, p *model.Project) error {
	o, ok := old.(*model.Project)
	if !ok || w.syncing || o.Status == p.Status {
		return nil
	}
	life := model.LifeOf(p.ID, w.stepsOf(p.ID))
	if life.Stage == 0 {
		return nil
	}
	return model.Errorf(model.MsgStepStatusFollows, life.Stage.Key())
}

// Lives gives each project's life from one pass over the steps, for a
// screen that needs every project's (the deadlines).
func (s *Snapshot) Lives() func(model.ID) model.Life {
	by := map[model.ID][]*model.Step{}
	for st := range s.Steps().All() {
		by[st.Project] = append(by[st.Project], st)
	}
	return func(p model.ID) model.Life { return model.LifeOf(p, by[p]) }
}
