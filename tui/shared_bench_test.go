package tui

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/sources"
	"khuyencong/tui/vtable"
)

// sampleSession is the sample of n facilities and a session over it.
func sampleSession(b *testing.B, n int) (*store.Store, *kit.Session) {
	b.Helper()
	s := sampleStore(b, n)
	c := &kit.Session{Config: kit.Config{Store: s, Actor: admin}, Lang: i18n.VI, Styles: kit.NewStyles(true, true, false), Snap: s.Snapshot()}
	return s, c
}

func facilityTable(c *kit.Session, snap *store.Snapshot, o *vtable.Orders) *vtable.Model {
	t := vtable.New(sources.FacilityColumns(c), sources.FacilitySource{Records: snap.Facilities(), RowView: c.RowView()}, vtable.WithOrders(o))
	t.SetSize(120, 40)
	return t
}

// BenchmarkSaveSorted is issue 16's "one save at 1M, one session, sorted"
// row: a session shows the facilities sorted by name (or filtered, or
// both); another saves one facility's tax code, and the session takes the
// new snapshot (SetSource) and its commands run to the end. ns/op is that
// work after the commit, not the save itself (target ≤ 2 ms; a full re-sort
// of a million names takes about 250 ms).
//
//	go test ./tui -run '^$' -bench SaveSorted -benchtime 20x
func BenchmarkSaveSorted(b *testing.B) {
	for _, n := range []int{20_000, 1_000_000} {
		s, c := sampleSession(b, n)
		for _, v := range []struct {
			name string
			sort int
			q    string
		}{{"sorted", sources.FcName, ""}, {"filtered", -1, "cong ty"}, {"sorted+filtered", sources.FcName, "cong ty"}} {
			b.Run(fmt.Sprintf("N=%d/%s", n, v.name), func(b *testing.B) {
				o := vtable.NewOrders()
				t := facilityTable(c, s.Snapshot(), o)
				runTableCmd(t, t.SetSort(v.sort, false))
				if v.q != "" {
					typeFilter(t, v.q)
				}
				runtime.GC()
				b.ResetTimer()
				for i := range b.N {
					b.StopTimer()
					saveTax(b, s, model.ID(i*7919%n+1), i)
					snap := s.Snapshot()
					b.StartTimer()
					runTableCmd(t, t.SetSource(sources.FacilitySource{Records: snap.Facilities(), RowView: c.RowView()}))
				}
				b.StopTimer()
				if st := o.Stats(); v.sort >= 0 && st.Builds != 1 {
					b.Fatalf("%+v: the order was rebuilt", st)
				}
			})
		}
	}
}

// typeFilter types a filter into a table as a user does: /, the text, enter.
func typeFilter(t *vtable.Model, q string) {
	keys := []tea.KeyPressMsg{{Code: '/', Text: "/"}}
	for _, r := range q {
		keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	for _, k := range append(keys, tea.KeyPressMsg{Code: tea.KeyEnter}) {
		_, cmd := t.Update(k)
		runTableCmd(t, cmd)
	}
}

// taxSeq numbers the tax codes the benchmarks give, so that none repeats.
var taxSeq int

// saveTax changes one facility's tax code, as an editor does.
func saveTax(b *testing.B, s *store.Store, id model.ID, i int) {
	b.Helper()
	f, ok := s.Snapshot().Facilities().Get(id)
	if !ok {
		b.Fatalf("no facility %d", id)
	}
	taxSeq++
	f.TaxCode = benchTaxCode(taxSeq * 11)
	if err := s.Update(admin, f); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkFiftySort is issue 16's "50 sessions press s on the same
// column at once" row, without SSH: fifty tables over the same snapshot of
// the sample sort by name at once, their commands on as many goroutines.
// ns/op is the wall time until all fifty show the order (target: the cost
// of one sort, ≤ 300 ms); the Orders are new at each op, so each op sorts.
//
//	go test ./tui -run '^$' -bench FiftySort -benchtime 5x
func BenchmarkFiftySort(b *testing.B) {
	const sessions = 50
	_, c := sampleSession(b, 1_000_000)
	runtime.GC()
	b.ResetTimer()
	for b.Loop() {
		o := vtable.NewOrders()
		var wg sync.WaitGroup
		for range sessions {
			t := facilityTable(c, c.Snap, o)
			cmd := t.SetSort(sources.FcName, false)
			wg.Go(func() { runTableCmd(t, cmd) })
		}
		wg.Wait()
		if st := o.Stats(); st.Builds != 1 || st.Shared != sessions-1 {
			b.Fatalf("%+v", st)
		}
	}
}

// benchTaxCode is the i-th valid tax code (check digit included) with a
// prefix the sample does not use.
func benchTaxCode(i int) string {
	weights := []int{31, 29, 23, 19, 17, 13, 7, 5, 3}
	for ; ; i++ {
		d := fmt.Sprintf("98%07d", i+1)
		sum := 0
		for k, w := range weights {
			sum += w * int(d[k]-'0')
		}
		if c := 10 - sum%11; c != 10 {
			return d + string(rune('0'+c))
		}
	}
}
