package barchart

import (
	"math"
	"strings"
)

// Gauge draws a fraction (1 = 100%) in exactly width cells, for "percent
// used" columns: 1/8-cell blocks on a ░ track, or '#' on a '-' track in
// whole cells with ascii. A fraction above 1 (overspending) fills the gauge
// and ends it with '»' ('>' in ASCII) so the overrun shows without colour;
// a tiny non-zero fraction still shows one sliver. NaN and negatives draw
// an empty track. The result carries no style: the caller colours it.
func Gauge(width int, fraction float64, ascii bool) string {
	if width <= 0 {
		return ""
	}
	full, track, over, q := "█", "░", "»", 1
	if ascii {
		full, track, over, q = "#", "-", ">", 8
	}
	if math.IsNaN(fraction) || fraction <= 0 {
		return strings.Repeat(track, width)
	}
	if fraction > 1 {
		return strings.Repeat(full, width-1) + over
	}
	units := width * 8 / q
	e := max(int(math.Round(fraction*float64(units))), 1) * q
	var b strings.Builder
	b.WriteString(strings.Repeat(full, e/8))
	cells := e / 8
	if r := e % 8; r > 0 {
		b.WriteString(leftBlocks[r])
		cells++
	}
	b.WriteString(strings.Repeat(track, width-cells))
	return b.String()
}
