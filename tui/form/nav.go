package form

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// navigate moves between fields at once. huh moves with a command, whose
// message comes after keys already typed: over a slow link or with type
// ahead the next field's first letters would land in the previous one.
// ok is false when huh must handle the key (a field with a problem, which
// huh then marks).
func (f *RecordForm) navigate(k string) (tea.Cmd, bool) {
	hf := f.Form.GetFocusedField()
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
		cmd := f.Form.PrevField()
		f.track()
		return cmd, true
	}
	if ff.Kind != kChoice && f.validator(ff)(ff.value) != nil {
		return nil, false
	}
	if ff == f.fields[len(f.fields)-1] {
		return f.submit(), true // enter on the last field saves
	}
	cmd := f.Form.NextField()
	f.track()
	return cmd, true
}

// forward passes a message to huh and shows a field's value back formatted
// once the user has left it.
func (f *RecordForm) forward(msg tea.Msg) tea.Cmd {
	m, cmd := f.Form.Update(msg)
	if hf, ok := m.(*huh.Form); ok {
		f.Form = hf
	}
	f.track()
	return cmd
}

// track notices a focus change and shows the left field's value back
// formatted.
func (f *RecordForm) track() {
	now := f.Form.GetFocusedField()
	if f.focus != nil && now != f.focus {
		f.reformat(f.field(f.focus))
	}
	f.focus = now
}

func (f *RecordForm) reformat(ff *formField) {
	if ff == nil || ff.input == nil {
		return
	}
	if v := shown(ff.Kind, ff.value); v != ff.value {
		ff.value = v
		ff.input.Value(&ff.value)
		// huh draws a group into its viewport during Update: pass it a
		// message of no meaning so the new text is drawn now.
		f.Form.Update(redrawMsg{})
	}
}
