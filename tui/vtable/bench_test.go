package vtable

import (
	"fmt"
	"khuyencong/vntext"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Benchmarks at 20,000 / 100,000 / 1,000,000 rows, 120×40, of the
// operations the performance issue targets. The stock bubbles components
// run on the same data in stock_bench_test.go.
//
//	go test ./tui/vtable -run '^$' -bench . -benchmem -benchtime 2s
//
// -short skips the stock components at 1,000,000 rows.

var benchSizes = []int{20_000, 100_000, 1_000_000}

var (
	benchMu    sync.Mutex
	benchCache = map[int]*fake{}
)

var (
	communes = []string{"xã Xuân Canh", "xã Bát Tràng", "xã Phú Vinh", "xã Vạn Phúc", "thị trấn Liên Quan", "xã Chàng Sơn"}
	products = []string{"sản phẩm gốm men lam, bình hoa", "mây tre đan xuất khẩu", "đồ gỗ mỹ nghệ", "lụa tơ tằm", "nón lá, quạt giấy", "chế biến chè búp khô"}
)

// benchData is n synthetic facilities whose search text has the length of
// a real one (name, district, tax code, commune, village, products).
func benchData(n int) *fake {
	benchMu.Lock()
	defer benchMu.Unlock()
	if f, ok := benchCache[n]; ok {
		return f
	}
	f := newFake(n, 11)
	for i := range f.text {
		extra := vntext.Fold(fmt.Sprintf("%s thôn %d %s", communes[i%len(communes)], i%17, products[i*7%len(products)]))
		f.text[i] += " " + extra
	}
	benchCache[n] = f
	return f
}

// benchTable is the table over n rows; its Source appends sort keys with
// vntext.AppendSortKey (KeyAppender), as a store adapter should.
func benchTable(b *testing.B, n int) (*Model, *fake) {
	f := benchData(n)
	m := New(testColumns(f), appender{f})
	m.SetSize(120, 40)
	return m, f
}

const benchQuery = "tan viet"

// runCmd runs a command and its follow-ups as the Bubble Tea loop would.
func runCmd(m *Model, cmd tea.Cmd) *Model { return drain(m, cmd) }

// BenchmarkFilterKeystroke: one more character of "tan viet" (the filter
// cleared after the last one, outside the timer). ns/op runs until the
// full result and count are in (goroutine included) and drawn; the
// "ns/drawn" metric is the time from the key until the new screen is
// drawn, which for big lists is the first page found synchronously while
// the full scan runs in a goroutine.
func BenchmarkFilterKeystroke(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			m, _ := benchTable(b, n)
			m = press(m, "/")
			keys := []rune(benchQuery)
			var drawn time.Duration
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := i % len(keys)
				if k == 0 {
					b.StopTimer()
					m = press(m, "ctrl+u")
					b.StartTimer()
				}
				t0 := time.Now()
				var cmd tea.Cmd
				m, cmd = m.Update(keyMsg(string(keys[k])))
				_ = m.View()
				drawn += time.Since(t0)
				if cmd != nil {
					m = runCmd(m, cmd)
					_ = m.View()
				}
			}
			b.ReportMetric(float64(drawn.Nanoseconds())/float64(b.N), "ns/drawn")
		})
	}
}

// BenchmarkCursorMove: one row down (up at the bottom) until drawn.
func BenchmarkCursorMove(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			m, _ := benchTable(b, n)
			m = press(m, "pgdown", "pgdown") // a row in the middle of the screen
			down, up := keyMsg("down"), keyMsg("up")
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := down
				if i/1000%2 == 1 {
					k = up
				}
				m, _ = m.Update(k)
				_ = m.View()
			}
		})
	}
}

// BenchmarkCursorMoveFiltered: the same with a filter on and matches
// highlighted.
func BenchmarkCursorMoveFiltered(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			m, _ := benchTable(b, n)
			m = typeText(press(m, "/"), "cong ty")
			m = press(m, "enter", "pgdown")
			down, up := keyMsg("down"), keyMsg("up")
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := down
				if i/1000%2 == 1 {
					k = up
				}
				m, _ = m.Update(k)
				_ = m.View()
			}
		})
	}
}

// BenchmarkSort: reverse the sort by name (keys computed and sorted
// again). ns/op runs until the sorted screen is drawn; the "ns/drawn"
// metric is the time the key itself takes until a screen is drawn (above
// the async threshold the sort runs in a goroutine, so keys go on).
func BenchmarkSort(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			m, _ := benchTable(b, n)
			m = press(m, "s")
			var drawn time.Duration
			runtime.GC() // the data's making is not the sort's garbage
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				var cmd tea.Cmd
				m, cmd = m.Update(keyMsg("r"))
				_ = m.View()
				drawn += time.Since(t0)
				m = runCmd(m, cmd)
				_ = m.View()
			}
			b.ReportMetric(float64(drawn.Nanoseconds())/float64(b.N), "ns/drawn")
		})
	}
}

// prekeyed is a Source whose name keys were made once, as a store could
// keep them in its shared read model next to the folded search text.
type prekeyed struct {
	*fake
	keys [][]byte
}

func (p prekeyed) AppendSortKey(dst []byte, r, c int) ([]byte, int64) {
	if c == colName {
		return append(dst, p.keys[r]...), 0
	}
	return appender{p.fake}.AppendSortKey(dst, r, c)
}

var prekeys = map[int][][]byte{}

// BenchmarkSortPrekeyed: BenchmarkSort with the name keys made in
// advance: what is left is the sort itself.
func BenchmarkSortPrekeyed(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			f := benchData(n)
			benchMu.Lock()
			keys, ok := prekeys[n]
			if !ok {
				keys = make([][]byte, n)
				for i := range keys {
					keys[i] = vntext.SortKey(f.cells[i][colName])
				}
				prekeys[n] = keys
			}
			benchMu.Unlock()
			m := New(testColumns(f), prekeyed{f, keys})
			m.SetSize(120, 40)
			m = press(m, "s")
			runtime.GC()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var cmd tea.Cmd
				m, cmd = m.Update(keyMsg("r"))
				m = runCmd(m, cmd)
				_ = m.View()
			}
		})
	}
}

// BenchmarkFilterScan: the full scan of a filter over every row, in the
// natural order and in a sort's order (by name), where the rows lie
// scattered in memory (scanScattered tests them in ascending order).
//
//	go test ./tui/vtable -run '^$' -bench FilterScan -benchtime 10x
func BenchmarkFilterScan(b *testing.B) {
	for _, n := range benchSizes {
		m, f := benchTable(b, n)
		natural := slices.Clone(m.order.rows)
		m = runCmd(m, m.SetSort(colName, false))
		sorted := slices.Clone(m.order.rows)
		words := parseQuery(benchQuery)
		for _, c := range []struct {
			name string
			base []int32
		}{{"natural", natural}, {"sorted", sorted}} {
			b.Run(fmt.Sprintf("N=%d/%s", n, c.name), func(b *testing.B) {
				var got []int32
				for b.Loop() {
					got, _ = scan(f, c.base, got[:0], words, nil)
				}
				if want := brute(f, c.base, benchQuery); !slices.Equal(got, want) {
					b.Fatalf("%d rows, want %d", len(got), len(want))
				}
			})
		}
	}
}
