package barchart

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"
)

// leftBlocks[n] fills the left n eighths of a cell.
var leftBlocks = [9]string{" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"}

// seriesChars tell stacked series apart without colour.
var seriesChars = []string{"#", "=", "+", "*", "%", "@", "o", "~"}

func seriesChar(i int) string { return seriesChars[i%len(seriesChars)] }

// fill lays the segments of one side out in eighths, growing away from the
// axis: fill[k] is the series of eighth k. Segment ends are rounded to whole
// quanta (q eighths) on the running total, so the bar's length is its total
// rounded once, whatever the number of segments. A non-zero bar too small to
// show gets one quantum, so it never looks like zero.
func fill(segs []seg, maxSum float64, cells, q int) []int {
	if maxSum <= 0 || cells <= 0 || len(segs) == 0 || q <= 0 {
		return nil
	}
	units := cells * 8 / q
	out := make([]int, 0, units*q)
	cum, prev := 0.0, 0
	for _, s := range segs {
		cum += s.v
		e := int(math.Round(cum / maxSum * float64(units)))
		e = min(max(e, prev), units)
		for range (e - prev) * q {
			out = append(out, s.series)
		}
		prev = e
	}
	if len(out) == 0 {
		for range q {
			out = append(out, segs[len(segs)-1].series)
		}
	}
	return out
}

// cell is one drawn cell; fg and bg are series indexes, -1 for none.
type cell struct {
	glyph   string
	fg, bg  int
	reverse bool
}

var blank = cell{glyph: " ", fg: -1, bg: -1}

// side draws one side of the axis in exactly cells cells; the negative side
// grows leftwards from the axis.
func (l *layout) side(segs []seg, maxSum float64, cells int, neg bool) string {
	if cells <= 0 {
		return ""
	}
	q := l.posQ
	if neg {
		q = l.negQ
	}
	f := fill(segs, maxSum, cells, q)
	cs := make([]cell, cells)
	for i := range cs {
		lo := i * 8
		if lo >= len(f) {
			cs[i] = blank
			continue
		}
		cs[i] = l.cell(f[lo:min(lo+8, len(f))], neg)
	}
	if neg {
		for i, j := 0, len(cs)-1; i < j; i, j = i+1, j-1 {
			cs[i], cs[j] = cs[j], cs[i]
		}
	}
	return l.paintCells(cs)
}

// cell draws the eighths of one cell (ordered away from the axis). A segment
// boundary inside a full cell shows at its eighth by painting the far
// segment as the background; the outer end of a negative bar is a left
// block in reverse video, since Unicode has no right-aligned eighths.
func (l *layout) cell(part []int, neg bool) cell {
	t := len(part)
	if l.charMode {
		return cell{glyph: seriesChar(part[0]), fg: part[0], bg: -1}
	}
	first, n1 := part[0], leadingRun(part)
	if t == 8 && n1 == 8 {
		return cell{glyph: leftBlocks[8], fg: first, bg: -1}
	}
	if t == 8 {
		rest := majority(part[n1:])
		if l.paints[rest].fg == nil || l.paints[first].fg == nil {
			return cell{glyph: leftBlocks[8], fg: majority(part), bg: -1}
		}
		if neg {
			return cell{glyph: leftBlocks[8-n1], fg: rest, bg: first}
		}
		return cell{glyph: leftBlocks[n1], fg: first, bg: rest}
	}
	m := majority(part)
	switch {
	case !neg:
		return cell{glyph: leftBlocks[t], fg: m, bg: -1}
	case l.st.NoColor && t >= 4:
		return cell{glyph: "▐", fg: -1, bg: -1}
	case l.st.NoColor:
		return cell{glyph: "▕", fg: -1, bg: -1}
	}
	return cell{glyph: leftBlocks[8-t], fg: m, bg: -1, reverse: true}
}

func leadingRun(p []int) int {
	n := 1
	for n < len(p) && p[n] == p[0] {
		n++
	}
	return n
}

// majority is the series with the most eighths; ties go to the one nearer
// the axis.
// Each series is one contiguous run on a side, so the longest run wins.
func majority(p []int) int {
	best, bestN := p[0], 0
	for i := 0; i < len(p); {
		n := leadingRun(p[i:])
		if n > bestN {
			best, bestN = p[i], n
		}
		i += n
	}
	return best
}

// paintCells renders runs of equally styled cells with one style each.
func (l *layout) paintCells(cs []cell) string {
	var b strings.Builder
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && sameLook(cs[i], cs[j]) {
			j++
		}
		var run strings.Builder
		for _, c := range cs[i:j] {
			run.WriteString(c.glyph)
		}
		b.WriteString(l.paintRun(cs[i], run.String()))
		i = j
	}
	return b.String()
}

func sameLook(a, b cell) bool { return a.fg == b.fg && a.bg == b.bg && a.reverse == b.reverse }

func (l *layout) paintRun(c cell, s string) string {
	if l.st.NoColor || (c.fg < 0 && c.bg < 0 && !c.reverse) {
		return s
	}
	style := lipgloss.NewStyle()
	if c.fg >= 0 {
		style = l.paints[c.fg].style
	}
	if c.bg >= 0 && l.paints[c.bg].fg != nil {
		style = style.Background(l.paints[c.bg].fg)
	}
	if c.reverse {
		style = style.Reverse(true)
	}
	return style.Render(s)
}
