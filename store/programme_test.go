package store

import (
	"errors"
	"testing"

	"khuyencong/model"
)

func testProgramme() *model.Programme {
	return &model.Programme{Code: "KCQG-2026-2030", Name: "Chương trình khuyến công quốc gia 2026–2030", Level: model.ProgrammeNational,
		From: 2026, To: 2030, DecisionNo: "2646/QĐ-BCT", DecisionDate: 20250923,
		Indicators: []model.Indicator{{Name: "Cơ sở được hỗ trợ máy móc", Unit: "cơ sở", Measure: model.MeasureFacilities, Target: 15}}}
}

// TestProgrammeRules: a programme is an admin's record; a project that
// names one must fall in its period, and a refused write changes nothing.
func TestProgrammeRules(t *testing.T) {
	s := newStore(t)
	admin := LocalAdmin()
	if err := s.Create(editor, testProgramme()); !errors.Is(err, ErrForbidden) {
		t.Fatalf("editor creating a programme: %v, want ErrForbidden", err)
	}
	pg := testProgramme()
	if err := s.Create(admin, pg); err != nil {
		t.Fatal(err)
	}
	dup := testProgramme()
	if err := s.Create(admin, dup); err == nil {
		t.Fatal("a second programme with the same code was saved")
	}
	before := s.Snapshot().Projects().Len()
	p := &model.Project{Code: "KCQG-2025-09", Name: "Đề án năm 2025", Year: 2025, Source: model.SourceNational,
		Category: model.CatMachinery, Status: model.StatusProposed, Programme: pg.ID}
	var ps model.Problems
	if err := s.Create(editor, p); !errors.As(err, &ps) || ps[0].Field != "programme" {
		t.Fatalf("a 2025 project in a 2026–2030 programme: %v", err)
	}
	p.Programme = 99
	if err := s.Create(editor, p); err == nil {
		t.Fatal("a project naming a programme that does not exist was saved")
	}
	if n := s.Snapshot().Projects().Len(); n != before {
		t.Fatalf("refused projects left %d records, want %d", n, before)
	}
	p.Year, p.Programme = 2026, pg.ID
	if err := s.Create(editor, p); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Snapshot().Projects().Get(p.ID)
	if got.Programme != pg.ID {
		t.Fatalf("project's programme %d, want %d", got.Programme, pg.ID)
	}
}
