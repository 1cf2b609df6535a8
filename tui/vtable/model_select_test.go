package vtable

import "testing"

// TestSelect puts the cursor on a row far down without key presses and
// brings it into view; a row the result does not list is refused.
func TestSelect(t *testing.T) {
	src := newFake(5000, 1)
	m := New(testColumns(src), src)
	m.SetSize(80, 24)
	if !m.Select(4321) {
		t.Fatal("a listed row was not selected")
	}
	if r, ok := m.Selected(); !ok || r != 4321 {
		t.Fatalf("selected %d %v, want 4321", r, ok)
	}
	if m.top > m.cursor || m.cursor >= m.top+m.rowsVisible() {
		t.Fatalf("cursor %d not in view [%d, %d)", m.cursor, m.top, m.top+m.rowsVisible())
	}
	if m.Select(99999) {
		t.Fatal("a row outside the data was selected")
	}
}
