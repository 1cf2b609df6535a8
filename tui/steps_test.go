package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// newLocalProject adds a 2026 project that has only been proposed.
func newLocalProject(t *testing.T, s *store.Store) *model.Project {
	t.Helper()
	p := &model.Project{Code: "KCĐP-2026-07", Name: "Hỗ trợ máy sấy nông sản", Year: 2026,
		Source: model.SourceLocal, Category: model.CatMachinery, Status: model.StatusProposed,
		Beneficiaries: []model.ID{1}, Support: 200e6, Counterpart: 300e6}
	if err := s.Create(admin, p); err != nil {
		t.Fatal(err)
	}
	return p
}

// recordStep opens the step form on the selected project and saves the
// stage with the fields it needs, choosing it among those offered now.
func (h *harness) recordStep(p model.ID, st model.Stage, doc, score string) {
	h.Records.Helper()
	snap := h.s.Snapshot()
	pr, _ := snap.Projects().Get(p)
	offered := snap.LifeOf(p).NextStages(pr.Status)
	i := slices.Index(offered, st)
	if i < 0 {
		h.Records.Fatalf("%s is not offered after %v", st.Code(), offered)
	}
	h.keys("b")
	h.see("Ghi bước thực hiện: " + pr.Code)
	for range i + 1 {
		h.keys("right")
	}
	h.next(2) // date (today) → document
	h.typ(doc)
	h.next(1)
	h.typ(score)
	h.keys("ctrl+s")
}

func TestProjectLifeByKeys(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	p := newLocalProject(t, s)
	lead := start(t, s, admin, 120, 40)
	watch := start(t, s, editor, 120, 40)
	for _, h := range []*harness{lead, watch} {
		h.keys("3", "/")
		h.typ("KCĐP-2026-07")
		h.keys("enter")
	}
	watch.keys("enter") // the project's detail, with its history
	watch.see("Quá trình thực hiện (0 bước)", "Chưa ghi bước nào")

	walk := []struct {
		st         model.Stage
		doc, score string
		status     model.Status
	}{
		{model.StageRegistered, "15/TTr-TTKC", "", model.StatusProposed},
		{model.StageAppraised, "", "85", model.StatusAppraisal},
		{model.StageApproved, "12/QĐ-UBND", "", model.StatusApproved},
		{model.StageContracted, "03/HĐ", "", model.StatusContracted},
		{model.StageAdvanced, "UNC 4", "", model.StatusInProgress},
		{model.StageAccepted, "07/BB-NT", "", model.StatusAccepted},
		{model.StageLiquidated, "09/TL", "", model.StatusAccepted},
		{model.StageSettled, "11/QT", "", model.StatusSettled},
	}
	for n, w := range walk {
		lead.recordStep(p.ID, w.st, w.doc, w.score)
		lead.until(w.st.Code()+" saved", func() bool { return len(s.Snapshot().LifeOf(p.ID).Steps) == n+1 })
		lead.until("form closed", func() bool { return lead.M.modal == nil })
		got, _ := s.Snapshot().Projects().Get(p.ID)
		if got.Status != w.status {
			t.Fatalf("after %s: status %v", w.st.Code(), got.Status)
		}
		// The other session's open detail follows each step as it is saved.
		title := fmt.Sprintf("Quá trình thực hiện (%d bước)", n+1)
		watch.until("the step in the other session", func() bool {
			sc := watch.screen()
			return strings.Contains(sc, title) && strings.Contains(sc, w.st.Label(0))
		})
	}
	watch.see("12/05/2026 · Thẩm định · 85 điểm · lan", "Phê duyệt · 12/QĐ-UBND", "Quyết toán · 11/QT")
	lead.keys("b")
	lead.see("Đề án không còn bước nào để ghi")
}

func TestEditorRefusedApproval(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	p := newLocalProject(t, s)
	for _, st := range []*model.Step{
		{Project: p.ID, Stage: model.StageRegistered, Date: 20250515},
		{Project: p.ID, Stage: model.StageAppraised, Date: 20250610, Score: 80},
	} {
		if err := s.Create(editor, st); err != nil {
			t.Fatal(err)
		}
	}
	h := start(t, s, editor, 120, 40)
	h.keys("3", "/")
	h.typ("KCĐP-2026-07")
	h.keys("enter")
	h.recordStep(p.ID, model.StageApproved, "12/QĐ-UBND", "")
	h.until("the refusal", func() bool {
		return strings.Contains(h.screen(), "Chỉ quản trị viên được ghi “Phê duyệt”")
	})
	if n := len(s.Snapshot().LifeOf(p.ID).Steps); n != 2 || h.M.modal == nil {
		t.Fatalf("steps %d, form open %v", n, h.M.modal != nil)
	}
}

// The overview lists the paperwork due within 30 days and what is late,
// on the session's day (12/05/2026 in the harness).
func TestOverviewDeadlines(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	p := newLocalProject(t, s)
	for _, st := range []*model.Step{
		{Project: p.ID, Stage: model.StageRegistered, Date: 20250515},
		{Project: p.ID, Stage: model.StageAppraised, Date: 20250610, Score: 80},
		{Project: p.ID, Stage: model.StageApproved, Date: 20251120, DocNo: "12/QĐ"},
		{Project: p.ID, Stage: model.StageContracted, Date: 20260110},
		{Project: p.ID, Stage: model.StageAccepted, Date: 20260420, DocNo: "07/BB"},
	} {
		if err := s.Create(admin, st); err != nil {
			t.Fatal(err)
		}
	}
	next := &model.Project{Code: "KCQG-2027-01", Name: "Đào tạo nghề mây tre", Year: 2027,
		Source: model.SourceNational, Category: model.CatTraining, Status: model.StatusProposed, Support: 90e6}
	if err := s.Create(editor, next); err != nil {
		t.Fatal(err)
	}
	h := start(t, s, editor, 160, 50)
	h.keys("1")
	h.see("Đề án KCĐP-2026-07: quá hạn nộp hồ sơ quyết toán (05/05/2026, trễ 7 ngày")
	h.keys("]") // the plan year 2027
	h.see("Đề án KCQG-2027-01: nộp hồ sơ đề án cho Sở trước 20/05/2026 (còn 8 ngày")
	h.notSee("Sở gửi Cục") // 15/06 is 34 days away: not listed yet
}
