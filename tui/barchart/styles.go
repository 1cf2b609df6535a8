package barchart

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles is how a chart is painted. Start from DefaultStyles or PlainStyles
// and change fields; a zero Styles is treated as PlainStyles.
type Styles struct {
	Title    lipgloss.Style
	Label    lipgloss.Style
	Value    lipgloss.Style
	Negative lipgloss.Style // value text of a bar whose total is below zero
	Axis     lipgloss.Style // the zero axis and the scale line
	Legend   lipgloss.Style // series names in the legend
	// Palette colours series whose own Style sets no foreground.
	Palette []color.Color
	// NoColor means no escape sequences at all (NO_COLOR, dumb terminals):
	// stacked series are then told apart by characters, not colours.
	NoColor bool

	set bool // made by a constructor, so a zero Styles can be detected
}

// DefaultStyles are colours that read on a dark or a light background and
// keep distinct hues when a 256- or 16-colour client downsamples them.
func DefaultStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	muted := c("#6B7280", "#9CA3AF")
	return Styles{
		Title:    lipgloss.NewStyle().Bold(true),
		Label:    lipgloss.NewStyle(),
		Value:    lipgloss.NewStyle(),
		Negative: lipgloss.NewStyle().Foreground(c("#B91C1C", "#F87171")),
		Axis:     lipgloss.NewStyle().Foreground(muted),
		Legend:   lipgloss.NewStyle(),
		Palette: []color.Color{
			c("#1D4ED8", "#60A5FA"), // blue
			c("#B45309", "#FBBF24"), // amber
			c("#047857", "#34D399"), // green
			c("#A21CAF", "#E879F9"), // magenta
			c("#0E7490", "#22D3EE"), // cyan
			c("#B91C1C", "#F87171"), // red
		},
		set: true,
	}
}

// PlainStyles emit no escape sequences, for NO_COLOR and for golden tests.
func PlainStyles() Styles { return Styles{NoColor: true, set: true} }

// seriesPaint is the resolved look of one series.
type seriesPaint struct {
	style lipgloss.Style
	fg    color.Color // nil when the series has no colour
}

// resolve gives every series index below n its style: the series' own style
// when it sets a foreground, else the palette's colour.
func (st Styles) resolve(series []Series, n int) []seriesPaint {
	out := make([]seriesPaint, n)
	if st.NoColor {
		return out
	}
	for i := range out {
		var s lipgloss.Style
		if i < len(series) {
			s = series[i].Style
		}
		fg := s.GetForeground()
		if _, none := fg.(lipgloss.NoColor); none {
			fg = nil
			if len(st.Palette) > 0 {
				fg = st.Palette[i%len(st.Palette)]
				s = s.Foreground(fg)
			}
		}
		out[i] = seriesPaint{style: s, fg: fg}
	}
	return out
}

// paint renders s in the style unless the chart is plain.
func (st Styles) paint(style lipgloss.Style, s string) string {
	if st.NoColor || s == "" {
		return s
	}
	return style.Render(s)
}
