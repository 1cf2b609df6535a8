package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"khuyencong/model"
)

// keyList is a help.KeyMap made of plain slices, so any part of the app can
// say which keys it offers without a type of its own.
type keyList struct {
	short []key.Binding
	full  [][]key.Binding
}

func (k keyList) ShortHelp() []key.Binding  { return k.short }
func (k keyList) FullHelp() [][]key.Binding { return k.full }

// withGlobal adds the keys that work everywhere to a part's keys: short
// help gets "?" and quit at the end, full help a column of its own.
func withGlobal(km keyMap, part help.KeyMap) keyList {
	short := append([]key.Binding{}, part.ShortHelp()...)
	short = append(short, km.Help, km.Quit)
	full := append([][]key.Binding{}, part.FullHelp()...)
	full = append(full, []key.Binding{km.Tab[0], km.NextTab, km.PrevTab, km.Mouse, km.Help, km.Quit, km.ForceQuit})
	return keyList{short: short, full: full}
}

// helpFooter draws the one-line help.
func helpFooter(h help.Model, keys help.KeyMap, width int) string {
	h.SetWidth(width)
	return h.ShortHelpView(keys.ShortHelp())
}

// helpPage draws every key of the current context (the "?" page).
func helpPage(c *common, h help.Model, keys help.KeyMap, width, height int) string {
	h.SetWidth(width)
	body := c.st.Title.Render(c.T(model.MsgHelpTitle)) + "\n\n" + h.FullHelpView(keys.FullHelp()) +
		"\n\n" + c.st.Muted.Render(c.T(model.MsgHelpClose))
	return fit(body, width, height)
}
