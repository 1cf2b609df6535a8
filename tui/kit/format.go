package kit

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/model"
	"khuyencong/tui/vtable"
	"khuyencong/vntext"
)

// GroupInt writes n with '.' between thousands, as Vietnamese users write
// counts: 20312 → "20.312".
func GroupInt(n int64) string { return vntext.Grouped(n) }

// ShortPath makes a database path fit in max cells: the home directory
// becomes "~" and the middle gives way to "…", keeping the file name.
func ShortPath(p string, max int) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(p, home+string(filepath.Separator)) {
		p = "~" + p[len(home):]
	}
	if max <= 0 {
		return ""
	}
	if ansi.StringWidth(p) <= max {
		return p
	}
	base := filepath.Base(p)
	if ansi.StringWidth(base)+1 >= max {
		return ansi.Truncate(base, max, "…")
	}
	head := ansi.Truncate(p, max-ansi.StringWidth(base)-2, "")
	return head + "…" + string(filepath.Separator) + base
}

// Fit crops or pads s to exactly w cells by h lines, so that no part of the
// app can draw outside its box whatever the terminal size (down to 0×0).
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = fitLine(l, w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines, "\n")
}

// PadRight pads a (possibly styled) line with spaces to w cells.
func PadRight(s string, w int) string {
	if d := w - Width(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// Cut shortens text to w cells at a character boundary with "…".
func Cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// Center places s in the middle of a w×h box.
func Center(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	return Fit(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, s), w, h)
}

// sgrRE finds SGR sequences (colours and attributes).
var sgrRE = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// DropColours removes every colour from SGR sequences and keeps the
// attributes (bold, faint, italic, underline, reverse, strikethrough).
// With NO_COLOR the app draws its own styles without colour, but parts
// drawn by components (huh's text inputs) bring their own; the frame is
// filtered once before it leaves.
func DropColours(s string) string {
	if !strings.Contains(s, "\x1b[") {
		return s
	}
	return sgrRE.ReplaceAllStringFunc(s, func(seq string) string {
		ps := strings.Split(seq[2:len(seq)-1], ";")
		keep := ps[:0]
		for i := 0; i < len(ps); i++ {
			p := ps[i]
			switch {
			case p == "38" || p == "48" || p == "58":
				// extended colour: 5;n or 2;r;g;b follow
				if i+1 < len(ps) && ps[i+1] == "5" {
					i += 2
				} else if i+1 < len(ps) && ps[i+1] == "2" {
					i += 4
				}
			case isColourParam(p):
			default:
				keep = append(keep, p)
			}
		}
		if len(keep) == 0 {
			if seq == "\x1b[m" || seq == "\x1b[0m" {
				return seq
			}
			return ""
		}
		return "\x1b[" + strings.Join(keep, ";") + "m"
	})
}

func isColourParam(p string) bool {
	if strings.Contains(p, ":") {
		return strings.HasPrefix(p, "38:") || strings.HasPrefix(p, "48:") || strings.HasPrefix(p, "58:")
	}
	n := 0
	for _, r := range p {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return p != "" && (n >= 30 && n <= 39 || n >= 40 && n <= 49 || n >= 90 && n <= 97 || n >= 100 && n <= 107 || n == 59)
}

// SelectRow puts the table's cursor on an underlying row, if the table
// lists it.
func SelectRow(t *vtable.Model, row int) bool { return t.Select(row) }

// ShiftMouse moves a mouse message dy rows up, into the coordinates of a
// part drawn dy rows below its parent's top; nil for unknown kinds.
func ShiftMouse(msg tea.MouseMsg, dy int) tea.Msg {
	mo := msg.Mouse()
	mo.Y -= dy
	switch msg.(type) {
	case tea.MouseClickMsg:
		return tea.MouseClickMsg(mo)
	case tea.MouseReleaseMsg:
		return tea.MouseReleaseMsg(mo)
	case tea.MouseWheelMsg:
		return tea.MouseWheelMsg(mo)
	case tea.MouseMotionMsg:
		return tea.MouseMotionMsg(mo)
	}
	return nil
}

func PadLeft(s string, w int) string {
	if d := w - Width(s); d > 0 {
		return strings.Repeat(" ", d) + s
	}
	return s
}

// MoneyShort writes an amount as the users read it on a chart or in a
// table: "2.170 tr", "12,5 tỷ", with a real minus sign for negatives so
// that an overrun stands out even without colour ('-' in ASCII mode).
func MoneyShort(m model.Money, ascii bool) string { return MoneyShortAs(m, m, ascii) }

// MoneyShortAs is MoneyShort in the unit ref's size calls for: a table
// passes each column's reference (Smallest), so a column never mixes units.
func MoneyShortAs(m, ref model.Money, ascii bool) string {
	if m == 0 {
		return "0"
	}
	if m > 0 {
		return m.ShortAs(ref)
	}
	minus := "−"
	if ascii {
		minus = "-"
	}
	if m == -m { // math.MinInt64 has no positive counterpart
		return minus + model.Money(-(m + 1)).ShortAs(ref)
	}
	return minus + (-m).ShortAs(ref)
}

// Smallest is the non-zero amount of least magnitude, the reference for a
// column's unit (see MoneyShortAs): the unit its smallest figure reads in,
// so that "650 tr" does not become "0,65 tỷ" and a total above ten billion
// reads "10.620 tr" in a column of millions, as budget tables in triệu
// đồng are kept.
func Smallest(ms ...model.Money) model.Money {
	var small model.Money
	for _, m := range ms {
		if m != 0 && (small == 0 || abs(m) < abs(small)) {
			small = m
		}
	}
	return small
}

func abs(m model.Money) model.Money {
	if m < 0 {
		return -m
	}
	return m
}

func CountText(n int32) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(int(n))
}
