package kit

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"khuyencong/tui/vtable"
)

// Styles is one session's look. It is rebuilt when the terminal reports its
// background (BackgroundColorMsg), so every session adapts on its own; no
// package-level style may exist, since one process serves many terminals.
type Styles struct {
	IsDark, NoColor, Ascii bool
	border                 lipgloss.Border
	Bullet, Dot            string // list bullet and separator, ASCII when asked

	TabActive, TabInactive, TabSep, TabBar lipgloss.Style
	StatusBar, StatusUser, StatusPath      lipgloss.Style
	Info, Error, Warn                      lipgloss.Style

	Title, Heading, Label, Value, Muted lipgloss.Style
	Selected, Deleted, Money            lipgloss.Style
	Pane, Dialog, Match                 lipgloss.Style

	Help help.Styles

	memo *memo // the bars last drawn with these styles (memo.go)
}

// palette holds the few colours of the app; nil entries mean "no colour".
type palette struct {
	accent, muted, ok, bad, warn, selBg, selFg, barBg color.Color
}

func newPalette(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	return palette{
		accent: ld(lipgloss.Color("#1F5FAF"), lipgloss.Color("#6CB6FF")),
		muted:  ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8A8A")),
		ok:     ld(lipgloss.Color("#1E7B34"), lipgloss.Color("#5FD37A")),
		bad:    ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF6B6B")),
		warn:   ld(lipgloss.Color("#8A5A00"), lipgloss.Color("#F0C050")),
		selBg:  ld(lipgloss.Color("#CFE3FF"), lipgloss.Color("#2B3F5C")),
		selFg:  ld(lipgloss.Color("#000000"), lipgloss.Color("#FFFFFF")),
		barBg:  ld(lipgloss.Color("#E4E4E4"), lipgloss.Color("#262626")),
	}
}

// NewStyles builds the styles for a background; noColor keeps only bold,
// faint and reverse, which read without colour (NO_COLOR); ascii swaps the
// box-drawing borders for plain characters (PuTTY without UTF-8).
func NewStyles(isDark, noColor, ascii bool) *Styles {
	s := &Styles{IsDark: isDark, NoColor: noColor, Ascii: ascii, border: lipgloss.RoundedBorder(), memo: &memo{}}
	s.Bullet, s.Dot = "•", "·"
	if ascii {
		s.border = lipgloss.ASCIIBorder()
		s.Bullet, s.Dot = "-", "|"
	}
	p := newPalette(isDark)
	if noColor {
		p = palette{}
	}
	fg := func(c color.Color) lipgloss.Style {
		st := lipgloss.NewStyle()
		if c != nil {
			st = st.Foreground(c)
		}
		return st
	}
	s.TabActive = fg(p.accent).Bold(true).Underline(true).Padding(0, 1)
	s.TabInactive = fg(p.muted).Padding(0, 1)
	s.TabSep = fg(p.muted)
	s.TabBar = lipgloss.NewStyle()
	s.StatusBar = lipgloss.NewStyle()
	if p.barBg != nil {
		s.StatusBar = s.StatusBar.Background(p.barBg)
	}
	s.StatusUser = s.StatusBar.Bold(true).Padding(0, 1)
	s.StatusPath = s.StatusBar.Faint(noColor).Padding(0, 1)
	if p.muted != nil {
		s.StatusPath = s.StatusPath.Foreground(p.muted)
	}
	s.Info = fg(p.ok)
	s.Error = fg(p.bad).Bold(true)
	s.Warn = fg(p.warn)
	s.Title = fg(p.accent).Bold(true)
	s.Heading = fg(p.accent).Bold(true)
	s.Label = fg(p.muted)
	s.Value = lipgloss.NewStyle()
	s.Muted = fg(p.muted).Faint(noColor)
	s.Money = lipgloss.NewStyle().Align(lipgloss.Right)
	s.Deleted = fg(p.muted).Strikethrough(true)
	s.Match = fg(p.warn).Bold(true).Underline(noColor)
	s.Selected = lipgloss.NewStyle().Bold(true)
	if noColor {
		s.Selected = s.Selected.Reverse(true)
	} else {
		s.Selected = s.Selected.Background(p.selBg).Foreground(p.selFg)
	}
	s.Pane = lipgloss.NewStyle().Border(s.border).Padding(0, 1)
	s.Dialog = lipgloss.NewStyle().Border(s.border).Padding(1, 2)
	if p.accent != nil {
		s.Pane = s.Pane.BorderForeground(p.muted)
		s.Dialog = s.Dialog.BorderForeground(p.accent)
	}
	s.Help = helpStyles(isDark, noColor)
	return s
}

func helpStyles(isDark, noColor bool) help.Styles {
	if !noColor {
		return help.DefaultStyles(isDark)
	}
	plain := lipgloss.NewStyle()
	return help.Styles{
		Ellipsis:       plain,
		ShortKey:       plain.Bold(true),
		ShortDesc:      plain,
		ShortSeparator: plain,
		FullKey:        plain.Bold(true),
		FullDesc:       plain,
		FullSeparator:  plain,
	}
}

// TableStyles are the virtual table's looks for this session.
func TableStyles(st *Styles) vtable.Styles {
	if st.NoColor {
		return vtable.PlainStyles()
	}
	return vtable.DefaultStyles(st.IsDark)
}
