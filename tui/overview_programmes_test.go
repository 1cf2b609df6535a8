package tui

import (
	"strconv"
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// TestOverviewProgrammes: the overview of 2026 shows the two programmes in
// force, national first, each indicator with its target and the figure
// model.Programme.ProgressOf gives (the one the periodic report prints);
// going back to 2023 shows the 2021–2025 programmes instead.
func TestOverviewProgrammes(t *testing.T) {
	s := sampleStore(t, 300)
	snap := s.Snapshot()
	pgs := model.ProgrammesOf(store.TableOf[model.Programme](snap).All(), 2026)
	if len(pgs) != 2 || pgs[0].Level != model.ProgrammeNational {
		t.Fatalf("programmes of 2026: %d", len(pgs))
	}
	data := model.ProgressData{Projects: snap.Projects().All(), Entries: store.TableOf[model.Entry](snap).All()}
	h := start(t, s, admin, 120, 40)
	h.keys("1")
	h.see("Chương trình khuyến công quốc gia giai đoạn 2026–2030 · QĐ 2646/QĐ-BCT", "năm thứ 1/5")
	screen := h.screen()
	if strings.Index(screen, "2646/QĐ-BCT") > strings.Index(screen, "tỉnh giai đoạn 2026–2030") {
		t.Error("the provincial programme is shown before the national one")
	}
	p := pgs[0].ProgressOf(data, 2026)[1] // projects accepted
	row := lineWith(t, screen, p.Indicator.Name)
	for _, want := range []string{strconv.FormatInt(p.Indicator.Target, 10), strconv.FormatInt(p.Done[model.DoneTotal], 10)} {
		if !strings.Contains(row, " "+want+" ") {
			t.Errorf("row %q lacks %s", row, want)
		}
	}
	h.keys("[", "[", "[")
	h.see("Năm 2023", "QĐ 1881/QĐ-TTg", "QĐ 2372/QĐ-UBND", "năm thứ 3/5")
	if strings.Contains(h.screen(), "2646/QĐ-BCT") {
		t.Error("2023 shows the 2026–2030 programme")
	}
}

func lineWith(t *testing.T, screen, text string) string {
	t.Helper()
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	t.Fatalf("no line with %q:\n%s", text, screen)
	return ""
}
