package barchart

import (
	"math"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestGauge(t *testing.T) {
	cases := []struct {
		w     int
		f     float64
		ascii bool
		want  string
	}{
		{10, 0, false, "░░░░░░░░░░"},
		{10, 0.5, false, "█████░░░░░"},
		{10, 0.55, false, "█████▌░░░░"},   // 44/80
		{10, 0.5625, false, "█████▋░░░░"}, // 45/80,
		{10, 0.0125, false, "▏░░░░░░░░░"},
		{10, 0.0001, false, "▏░░░░░░░░░"},
		{10, 1, false, "██████████"},
		{10, 1.3, false, "█████████»"},
		{10, math.NaN(), false, "░░░░░░░░░░"},
		{10, -1, false, "░░░░░░░░░░"},
		{10, 0.56, true, "######----"},
		{10, 0.01, true, "#---------"},
		{10, 2, true, "#########>"},
		{1, 0.5, false, "▌"},
		{0, 0.5, false, ""},
		{-3, 0.5, true, ""},
	}
	for _, c := range cases {
		got := Gauge(c.w, c.f, c.ascii)
		if got != c.want {
			t.Errorf("Gauge(%d, %g, %v) = %q, want %q", c.w, c.f, c.ascii, got, c.want)
		}
		if c.w > 0 && ansi.StringWidth(got) != c.w {
			t.Errorf("Gauge(%d, %g) is %d cells", c.w, c.f, ansi.StringWidth(got))
		}
	}
}
