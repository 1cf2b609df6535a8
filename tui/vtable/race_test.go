package vtable

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestConcurrentLoop runs commands in goroutines, as Bubble Tea does,
// while keys keep coming: typing, sorting and new data race with scans and
// sorts. Run with -race. When all is delivered the result must be exact.
func TestConcurrentLoop(t *testing.T) {
	f := newFake(70_000, 5)
	m := New(testColumns(f), f, WithAsyncThreshold(500))
	msgs := make(chan tea.Msg, 64)
	pending := 0
	run := func(cmd tea.Cmd) {
		if cmd != nil {
			pending++
			go func() { msgs <- cmd() }()
		}
	}
	deliver := func(msg tea.Msg) {
		pending--
		if msg != nil {
			var cmd tea.Cmd
			m, cmd = m.Update(msg)
			run(cmd)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	keys := []string{"t", "a", "n", " ", "v", "i", "e", "d", "o", "g", "backspace", "backspace", "ctrl+w"}
	m = press(m, "/")
	src := f
	for step := range 400 {
		var cmd tea.Cmd
		switch {
		case step%97 == 50:
			m = press(m, "enter")
			m, cmd = m.Update(keyMsg("s"))
			run(cmd)
			m = press(m, "/")
		case step%131 == 70:
			src = src.clone()
			src.skip[rng.IntN(src.Len())] = true
			run(m.SetSource(src))
		case len(m.Query()) > 6:
			m, cmd = m.Update(keyMsg("ctrl+u"))
			run(cmd)
		default:
			m, cmd = m.Update(keyMsg(keys[rng.IntN(len(keys))]))
			run(cmd)
		}
		_ = m.View()
		select {
		case msg := <-msgs:
			deliver(msg)
		default:
		}
	}
	m, cmd := m.Update(keyMsg("ctrl+u"))
	run(cmd)
	for _, k := range "tan v" {
		m, cmd = m.Update(keyMsg(string(k)))
		run(cmd)
	}
	for pending > 0 {
		select {
		case msg := <-msgs:
			deliver(msg)
		case <-time.After(time.Minute):
			t.Fatal("commands never finished")
		}
	}
	if m.Busy() {
		t.Fatal("still busy with nothing pending")
	}
	order := naturalOrder(src)
	if c, d := m.Sort(); c >= 0 {
		slices.SortStableFunc(order, func(a, b int32) int {
			r := cmpKey(src.SortKey(int(a), c), src.SortKey(int(b), c))
			if d {
				r = -r
			}
			return r
		})
	}
	if len(m.Rows()) < 100 {
		t.Fatalf("query %q: only %d rows", m.Query(), len(m.Rows()))
	}
	if want := brute(src, order, m.Query()); !slices.Equal(m.Rows(), want) {
		t.Fatalf("query %q sort %d: %d rows, want %d", m.Query(), m.sortCol, len(m.Rows()), len(want))
	}
}
