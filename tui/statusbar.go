package tui

import (
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// level is the kind of a status message; each has a sign so that it reads
// without colour (NO_COLOR, monochrome terminals).
type level uint8

const (
	levelInfo level = iota
	levelWarn
	levelError
)

// status is the last message shown in the status bar.
type status struct {
	level level
	text  string
	at    time.Time
}

// statusMsg asks the root to show a message.
type statusMsg status

func (c *common) mark(l level) string {
	switch {
	case l == levelError && c.st.ascii:
		return "x"
	case l == levelError:
		return "✗"
	case l == levelWarn:
		return "!"
	case c.st.ascii:
		return "+"
	}
	return "✓"
}

// statusBar draws "user · role · database · ✓ message" on one line.
func statusBar(c *common, s status, width int) string {
	st := c.st
	user := st.StatusUser.Render(c.cfg.Actor.Name + " " + st.dot + " " + c.cfg.Actor.Role.Label(c.lang))
	msg := ""
	if s.text != "" {
		style := st.Info
		switch s.level {
		case levelWarn:
			style = st.Warn
		case levelError:
			style = st.Error
		}
		msg = style.Inherit(st.StatusBar).Render(" " + c.mark(s.level) + " " + s.text + " ")
	}
	room := width - lipgloss.Width(user) - 2
	if w := lipgloss.Width(msg); w > room*2/3 {
		msg = ansi.Truncate(msg, max(room*2/3, 0), "…")
	}
	pathRoom := room - lipgloss.Width(msg)
	path := ""
	if pathRoom > 4 {
		path = st.StatusPath.Render(shortPath(c.cfg.DBPath, pathRoom-2))
	}
	left := user + path
	gap := width - lipgloss.Width(left) - lipgloss.Width(msg)
	line := left + st.StatusBar.Render(spaces(gap)) + msg
	return ansi.Truncate(line, max(width, 0), "")
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}
