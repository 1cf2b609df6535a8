package tui

import (
	"fmt"
	"path/filepath"
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/lists"
)

// tableRows is what the facilities or projects table lists now.
func tableRows(h *harness, tab int) []int32 { return h.M.tabs[tab].(*lists.Tab).Table.Rows() }

// TestListsShareLiveRows: a session that neither sorts nor filters lists
// the snapshot's shared live rows instead of its own copy (issue 7: at
// most 2 MB per extra session at a million facilities); an admin who
// shows deleted rows gets every row, and the shared list is untouched.
func TestListsShareLiveRows(t *testing.T) {
	s := openStore(t)
	fill(t, s, 300)
	f, _ := s.Snapshot().Facilities().Get(10)
	if err := s.Delete(admin, model.KindFacility, 10, f.Version); err != nil {
		t.Fatal(err)
	}
	snap := s.Snapshot()
	live := snap.Facilities().LiveRows()
	a := start(t, s, admin, 120, 40)
	b := start(t, s, viewer, 120, 40)
	for _, h := range []*harness{a, b} {
		if rows := tableRows(h, 1); len(rows) != len(live) || &rows[0] != &live[0] {
			t.Fatalf("facilities: %d rows, not the shared %d live rows", len(rows), len(live))
		}
		if rows, p := tableRows(h, 2), snap.Projects().LiveRows(); len(rows) != len(p) || &rows[0] != &p[0] {
			t.Fatal("projects: not the shared live rows")
		}
	}
	a.keys("2", "D")
	if rows := tableRows(a, 1); len(rows) != snap.Facilities().Len() || rows[9] != 9 {
		t.Fatalf("show deleted: %d rows, want all %d", len(rows), snap.Facilities().Len())
	}
	a.keys("D")
	if rows := tableRows(a, 1); &rows[0] != &live[0] {
		t.Fatal("hiding deleted rows again does not share the live rows")
	}
	for i, r := range live {
		if i > 0 && r <= live[i-1] || r == 9 {
			t.Fatalf("the shared live rows were changed at %d: %d", i, r)
		}
	}
}

// BenchmarkSessionMemory is the heap one more session's app holds (tui.New
// over the shared snapshot, sized to 120×40, facilities tab drawn), at
// 100,000 and 1,000,000 facilities. Reported as B/session: the heap in use
// after a GC with 16 more sessions open, minus before, divided by 16.
//
//	go test ./tui -run '^$' -bench SessionMemory -benchtime 3x
//
// The store grows from one size to the next, so both sizes are built even
// when -bench selects only one.
func BenchmarkSessionMemory(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "khc.db"), store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	have := 0
	for _, n := range []int{100_000, 1_000_000} {
		for have < n {
			batch := min(50_000, n-have)
			rs := make([]model.Record, 0, batch)
			for i := have; i < have+batch; i++ {
				rs = append(rs, &model.Facility{Name: fmt.Sprintf("Cơ sở số %d", i+1),
					Address: model.Address{Before: model.OldAddress{District: districts[i%len(districts)]}}})
			}
			if err := s.CreateMany(admin, rs, "bench"); err != nil {
				b.Fatal(err)
			}
			have += batch
		}
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) { benchSessions(b, s) })
	}
}

func benchSessions(b *testing.B, s *store.Store) {
	open := func() *Model {
		m := New(kit.Config{Store: s, Actor: viewer, NoColor: true})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m.Update(keyPress("2"))
		_ = m.View()
		return m
	}
	first := open() // what every session shares is made by the first one
	defer first.Close()
	const k = 16
	var total float64
	for range b.N {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ms := make([]*Model, k)
		for i := range ms {
			ms[i] = open()
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		total += (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / k
		for _, m := range ms {
			m.Close()
		}
		runtime.KeepAlive(ms)
	}
	b.ReportMetric(total/float64(b.N), "B/session")
}
