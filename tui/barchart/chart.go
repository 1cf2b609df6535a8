package barchart

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/i18n"
	"khuyencong/vntext"
)

// Chart is a horizontal bar chart. Each bar's value text is its total; its
// segments are stacked in series order, positive ones to the right of zero,
// negative ones to the left.
type Chart struct {
	Title  string
	Bars   []Bar
	Series []Series // names and looks for the legend, by index into Bar.Values
	// Format writes values (bar totals, scale); nil groups thousands with '.'.
	Format func(int64) string
	// ASCII draws with '#' (other series '=', '+', …) in whole cells, for
	// fonts and terminals without block elements.
	ASCII  bool
	Styles Styles    // zero value = PlainStyles()
	Lang   i18n.Lang // language of the "no data" line
}

// Bar is one row: a label and one stacked segment per series.
type Bar struct {
	Label  string
	Values []int64
}

// Series names a stacked segment for the legend; Style's foreground colours
// it (when unset, the palette of Styles is used).
type Series struct {
	Name  string
	Style lipgloss.Style
}

// Render draws the chart in at most width cells per line: the title, one
// line per bar, the scale line and the legend. It never panics: width 0
// gives "", and widths too small for bars give labels and values only.
func (c Chart) Render(width int) string {
	if width <= 0 {
		return ""
	}
	st := c.Styles
	if !st.set {
		st = PlainStyles()
	}
	var lines []string
	if t := vntext.CleanLine(c.Title); t != "" {
		lines = append(lines, st.paint(st.Title, ansi.Truncate(t, width, ellipsis)))
	}
	if len(c.Bars) == 0 {
		msg := ansi.Truncate(c.Lang.T(MsgNoData), width, ellipsis)
		return strings.Join(append(lines, st.paint(st.Label, msg)), "\n")
	}
	l := newLayout(c, st, width)
	for i := range c.Bars {
		lines = append(lines, l.barLine(i))
	}
	if l.barW > 0 {
		lines = append(lines, l.scaleLine())
	}
	lines = append(lines, l.legend(c.Series)...)
	return strings.Join(lines, "\n")
}
