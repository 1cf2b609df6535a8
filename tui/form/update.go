package form

import (
	"errors"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// redrawMsg makes huh redraw its fields; nothing handles it.
type redrawMsg struct{}

// savedMsg is the store's answer to a form's save.
type savedMsg struct {
	Form *RecordForm
	rec  model.Record
	err  error
}

func (f *RecordForm) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		f.w, f.h = msg.Width, msg.Height
		f.resize()
		if f.picker != nil {
			f.picker.setSize(f.w, f.h)
		}
		if f.units != nil {
			f.units.Table.SetSize(f.w, max(f.h-1, 0))
		}
		return f, nil
	case tea.BackgroundColorMsg:
		f.bg = &msg
		return f, f.forward(msg)
	case savedMsg:
		if msg.Form != f {
			return f, nil
		}
		return f.saved(msg)
	case riskMsg:
		if msg.Form != f {
			return f, nil
		}
		return f.asked(msg)
	case pickMsg:
		return f, f.openPicker(msg)
	case tea.KeyPressMsg:
		return f.key(msg)
	}
	if f.picker != nil {
		return f, f.picker.Update(msg)
	}
	if f.units != nil {
		if _, ok := msg.(vtable.ResultMsg); ok {
			_, cmd := f.units.Table.Update(msg)
			return f, cmd
		}
	}
	return f, f.forward(msg)
}

// key routes a key to the open question, the picker or the form.
func (f *RecordForm) key(msg tea.KeyPressMsg) (kit.Modal, tea.Cmd) {
	switch {
	case f.confirm != nil:
		onYes := f.onYes
		switch f.confirm.Update(msg) {
		case yes:
			f.confirm, f.onYes = nil, nil
			if onYes != nil {
				return onYes()
			}
			return nil, nil
		case no:
			f.confirm, f.onYes = nil, nil
		}
		return f, nil
	case f.picker != nil:
		return f, f.pickerKey(msg)
	case f.units != nil:
		return f, f.unitPickerKey(msg)
	case f.saving:
		return f, nil
	}
	switch msg.String() {
	case "esc":
		if !f.dirty() {
			return nil, nil
		}
		c := f.c
		f.confirm = NewConfirm(c, c.T(MsgDiscardAsk), c.T(MsgDiscardYes), c.T(MsgDiscardNo))
		return f, nil
	case "ctrl+s":
		return f, f.submit()
	case "enter", "tab", "shift+tab":
		if cmd, ok := f.navigate(msg.String()); ok {
			return f, cmd
		}
	}
	if cmd, ok := f.typedIntoUnit(msg); ok {
		return f, cmd
	}
	cmd := f.forward(msg)
	if f.Form.State != huh.StateNormal {
		// enter on the last field: huh is done with this form, but the
		// save may fail, so keep a live one over the same values.
		f.rebuild()
		return f, tea.Batch(cmd, f.Form.Init(), f.submit())
	}
	return f, cmd
}

// submit checks every field and the record's own rules, then saves in a
// command (the store writes to disk: not in Update).
func (f *RecordForm) submit() tea.Cmd {
	var ps model.Problems
	for _, ff := range f.fields {
		if err := check(ff.Kind, ff.required, ff.Text(), f.thisYear()); err != nil {
			ps = append(ps, model.Problem{Field: ff.Name, Err: asModelError(err)})
		}
	}
	if len(ps) == 0 && f.rk.check != nil {
		ps = f.rk.check(f)
	}
	if len(ps) > 0 {
		return f.showProblems(ps)
	}
	rec := f.rk.Record(f)
	if ps := rec.Validate(); len(ps) > 0 {
		return f.showProblems(ps)
	}
	return f.save(rec, true)
}

// save writes rec in a command; with ask it first checks the budget rules
// against the newest snapshot and, when the save would over-commit or
// over-pay, comes back with a riskMsg instead of writing.
func (f *RecordForm) save(rec model.Record, ask bool) tea.Cmd {
	f.saving = true
	s, a, isNew := f.c.Config.Store, f.c.Config.Actor, f.isNew
	return func() tea.Msg {
		if ask {
			snap := s.Snapshot()
			if rs := model.SaveRisks(snapData(snap), rec, snap.Settings); len(rs) > 0 {
				return riskMsg{Form: f, rec: rec, risks: rs}
			}
		}
		var err error
		if isNew {
			err = s.Create(a, rec)
		} else {
			err = s.Update(a, rec)
		}
		return savedMsg{Form: f, rec: rec, err: err}
	}
}

func asModelError(err error) *model.Error {
	var e *model.Error
	if errors.As(err, &e) {
		return e
	}
	return model.Errorf(MsgPlainText, err.Error())
}

// saved closes the form on success; otherwise it stays with what was typed
// and says why: another user's change, a field's problem, the role.
func (f *RecordForm) saved(msg savedMsg) (kit.Modal, tea.Cmd) {
	f.saving = false
	if msg.err == nil {
		k := MsgStatusSaved
		if f.isNew {
			k = MsgStatusCreated
		}
		name := f.rk.Name(msg.rec)
		return nil, tea.Batch(kit.Say(kit.LevelInfo, f.c.T(k, name)), kit.SelectRecord(msg.rec, name))
	}
	var cmds []tea.Cmd
	var conflict *store.ConflictError
	if errors.As(msg.err, &conflict) {
		cmds = append(cmds, f.merge())
	}
	var ps model.Problems
	if errors.As(msg.err, &ps) {
		cmds = append(cmds, f.showProblems(ps))
	}
	var dup *store.DuplicateError
	if errors.As(msg.err, &dup) {
		cmds = append(cmds, f.showProblems(model.Problems{{Field: dup.Field, Err: asModelError(msg.err)}}))
	}
	st := f.c.ErrorStatus(msg.err)
	return f, tea.Batch(append(cmds, func() tea.Msg { return kit.StatusMsg(st) })...)
}

// showProblems puts each problem on its field and shows them all.
func (f *RecordForm) showProblems(ps model.Problems) tea.Cmd {
	for _, ff := range f.fields {
		ff.ext = nil
		if e := ps.For(ff.Name); e != nil {
			ff.ext = &external{value: ff.Text(), msg: e.In(f.c.Lang)}
		}
	}
	var cmds []tea.Cmd
	for _, ff := range f.fields {
		cmds = append(cmds, ff.field.Blur())
	}
	if hf := f.Form.GetFocusedField(); hf != nil {
		cmds = append(cmds, hf.Focus())
	}
	st := f.c.ErrorStatus(ps)
	return tea.Batch(append(cmds, func() tea.Msg { return kit.StatusMsg(st) })...)
}

func (f *RecordForm) KeyMap() help.KeyMap {
	km := kit.NewKeyMap(f.c.Lang)
	if f.picker != nil {
		return f.picker.KeyMap()
	}
	if f.units != nil {
		return f.units.KeyMap()
	}
	next := key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter/tab", f.c.T(MsgKeyNextField)))
	prev := key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", f.c.T(MsgKeyPrevField)))
	choose := key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←→", f.c.T(MsgKeyChoose)))
	b := []key.Binding{km.Save, next, prev, choose, km.Close}
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}
