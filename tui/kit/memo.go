package kit

import (
	"strconv"
	"strings"
	"sync"
)

// memo keeps the last drawing of each bar (the tab bar, the status bar)
// with what it was drawn from. Every session draws its whole frame after
// each save, and styling the bars' few words with lipgloss cost more than
// the rest of a frame but a table; the bars rarely change between frames.
// It belongs to one Styles, whose looks are fixed, so its keys need only
// the text and the width.
type memo struct {
	mu  sync.Mutex
	key [memoParts]string
	out [memoParts]string
}

const (
	memoTabs = iota
	memoStatus
	memoParts
)

// get returns the drawing of part for key, drawing it on a miss.
func (m *memo) get(part int, key string, draw func() string) string {
	if m == nil {
		return draw()
	}
	m.mu.Lock()
	if m.key[part] == key && m.out[part] != "" {
		out := m.out[part]
		m.mu.Unlock()
		return out
	}
	m.mu.Unlock()
	out := draw()
	m.mu.Lock()
	m.key[part], m.out[part] = key, out
	m.mu.Unlock()
	return out
}

// tabsKey is what TabBar draws from: the titles, long and short, the
// active tab and the width.
func tabsKey(tabs []Tab, active, width int) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(active))
	b.WriteByte(0)
	b.WriteString(strconv.Itoa(width))
	for _, t := range tabs {
		b.WriteByte(0)
		b.WriteString(t.Title())
		if s, ok := t.(ShortTitler); ok {
			b.WriteByte(1)
			b.WriteString(s.ShortTitle())
		}
	}
	return b.String()
}

// statusKey is what StatusBar draws from.
func statusKey(c *Session, s Status, width int) string {
	return strings.Join([]string{strconv.Itoa(int(s.Level)), s.Text, strconv.Itoa(width),
		c.Config.Actor.Name, c.Config.Actor.Role.Label(c.Lang), c.Config.DBPath}, "\x00")
}
