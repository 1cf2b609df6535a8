package barchart

import (
	"math"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

func padRight(s string, w int) string {
	if n := w - ansi.StringWidth(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

func padLeft(s string, w int) string {
	if n := w - ansi.StringWidth(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// groupThousands is the default Format: 2170000000 → "2.170.000.000", the
// Vietnamese grouping.
func groupThousands(v int64) string {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u // two's complement also gives |MinInt64|
	}
	digits := strconv.FormatUint(u, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(d)
	}
	return b.String()
}

// addSat adds without wrapping around: totals near the int64 limits stick
// at the limit instead of changing sign.
func addSat(a, b int64) int64 {
	s := a + b
	switch {
	case a > 0 && b > 0 && s < 0:
		return math.MaxInt64
	case a < 0 && b < 0 && s >= 0:
		return math.MinInt64
	}
	return s
}
