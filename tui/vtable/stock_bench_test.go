package vtable

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	"charm.land/bubbles/v2/table"
	tea "charm.land/bubbletea/v2"
)

// The stock components on the same data and operations, so that ratios
// come from one run. The list filters on the same folded search text with
// its default (fuzzy) filter. -short skips them at 1,000,000 rows, where
// one list keystroke takes about a second.

func skipStock(b *testing.B, n int) {
	if n >= 1_000_000 && testing.Short() {
		b.Skip("stock component at 1,000,000 rows skipped with -short")
	}
}

var (
	stockMu    sync.Mutex
	stockRows  = map[int][]table.Row{}
	stockItems = map[int][]list.Item{}
)

func tableRows(n int) []table.Row {
	stockMu.Lock()
	defer stockMu.Unlock()
	if r, ok := stockRows[n]; ok {
		return r
	}
	f := benchData(n)
	rows := make([]table.Row, n)
	for i := range rows {
		c := f.cells[i]
		rows[i] = table.Row{c[0], c[1], c[2], c[3], c[4]}
	}
	stockRows[n] = rows
	return rows
}

type listItem struct{ title, desc, filter string }

func (i listItem) Title() string       { return i.title }
func (i listItem) Description() string { return i.desc }
func (i listItem) FilterValue() string { return i.filter }

func listItems(n int) []list.Item {
	stockMu.Lock()
	defer stockMu.Unlock()
	if it, ok := stockItems[n]; ok {
		return it
	}
	f := benchData(n)
	items := make([]list.Item, n)
	for i := range items {
		items[i] = listItem{title: f.cells[i][colName], desc: f.cells[i][colDistrict], filter: f.text[i]}
	}
	stockItems[n] = items
	return items
}

// BenchmarkStockTableCursorMove: bubbles/v2 table, one row down (up at the
// bottom) and View, 120×40.
func BenchmarkStockTableCursorMove(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			skipStock(b, n)
			cols := []table.Column{{Title: "Tên cơ sở", Width: 50}, {Title: "Huyện", Width: 12}, {Title: "Mã số thuế", Width: 14}, {Title: "Lao động", Width: 8}, {Title: "Vốn (đ)", Width: 16}}
			t := table.New(table.WithColumns(cols), table.WithRows(tableRows(n)),
				table.WithHeight(38), table.WithWidth(120), table.WithFocused(true))
			down, up := keyMsg("down"), keyMsg("up")
			for range 40 {
				t, _ = t.Update(down)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := down
				if i/1000%2 == 1 {
					k = up
				}
				t, _ = t.Update(k)
				_ = t.View()
			}
		})
	}
}

func newStockList(n int, pager paginator.Type) list.Model {
	l := list.New(listItems(n), list.NewDefaultDelegate(), 120, 40)
	l.Paginator.Type = pager
	st := l.FilterInput.Styles()
	st.Cursor.Blink = false // no blink timers: every command here returns at once
	l.FilterInput.SetStyles(st)
	l.DisableQuitKeybindings()
	return l
}

// runListCmd runs a list command and feeds the filter result back, as the
// Bubble Tea loop would.
func runListCmd(b *testing.B, l list.Model, cmd tea.Cmd) list.Model {
	if cmd == nil {
		return l
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(2 * time.Minute):
		b.Fatal("list command did not return")
	}
	switch msg := msg.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			l = runListCmd(b, l, c)
		}
	case list.FilterMatchesMsg:
		l, _ = l.Update(msg)
	}
	return l
}

func benchStockList(b *testing.B, n int, pager paginator.Type) {
	l := newStockList(n, pager)
	keys := []rune(benchQuery)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(keys)
		if k == 0 {
			b.StopTimer()
			l.ResetFilter()
			var cmd tea.Cmd
			l, cmd = l.Update(keyMsg("/"))
			l = runListCmd(b, l, cmd)
			b.StartTimer()
		}
		var cmd tea.Cmd
		l, cmd = l.Update(keyMsg(string(keys[k])))
		l = runListCmd(b, l, cmd)
		_ = l.View()
	}
	b.StopTimer()
	if got := l.FilterValue(); len(got) == 0 {
		b.Fatal("the list never filtered")
	}
}

// BenchmarkStockListFilterKeystroke: bubbles/v2 list with its default
// filter, one more character of the query, the filter result delivered,
// then View. Arabic paginator (the fix for the O(pages²) Dots view).
func BenchmarkStockListFilterKeystroke(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			skipStock(b, n)
			benchStockList(b, n, paginator.Arabic)
		})
	}
}

// BenchmarkStockListDotsFilterKeystroke: the same with the default Dots
// paginator, which renders in O(pages²) per View: at 20,000 rows only.
func BenchmarkStockListDotsFilterKeystroke(b *testing.B) {
	b.Run("N=20000", func(b *testing.B) { benchStockList(b, 20_000, paginator.Dots) })
}
