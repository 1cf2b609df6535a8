package vtable

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// checkFrame asserts that the view has h lines, each exactly w cells.
func checkFrame(t *testing.T, m *Model, w, h int) []string {
	t.Helper()
	v := m.View()
	if h == 0 {
		if v != "" {
			t.Fatalf("%dx%d: view %q, want empty", w, h, v)
		}
		return nil
	}
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, got, ansi.Strip(l))
		}
	}
	return lines
}

func TestViewWidthAndAlignment(t *testing.T) {
	f := newFake(300, 1)
	for _, st := range []Styles{DefaultStyles(true), PlainStyles()} {
		for _, w := range []int{80, 120} {
			m := New(testColumns(f), f, WithStyles(st))
			m.SetSize(w, 24)
			for _, step := range [][]string{nil, {"/", "c", "o", "n", "g"}, {"enter", "s", "pgdown"}} {
				m = press(m, step...)
				lines := checkFrame(t, m, w, 24)
				mk := m.markerWidth()
				for i, l := range lines[1 : len(lines)-1] {
					plain := ansi.Strip(l)
					row := int(m.Rows()[m.top+i])
					for c, col := range testColumns(f) {
						cw := m.lay.width(c)
						if cw == 0 {
							continue
						}
						x := mk + m.lay.x[c]
						got := ansi.Cut(plain, x, x+cw)
						keep, cut, _ := fitCell(f.cells[row][c], cw)
						want := f.cells[row][c][:keep]
						if cut {
							want += "…"
						}
						if strings.TrimSpace(got) != want {
							t.Fatalf("w %d line %d col %d: %q, want %q", w, i+1, c, got, want)
						}
						if col.Align > 0 && !strings.HasSuffix(got, want) {
							t.Fatalf("w %d line %d col %d not right-aligned: %q", w, i+1, c, got)
						}
					}
				}
			}
		}
	}
}

func TestViewShowsHeaderFooterAndCount(t *testing.T) {
	f := newFake(20312, 1)
	m := New(testColumns(f), f, WithStyles(PlainStyles()))
	m.SetSize(120, 10)
	m = typeText(press(m, "/"), "tan viet")
	lines := checkFrame(t, m, 120, 10)
	shown, total := m.Count()
	if total != 20312 {
		t.Fatalf("total %d", total)
	}
	foot := ansi.Strip(lines[len(lines)-1])
	want := string(appendGrouped(nil, shown)) + " / 20.312"
	if !strings.HasPrefix(foot, "/ tan viet") || !strings.HasSuffix(foot, want) {
		t.Fatalf("footer %q, want / tan viet … %s", foot, want)
	}
	if !strings.Contains(ansi.Strip(lines[0]), "Tên cơ sở") {
		t.Fatalf("header %q", ansi.Strip(lines[0]))
	}
	m = press(m, "enter", "s", "r")
	if h := ansi.Strip(m.View()); !strings.Contains(h, "Tên cơ sở ▼") {
		t.Fatalf("no descending indicator:\n%s", h)
	}
	m.SetASCII(true)
	if h := ansi.Strip(m.View()); !strings.Contains(h, "Tên cơ sở v") {
		t.Fatalf("no ASCII indicator:\n%s", h)
	}
}

func TestSelectedRowVisible(t *testing.T) {
	f := newFake(50, 1)
	m := New(testColumns(f), f, WithStyles(PlainStyles()))
	m.SetSize(80, 6)
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	if !strings.HasPrefix(lines[1], ">") || strings.HasPrefix(lines[2], ">") {
		t.Fatalf("marker not on the selected row:\n%s", strings.Join(lines, "\n"))
	}
	m = press(m, "down")
	lines = strings.Split(ansi.Strip(m.View()), "\n")
	if !strings.HasPrefix(lines[2], ">") {
		t.Fatalf("marker did not move:\n%s", strings.Join(lines, "\n"))
	}
	if v := m.View(); !strings.Contains(v, m.sgr.selected.on) || m.sgr.selected.on == "" {
		t.Fatal("selected row not in reverse video")
	}
}

func TestHighlight(t *testing.T) {
	f := newFake(300, 1)
	m := New(testColumns(f), f)
	m.SetSize(120, 30)
	on := m.sgr.match.on
	if on == "" {
		t.Fatal("match style has no escape sequence")
	}
	m = typeText(press(m, "/"), "tan viet")
	v := m.View()
	if !strings.Contains(v, on+"Tân"+m.sgr.match.off) || !strings.Contains(v, on+"Việt"+m.sgr.match.off) {
		t.Fatalf("Tân Việt not highlighted:\n%q", v)
	}
	// NFD text: the whole letter with its marks is highlighted.
	m = press(m, "ctrl+u")
	m = typeText(m, "may tre dan dong")
	v = m.View()
	nfd := "\u0110o\u0302ng" // Đông in NFD
	if !strings.Contains(v, on+nfd+m.sgr.match.off) {
		t.Fatalf("NFD Đông not highlighted:\n%q", v)
	}
	// "d" matches the đ of Đông, and the d of "dan".
	m = press(m, "ctrl+u")
	m = typeText(m, "đ")
	if v := m.View(); !strings.Contains(v, on+"Đ"+m.sgr.match.off) {
		t.Fatalf("Đ not highlighted for đ")
	}
}

func TestFolderSpans(t *testing.T) {
	var f folder
	for _, c := range []struct{ text, word, want string }{
		{"Công ty Tân Việt", "tan", "Tân"},
		{"CÔNG TY", "cong", "CÔNG"},
		{"Hợp tác xã Đông Xuân", "dong x", "Đông X"},
		{"\u0110o\u0302ng Anh", "dong", "\u0110o\u0302ng"},
		{"Ưng Hiển", "ung", "Ưng"},
	} {
		f.run(c.text)
		f.matches([][]byte{[]byte(c.word)})
		if len(f.ranges) != 1 || c.text[f.ranges[0][0]:f.ranges[0][1]] != c.want {
			t.Errorf("%q in %q: ranges %v", c.word, c.text, f.ranges)
		}
	}
}

func TestResizeNeverPanics(t *testing.T) {
	f := newFake(300, 1)
	for _, st := range []Styles{DefaultStyles(false), PlainStyles()} {
		m := New(testColumns(f), f, WithStyles(st))
		m = typeText(press(m, "/"), "tan")
		for w := 0; w <= 40; w++ {
			for h := 0; h <= 5; h++ {
				m.SetSize(w, h)
				checkFrame(t, m, w, h)
				m = press(m, "down", "pgdown", "end", "up", "home")
				m, _ = m.Update(tea.MouseClickMsg{X: w / 2, Y: h / 2, Button: tea.MouseLeft})
				m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
				checkFrame(t, m, w, h)
			}
		}
		for _, s := range [][2]int{{1, 1}, {0, 0}, {80, 24}, {0, 0}, {120, 40}} {
			m.SetSize(s[0], s[1])
			checkFrame(t, m, s[0], s[1])
		}
	}
	// An empty table and a nil source.
	m := New(testColumns(f), nil)
	for _, s := range [][2]int{{0, 0}, {1, 1}, {80, 24}} {
		m.SetSize(s[0], s[1])
		checkFrame(t, m, s[0], s[1])
	}
	if !strings.Contains(m.View(), "Chưa có dữ liệu") {
		t.Fatal("empty table says nothing")
	}
	// No columns at all.
	m = New(nil, f)
	m.SetSize(10, 3)
	checkFrame(t, m, 10, 3)
}

func TestColumnsShrinkThenHide(t *testing.T) {
	cols := testColumns(newFake(10, 1))
	l := computeLayout(cols, 200)
	if l.widths[colName] <= 30 || l.pad != 0 {
		t.Fatalf("wide: name %d pad %d", l.widths[colName], l.pad)
	}
	l = computeLayout(cols, 80) // 30+12+14+8+16+4 = 84: the name shrinks
	if l.widths[colName] != 26 || l.widths[colCapital] != 16 {
		t.Fatalf("80: %v", l.widths)
	}
	l = computeLayout(cols, 60) // capital (priority 1) goes first
	if l.widths[colCapital] != 0 || l.widths[colName] == 0 {
		t.Fatalf("60: %v", l.widths)
	}
	l = computeLayout(cols, 30)
	if l.widths[colName] == 0 || l.widths[colTax] != 0 {
		t.Fatalf("30: %v", l.widths)
	}
	for w := 0; w < 200; w++ {
		l := computeLayout(cols, w)
		sum, n := l.pad, 0
		for _, cw := range l.widths {
			if cw > 0 {
				sum += cw
				n++
			}
		}
		if n > 0 {
			sum += n - 1
		}
		if sum != w {
			t.Fatalf("width %d: columns take %d (%v pad %d)", w, sum, l.widths, l.pad)
		}
	}
}

func TestTruncateVietnamese(t *testing.T) {
	for _, c := range []struct {
		s    string
		w    int
		want string
	}{
		{"Hợp tác xã Đông Xuân", 10, "Hợp tác x"},
		{"\u0110o\u0302ng Xua\u0302n", 4, "\u0110o\u0302n"}, // NFD: marks stay with their letter
		{"abc", 3, "abc"},
		{"abcd", 1, ""},
		{"越南語", 4, "越"},
	} {
		keep, cut, width := fitCell(c.s, c.w)
		if c.s[:keep] != c.want || (cut && width+1 > c.w) {
			t.Errorf("fitCell(%q, %d) = %q cut %v width %d", c.s, c.w, c.s[:keep], cut, width)
		}
	}
}
