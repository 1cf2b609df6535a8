package tui

import (
	"context"
	"strings"
	"sync"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// fakeImport records the calls; ok says whether the file's rows are good
// (skipping the bad ones makes it importable).
type fakeImport struct {
	mu      sync.Mutex
	calls   []bool // dryRun of each call
	choices []kit.ImportChoice
	ok      bool
	block   bool // a real import waits for its context to end
}

func (f *fakeImport) fn(ctx context.Context, _ store.Actor, _ model.Kind, path string, ch kit.ImportChoice) (string, bool, error) {
	f.mu.Lock()
	f.calls = append(f.calls, ch.DryRun)
	f.choices = append(f.choices, ch)
	block := f.block && !ch.DryRun
	f.mu.Unlock()
	if block {
		<-ctx.Done()
		return "", false, store.Canceled(ctx)
	}
	if !f.ok && !ch.SkipBad {
		return "Dòng 3, cột Mã số thuế: sai chữ số kiểm tra", false, nil
	}
	return "Đọc 2 dòng, hợp lệ 2 (" + path + ")", true, nil
}

func (f *fakeImport) got() []bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bool(nil), f.calls...)
}

func (f *fakeImport) last() kit.ImportChoice {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.choices[len(f.choices)-1]
}

func TestImportShowsDryRunThenImports(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	imp := &fakeImport{ok: true}
	h := start(t, s, admin, 100, 30, func(c *kit.Config) { c.Import = imp.fn })
	h.keys("2", "i")
	h.see("Nhập từ tệp CSV hoặc XLSX")
	h.typ("/tmp/co-so.csv")
	h.keys("enter")
	h.until("the dry run's report", func() bool { return strings.Contains(h.screen(), "Đọc 2 dòng, hợp lệ 2") })
	h.see("chưa ghi gì", "enter để nhập thật")
	if got := imp.got(); len(got) != 1 || !got[0] {
		t.Fatalf("calls before confirming: %v", got)
	}
	h.keys("enter")
	h.until("the import's message", func() bool { return strings.Contains(h.screen(), "Đã nhập /tmp/co-so.csv") })
	if got := imp.got(); len(got) != 2 || got[1] {
		t.Fatalf("calls: %v", got)
	}
	if h.M.modal != nil {
		t.Fatal("the dialog stayed open")
	}
}

func TestImportWithBadRowsWritesNothing(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	imp := &fakeImport{ok: false}
	h := start(t, s, admin, 100, 30, func(c *kit.Config) { c.Import = imp.fn })
	h.keys("2", "i")
	h.typ("xau.csv")
	h.keys("enter")
	h.until("the report", func() bool { return strings.Contains(h.screen(), "sai chữ số kiểm tra") })
	h.see("Tệp có dòng lỗi")
	h.keys("enter", "enter")
	h.settle()
	if got := imp.got(); len(got) != 1 {
		t.Fatalf("a file with bad rows was imported: calls %v", got)
	}
	h.keys("esc")
	if h.M.modal != nil {
		t.Fatal("esc did not close the report")
	}
}

func TestImportForAdminsOnly(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	imp := &fakeImport{ok: true}
	h := start(t, s, editor, 100, 30, func(c *kit.Config) { c.Import = imp.fn })
	h.keys("2", "i")
	h.see("cần quyền quản trị")
	if h.M.modal != nil || len(imp.got()) != 0 {
		t.Fatal("an editor reached the import")
	}
}

// TestImportDialogFits80Columns: the import question and its path line
// fit an 80×24 terminal, border and all.
func TestImportDialogFits80Columns(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, admin, 80, 24, func(c *kit.Config) {
		c.Import = func(context.Context, store.Actor, model.Kind, string, kit.ImportChoice) (string, bool, error) {
			return "", true, nil
		}
	})
	h.keys("2", "i")
	h.see("Nhập từ tệp CSV hoặc XLSX", "╭", "╮", "╰", "╯", "xác nhận")
}

// TestImportChoicesInTheApp: a file with bad rows can go in without them
// (s), codes already present can be skipped or updated (d); each choice is
// checked again before anything is written, and the import uses it.
func TestImportChoicesInTheApp(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	imp := &fakeImport{ok: false}
	h := start(t, s, admin, 100, 30, func(c *kit.Config) { c.Import = imp.fn })
	h.keys("2", "i")
	h.typ("xau.csv")
	h.keys("enter")
	h.until("the report", func() bool { return strings.Contains(h.screen(), "sai chữ số kiểm tra") })
	h.see("s bỏ qua dòng lỗi: Không · d mã đã có: báo lỗi")
	h.keys("d", "d")
	h.until("update chosen", func() bool { return strings.Contains(h.screen(), "d mã đã có: cập nhật") })
	h.keys("s")
	h.until("checked again", func() bool { return strings.Contains(h.screen(), "enter để nhập thật") })
	h.keys("enter")
	h.until("the import's message", func() bool { return strings.Contains(h.screen(), "Đã nhập xau.csv") })
	got := imp.got()
	if len(got) != 5 || got[4] {
		t.Fatalf("calls: %v (four dry runs, then the import)", got)
	}
	if ch := imp.last(); !ch.SkipBad || ch.Duplicates != kit.DupUpdate {
		t.Fatalf("imported with %+v", ch)
	}
}

// TestImportStopsOnEsc: esc while the import writes stops it; the store
// rolls it back and the status says nothing was written.
func TestImportStopsOnEsc(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	imp := &fakeImport{ok: true, block: true}
	h := start(t, s, admin, 100, 30, func(c *kit.Config) { c.Import = imp.fn })
	h.keys("2", "i")
	h.typ("lon.csv")
	h.keys("enter")
	h.until("the report", func() bool { return strings.Contains(h.screen(), "enter để nhập thật") })
	h.keys("enter")
	h.see("esc để dừng")
	h.keys("esc")
	h.until("stopped", func() bool { return strings.Contains(h.screen(), "không ghi gì") })
	if h.M.modal != nil {
		t.Fatal("the dialog stayed open")
	}
}
