package tui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// groupInt writes n with '.' between thousands, as Vietnamese users write
// counts: 20312 → "20.312".
func groupInt(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// shortPath makes a database path fit in max cells: the home directory
// becomes "~" and the middle gives way to "…", keeping the file name.
func shortPath(p string, max int) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(p, home+string(filepath.Separator)) {
		p = "~" + p[len(home):]
	}
	if max <= 0 {
		return ""
	}
	if ansi.StringWidth(p) <= max {
		return p
	}
	base := filepath.Base(p)
	if ansi.StringWidth(base)+1 >= max {
		return ansi.Truncate(base, max, "…")
	}
	head := ansi.Truncate(p, max-ansi.StringWidth(base)-2, "")
	return head + "…" + string(filepath.Separator) + base
}

// fit crops or pads s to exactly w cells by h lines, so that no part of the
// app can draw outside its box whatever the terminal size (down to 0×0).
func fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = padRight(ansi.Truncate(l, w, ""), w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines, "\n")
}

// padRight pads a (possibly styled) line with spaces to w cells.
func padRight(s string, w int) string {
	if d := w - ansi.StringWidth(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// cut shortens text to w cells at a character boundary with "…".
func cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// center places s in the middle of a w×h box.
func center(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	return fit(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, s), w, h)
}
