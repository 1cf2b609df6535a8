package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// navigate moves between fields at once. huh moves with a command, whose
// message comes after keys already typed: over a slow link or with type
// ahead the next field's first letters would land in the previous one.
// ok is false when huh must handle the key (a field with a problem, which
// huh then marks).
func (f *recordForm) navigate(k string) (tea.Cmd, bool) {
	hf := f.form.GetFocusedField()
	ff := f.field(hf)
	if ff == nil {
		return nil, false
	}
	if b, ok := hf.(*benField); ok && k == "enter" {
		return f.openPicker(pickMsg{ids: b.ids}), true
	}
	if !ff.huhField() {
		return nil, false // a custom field moves by itself
	}
	if k == "shift+tab" {
		cmd := f.form.PrevField()
		f.track()
		return cmd, true
	}
	if ff.Kind != kChoice && f.validator(ff)(ff.value) != nil {
		return nil, false
	}
	if ff == f.fields[len(f.fields)-1] {
		return f.submit(), true // enter on the last field saves
	}
	cmd := f.form.NextField()
	f.track()
	return cmd, true
}

// forward passes a message to huh and shows a field's value back formatted
// once the user has left it.
func (f *recordForm) forward(msg tea.Msg) tea.Cmd {
	m, cmd := f.form.Update(msg)
	if hf, ok := m.(*huh.Form); ok {
		f.form = hf
	}
	f.track()
	return cmd
}

// track notices a focus change and shows the left field's value back
// formatted.
func (f *recordForm) track() {
	now := f.form.GetFocusedField()
	if f.focus != nil && now != f.focus {
		f.reformat(f.field(f.focus))
	}
	f.focus = now
}

func (f *recordForm) reformat(ff *formField) {
	if ff == nil || ff.input == nil {
		return
	}
	if v := shown(ff.Kind, ff.value); v != ff.value {
		ff.value = v
		ff.input.Value(&ff.value)
		// huh draws a group into its viewport during Update: pass it a
		// message of no meaning so the new text is drawn now.
		f.form.Update(redrawMsg{})
	}
}
