package store

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"khuyencong/model"
)

// Many writers read-modify-write one record, retrying on conflict: no
// update may be lost, and each success is one audit entry.
func TestNoLostUpdate(t *testing.T) {
	s := newStore(t)
	f := facility("Cơ sở tranh chấp")
	mustCreate(t, s, editor, f)
	const workers, rounds = 16, 50
	var ok, conflicts atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := Actor{Name: "worker" + string(rune('a'+w)), Role: model.RoleEditor}
			for range rounds {
				for {
					cur, _ := s.Snapshot().Facilities().Get(f.ID)
					c := *cur
					c.Employees++
					err := s.Update(a, &c)
					var ce *ConflictError
					if errors.As(err, &ce) {
						conflicts.Add(1)
						continue
					}
					if err != nil {
						t.Error(err)
						return
					}
					ok.Add(1)
					break
				}
			}
		}()
	}
	wg.Wait()
	got, _ := s.Snapshot().Facilities().Get(f.ID)
	if ok.Load() != workers*rounds {
		t.Fatalf("%d successful writes, want %d", ok.Load(), workers*rounds)
	}
	if got.Version != uint32(ok.Load())+1 || got.Employees != f.Employees+workers*rounds {
		t.Fatalf("final version %d employees %d after %d writes", got.Version, got.Employees, ok.Load())
	}
	entries, err := s.Audit(admin, AuditQuery{Kind: model.KindFacility, ID: f.ID})
	if err != nil {
		t.Fatal(err)
	}
	updates := 0
	for _, e := range entries {
		if e.Op == OpUpdate {
			updates++
		}
	}
	if updates != int(ok.Load()) {
		t.Fatalf("%d update entries for %d writes", updates, ok.Load())
	}
	t.Logf("%d writes, %d conflicts retried", ok.Load(), conflicts.Load())
}

// Readers walk snapshots while writers change them (run with -race).
func TestReadersDuringWrites(t *testing.T) {
	s := newStore(t)
	for range 50 {
		mustCreate(t, s, editor, facility("Cơ sở đọc ghi"))
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				snap := s.Snapshot()
				n := 0
				for f := range snap.Facilities().All() {
					n += len(f.Name) + len(snap.Facilities().Text(int(f.ID)-1))
				}
				_ = n
			}
		}()
	}
	for i := range 200 {
		if i%2 == 0 {
			mustCreate(t, s, editor, facility("Cơ sở thêm"))
			continue
		}
		cur, _ := s.Snapshot().Facilities().Get(model.ID(i%50 + 1))
		c := *cur
		c.Employees++
		if err := s.Update(editor, &c); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	wg.Wait()
}
