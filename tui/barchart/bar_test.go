package barchart

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// One label cell, a space, ten bar cells, a space, two value cells: max 80
// over 10 cells makes one unit of value exactly one eighth of a cell.
func tenCellChart(v int64) Chart {
	return Chart{Format: itoa, Bars: []Bar{{Label: "a", Values: []int64{80}}, {Label: "b", Values: []int64{v}}}}
}

func TestBarEighths(t *testing.T) {
	cases := []struct {
		v    int64
		want string
	}{
		{80, "██████████"},
		{79, "█████████▉"},
		{45, "█████▋    "}, // 5 cells + 5/8
		{44, "█████▌    "}, // 5 cells + 4/8
		{40, "█████     "},
		{8, "█         "},
		{3, "▍         "},
		{1, "▏         "}, // 1/80 of the maximum
		{0, "          "},
	}
	for _, c := range cases {
		ls := lines(t, tenCellChart(c.v), 15)
		if got := cut(ls[1], 2, 12); got != c.want {
			t.Errorf("value %d: bar %q, want %q (line %q)", c.v, got, c.want, ls[1])
		}
		if got := eighthsOf(cut(ls[1], 2, 12)); got != int(c.v) {
			t.Errorf("value %d: %d eighths", c.v, got)
		}
	}
}

func TestBarGolden(t *testing.T) {
	c := Chart{Title: "Theo huyện", Format: itoa, Bars: []Bar{
		{Label: "Vĩnh Yên", Values: []int64{80}},
		{Label: "Phúc Yên", Values: []int64{45}},
		{Label: "Bình Xuyên", Values: []int64{1}},
		{Label: "Tam Đảo", Values: []int64{0}},
	}}
	want := strings.Join([]string{
		"Theo huyện",
		"Vĩnh Yên   ████████████████ 80",
		"Phúc Yên   █████████        45",
		"Bình Xuyên ▎                 1",
		"Tam Đảo                      0",
		"           0 ─────────── 80",
	}, "\n")
	if got := c.Render(30); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTinyValueShowsSliver(t *testing.T) {
	c := Chart{Format: itoa, Bars: []Bar{{Label: "a", Values: []int64{1_000_000_000}}, {Label: "b", Values: []int64{1}}}}
	ls := lines(t, c, 40)
	if !strings.Contains(ls[1], "▏") {
		t.Errorf("a non-zero value must not look like zero: %q", ls[1])
	}
}

func TestFillStackedExact(t *testing.T) {
	values := [][]float64{
		{1, 1, 1},
		{33, 33, 34},
		{7, 0.5, 12.25, 3},
		{1e18, 3e17, 9e18},
	}
	for _, vs := range values {
		var segs []seg
		sum := 0.0
		for i, v := range vs {
			segs = append(segs, seg{i, v})
			sum += v
		}
		for _, maxSum := range []float64{sum, sum * 1.7, sum * 13} {
			for _, cells := range []int{1, 7, 10, 33} {
				for _, q := range []int{1, 4, 8} {
					f := fill(segs, maxSum, cells, q)
					units := cells * 8 / q
					want := max(int(roundHalf(sum/maxSum*float64(units))), 1) * q
					if len(f) != want {
						t.Errorf("%v max %g cells %d q %d: %d eighths, want %d", vs, maxSum, cells, q, len(f), want)
					}
					// Each segment ends where its running total rounds to.
					cum, end := 0.0, 0
					for i, s := range segs {
						cum += s.v
						e := int(roundHalf(cum/maxSum*float64(units))) * q
						end += count(f, i)
						if e > 0 && end != e {
							t.Errorf("%v cells %d q %d: segment %d ends at %d, want %d", vs, cells, q, i, end, e)
						}
					}
				}
			}
		}
	}
}

func roundHalf(x float64) float64 { return float64(int(x + 0.5)) }

func count(f []int, s int) int {
	n := 0
	for _, v := range f {
		if v == s {
			n++
		}
	}
	return n
}

func TestStackedASCIIAndNoColor(t *testing.T) {
	c := Chart{Format: itoa, Series: []Series{{Name: "KCQG"}, {Name: "KCĐP"}, {Name: "Khác"}}, Bars: []Bar{
		{Label: "2022", Values: []int64{40, 30, 10}},
		{Label: "2023", Values: []int64{25, 0, 15}},
	}}
	for _, ascii := range []bool{true, false} {
		c.ASCII = ascii
		ls := lines(t, c, 18) // 4 + 1 + 10 + 1 + 2: ten bar cells
		want := []string{
			"2022 #####====+ 80",
			"2023 ###++      40",
			"     0 ───── 80",
			"# KCQG  = KCĐP",
			"+ Khác",
		}
		if ascii {
			want[2] = "     0 ----- 80"
		}
		if strings.Join(ls, "\n") != strings.Join(want, "\n") {
			t.Errorf("ascii=%v got\n%s\nwant\n%s", ascii, strings.Join(ls, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestStackedColourBoundary(t *testing.T) {
	c := Chart{Format: itoa, Styles: DefaultStyles(true), Series: []Series{{Name: "A"}, {Name: "B"}}, Bars: []Bar{
		{Label: "a", Values: []int64{44, 36}}, // boundary at 44/8 = 5 cells + 4/8
	}}
	ls := lines(t, c, 15)
	plain := ansi.Strip(ls[0])
	if got := cut(plain, 2, 12); got != "█████▌████" {
		t.Errorf("bar %q", got)
	}
	// The half cell shows the second series as its background.
	if !strings.Contains(ls[0], "48;2;") {
		t.Errorf("no background colour at the boundary: %q", ls[0])
	}
}

func TestNegativeBars(t *testing.T) {
	c := Chart{Format: itoa, Bars: []Bar{
		{Label: "Lãi", Values: []int64{80}},
		{Label: "Lỗ", Values: []int64{-40}},
		{Label: "Hòa", Values: []int64{-15}}, // 2.625 cells: halves without colour
	}}
	got := c.Render(30)
	want := strings.Join([]string{
		"Lãi        │██████████████  80",
		"Lỗ  ███████│               -40",
		"Hòa     ▐██│               -15",
		"    -40 ── 0 ───── 50 ─ 80",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// The axis stays in one column on every bar line.
	for _, l := range strings.Split(got, "\n")[:3] {
		if cut(l, 11, 12) != "│" {
			t.Errorf("axis not at column 11: %q", l)
		}
	}
	c.ASCII = true
	if l := strings.Split(c.Render(30), "\n")[1]; l != "Lỗ  #######|               -40" {
		t.Errorf("ascii negative %q", l)
	}
}

func TestNegativeColourEighths(t *testing.T) {
	c := Chart{Format: itoa, Styles: DefaultStyles(false), Bars: []Bar{
		{Label: "a", Values: []int64{-3}},
		{Label: "b", Values: []int64{-80}},
	}}
	ls := lines(t, c, 17) // ten cells left of the axis
	// 3/8 on the right of the cell next to the axis: a 5/8 left block in
	// reverse video.
	if !strings.Contains(ls[0], "\x1b[7;") || !strings.Contains(ansi.Strip(ls[0]), "▋│") {
		t.Errorf("negative eighths: %q", ls[0])
	}
}

func TestAllNegative(t *testing.T) {
	c := Chart{Format: itoa, Bars: []Bar{{Label: "a", Values: []int64{-80}}, {Label: "b", Values: []int64{-40}}}}
	ls := lines(t, c, 20)
	if !strings.HasSuffix(cut(ls[0], 0, 16), "│") || !strings.Contains(ls[1], "█│") {
		t.Errorf("all-negative chart:\n%s", strings.Join(ls, "\n"))
	}
}
