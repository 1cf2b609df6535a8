package kit

import (
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// level is the kind of a status message; each has a sign so that it reads
// without colour (NO_COLOR, monochrome terminals).
type level uint8

const (
	LevelInfo level = iota
	LevelWarn
	LevelError
)

// Status is the last message shown in the status bar.
type Status struct {
	Level level
	Text  string
	At    time.Time
}

// StatusMsg asks the root to show a message.
type StatusMsg Status

func (c *Session) Mark(l level) string {
	switch {
	case l == LevelError && c.Styles.Ascii:
		return "x"
	case l == LevelError:
		return "✗"
	case l == LevelWarn:
		return "!"
	case c.Styles.Ascii:
		return "+"
	}
	return "✓"
}

// StatusBar draws "user · role · database · ✓ message" on one line.
func StatusBar(c *Session, s Status, width int) string {
	return c.Styles.memo.get(memoStatus, statusKey(c, s, width), func() string { return statusBar(c, s, width) })
}

func statusBar(c *Session, s Status, width int) string {
	st := c.Styles
	user := st.StatusUser.Render(c.Config.Actor.Name + " " + st.Dot + " " + c.Config.Actor.Role.Label(c.Lang))
	msg := ""
	if s.Text != "" {
		style := st.Info
		switch s.Level {
		case LevelWarn:
			style = st.Warn
		case LevelError:
			style = st.Error
		}
		msg = style.Inherit(st.StatusBar).Render(" " + c.Mark(s.Level) + " " + s.Text + " ")
	}
	room := width - lipgloss.Width(user) - 2
	if w := lipgloss.Width(msg); w > room*2/3 {
		msg = ansi.Truncate(msg, max(room*2/3, 0), "…")
	}
	pathRoom := room - lipgloss.Width(msg)
	path := ""
	if pathRoom > 4 {
		path = st.StatusPath.Render(ShortPath(c.Config.DBPath, pathRoom-2))
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
