package tui

import (
	"strings"
	"testing"
)

// TestOverviewYearLeavesProposedOutOfTotal: the sample's 2025 has a
// proposed and a rejected project; the overview's "Cộng" row is the
// committed figure and the two others are named on their own line, from
// model.SplitSupport as the report does (issue 18 §5).
func TestOverviewYearLeavesProposedOutOfTotal(t *testing.T) {
	s := sampleStore(t, 300)
	h := start(t, s, admin, 80, 24)
	h.keys("1", "[") // from 2026, the pinned clock's year, back to 2025
	h.see("Năm 2025", "Ngoài dòng Cộng: chờ duyệt 1 đề án 400 tr · không duyệt, dừng 1 đề án 35 tr")
	for _, line := range strings.Split(h.screen(), "\n") {
		if strings.HasPrefix(line, "Cộng ") && !strings.Contains(line, "8 ") {
			t.Errorf("the Cộng row counts other than the 8 committed projects: %q", line)
		}
	}
}
