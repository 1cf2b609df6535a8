package kit

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// KeyList is a help.KeyMap made of plain slices, so any part of the app can
// say which keys it offers without a type of its own.
type KeyList struct {
	Short []key.Binding
	Full  [][]key.Binding
}

func (k KeyList) ShortHelp() []key.Binding  { return k.Short }
func (k KeyList) FullHelp() [][]key.Binding { return k.Full }

// WithGlobal adds the keys that work everywhere to a part's keys: short
// help gets "?" and quit at the end, full help a column of its own.
func WithGlobal(km Keys, tabKey key.Binding, part help.KeyMap) KeyList {
	short := append([]key.Binding{}, part.ShortHelp()...)
	short = append(short, km.Help, km.Quit)
	full := append([][]key.Binding{}, part.FullHelp()...)
	full = append(full, []key.Binding{tabKey, km.NextTab, km.PrevTab, km.Mouse, km.Help, km.Quit, km.ForceQuit})
	return KeyList{Short: short, Full: full}
}

// HelpFooter draws the one-line help.
func HelpFooter(h help.Model, keys help.KeyMap, width int) string {
	h.SetWidth(width)
	return h.ShortHelpView(keys.ShortHelp())
}

// HelpPage draws every key of the current context (the "?" page). Unlike
// bubbles' full help, which drops the columns that do not fit, it lists
// the keys top to bottom and starts a new column when one is full.
func HelpPage(c *Session, h help.Model, keys help.KeyMap, width, height int) string {
	st := h.Styles
	var items []string
	seen := map[string]bool{}
	kw := 0
	var bs []key.Binding
	for _, group := range keys.FullHelp() {
		for _, b := range group {
			id := b.Help().Key + "\x00" + b.Help().Desc
			if !b.Enabled() || seen[id] {
				continue
			}
			seen[id] = true
			bs = append(bs, b)
			kw = max(kw, lipgloss.Width(b.Help().Key))
		}
	}
	for _, b := range bs {
		items = append(items, st.FullKey.Render(PadRight(b.Help().Key, kw))+" "+st.FullDesc.Render(b.Help().Desc))
	}
	rows := max(height-4, 1)
	var cols []string
	for i := 0; i < len(items); i += rows {
		col := strings.Join(items[i:min(i+rows, len(items))], "\n")
		cols = append(cols, lipgloss.NewStyle().PaddingRight(3).Render(col))
	}
	body := c.Styles.Title.Render(c.T(MsgHelpTitle)) + "\n\n" + lipgloss.JoinHorizontal(lipgloss.Top, cols...) +
		"\n\n" + c.Styles.Muted.Render(c.T(MsgHelpClose))
	return Fit(body, width, height)
}
