package tui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"khuyencong/exchange"
	"khuyencong/i18n"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/sources"
	"khuyencong/tui/vtable"
)

// BenchmarkFacilityFilter is a filter's full pass over the facilities of
// the sample, as the table makes it in the background after a keystroke:
// every live row tested against the query's words through the real
// adapter (vtable.Matcher when the Source has it, else its Text). ns/op is
// one pass over every row.
//
//	go test ./tui -run '^$' -bench FacilityFilter -benchtime 20x
func BenchmarkFacilityFilter(b *testing.B) {
	for _, n := range []int{20_000, 1_000_000} {
		s, err := store.Open(filepath.Join(b.TempDir(), "khc.db"), store.Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := exchange.LoadSample(context.Background(), s, admin, n, 1); err != nil {
			b.Fatal(err)
		}
		c := &kit.Session{Config: kit.Config{Store: s, Actor: admin}, Lang: i18n.VI, Styles: kit.NewStyles(true, true, false), Snap: s.Snapshot()}
		src := sources.FacilitySource{Records: c.Snap.Facilities(), RowView: c.RowView(), Units: c.Snap.Units}
		rows := c.Snap.Facilities().LiveRows()
		for _, q := range []string{"binh", "tan viet", "xa tam hop go"} {
			b.Run(fmt.Sprintf("N=%d/q=%s", n, q), func(b *testing.B) {
				words := strings.Fields(q)
				found := 0
				for b.Loop() {
					match := matchFunc(src, words)
					found = 0
					for _, r := range rows {
						if match(int(r)) {
							found++
						}
					}
				}
				b.ReportMetric(float64(found), "rows")
			})
		}
		s.Close()
	}
}

func matchFunc(src vtable.Source, words []string) func(int) bool {
	if m, ok := src.(vtable.Matcher); ok {
		return m.Matcher(words)
	}
	return func(r int) bool {
		t := src.Text(r)
		for _, w := range words {
			if !strings.Contains(t, w) {
				return false
			}
		}
		return true
	}
}
