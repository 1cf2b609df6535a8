package vtable

import (
	"charm.land/bubbles/v2/key"

	"khuyencong/i18n"
)

// KeyMap holds the table's bindings. It implements bubbles' help.KeyMap so
// a parent can show them in its help view.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Home, End key.Binding

	Filter      key.Binding // starts editing the filter
	FilterKeep  key.Binding // while filtering: leave the input, keep the filter
	FilterClear key.Binding // clear the filter (and leave the input)

	SortNext, SortPrev key.Binding // sort by the next / previous column (then natural order)
	SortReverse        key.Binding // reverse the sort direction
}

// DefaultKeyMap gives the default bindings with help in the language.
// While the filter has focus only non-printable keys (arrows, pgup, pgdown,
// home, end) move the cursor; j, k, g, G, s, r are typed into the filter.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	b := func(keys []string, help string, k i18n.Key) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, l.T(k)))
	}
	return KeyMap{
		Up:          b([]string{"up", "k"}, "↑/k", MsgVTUp),
		Down:        b([]string{"down", "j"}, "↓/j", MsgVTDown),
		PageUp:      b([]string{"pgup"}, "pgup", MsgVTPageUp),
		PageDown:    b([]string{"pgdown"}, "pgdn", MsgVTPageDown),
		Home:        b([]string{"home", "g"}, "home/g", MsgVTHome),
		End:         b([]string{"end", "G"}, "end/G", MsgVTEnd),
		Filter:      b([]string{"/"}, "/", MsgVTFilter),
		FilterKeep:  b([]string{"enter"}, "enter", MsgVTFilterKeep),
		FilterClear: b([]string{"esc"}, "esc", MsgVTFilterClear),
		SortNext:    b([]string{"s"}, "s", MsgVTSortNext),
		SortPrev:    b([]string{"S"}, "S", MsgVTSortPrev),
		SortReverse: b([]string{"r"}, "r", MsgVTSortReverse),
	}
}

// ShortHelp is the one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Filter, k.SortNext, k.SortReverse}
}

// FullHelp is every binding, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{k.Filter, k.FilterKeep, k.FilterClear},
		{k.SortNext, k.SortPrev, k.SortReverse},
	}
}
