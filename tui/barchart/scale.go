package barchart

import (
	"khuyencong/vntext"
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// ruler is the scale line under the bar area while labels are placed on it.
type ruler struct {
	cells []string // one per column; a label sits in its first cell, "" after
	taken []bool   // label cells and the space either side
}

func newRuler(n int, dash string) *ruler {
	r := &ruler{cells: make([]string, n), taken: make([]bool, n)}
	for i := range r.cells {
		r.cells[i] = dash
	}
	return r
}

func (r *ruler) clone() *ruler {
	return &ruler{cells: append([]string(nil), r.cells...), taken: append([]bool(nil), r.taken...)}
}

// place puts text at column start, with a space either side and at least
// one dash between it and any other label; false if it does not fit.
func (r *ruler) place(text string, start int) bool {
	w := ansi.StringWidth(text)
	end := start + w
	if w == 0 || start < 0 || end > len(r.cells) {
		return false
	}
	for i := max(start-2, 0); i < min(end+2, len(r.cells)); i++ {
		if r.taken[i] {
			return false
		}
	}
	for i := max(start-1, 0); i < min(end+1, len(r.cells)); i++ {
		r.taken[i] = true
		r.cells[i] = " "
	}
	r.cells[start] = text
	for i := start + 1; i < end; i++ {
		r.cells[i] = ""
	}
	return true
}

// scaleLine shows 0, the extremes and, where they fit, round ticks between,
// aligned with the bar area.
func (l *layout) scaleLine() string {
	r := newRuler(l.barW, l.glyph("─", "-"))
	if l.maxPos > 0 {
		t := l.fmtValue(l.maxPosV)
		r.place(t, l.barW-ansi.StringWidth(t))
	}
	zero := 0
	if l.axis {
		zero = l.negW
	}
	r.place("0", zero)
	if l.maxNeg > 0 {
		r.place(l.fmtValue(l.minNegV), 0)
	}
	r = l.ticks(r)
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", l.labelW+gap(l.labelW)))
	b.WriteString(l.st.paint(l.st.Axis, strings.Join(r.cells, "")))
	return b.String()
}

// ticks tries round steps from fine to coarse, at most one per ten cells,
// and keeps the first whose labels all fit; a tick that would hit 0 or an
// extreme is left out.
func (l *layout) ticks(base *ruler) *ruler {
	span := max(l.maxPos, l.maxNeg)
	prev := 0.0
	for n := min(8, l.barW/10); n >= 1; n-- {
		step := niceCeil(span / float64(n))
		if step < 1 || step == prev || step >= span {
			continue
		}
		prev = step
		if r, ok := l.tryTicks(base.clone(), step); ok {
			return r
		}
	}
	return base
}

func (l *layout) tryTicks(r *ruler, step float64) (*ruler, bool) {
	fixed := append([]bool(nil), r.taken...)
	placed := 0
	try := func(v float64, col int) bool {
		t := l.fmtValue(int64(v))
		start := col - ansi.StringWidth(t)/2
		if r.place(t, start) {
			placed++
			return true
		}
		return hitsFixed(fixed, start, ansi.StringWidth(t))
	}
	for v := step; v < l.maxPos; v += step {
		col := int(math.Round(v/l.maxPos*float64(l.posW))) - 1
		if l.axis {
			col += l.negW + 1
		}
		if !try(v, max(col, 0)) {
			return nil, false
		}
	}
	for v := step; v < l.maxNeg; v += step {
		col := l.negW - int(math.Round(v/l.maxNeg*float64(l.negW)))
		if !try(-v, col) {
			return nil, false
		}
	}
	return r, placed > 0
}

// hitsFixed tells whether a label at start would collide with one placed
// before the ticks (0 or an extreme).
func hitsFixed(fixed []bool, start, w int) bool {
	for i := max(start-2, 0); i < min(start+w+2, len(fixed)); i++ {
		if fixed[i] {
			return true
		}
	}
	return false
}

// niceCeil rounds x up to 1, 2 or 5 times a power of ten.
func niceCeil(x float64) float64 {
	if x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0
	}
	base := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*base >= x*(1-1e-12) {
			return math.Round(m * base)
		}
	}
	return math.Round(10 * base)
}

// legend lists the named series with their swatch, wrapped to the width.
func (l *layout) legend(series []Series) []string {
	var lines []string
	var cur strings.Builder
	curW := 0
	for i, s := range series {
		name := vntext.CleanLine(s.Name)
		if name == "" {
			continue
		}
		item := l.swatch(i) + " " + l.st.paint(l.st.Legend, ansi.Truncate(name, max(l.width-2, 0), ellipsis))
		w := ansi.StringWidth(item)
		if curW > 0 && curW+2+w > l.width {
			lines = append(lines, cur.String())
			cur.Reset()
			curW = 0
		}
		if curW > 0 {
			cur.WriteString("  ")
			curW += 2
		}
		cur.WriteString(item)
		curW += w
	}
	if curW > 0 {
		lines = append(lines, cur.String())
	}
	for i, s := range lines {
		lines[i] = ansi.Truncate(s, l.width, "")
	}
	return lines
}

func (l *layout) swatch(i int) string {
	g := "█"
	if l.charMode {
		g = seriesChar(i)
	}
	if i >= len(l.paints) {
		return g
	}
	return l.st.paint(l.paints[i].style, g)
}
