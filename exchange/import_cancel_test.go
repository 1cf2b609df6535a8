package exchange

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// An import cancelled while it writes (Ctrl+C) leaves nothing behind,
// says so, and the same file then imports in full: the whole file is one
// transaction, however many rows it has.
func TestImportCanceledWhileWritingWritesNothing(t *testing.T) {
	st := ieOpen(t)
	lines := []string{"Tên cơ sở;Mã số thuế;Huyện"}
	const n = 3000
	for i := range n {
		lines = append(lines, fmt.Sprintf("Cơ sở số %d;%s;Tam Dương", i+1, ieTax(i+1)))
	}
	path := ieWrite(t, "lon.csv", ieCSV(lines...))
	before, auditBefore := ieCounts(st), ieAuditLen(t, st)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := ImportOptions{Context: ctx, Progress: func(done, total int) {
		if total > 0 && done >= 1024 {
			cancel()
		}
	}}
	res, err := Import(st, ieAdmin, model.KindFacility, path, opts)
	var me *model.Error
	if !errors.Is(err, store.ErrCanceled) || !errors.As(err, &me) || me.Key != store.MsgStoreCanceled {
		t.Fatalf("cancelled import: %v", err)
	}
	if ieCounts(st) != before || ieAuditLen(t, st) != auditBefore || res.Written != 0 {
		t.Fatalf("cancelled import wrote: %v, %d written", ieCounts(st), res.Written)
	}
	res = ieImport(t, st, model.KindFacility, path, ImportOptions{})
	if res.Written != n || ieCounts(st)[0] != n || ieAuditLen(t, st) != auditBefore+1 {
		t.Fatalf("re-run: %d written, %v", res.Written, ieCounts(st))
	}
}

// A context already done stops the import while the file is read.
func TestImportCanceledWhileReading(t *testing.T) {
	st := ieOpen(t)
	lines := []string{"Tên cơ sở;Huyện"}
	for i := range 2 * chunkRows {
		lines = append(lines, fmt.Sprintf("Cơ sở %d;Yên Lạc", i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Import(st, ieAdmin, model.KindFacility, ieWrite(t, "a.csv", ieCSV(lines...)), ImportOptions{Context: ctx})
	if !errors.Is(err, store.ErrCanceled) || ieCounts(st) != [4]int{} {
		t.Fatalf("import with a done context: %v, %v", err, ieCounts(st))
	}
}
