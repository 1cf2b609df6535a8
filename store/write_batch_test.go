package store

import (
	"context"
	"errors"
	"testing"

	"khuyencong/model"
)

// A batch cancelled half-way (Ctrl+C) writes nothing, gives the callers
// their records back as they were, and can be run again in full.
func TestWriteBatchCanceledWritesNothing(t *testing.T) {
	s := newStore(t)
	mustCreate(t, s, editor, facility("Có từ trước"))
	before := digest(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	var rs []model.Record
	write := func(ctx context.Context) error {
		rs = rs[:0]
		return s.WriteBatch(ctx, editor, "import lớn.csv", func(b *Batch) error {
			for i := range 50 {
				if i == 30 {
					cancel()
				}
				f := facility("Cơ sở lô")
				rs = append(rs, f)
				if err := b.Create(f); err != nil {
					return err
				}
			}
			return nil
		})
	}
	err := write(ctx)
	if !errors.Is(err, ErrCanceled) || !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled batch: %v", err)
	}
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgStoreCanceled {
		t.Fatalf("cancelled batch has no user message: %v", err)
	}
	if digest(t, s) != before || s.Snapshot().Facilities().Len() != 1 {
		t.Fatal("a cancelled batch left records behind")
	}
	for _, r := range rs {
		if r.Header().ID != 0 {
			t.Fatalf("record kept the ID %d of a rolled-back batch", r.Header().ID)
		}
	}
	if err := write(context.Background()); err != nil {
		t.Fatalf("re-run: %v", err)
	}
	if n := s.Snapshot().Facilities().Live(); n != 51 {
		t.Fatalf("after the re-run: %d facilities, want 51", n)
	}
}

// Creates and updates of one batch commit together: a refused update
// undoes the creates before it.
func TestWriteBatchUpdateAllOrNothing(t *testing.T) {
	s := newStore(t)
	old := facility("Cũ")
	mustCreate(t, s, editor, old)
	stale := *old
	changed := *old
	changed.Name = "Cũ, đổi tên"
	mustCreate(t, s, editor, facility("Khác"))
	if err := s.Update(editor, &changed); err != nil {
		t.Fatal(err)
	}
	before := digest(t, s)
	stale.Name = "Đổi từ bản cũ"
	err := s.WriteBatch(context.Background(), editor, "", func(b *Batch) error {
		if err := b.Create(facility("Mới")); err != nil {
			return err
		}
		return b.Update(&stale)
	})
	var ce *ConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("update of a stale version: %v", err)
	}
	if digest(t, s) != before {
		t.Fatal("a refused batch left its create behind")
	}
	entries, _ := s.Audit(admin, AuditQuery{})
	n := len(entries)
	fresh := changed
	fresh.Name = "Đổi đúng"
	err = s.WriteBatch(context.Background(), editor, "nhập.csv", func(b *Batch) error {
		if err := b.Create(facility("Mới")); err != nil {
			return err
		}
		return b.Update(&fresh)
	})
	if err != nil {
		t.Fatal(err)
	}
	entries, _ = s.Audit(admin, AuditQuery{})
	if len(entries) != n+2 || entries[0].Op != OpImport || entries[1].Op != OpUpdate {
		t.Fatalf("audit of a batch: %d new entries, %+v", len(entries)-n, entries[:2])
	}
}
