package kit

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
)

// Need is the role an action needs. The check here only spares the user a
// form they cannot save; the store refuses the write anyway.
type Need uint8

const (
	NeedNone   Need = iota
	NeedEditor      // editors and admins
	NeedAdmin       // admins only
)

// Allows reports whether the session's role may use an action needing n.
func (c *Session) Allows(n Need) bool {
	switch n {
	case NeedEditor:
		return c.CanWrite()
	case NeedAdmin:
		return c.CanAdmin()
	}
	return true
}

// reason is the catalog key that names the role n needs.
func (n Need) reason() i18n.Key {
	if n == NeedAdmin {
		return MsgNeedAdmin
	}
	return MsgNeedEditor
}

// Action is one key of a tab, declared once, in the manner of lazygit's
// Binding{Handler, GetDisabledReason}: the help line, the ? page, the
// dispatch and the refusal in the status bar are all read from it.
type Action struct {
	// Key is the binding; its help is the catalog text of the session's
	// language (see NewKeys).
	Key key.Binding
	// Need is the role the action needs. A role without it still sees the
	// key, its help marked "✗ reason", and pressing it says why.
	Need Need
	// NeedNow, when set, is the role the action needs at this moment, for
	// a key whose meaning depends on the state (the help shows Need).
	NeedNow func() Need
	// Disabled, when set, says why the action cannot run now ("" when it
	// can); the refusal is then that reason instead of running Run.
	Disabled func() i18n.Key
	// When, when set, reports whether the key applies now at all (a close
	// key with nothing open); a key that does not apply falls through.
	When func() bool
	// Line, when set, reports whether the key belongs on the one-line help
	// now; LineKeys, when set, gives the key text shown there instead ("" to
	// keep the binding's).
	Line     func() bool
	LineKeys func() string
	// Group is the column of the ? page the key is listed in; TableGroup
	// for a key its table lists there itself.
	Group int
	// Run handles the key. Nil means the root handles it (the key is
	// listed here for the help only).
	Run func(msg tea.KeyPressMsg) tea.Cmd
}

// TableGroup marks an action listed only on the help line: a key of the
// tab's table, which the table's own help lists on the ? page.
const TableGroup = -1

// Always is a Line or When that always holds.
func Always() bool { return true }

// Dispatch runs the first action whose key matches msg and that applies
// now. ok is false when none does, so the caller can go on with its own
// keys (a table's navigation).
func (c *Session) Dispatch(acts []Action, msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	for _, a := range acts {
		if a.Run == nil || !key.Matches(msg, a.Key) || (a.When != nil && !a.When()) {
			continue
		}
		need := a.Need
		if a.NeedNow != nil {
			need = a.NeedNow()
		}
		if !c.Allows(need) {
			return c.Refuse(need.reason()), true
		}
		if a.Disabled != nil {
			if why := a.Disabled(); why != "" {
				return Say(LevelWarn, c.T(why)), true
			}
		}
		return a.Run(msg), true
	}
	return nil, false
}

// binding is the action's key as the help shows it to this session.
func (c *Session) binding(a Action) key.Binding {
	if c.Allows(a.Need) {
		return a.Key
	}
	return guarded(a.Key, false, c.Lang, a.Need.reason())
}

// HelpLine is the keys of acts that belong on the one-line help now.
func (c *Session) HelpLine(acts []Action) []key.Binding {
	var out []key.Binding
	for _, a := range acts {
		if a.Line == nil || !a.Line() {
			continue
		}
		b := c.binding(a)
		if a.LineKeys != nil {
			if k := a.LineKeys(); k != "" {
				b.SetHelp(k, b.Help().Desc)
			}
		}
		out = append(out, b)
	}
	return out
}

// HelpPage is the keys of acts by column, for the ? page.
func (c *Session) HelpPage(acts []Action) [][]key.Binding {
	var out [][]key.Binding
	for _, a := range acts {
		if a.Group == TableGroup {
			continue
		}
		for len(out) <= a.Group {
			out = append(out, nil)
		}
		out[a.Group] = append(out[a.Group], c.binding(a))
	}
	return out
}
