package vtable

import (
	"slices"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func TestCursorKeys(t *testing.T) {
	f := newFake(300, 1)
	m := New(testColumns(f), f)
	m.SetSize(80, 12) // 10 rows on screen, a page moves 9
	steps := []struct {
		key       string
		cursor    int
		topAtMost int
	}{
		{"down", 1, 0}, {"j", 2, 0}, {"up", 1, 0}, {"k", 0, 0}, {"k", 0, 0},
		{"pgdown", 9, 0}, {"pgdown", 18, 9}, {"pgup", 9, 9}, {"end", 299, 290}, {"j", 299, 290},
		{"home", 0, 0}, {"G", 299, 290}, {"g", 0, 0},
	}
	for _, s := range steps {
		m = press(m, s.key)
		if m.Cursor() != s.cursor || m.top > s.topAtMost || m.cursor < m.top || m.cursor >= m.top+m.rowsVisible() {
			t.Fatalf("after %s: cursor %d top %d, want cursor %d", s.key, m.Cursor(), m.top, s.cursor)
		}
		if r, ok := m.Selected(); !ok || r != int(m.Rows()[s.cursor]) {
			t.Fatalf("after %s: selected %d %v", s.key, r, ok)
		}
	}
}

func TestMouse(t *testing.T) {
	f := newFake(300, 1)
	m := New(testColumns(f), f)
	m.SetSize(80, 12)
	m, _ = m.Update(tea.MouseClickMsg{X: 5, Y: 4, Button: tea.MouseLeft}) // row 3 on screen
	if m.Cursor() != 3 {
		t.Fatalf("click: cursor %d", m.Cursor())
	}
	m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.top != 6 || m.Cursor() != 6 {
		t.Fatalf("wheel: top %d cursor %d", m.top, m.Cursor())
	}
	m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if m.top != 3 || m.Cursor() != 6 {
		t.Fatalf("wheel up: top %d cursor %d", m.top, m.Cursor())
	}
	// A click on a header sorts by that column, a second one reverses.
	x := m.lay.x[colDistrict] + 1
	m, cmd := m.Update(tea.MouseClickMsg{X: x, Y: 0, Button: tea.MouseLeft})
	m = drain(m, cmd)
	if c, d := m.Sort(); c != colDistrict || d {
		t.Fatalf("header click: sort %d %v", c, d)
	}
	m, cmd = m.Update(tea.MouseClickMsg{X: x, Y: 0, Button: tea.MouseLeft})
	m = drain(m, cmd)
	if c, d := m.Sort(); c != colDistrict || !d {
		t.Fatalf("second header click: sort %d %v", c, d)
	}
	// Clicks below the rows or on the footer do nothing.
	before := m.Cursor()
	m, _ = m.Update(tea.MouseClickMsg{X: 1, Y: 11, Button: tea.MouseLeft})
	if m.Cursor() != before {
		t.Fatalf("footer click moved the cursor")
	}
}

func TestFilteringOwnsPrintableKeys(t *testing.T) {
	f := newFake(300, 1)
	m := press(New(testColumns(f), f), "/")
	m = press(m, "j", "k", "g", "G", "s", "r")
	if m.Query() != "jkgGsr" || m.Cursor() != 0 {
		t.Fatalf("query %q cursor %d", m.Query(), m.Cursor())
	}
	if c, _ := m.Sort(); c != -1 {
		t.Fatal("s sorted while filtering")
	}
	m = press(m, "ctrl+u", "down", "down")
	if m.Cursor() != 2 || !m.Filtering() {
		t.Fatalf("arrows while filtering: cursor %d", m.Cursor())
	}
}

func TestKeyMapHelp(t *testing.T) {
	m := New(nil, nil)
	k := m.Keys()
	for _, b := range slices.Concat(k.FullHelp()...) {
		if b.Help().Key == "" || b.Help().Desc == "" {
			t.Fatalf("binding %v has no help", b.Keys())
		}
	}
	if k.Filter.Help().Desc != "lọc" {
		t.Fatalf("Vietnamese help: %q", k.Filter.Help().Desc)
	}
	var _ interface {
		ShortHelp() []key.Binding
		FullHelp() [][]key.Binding
	} = k
}

// TestSetSourceKeepsCursorAndFilter: live updates must not move the
// user's cursor or clear their filter, sorted or not, synchronously or in
// goroutines.
func TestSetSourceKeepsCursorAndFilter(t *testing.T) {
	for _, async := range []int{0, 10} {
		for _, sorted := range []bool{false, true} {
			f := newFake(300, 1)
			m := New(testColumns(f), f, WithAsyncThreshold(async))
			m.SetSize(80, 12)
			if sorted {
				m = press(m, "s")
			}
			m = typeText(press(m, "/"), "cong")
			m = press(m, "enter", "down", "down", "down", "down", "pgdown")
			row, ok := m.Selected()
			screen := m.Cursor() - m.top
			if !ok {
				t.Fatal("nothing selected")
			}
			// New data: a row deleted before the cursor, rows added, a
			// name changed so that it now matches.
			g := f.clone()
			g.skip[m.Rows()[0]] = true
			g.add("Công ty Gốm sứ Mới Thêm", "Ba Vì")
			g.cells[1][colName], g.text[1] = "Công ty Đổi Tên", "cong ty doi ten"
			m = drain(m, m.SetSource(g))
			if m.Query() != "cong" || m.Filtering() {
				t.Fatalf("async %d sorted %v: query %q filtering %v", async, sorted, m.Query(), m.Filtering())
			}
			if r, _ := m.Selected(); r != row || m.Cursor()-m.top != screen {
				t.Fatalf("async %d sorted %v: selected %d at %d, want %d at %d", async, sorted, r, m.Cursor()-m.top, row, screen)
			}
			order := naturalOrder(g)
			if sorted {
				order = wantSorted(g, order, colName, false)
			}
			if want := brute(g, order, "cong"); !slices.Equal(m.Rows(), want) {
				t.Fatalf("async %d sorted %v: rows differ after SetSource", async, sorted)
			}
			// The selected row itself deleted: the cursor stays in the list.
			h := g.clone()
			h.skip[row] = true
			m = drain(m, m.SetSource(h))
			if r, ok := m.Selected(); !ok || r == row {
				t.Fatalf("deleted row still selected: %d %v", r, ok)
			}
		}
	}
}

func TestSetSourceWhileSortRuns(t *testing.T) {
	f := newFake(300, 1)
	m := New(testColumns(f), f, WithAsyncThreshold(10))
	m, sortCmd := m.Update(keyMsg("s"))
	if !m.Busy() {
		t.Fatal("sort did not go to a goroutine")
	}
	g := f.clone()
	g.add("Cơ sở Mới", "Ba Vì")
	newCmd := m.SetSource(g)
	m = drain(m, sortCmd) // stale: dropped
	if len(m.Rows()) != 300 {
		t.Fatalf("stale sort result taken: %d rows", len(m.Rows()))
	}
	m = drain(m, newCmd)
	if m.Busy() || !slices.Equal(m.Rows(), wantSorted(g, naturalOrder(g), colName, false)) {
		t.Fatalf("final order wrong, busy %v", m.Busy())
	}
}
