package tui

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/money"
	"khuyencong/tui/overview"
)

// bigStore writes a national-size database through the store (NoSync, in
// the benchmark's temporary directory): facilities over nine districts,
// projects over ten years with one to three beneficiaries, the year's
// allocations and two payments per project.
func bigStore(b *testing.B, facilities, projects int) *store.Store {
	b.Helper()
	s, err := store.Open(filepath.Join(b.TempDir(), "big.db"), store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	rng := rand.New(rand.NewPCG(1, 2))
	write := func(rs []model.Record) {
		if err := s.CreateMany(admin, rs, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	const batch = 20_000
	rs := make([]model.Record, 0, batch)
	for i := range facilities {
		rs = append(rs, &model.Facility{
			Name:      fmt.Sprintf("Cơ sở sản xuất số %d", i+1),
			LegalForm: model.AllLegalForms[i%5], TradeGroup: model.AllTradeGroups[i%7],
			Employees: int32(2 + rng.IntN(200)), AvgIncome: model.Money(3e6 + rng.IntN(8e6)),
			Address: model.Address{Before: model.OldAddress{District: districts[i%len(districts)], Province: "Vĩnh Phúc"}},
		})
		if len(rs) == batch || i == facilities-1 {
			write(rs)
			rs = rs[:0]
		}
	}
	var alloc [2100][3]model.Money
	var pays []model.Record
	for i := range projects {
		year := int32(2016 + i%10)
		src := model.AllSources[(i/10)%2]
		support := model.Money(50e6 + rng.IntN(450)*1e6)
		bens := make([]model.ID, 1+rng.IntN(3))
		for j := range bens {
			bens[j] = model.ID(1 + (i*3+j*7919)%facilities)
		}
		rs = append(rs, &model.Project{
			Code: fmt.Sprintf("KC-%d-%05d", year, i+1), Name: "Đề án số " + fmt.Sprint(i+1), Year: year, Source: src,
			Category: model.AllCategories[i%9], Status: model.AllStatuses[i%len(model.AllStatuses)],
			Beneficiaries: bens, Support: support, Counterpart: support,
		})
		alloc[year][src] += support + support/10
		id := model.ID(i + 1)
		pays = append(pays,
			&model.Payment{Project: id, Date: model.Date(year*10000 + 615), PayKind: model.PayAdvance, Amount: support / 2},
			&model.Payment{Project: id, Date: model.Date(year*10000 + 1215), PayKind: model.PaySettlement, Amount: support * 2 / 5})
	}
	for y := int32(2016); y < 2026; y++ {
		for _, src := range model.AllSources {
			rs = append(rs, &model.Allocation{Year: y, Source: src, Amount: alloc[y][src]})
		}
	}
	write(rs)
	for i := 0; i < len(pays); i += batch {
		write(pays[i:min(i+batch, len(pays))])
	}
	return s
}

// BenchmarkOverviewRecompute is the work done once per data change: every
// summary and warning over 1,000,000 facilities and 10,000 projects, and
// the selected year's summary.
//
//	go test ./tui -run '^$' -bench OverviewRecompute -benchtime 10x
func BenchmarkOverviewRecompute(b *testing.B) {
	s := bigStore(b, 1_000_000, 10_000)
	snap := s.Snapshot()
	runtime.GC()
	b.ReportAllocs()
	for b.Loop() {
		d := money.Compute(snap)
		d.Summary(d.DefaultYear(2026))
	}
}

// benchOverview is an overview tab over s at 120×40, its figures loaded.
func benchOverview(b *testing.B, s *store.Store) *overview.Overview {
	c := &kit.Session{Config: kit.Config{Store: s, Actor: admin, Now: func() time.Time { return time.Date(2026, 5, 12, 9, 0, 0, 0, time.UTC) }},
		Lang: i18n.VI, Styles: kit.NewStyles(true, true, false), Snap: s.Snapshot()}
	o := overview.New(c)
	_, cmd := o.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if cmd != nil {
		o.Update(cmd())
	}
	if o.Money.Data == nil {
		b.Fatal("no figures")
	}
	return o
}

// BenchmarkOverviewKey is a key press and a redraw of the overview: the
// cost must not depend on the number of records, since nothing is
// recomputed (compare the two sizes).
//
//	go test ./tui -run '^$' -bench OverviewKey
func BenchmarkOverviewKey(b *testing.B) {
	for _, n := range []struct{ facilities, projects int }{{1_000, 100}, {1_000_000, 10_000}} {
		b.Run(fmt.Sprintf("facilities=%d/projects=%d", n.facilities, n.projects), func(b *testing.B) {
			o := benchOverview(b, bigStore(b, n.facilities, n.projects))
			keys := []tea.KeyPressMsg{keyPress("down"), keyPress("pgdown"), keyPress("up"), keyPress("pgup")}
			before := money.Computed.Load()
			runtime.GC() // the garbage of the build is not the key's
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				o.Update(keys[i%len(keys)])
				_ = o.View(120, 40)
				i++
			}
			if money.Computed.Load() != before {
				b.Fatal("a key press recomputed the figures")
			}
		})
	}
}
