package tui

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"khuyencong/exchange"
	"khuyencong/i18n"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/sources"
	"khuyencong/tui/vtable"
)

// BenchmarkFacilitySort sorts the facilities table by name, as the `s`
// key does, through the real adapter: each key decodes its row from the
// store's packed read model and makes a Vietnamese collation key. The
// data is the sample (`khuyencong sample --facilities N`). ns/op is the
// whole sort, done in the background while keys keep working.
//
//	go test ./tui -run '^$' -bench FacilitySort -benchtime 5x
func BenchmarkFacilitySort(b *testing.B) {
	for _, n := range []int{20_000, 1_000_000} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			s, err := store.Open(filepath.Join(b.TempDir(), "khc.db"), store.Options{NoSync: true})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			if _, err := exchange.LoadSample(context.Background(), s, admin, n, 1); err != nil {
				b.Fatal(err)
			}
			c := &kit.Session{Config: kit.Config{Store: s, Actor: admin}, Lang: i18n.VI, Styles: kit.NewStyles(true, true, false), Snap: s.Snapshot()}
			// Not shared (WithOrders(nil)): every op sorts, as the first
			// session to sort a snapshot does.
			t := vtable.New(sources.FacilityColumns(c), sources.FacilitySource{Records: c.Snap.Facilities(), RowView: c.RowView(), Units: c.Snap.Units}, vtable.WithOrders(nil))
			t.SetSize(120, 40)
			desc := false
			runtime.GC() // the sample's loading garbage is not the sort's
			b.ResetTimer()
			for b.Loop() {
				runTableCmd(t, t.SetSort(0, desc))
				desc = !desc
			}
			if got := t.Rows(); len(got) != c.Snap.Facilities().Live() {
				b.Fatalf("%d rows sorted, want %d", len(got), c.Snap.Facilities().Live())
			}
		})
	}
}

// runTableCmd runs a table's command and feeds its messages back, as the
// Bubble Tea loop would, until none is left.
func runTableCmd(t *vtable.Model, cmd tea.Cmd) {
	for cmd != nil {
		msg := cmd()
		if msg == nil {
			return
		}
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				runTableCmd(t, c)
			}
			return
		}
		_, cmd = t.Update(msg)
	}
}
