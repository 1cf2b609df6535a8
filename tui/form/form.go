package form

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// recordKind is what differs between the facility and the project form.
type recordKind struct {
	Kind model.Kind
	// Record makes the record from the fields (they all parse when it is
	// called), starting from the record that was opened, Meta included.
	Record func(f *RecordForm) model.Record
	Name   func(r model.Record) string
	// remake builds the same form over another version of the record, for
	// merging another user's change after a conflict.
	remake func(r model.Record) *RecordForm
	// check, when set, checks what needs several fields before Record
	// is called (a programme's indicators need its years).
	check func(f *RecordForm) model.Problems
}

// RecordForm creates or edits one record with a huh form embedded in the
// app. huh v2 forms embedded in another model must be type-asserted
// back after Update, have their State checked, and be given the window
// size and background themselves (huh's own requests need a terminal). It stays open until the store has the record: a refused
// save keeps everything typed and shows why on the fields.
type RecordForm struct {
	c      *kit.Session
	rk     recordKind
	title  string
	isNew  bool
	base   model.Record // the record as opened (zero for a new one)
	fields []*formField
	Form   *huh.Form

	focus   huh.Field // the field that had focus, reformatted when left
	initial string    // the values at open, to ask before discarding
	opened  []string  // each field's value at open (or at the last merge)
	confirm *Dialog
	onYes   func() (kit.Modal, tea.Cmd) // what yes does; nil: close the form (discard)
	picker  *picker
	units   *unitPicker // the province or commune list, when open
	saving  bool

	w, h int
	bg   *tea.BackgroundColorMsg
}

func newRecordForm(c *kit.Session, rk recordKind, title string, base model.Record, isNew bool, fields []*formField) *RecordForm {
	f := &RecordForm{c: c, rk: rk, title: title, base: base, isNew: isNew, fields: fields}
	for _, ff := range fields {
		ff.value = shown(ff.Kind, ff.value)
	}
	f.initial = f.values()
	f.opened = f.texts()
	f.rebuild()
	return f
}

func (f *RecordForm) texts() []string {
	t := make([]string, len(f.fields))
	for i, ff := range f.fields {
		t[i] = ff.Text()
	}
	return t
}

// merge moves the form onto the newest version of its record after a
// conflict: fields this user left as they were take the other user's
// values, fields this user changed keep what was typed. The next save then
// loses neither change; where both changed a field, this user's value wins,
// knowingly (the conflict message named the other user).
func (f *RecordForm) merge() tea.Cmd {
	h := f.base.Header()
	latest, ok := f.c.Latest().Record(f.rk.Kind, h.ID)
	if !ok || f.rk.remake == nil {
		return nil // gone: the next save is refused again, and says so
	}
	fresh := f.rk.remake(latest)
	for i, ff := range f.fields {
		if i < len(fresh.fields) && ff.Text() == f.opened[i] {
			ff.take(fresh.fields[i])
		}
	}
	f.base = latest
	f.opened = fresh.texts()
	f.rebuild()
	return f.Form.Init()
}

// values is every field as text, for the dirty check.
func (f *RecordForm) values() string {
	var b strings.Builder
	for _, ff := range f.fields {
		b.WriteString(ff.Text())
		b.WriteByte(0)
	}
	return b.String()
}

func (f *RecordForm) dirty() bool { return f.values() != f.initial }

// rebuild makes a fresh huh form over the same values: at open, and after
// huh finished a form (enter on the last field) whose save may fail.
func (f *RecordForm) rebuild() {
	hf := make([]huh.Field, len(f.fields))
	for i, ff := range f.fields {
		if ff.build != nil {
			ff.field = ff.build(f)
		} else {
			ff.input = f.textInput(ff)
			ff.field = ff.input
		}
		hf[i] = ff.field
	}
	f.Form = huh.NewForm(huh.NewGroup(hf...)).
		WithTheme(formTheme(f.c.Styles)).
		WithShowHelp(false).
		WithShowErrors(false)
	f.focus = nil
	f.resize()
}

// textInput builds a text field bound to ff.value with its validator.
func (f *RecordForm) textInput(ff *formField) *huh.Input {
	title := model.FieldLabel(ff.Name, f.c.Lang)
	if ff.required {
		title += " *"
	}
	hint := ""
	switch ff.Kind {
	case kMoney:
		hint = f.c.T(MsgFormMoneyHint)
	case kDate:
		hint = "dd/mm/yyyy"
	}
	// Without colour a placeholder looks like a value: say it in the title.
	if hint != "" && f.c.Styles.NoColor {
		title += " (" + hint + ")"
		hint = ""
	}
	in := huh.NewInput().Key(ff.Name).Title(title).Value(&ff.value).Validate(f.validator(ff))
	if hint != "" {
		in.Placeholder(hint)
	}
	return in
}

// thisYear is the session clock's year, which bounds a founding year.
func (f *RecordForm) thisYear() int32 { return int32(f.c.Config.Time().Year()) }

// validator checks one field as it is left, and keeps showing a problem
// found later (Validate, the store) until the value changes.
func (f *RecordForm) validator(ff *formField) func(string) error {
	return func(s string) error {
		if ff.ext != nil && ff.ext.value == s {
			return errors.New(model.FieldLabel(ff.Name, f.c.Lang) + ": " + ff.ext.msg)
		}
		if err := check(ff.Kind, ff.required, s, f.thisYear()); err != nil {
			return f.c.FieldErr(ff.Name, err)
		}
		return nil
	}
}

// resize fits huh to the body. Below the app's minimum nothing is drawn,
// and huh's inputs panic at very small widths, so the form keeps its last
// size until the terminal is big enough again.
func (f *RecordForm) resize() {
	if kit.TooSmall(f.w, f.h+3) {
		return
	}
	f.Form.WithWidth(min(f.w, 100)).WithHeight(max(f.formHeight(), 1))
}

// formHeight leaves room for the title and up to three problem lines.
func (f *RecordForm) formHeight() int { return f.h - 2 - 3 }

// Init focuses the first field.
func (f *RecordForm) Init() tea.Cmd { return f.Form.Init() }

// field finds the formField of a huh field.
func (f *RecordForm) field(hf huh.Field) *formField {
	for _, ff := range f.fields {
		if ff.field == hf {
			return ff
		}
	}
	return nil
}

func (f *RecordForm) Session() *kit.Session { return f.c }
