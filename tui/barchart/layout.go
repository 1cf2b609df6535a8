package barchart

import (
	"khuyencong/vntext"
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

const (
	ellipsis    = "…"
	minBarCells = 4  // below this the chart shows labels and values only
	maxLabelCap = 40 // labels never take more cells than this
)

// seg is one non-zero stacked segment on one side of the axis; v > 0.
type seg struct {
	series int
	v      float64
}

// measured is a bar reduced to what drawing needs.
type measured struct {
	label    string
	value    string
	total    int64
	posV     int64 // sum of positive segments, saturated
	negV     int64 // sum of negative segments, saturated
	pos, neg []seg
	posSum   float64 // sum of positive segments
	negSum   float64 // sum of magnitudes of negative segments
}

// layout is a chart fitted to a width: column widths, the split of the bar
// area around the axis, and how the bars are drawn.
type layout struct {
	st     Styles
	ascii  bool
	width  int
	bars   []measured
	paints []seriesPaint

	labelW, valueW int
	barW           int // 0 = labels and values only
	negW, posW     int // cells left and right of the axis
	axis           bool
	maxPos, maxNeg float64
	maxPosV        int64 // the largest positive extent, for the scale
	minNegV        int64 // the largest negative extent (≤ 0)
	format         func(int64) string

	charMode   bool // series told apart by characters, whole cells
	posQ, negQ int  // eighths per quantum on each side
}

func newLayout(c Chart, st Styles, width int) *layout {
	format := c.Format
	if format == nil {
		format = groupThousands
	}
	l := &layout{st: st, ascii: c.ASCII, width: width, format: format}
	nSeries := len(c.Series)
	maxLabel := 0
	for _, b := range c.Bars {
		m := measure(b, format)
		l.bars = append(l.bars, m)
		nSeries = max(nSeries, len(b.Values))
		maxLabel = max(maxLabel, ansi.StringWidth(m.label))
		l.valueW = max(l.valueW, ansi.StringWidth(m.value))
		l.maxPos = max(l.maxPos, m.posSum)
		l.maxNeg = max(l.maxNeg, m.negSum)
		l.maxPosV = max(l.maxPosV, m.posV)
		l.minNegV = min(l.minNegV, m.negV)
	}
	l.paints = st.resolve(c.Series, nSeries)
	l.charMode = c.ASCII || (st.NoColor && nSeries > 1)
	l.posQ, l.negQ = 1, 1
	switch {
	case l.charMode:
		l.posQ, l.negQ = 8, 8
	case st.NoColor:
		l.negQ = 4 // only ▐ draws a right-aligned part without colour tricks
	}
	l.fit(maxLabel)
	return l
}

// fit shares the width between labels, bars and values.
func (l *layout) fit(maxLabel int) {
	l.labelW = min(maxLabel, max(l.width/3, 1), maxLabelCap)
	bar := l.width - l.labelW - gap(l.labelW) - l.valueW - gap(l.valueW)
	if bar < minBarCells {
		l.barW = 0
		l.labelW = max(0, min(maxLabel, l.width-l.valueW-gap(l.valueW)))
		return
	}
	l.barW = bar
	l.posW = bar
	if l.maxNeg > 0 {
		l.axis = true
		area := bar - 1
		share := l.maxNeg / (l.maxNeg + l.maxPos)
		l.negW = int(math.Round(float64(area) * share))
		if l.maxPos > 0 {
			l.negW = min(max(l.negW, 1), area-1)
		}
		l.posW = area - l.negW
	}
}

func gap(w int) int {
	if w > 0 {
		return 1
	}
	return 0
}

func measure(b Bar, format func(int64) string) measured {
	m := measured{label: vntext.CleanLine(b.Label)}
	for i, v := range b.Values {
		m.total = addSat(m.total, v)
		switch {
		case v > 0:
			m.pos = append(m.pos, seg{i, float64(v)})
			m.posV = addSat(m.posV, v)
			m.posSum += float64(v)
		case v < 0:
			m.neg = append(m.neg, seg{i, -float64(v)})
			m.negV = addSat(m.negV, v)
			m.negSum += -float64(v)
		}
	}
	m.value = vntext.CleanLine(format(m.total))
	return m
}

func (l *layout) fmtValue(v int64) string { return vntext.CleanLine(l.format(v)) }

// barLine is one bar's row: label, bar area, value.
func (l *layout) barLine(i int) string {
	m := l.bars[i]
	var b strings.Builder
	if l.labelW > 0 {
		lab := ansi.Truncate(m.label, l.labelW, ellipsis)
		b.WriteString(l.st.paint(l.st.Label, padRight(lab, l.labelW)))
		b.WriteByte(' ')
	}
	if l.barW > 0 {
		if l.axis {
			b.WriteString(l.side(m.neg, l.maxNeg, l.negW, true))
			b.WriteString(l.st.paint(l.st.Axis, l.glyph("│", "|")))
		}
		b.WriteString(l.side(m.pos, l.maxPos, l.posW, false))
		if l.valueW > 0 {
			b.WriteByte(' ')
		}
	}
	val := l.st.Value
	if m.total < 0 {
		val = l.st.Negative
	}
	b.WriteString(l.st.paint(val, padLeft(m.value, l.valueW)))
	line := b.String()
	if ansi.StringWidth(line) > l.width { // only when even the value does not fit
		line = ansi.Truncate(line, l.width, ellipsis)
	}
	return line
}

func (l *layout) glyph(unicode, ascii string) string {
	if l.ascii {
		return ascii
	}
	return unicode
}
