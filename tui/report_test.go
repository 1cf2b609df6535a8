package tui

import (
	"strings"
	"sync"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// TestBudgetReportChooser: x on the budget tab offers the table and the
// papers of the year shown, with the selected payment's project; a paper
// is written where the user says and the status names the file.
func TestBudgetReportChooser(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	var mu sync.Mutex
	var got []kit.ReportRequest
	var paths []string
	h := start(t, s, viewer, 120, 40, func(c *kit.Config) {
		c.Report = func(_ *store.Snapshot, r kit.ReportRequest, path string, _ bool) error {
			mu.Lock()
			defer mu.Unlock()
			got, paths = append(got, r), append(paths, path)
			return nil
		}
		c.Export = func(*store.Snapshot, model.Kind, []int32, string, bool) (int, error) { return 0, nil }
	})
	h.keys("4", "[", "p", "down") // 2022, the payments, project 1's settlement
	h.keys("x")
	h.see("Xuất gì?", "Bảng đang hiển thị", "Báo cáo kết quả thực hiện kế hoạch năm 2022",
		"Đăng ký kế hoạch khuyến công năm 2022", "Kinh phí năm 2022 theo nguồn", "Bảng quyết toán đề án KCQG-2022-01")
	h.keys("down", "enter")
	h.see("bao-cao-ket-qua-2022.xlsx")
	h.keys("enter")
	// The message names the whole path, which a long working directory
	// cuts in the status bar: the file names are checked on what was
	// written, the message by its start.
	written := func(n int) func() bool {
		return func() bool { mu.Lock(); defer mu.Unlock(); return len(paths) == n }
	}
	h.until("the report", written(1))
	h.until("the report's message", func() bool { return strings.Contains(h.screen(), "Đã ghi") })
	h.keys("x", "5", "enter")
	h.until("the settlement", written(2))
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 || got[0] != (kit.ReportRequest{Kind: "periodic", Year: 2022}) ||
		got[1] != (kit.ReportRequest{Kind: "settlement", Year: 2022, Project: "KCQG-2022-01"}) ||
		!strings.HasSuffix(paths[0], "/bao-cao-ket-qua-2022.xlsx") || !strings.HasSuffix(paths[1], "/quyet-toan-KCQG-2022-01.xlsx") {
		t.Fatalf("reports %+v to %v", got, paths)
	}
	// The first line is the table's export, as x was before.
	h.keys("x", "1")
	h.see("Xuất 2 dòng đang hiển thị")
}

// TestBudgetReportUnavailable: over SSH (no Report) a paper is not
// written on the server's disk; the chooser says so.
func TestBudgetReportUnavailable(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, viewer, 120, 40)
	h.keys("4", "x", "2")
	h.see("Qua SSH không ghi tệp")
}
