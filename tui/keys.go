package tui

import (
	"charm.land/bubbles/v2/key"

	"khuyencong/i18n"
	"khuyencong/model"
)

// keyMap holds every binding of the app. The help texts come from the
// catalog, so the map is built per session in its language.
type keyMap struct {
	Quit, ForceQuit, Help, NextTab, PrevTab, Mouse key.Binding
	Tab                                            [5]key.Binding

	Open, Close, New, Edit, Delete, Restore, ShowDeleted key.Binding
	Scroll, Save, Sample, Export, Import                 key.Binding
}

func bind(l i18n.Lang, desc i18n.Key, help string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, l.T(desc)))
}

func newKeyMap(l i18n.Lang) keyMap {
	k := keyMap{
		Quit:        bind(l, model.MsgKeyQuit, "q", "q"),
		ForceQuit:   bind(l, model.MsgKeyQuit, "ctrl+c", "ctrl+c"),
		Help:        bind(l, model.MsgKeyHelp, "?", "?"),
		NextTab:     bind(l, model.MsgKeyNextTab, "tab", "tab"),
		PrevTab:     bind(l, model.MsgKeyPrevTab, "shift+tab", "shift+tab"),
		Mouse:       bind(l, model.MsgKeyMouse, "m", "m"),
		Open:        bind(l, model.MsgKeyOpen, "enter", "enter"),
		Close:       bind(l, model.MsgKeyClose, "esc", "esc"),
		New:         bind(l, model.MsgKeyNew, "n", "n"),
		Edit:        bind(l, model.MsgKeyEdit, "e", "e"),
		Delete:      bind(l, model.MsgKeyDelete, "d", "d"),
		Restore:     bind(l, model.MsgKeyRestore, "u", "u"),
		ShowDeleted: bind(l, model.MsgKeyShowDeleted, "D", "D"),
		Scroll:      bind(l, model.MsgKeyScroll, "shift+↑↓", "shift+up", "shift+down"),
		Save:        bind(l, model.MsgKeySave, "ctrl+s", "ctrl+s"),
		Sample:      bind(l, model.MsgKeySample, "s", "s"),
		Export:      bind(l, model.MsgKeyExport, "x", "x"),
		Import:      bind(l, model.MsgKeyImport, "i", "i"),
	}
	for i := range k.Tab {
		d := string(rune('1' + i))
		k.Tab[i] = key.NewBinding(key.WithKeys(d), key.WithHelp("1…5", l.T(model.MsgKeyTabs)))
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
