package barchart

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"

	"khuyencong/i18n"
)

func sampleCharts() map[string]Chart {
	districts := []string{"Vĩnh Yên", "Phúc Yên", "Bình Xuyên", "Tam Dương", "Tam Đảo", "Lập Thạch", "Sông Lô", "Vĩnh Tường", "Yên Lạc"}
	var bars []Bar
	for i, d := range districts {
		bars = append(bars, Bar{Label: d, Values: []int64{int64(i+1) * 123_456_789, int64(i%3) * 50_000_000}})
	}
	series := []Series{{Name: "Khuyến công quốc gia"}, {Name: "Khuyến công địa phương"}}
	return map[string]Chart{
		"stacked": {Title: "Kinh phí hỗ trợ theo huyện", Bars: bars, Series: series},
		"long labels": {Title: "Theo nội dung", Bars: []Bar{
			{Label: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến", Values: []int64{2_170_000_000}},
			{Label: "Hội chợ, triển lãm, sản phẩm tiêu biểu", Values: []int64{300_000_000}},
		}},
		"mixed signs": {Bars: []Bar{
			{Label: "2022", Values: []int64{2_170_000_000, -500_000_000}},
			{Label: "2023", Values: []int64{-1_000_000_000, 400_000_000}},
		}, Series: series},
		"huge": {Bars: []Bar{
			{Label: "max", Values: []int64{math.MaxInt64, math.MaxInt64}},
			{Label: "min", Values: []int64{math.MinInt64, math.MinInt64}},
			{Label: "one", Values: []int64{1}},
		}},
		"zeros":   {Title: "Zero", Bars: []Bar{{Label: "a", Values: []int64{0}}, {Label: "b"}, {Label: "", Values: []int64{0, 0}}}},
		"empty":   {Title: "Không có gì"},
		"nolabel": {Bars: []Bar{{Values: []int64{5}}, {Values: []int64{3}}}},
	}
}

func allStyles() map[string]Styles {
	return map[string]Styles{"plain": PlainStyles(), "dark": DefaultStyles(true), "light": DefaultStyles(false), "zero": {}}
}

// Every line fits the width, at every width, in every mode; nothing panics.
func TestWidthContract(t *testing.T) {
	for name, c := range sampleCharts() {
		for sname, st := range allStyles() {
			for _, ascii := range []bool{false, true} {
				c.Styles, c.ASCII = st, ascii
				for w := -1; w <= 130; w++ {
					ls := lines(t, c, w)
					if w <= 0 && ls != nil {
						t.Errorf("%s/%s width %d: %q", name, sname, w, ls)
					}
				}
			}
		}
	}
}

func TestPlainHasNoEscapes(t *testing.T) {
	for name, c := range sampleCharts() {
		for _, st := range []Styles{PlainStyles(), {}} {
			c.Styles = st
			if out := c.Render(80); strings.Contains(out, "\x1b") {
				t.Errorf("%s: escape in plain output %q", name, out)
			}
		}
	}
	c := sampleCharts()["stacked"]
	c.Styles = DefaultStyles(true)
	if !strings.Contains(c.Render(80), "\x1b[") {
		t.Error("default styles drew no colour")
	}
}

// barStart is the column of the first bar glyph on a plain line.
func barStart(line string) int {
	i := strings.IndexAny(line, "█▏▎▍▌▋▊▉#")
	if i < 0 {
		return -1
	}
	return ansi.StringWidth(line[:i])
}

func TestVietnameseLabelsAlign(t *testing.T) {
	names := []string{"Nguyễn Thị Hường", "Vĩnh Tường", "Đồng", "Lập Thạch"}
	var bars []Bar
	for i, n := range names {
		bars = append(bars, Bar{Label: norm.NFC.String(n), Values: []int64{int64(10 + i)}})
		bars = append(bars, Bar{Label: norm.NFD.String(n), Values: []int64{int64(10 + i)}})
	}
	for _, w := range []int{24, 40, 80} {
		ls := lines(t, Chart{Format: itoa, Bars: bars}, w)
		col := barStart(ls[0])
		for i, l := range ls[:len(bars)] {
			if got := barStart(l); got != col {
				t.Errorf("width %d line %d: bar at %d, want %d: %q", w, i, got, col, l)
			}
			if i%2 == 1 && l != ls[i-1] {
				t.Errorf("width %d: NFD label drew %q, NFC %q", w, l, ls[i-1])
			}
		}
	}
}

func TestLabelCutAtGrapheme(t *testing.T) {
	label := norm.NFD.String("Hỗ trợ ứng dụng máy móc thiết bị tiên tiến")
	ls := lines(t, Chart{Format: itoa, Bars: []Bar{{Label: label, Values: []int64{1}}}}, 30)
	got := strings.TrimRight(cut(ls[0], 0, 10), " ")
	if got != "Hỗ trợ ứn…" {
		t.Errorf("cut label %q", got)
	}
	if !norm.NFC.IsNormalString(got) {
		t.Errorf("cut label not NFC: %q", got)
	}
}

func TestLabelsSanitized(t *testing.T) {
	c := Chart{Title: "T\x1b]52;c;aGk=\x07x", Format: itoa, Bars: []Bar{{Label: "a\x1b[31mb\nc", Values: []int64{1}}}}
	out := c.Render(40)
	if strings.ContainsAny(out, "\x1b\x07") || strings.Count(out, "\n") != 2 {
		t.Errorf("unsafe text reached the screen: %q", out)
	}
}

func TestEmptyChart(t *testing.T) {
	c := Chart{Title: "Theo huyện"}
	if got, want := c.Render(40), "Theo huyện\n"+i18n.VI.T(MsgNoData); got != want {
		t.Errorf("got %q want %q", got, want)
	}
	c.Lang = i18n.EN
	if got := c.Render(40); !strings.HasSuffix(got, i18n.EN.T(MsgNoData)) {
		t.Errorf("english: %q", got)
	}
	if got := (Chart{}).Render(3); ansi.StringWidth(got) > 3 {
		t.Errorf("untitled empty chart too wide: %q", got)
	}
}

func TestZeroValues(t *testing.T) {
	got := Chart{Format: itoa, Bars: []Bar{{Label: "a", Values: []int64{0}}, {Label: "b"}}}.Render(12)
	want := "a          0\nb          0\n  0 ──────"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestHugeValues(t *testing.T) {
	c := sampleCharts()["huge"]
	ls := lines(t, c, 80)
	if !strings.Contains(ls[0], "9.223.372.036.854.775.807") || !strings.Contains(ls[1], "-9.223.372.036.854.775.808") {
		t.Errorf("totals must saturate, not wrap:\n%s", strings.Join(ls, "\n"))
	}
	if !strings.Contains(ls[2], "│#") { // stacked without colour: whole cells
		t.Errorf("1 beside MaxInt64 must still show: %q", ls[2])
	}
	one := Chart{Bars: []Bar{{Label: "a", Values: []int64{math.MaxInt64}}, {Label: "b", Values: []int64{1}}}}
	if ls := lines(t, one, 60); !strings.Contains(ls[1], "b ▏") {
		t.Errorf("1 beside MaxInt64 must still show: %q", ls[1])
	}
}

func TestNarrowShowsLabelsAndValues(t *testing.T) {
	c := Chart{Format: itoa, Bars: []Bar{{Label: "Vĩnh Tường", Values: []int64{1234}}, {Label: "Sông Lô", Values: []int64{5}}}}
	if got, want := c.Render(12), "Vĩnh T… 1234\nSông Lô    5"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	if got, want := c.Render(5), "1234\n   5"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	for w := 0; w <= 5; w++ {
		for _, ch := range sampleCharts() {
			lines(t, ch, w)
		}
	}
}

func TestScaleTicks(t *testing.T) {
	c := Chart{Format: itoa, Bars: []Bar{{Label: "a", Values: []int64{80}}}}
	ls := lines(t, c, 60)
	scale := ls[len(ls)-1]
	for _, tick := range []string{"0 ", " 20 ", " 40 ", " 60 ", " 80"} {
		if !strings.Contains(scale, tick) {
			t.Errorf("scale %q lacks %q", scale, tick)
		}
	}
	// Each tick label ends under the end of a bar of that value.
	bar := Chart{Format: itoa, Bars: []Bar{{Label: "a", Values: []int64{80}}, {Label: "b", Values: []int64{40}}}}
	bl := lines(t, bar, 60)
	end := ansi.StringWidth(strings.TrimRight(ansi.Strip(bl[1]), " 0123456789"))
	idx := strings.Index(bl[2], "40")
	if tickEnd := ansi.StringWidth(bl[2][:idx]) + 2; tickEnd != end {
		t.Errorf("tick 40 ends at %d, bar of 40 at %d\n%s", tickEnd, end, strings.Join(bl, "\n"))
	}
}

func TestLegendColourSwatch(t *testing.T) {
	c := sampleCharts()["stacked"]
	c.Styles = DefaultStyles(true)
	ls := lines(t, c, 80)
	legend := ansi.Strip(ls[len(ls)-1])
	if legend != "█ Khuyến công quốc gia  █ Khuyến công địa phương" {
		t.Errorf("legend %q", legend)
	}
	c.Styles = PlainStyles()
	ls = lines(t, c, 30) // wraps
	if got := strings.Join(ls[len(ls)-2:], "|"); got != "# Khuyến công quốc gia|= Khuyến công địa phương" {
		t.Errorf("wrapped legend %q", got)
	}
}

func TestDefaultFormat(t *testing.T) {
	cases := map[int64]string{0: "0", 999: "999", 1000: "1.000", -56250000: "-56.250.000", 2170000000: "2.170.000.000",
		math.MinInt64: "-9.223.372.036.854.775.808"}
	for v, want := range cases {
		if got := groupThousands(v); got != want {
			t.Errorf("%d: %q want %q", v, got, want)
		}
	}
}

func TestStylesAdapt(t *testing.T) {
	d, l := DefaultStyles(true), DefaultStyles(false)
	if d.Palette[0] == l.Palette[0] {
		t.Error("dark and light palettes are the same")
	}
	if !PlainStyles().NoColor || d.NoColor {
		t.Error("NoColor flags")
	}
}

func BenchmarkRender(b *testing.B) {
	c := sampleCharts()["stacked"]
	c.Styles = DefaultStyles(true)
	for b.Loop() {
		_ = c.Render(120)
	}
}
