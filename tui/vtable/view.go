package vtable

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// scratch holds the buffers View reuses from frame to frame.
type scratch struct {
	out   []byte
	f     folder
	hl    [][]byte // the query's words, for highlighting
	right []byte
}

// View draws the table: a header, the visible rows and a footer, exactly
// Size() cells; nothing for a height of 0.
func (m *Model) View() string {
	if m.h <= 0 {
		return ""
	}
	b := m.scr.out[:0]
	if m.h >= 2 {
		b = m.header(b)
		b = append(b, '\n')
	}
	for i := range m.rowsVisible() {
		b = m.row(b, m.top+i)
		b = append(b, '\n')
	}
	b = m.footer(b)
	m.scr.out = b
	return string(b)
}

func (m *Model) header(b []byte) []byte {
	st := m.sgr.header
	b = append(b, st.on...)
	b = m.marker(b, false)
	for c, col := range m.cols {
		w := m.lay.width(c)
		if w == 0 {
			continue
		}
		b = m.sep(b, c)
		ind := ""
		if c == m.sortCol {
			ind = m.indicator()
		}
		b = m.cell(b, col.Title, ind, w, col.Align, st, false)
	}
	b = spaces(b, m.lay.pad)
	return append(b, st.off...)
}

func (m *Model) indicator() string {
	switch {
	case m.ascii && m.desc:
		return " v"
	case m.ascii:
		return " ^"
	case m.desc:
		return " ▼"
	}
	return " ▲"
}

func (m *Model) row(b []byte, i int) []byte {
	if i >= len(m.list) {
		if i == 0 && !m.partial && !m.Busy() {
			return m.emptyLine(b)
		}
		return spaces(b, m.w)
	}
	r, sel := int(m.list[i]), i == m.cursor
	st := m.sgr.cell
	if sel {
		st = m.sgr.selected
	}
	b = append(b, st.on...)
	b = m.marker(b, sel)
	valid := r < m.src.Len()
	for c, col := range m.cols {
		w := m.lay.width(c)
		if w == 0 {
			continue
		}
		b = m.sep(b, c)
		text := ""
		if valid {
			text = m.src.Cell(r, c)
		}
		b = m.cell(b, text, "", w, col.Align, st, len(m.words) > 0)
	}
	b = spaces(b, m.lay.pad)
	return append(b, st.off...)
}

func (m *Model) emptyLine(b []byte) []byte {
	k := MsgVTNoRows
	if len(m.words) > 0 {
		k = MsgVTNoMatch
	}
	st := m.sgr.cell
	b = append(b, st.on...)
	b = m.marker(b, false)
	b = m.cell(b, m.lang.T(k), "", m.w-m.markerWidth(), lipgloss.Left, st, false)
	return append(b, st.off...)
}

func (m *Model) marker(b []byte, sel bool) []byte {
	if m.markerWidth() == 0 || m.w < 1 {
		return b
	}
	if sel {
		return append(b, m.styles.Marker...)
	}
	return append(b, ' ')
}

// sep writes the space before every shown column but the first.
func (m *Model) sep(b []byte, c int) []byte {
	if m.lay.x[c] > 0 {
		b = append(b, ' ')
	}
	return b
}

func spaces(b []byte, n int) []byte {
	for range n {
		b = append(b, ' ')
	}
	return b
}

// cell writes text and suffix in exactly w cells, cut with an ellipsis,
// aligned, with filter matches highlighted when hl is set; base is the
// style in force, re-applied after each highlight.
func (m *Model) cell(b []byte, text, suffix string, w int, align lipgloss.Position, base sgr, hl bool) []byte {
	if w <= 0 {
		return b
	}
	if hasControl(text) {
		text = cleanControl(text)
	}
	sw := 0
	if suffix != "" {
		sw = ansi.StringWidth(suffix)
		if sw >= w {
			suffix, sw = "", 0
		}
	}
	keep, cut, tw := fitCell(text, w-sw)
	used := tw + sw
	if cut {
		used++
	}
	pad := w - used
	left := 0
	switch {
	case align >= lipgloss.Right:
		left = pad
	case align > lipgloss.Left:
		left = pad / 2
	}
	b = spaces(b, left)
	if hl && keep > 0 {
		b = m.highlighted(b, text, keep, base)
	} else {
		b = append(b, text[:keep]...)
	}
	if cut {
		b = append(b, m.ellipsis()...)
	}
	b = append(b, suffix...)
	return spaces(b, pad-left)
}

func (m *Model) ellipsis() string {
	if m.ascii {
		return "~"
	}
	return "…"
}

// highlighted writes text[:keep] with the query's matches in the match
// style.
func (m *Model) highlighted(b []byte, text string, keep int, base sgr) []byte {
	f := &m.scr.f
	f.run(text)
	f.matches(m.scr.hl)
	at := 0
	for _, r := range f.ranges {
		s, e := min(r[0], keep), min(r[1], keep)
		if s >= e {
			break
		}
		b = append(b, text[at:s]...)
		b = append(b, m.sgr.match.on...)
		b = append(b, text[s:e]...)
		b = append(b, m.sgr.match.off...)
		b = append(b, base.on...)
		at = e
	}
	return append(b, text[at:keep]...)
}

func (m *Model) footer(b []byte) []byte {
	st := m.sgr.footer
	b = append(b, st.on...)
	right := m.status(m.scr.right[:0])
	m.scr.right = right
	rs := string(right)
	rw := ansi.StringWidth(rs)
	if rw+2 > m.w {
		b = m.cell(b, rs, "", m.w, lipgloss.Right, st, false)
		return append(b, st.off...)
	}
	lw := m.w - rw - 1
	b = m.cell(b, m.filterText(lw), "", lw, lipgloss.Left, st, false)
	b = append(b, ' ')
	b = append(b, right...)
	return append(b, st.off...)
}

// filterText is the left of the footer: the filter being typed (its end
// shown when too long), the kept filter, or a hint.
func (m *Model) filterText(w int) string {
	if !m.filtering && m.query == "" {
		return m.lang.T(MsgVTFilterHint)
	}
	s := "/ " + m.query
	if m.filtering {
		if m.ascii {
			s += "_"
		} else {
			s += "█"
		}
		if ansi.StringWidth(s) > w && w > 1 {
			s = ansi.TruncateLeft(s, ansi.StringWidth(s)-w+1, m.ellipsis())
		}
	}
	return s
}

// status is the right of the footer: what is running, then the count.
func (m *Model) status(b []byte) []byte {
	switch {
	case m.sorting:
		b = append(b, m.lang.T(MsgVTSorting)...)
		b = append(b, "  "...)
	case m.pending:
		b = append(b, m.lang.T(MsgVTSearching)...)
		b = append(b, "  "...)
	}
	if m.pending {
		b = append(b, m.ellipsis()...)
	} else {
		b = appendGrouped(b, len(m.list))
	}
	b = append(b, " / "...)
	return appendGrouped(b, len(m.order.rows))
}
