package kit

import (
	"strconv"

	"charm.land/bubbles/v2/key"

	"khuyencong/i18n"
)

// Keys holds the bindings shared by the app of the app. The help texts come from the
// catalog, so the map is built per session in its language.
type Keys struct {
	Quit, ForceQuit, Help, NextTab, PrevTab, Mouse key.Binding

	Open, Close, New, Edit, Delete, Restore, ShowDeleted key.Binding
	Scroll, Save, Sample, Export, Import, Province       key.Binding
}

func Bind(l i18n.Lang, desc i18n.Key, help string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, l.T(desc)))
}

func NewKeyMap(l i18n.Lang) Keys {
	k := Keys{
		Quit:        Bind(l, MsgKeyQuit, "q", "q"),
		ForceQuit:   Bind(l, MsgKeyQuit, "ctrl+c", "ctrl+c"),
		Help:        Bind(l, MsgKeyHelp, "?", "?"),
		NextTab:     Bind(l, MsgKeyNextTab, "tab", "tab"),
		PrevTab:     Bind(l, MsgKeyPrevTab, "shift+tab", "shift+tab"),
		Mouse:       Bind(l, MsgKeyMouse, "m", "m"),
		Open:        Bind(l, MsgKeyOpen, "enter", "enter"),
		Close:       Bind(l, MsgKeyClose, "esc", "esc"),
		New:         Bind(l, MsgKeyNew, "n", "n"),
		Edit:        Bind(l, MsgKeyEdit, "e", "e"),
		Delete:      Bind(l, MsgKeyDelete, "d", "d"),
		Restore:     Bind(l, MsgKeyRestore, "u", "u"),
		ShowDeleted: Bind(l, MsgKeyShowDeleted, "D", "D"),
		Scroll:      Bind(l, MsgKeyScroll, "shift+↑↓", "shift+up", "shift+down"),
		Save:        Bind(l, MsgKeySave, "ctrl+s", "ctrl+s"),
		Sample:      Bind(l, MsgKeySample, "s", "s"),
		Province:    Bind(l, MsgKeyProvince, "p", "p"),
		Export:      Bind(l, MsgKeyExport, "x", "x"),
		Import:      Bind(l, MsgKeyImport, "i", "i"),
	}
	return k
}

// guarded returns a copy of b whose help says why the role may not use it.
// The binding stays enabled: pressing it must still reach the app, which
// then says why in the status bar (the store is what actually refuses).
func guarded(b key.Binding, allowed bool, l i18n.Lang, reason i18n.Key) key.Binding {
	if allowed {
		return b
	}
	h := b.Help()
	b.SetHelp(h.Key, h.Desc+" ✗ "+l.T(reason))
	return b
}

// TabKeys are the number keys of n tabs, "1" to "n"; the help shows them
// as one entry.
func TabKeys(l i18n.Lang, n int) []key.Binding {
	keys := make([]key.Binding, n)
	for i := range keys {
		keys[i] = key.NewBinding(key.WithKeys(strconv.Itoa(i+1)), key.WithHelp("1…"+strconv.Itoa(n), l.T(MsgKeyTabs)))
	}
	return keys
}

// ShowDeletedAction is D, which shows soft-deleted rows (admins): the root
// runs it for every tab at once, the list tabs list it in their help.
func (k Keys) ShowDeletedAction() Action {
	return Action{Key: k.ShowDeleted, Need: NeedAdmin}
}
