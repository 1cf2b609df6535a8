package store

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

func newProject(t *testing.T, s *Store) *model.Project {
	t.Helper()
	f := facility("Cơ sở mộc")
	mustCreate(t, s, editor, f)
	p := project("KCĐP-2026-01", f.ID)
	p.Year, p.Source, p.Status, p.Start, p.End = 2026, model.SourceLocal, model.StatusProposed, 0, 0
	mustCreate(t, s, editor, p)
	return p
}

func step(p model.ID, st model.Stage, date model.Date, doc string) *model.Step {
	s := &model.Step{Project: p, Stage: st, Date: date, DocNo: doc}
	switch st {
	case model.StageAppraised:
		s.Score = 82
	case model.StageAdjusted:
		s.Approver, s.Change = model.ApproverSo, "đổi địa điểm"
	}
	return s
}

// TestProjectLife walks one project from registration to settlement; the
// project's status and decision follow the steps.
func TestProjectLife(t *testing.T) {
	s := newStore(t)
	p := newProject(t, s)
	walk := []struct {
		a      Actor
		st     model.Stage
		date   model.Date
		status model.Status
	}{
		{editor, model.StageRegistered, 20250515, model.StatusProposed},
		{editor, model.StageAppraised, 20250610, model.StatusAppraisal},
		{admin, model.StageApproved, 20251120, model.StatusApproved},
		{editor, model.StageContracted, 20260115, model.StatusContracted},
		{admin, model.StageAdjusted, 20260301, model.StatusContracted},
		{editor, model.StageAdvanced, 20260310, model.StatusInProgress},
		{editor, model.StageAccepted, 20260901, model.StatusAccepted},
		{editor, model.StageLiquidated, 20260910, model.StatusAccepted},
		{editor, model.StageSettled, 20260915, model.StatusSettled},
	}
	for _, w := range walk {
		if err := s.Create(w.a, step(p.ID, w.st, w.date, "SỐ-"+w.st.Code())); err != nil {
			t.Fatalf("%s: %v", w.st.Code(), err)
		}
		got, _ := s.Snapshot().Projects().Get(p.ID)
		if got.Status != w.status {
			t.Fatalf("after %s the status is %v, want %v", w.st.Code(), got.Status, w.status)
		}
	}
	got, _ := s.Snapshot().Projects().Get(p.ID)
	if got.DecisionNo != "SỐ-approved" || got.DecisionDate != 20251120 {
		t.Errorf("decision %q %s", got.DecisionNo, got.DecisionDate)
	}
	life := s.Snapshot().LifeOf(p.ID)
	if len(life.Steps) != len(walk) || life.Stage != model.StageSettled || life.Steps[0].UpdatedBy != editor.Name {
		t.Errorf("life %+v", life)
	}
	// Settled: nothing follows, and no payment is taken.
	err := s.Create(editor, step(p.ID, model.StageAccepted, 20260920, "x"))
	if !strings.Contains(model.Localize(err, i18n.EN), "no further step") {
		t.Errorf("a step after settlement: %v", err)
	}
	err = s.Create(editor, &model.Payment{Project: p.ID, Date: 20260920, PayKind: model.PayPayment, Amount: 1})
	if !strings.Contains(model.Localize(err, i18n.EN), "is settled") {
		t.Errorf("a payment after settlement: %v", err)
	}
}

func TestProjectLifeRefusals(t *testing.T) {
	s := newStore(t)
	p := newProject(t, s)
	mustCreate(t, s, editor, step(p.ID, model.StageRegistered, 20250515, ""))
	mustCreate(t, s, editor, step(p.ID, model.StageAppraised, 20250610, ""))
	tests := []struct {
		name string
		a    Actor
		r    model.Record
		want string
	}{
		{"an editor approves", editor, step(p.ID, model.StageApproved, 20251120, "12/QĐ"), "Only an admin"},
		{"a viewer records", viewer, step(p.ID, model.StageContracted, 20251120, ""), ""},
		{"settle before acceptance", admin, step(p.ID, model.StageSettled, 20251120, ""), "Not accepted yet"},
		{"contract before approval", editor, step(p.ID, model.StageContracted, 20251120, ""), "cannot follow"},
		{"approval without its number", admin, step(p.ID, model.StageApproved, 20251120, ""), "Required"},
		{"a date before the last step", admin, step(p.ID, model.StageApproved, 20250601, "12/QĐ"), "before the previous step"},
		{"a score of 0", editor, &model.Step{Project: p.ID, Stage: model.StageAppraised, Date: 20250611}, "score"},
		{"an adjustment with no approver", admin, &model.Step{Project: p.ID, Stage: model.StageAdjusted, Date: 20250611, Change: "x"}, "Not chosen"},
		{"status set by hand", editor, func() model.Record {
			c, _ := s.Snapshot().Projects().Get(p.ID)
			c.Status = model.StatusSettled
			return c
		}(), "status follows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := digest(t, s)
			var err error
			if tc.r.Header().ID != 0 {
				err = s.Update(tc.a, tc.r)
			} else {
				err = s.Create(tc.a, tc.r)
			}
			if err == nil || !strings.Contains(model.Localize(err, i18n.EN), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if digest(t, s) != before {
				t.Fatal("a refused step changed the file")
			}
		})
	}
	if err := s.Create(editor, step(p.ID, model.StageApproved, 20251120, "12/QĐ")); !errors.Is(err, ErrForbidden) {
		t.Errorf("an editor's approval is not ErrForbidden: %v", err)
	}
}

// Before acceptance, advances stay within the share of the norm in force
// on the approval date (70 % in the national defaults); an older project
// without steps keeps the warning only.
func TestAdvanceWithinNorm(t *testing.T) {
	s := newStore(t)
	p := newProject(t, s) // 300 tr of support: 210 tr may be advanced
	for _, st := range []*model.Step{
		step(p.ID, model.StageRegistered, 20250515, ""), step(p.ID, model.StageAppraised, 20250610, ""),
	} {
		mustCreate(t, s, editor, st)
	}
	mustCreate(t, s, admin, step(p.ID, model.StageApproved, 20251120, "12/QĐ"))
	mustCreate(t, s, editor, &model.Payment{Project: p.ID, Date: 20260110, PayKind: model.PayAdvance, Amount: 150_000_000})
	err := s.Create(editor, &model.Payment{Project: p.ID, Date: 20260210, PayKind: model.PayAdvance, Amount: 70_000_000})
	if msg := model.Localize(err, i18n.EN); !strings.Contains(msg, "above 70%") || !strings.Contains(msg, "210.000.000") {
		t.Fatalf("220 tr advanced of 300 tr: %v", err)
	}
	mustCreate(t, s, editor, &model.Payment{Project: p.ID, Date: 20260210, PayKind: model.PayAdvance, Amount: 60_000_000})

	old := project("KCĐP-2020-01")
	old.Year = 2020
	mustCreate(t, s, editor, old)
	mustCreate(t, s, editor, &model.Payment{Project: old.ID, Date: 20200610, PayKind: model.PayAdvance, Amount: 290_000_000})
}

// BenchmarkStepsImport records a whole life (8 steps) for each of 1.000
// projects in one batch: the transaction indexes the steps once
// (stepsOf), so each check reads its project's steps only.
func BenchmarkStepsImport(b *testing.B) {
	const projects = 1_000
	for b.Loop() {
		b.StopTimer()
		s := openTest(b, tempPath(b))
		ps := make([]model.Record, projects)
		for i := range ps {
			p := project("KCĐP-2026-" + strconv.Itoa(i))
			p.Status = model.StatusProposed
			ps[i] = p
		}
		if err := s.CreateMany(admin, ps, "bench"); err != nil {
			b.Fatal(err)
		}
		var steps []model.Record
		for i := range ps {
			id := ps[i].Header().ID
			for _, st := range []model.Stage{model.StageRegistered, model.StageAppraised, model.StageApproved,
				model.StageContracted, model.StageAdvanced, model.StageAccepted, model.StageLiquidated, model.StageSettled} {
				steps = append(steps, step(id, st, 20260101, "SỐ 1"))
			}
		}
		b.StartTimer()
		if err := s.CreateMany(admin, steps, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}
