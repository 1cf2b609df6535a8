package tui

import (
	"strings"
	"testing"
)

func TestTabsByNumberAndTab(t *testing.T) {
	s := openStore(t)
	fill(t, s, 300)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		h := start(t, s, admin, size[0], size[1])
		h.see("Tổng quan", "Cơ sở", "Đề án", "Kinh phí", "Bình chọn", "Nhật ký")
		if size[0] >= 120 { // at 80 columns the bar drops the counts to fit
			h.see("Cơ sở 304", "Đề án 4", "Kinh phí 1")
		}
		h.keys("2")
		h.see(tanViet[:20])
		if h.M.active != 1 {
			t.Fatalf("2: active = %d", h.M.active)
		}
		h.keys("3")
		h.see("KCQG-2022-01")
		h.keys("tab")
		if h.M.active != 3 {
			t.Fatalf("tab: active = %d", h.M.active)
		}
		h.keys("shift+tab", "shift+tab")
		if h.M.active != 1 {
			t.Fatalf("shift+tab: active = %d", h.M.active)
		}
		h.keys("1", "shift+tab")
		if h.M.active != len(h.M.tabs)-1 {
			t.Fatalf("shift+tab from first: active = %d", h.M.active)
		}
		h.see("@") // the audit query hint
		lines := strings.Split(h.screen(), "\n")
		if len(lines) != size[1] {
			t.Fatalf("%d lines at %v", len(lines), size)
		}
	}
}
