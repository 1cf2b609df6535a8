package vtable

import (
	"image/color"

	"strings"

	"charm.land/lipgloss/v2"
)

// Styles are the table's looks. Only text attributes count (colours, bold,
// italic, faint, underline, reverse, strikethrough): the table sets widths
// and alignment itself, so padding, margins, borders and widths are
// ignored. The table writes the attributes' escape sequences directly,
// rather than calling Render per cell, to keep a frame cheap.
type Styles struct {
	Header   lipgloss.Style
	Cell     lipgloss.Style
	Selected lipgloss.Style // the cursor's row
	Match    lipgloss.Style // filter matches inside cells
	Footer   lipgloss.Style
	// Marker, if not empty, is a one-cell mark drawn left of the selected
	// row (other rows get a space), for terminals without colours.
	Marker string
}

// DefaultStyles are colour styles for a dark or light background.
func DefaultStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	return Styles{
		Header: lipgloss.NewStyle().Bold(true).Foreground(ld(lipgloss.Color("#4B47C9"), lipgloss.Color("#9D9AFF"))),
		Cell:   lipgloss.NewStyle(),
		Selected: lipgloss.NewStyle().
			Foreground(ld(lipgloss.Color("#111111"), lipgloss.Color("#FFFFFF"))).
			Background(ld(lipgloss.Color("#D7DAFF"), lipgloss.Color("#3B3A78"))),
		Match:  lipgloss.NewStyle().Bold(true).Underline(true).Foreground(ld(lipgloss.Color("#B0126F"), lipgloss.Color("#FF9BD6"))),
		Footer: lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#5C5C5C"), lipgloss.Color("#A0A0A0"))),
	}
}

// PlainStyles are for NO_COLOR: attributes only, and a '>' marker so the
// selected row shows even where reverse video is lost.
func PlainStyles() Styles {
	return Styles{
		Header:   lipgloss.NewStyle().Bold(true),
		Cell:     lipgloss.NewStyle(),
		Selected: lipgloss.NewStyle().Reverse(true),
		Match:    lipgloss.NewStyle().Underline(true),
		Footer:   lipgloss.NewStyle(),
		Marker:   ">",
	}
}

// sgr is a style as the escape sequences that turn it on and off.
type sgr struct{ on, off string }

type sgrSet struct{ header, cell, selected, match, footer sgr }

func toSGR(s lipgloss.Style) sgr {
	t := lipgloss.NewStyle().Bold(s.GetBold()).Italic(s.GetItalic()).Faint(s.GetFaint()).
		Blink(s.GetBlink()).Reverse(s.GetReverse()).Strikethrough(s.GetStrikethrough()).
		UnderlineStyle(s.GetUnderlineStyle())
	if c := s.GetForeground(); isColor(c) {
		t = t.Foreground(c)
	}
	if c := s.GetBackground(); isColor(c) {
		t = t.Background(c)
	}
	if c := s.GetUnderlineColor(); isColor(c) {
		t = t.UnderlineColor(c)
	}
	out := t.Render("x")
	i := strings.IndexByte(out, 'x')
	if i < 0 {
		return sgr{}
	}
	return sgr{on: out[:i], off: out[i+1:]}
}

func (s Styles) sgr() sgrSet {
	return sgrSet{
		header:   toSGR(s.Header),
		cell:     toSGR(s.Cell),
		selected: toSGR(s.Selected),
		match:    toSGR(s.Match),
		footer:   toSGR(s.Footer),
	}
}

func (m *Model) markerWidth() int {
	if m.styles.Marker != "" {
		return 1
	}
	return 0
}

// isColor is false for lipgloss's "no colour" value, which the getters
// return for an unset colour (never nil).
func isColor(c color.Color) bool {
	_, none := c.(lipgloss.NoColor)
	return c != nil && !none
}
