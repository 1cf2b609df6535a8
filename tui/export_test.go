package tui

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/lists"
)

// TestExportWhatIsOnScreen: x writes the rows the table shows, filtered
// and in their order, to the file the user names.
func TestExportWhatIsOnScreen(t *testing.T) {
	s := openStore(t)
	fill(t, s, 50)
	var mu sync.Mutex
	var gotKind model.Kind
	var gotRows []int32
	var gotPath string
	h := start(t, s, editor, 100, 30, func(c *kit.Config) {
		c.Export = func(_ *store.Snapshot, k model.Kind, rows []int32, path string, _ bool) (int, error) {
			mu.Lock()
			defer mu.Unlock()
			gotKind, gotRows, gotPath = k, slices.Clone(rows), path
			return len(rows), nil
		}
	})
	h.keys("2", "/")
	h.typ("atlantic")
	h.keys("enter", "x")
	h.see("co-so-2026-05-12.csv")
	for range len("co-so-2026-05-12.csv") {
		h.keys("backspace")
	}
	h.typ("atlantic.xlsx")
	h.keys("enter")
	h.until("the export's message", func() bool { return strings.Contains(h.screen(), "Đã xuất 1 dòng ra atlantic.xlsx") })
	lt := h.M.tabs[1].(*lists.Tab)
	mu.Lock()
	defer mu.Unlock()
	if gotKind != model.KindFacility || gotPath != "atlantic.xlsx" || !slices.Equal(gotRows, lt.Table.Rows()) || len(gotRows) != 1 {
		t.Fatalf("exported %v rows %v to %q", gotKind, gotRows, gotPath)
	}
}

func TestExportFailureAndUnavailable(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, viewer, 100, 30)
	h.keys("2", "x")
	h.see("Qua SSH không ghi tệp")
	h2 := start(t, s, viewer, 100, 30, func(c *kit.Config) {
		c.Export = func(*store.Snapshot, model.Kind, []int32, string, bool) (int, error) {
			return 0, errors.New("permission denied")
		}
	})
	h2.keys("2", "x", "enter")
	h2.until("the failure", func() bool { return strings.Contains(h2.screen(), "Không xuất được ra") })
}

// TestExportAsksBeforeOverwriting: x on a file that exists asks first; no
// leaves the file alone, yes writes over it.
func TestExportAsksBeforeOverwriting(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	var mu sync.Mutex
	var writes []bool // the overwrite flag of each call that wrote
	h := start(t, s, editor, 80, 24, func(c *kit.Config) {
		c.Export = func(_ *store.Snapshot, _ model.Kind, rows []int32, _ string, overwrite bool) (int, error) {
			mu.Lock()
			defer mu.Unlock()
			if !overwrite {
				return 0, kit.ErrFileExists
			}
			writes = append(writes, overwrite)
			return len(rows), nil
		}
	})
	h.keys("2", "x")
	h.see("╭", "╮", "╰", "╯") // the whole dialog fits 80 columns
	h.keys("enter")
	h.see("co-so-2026-05-12.csv đã có. Ghi đè lên tệp đó?")
	h.keys("esc")
	h.notSee("Đã xuất")
	h.keys("x", "enter")
	h.see("Ghi đè lên tệp đó?")
	h.keys("y")
	h.until("the export's message", func() bool { return strings.Contains(h.screen(), "Đã xuất 9 dòng") })
	mu.Lock()
	defer mu.Unlock()
	if len(writes) != 1 {
		t.Fatalf("%d writes, want one after yes", len(writes))
	}
}
