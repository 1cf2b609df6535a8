package form

import (
	"errors"
	"io"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"khuyencong/dvhc"
	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
	"khuyencong/vntext"
)

// An address since 1/7/2025 is a province and a commune by official code.
// Each is a field that shows the unit's name and, on enter, opens the
// list of units with the tables' filter ("binh ng" finds Xã Bình
// Nguyên): a select of 3.321 communes would be unusable, and huh's own
// filter does not ignore diacritics. Enter and tab move on as from a text
// field; space opens the list, and typing a letter opens it filtering by
// what is typed.

// unitField is the province or the commune of an address.
type unitField struct {
	c       *kit.Session
	ff      *formField
	code    *string
	focused bool
	Width   int
	theme   huh.Theme
	Dark    bool
	err     error
}

// unitRow is one unit of the list: its code, name and where it is.
type unitRow struct{ code, name, within string }

// unitChoice makes the field over code; list gives the units to choose
// from at the moment the list opens (a commune's depend on the province).
func unitChoice(c *kit.Session, name string, code *string, list func() []unitRow) *formField {
	ff := &formField{Name: name, Kind: kChoice, ptr: code, units: list}
	ff.current = func() string { return *code }
	ff.build = func(f *RecordForm) huh.Field {
		return &unitField{c: c, ff: ff, code: code, Width: 80, theme: formTheme(c.Styles)}
	}
	return ff
}

func (u *unitField) validate() error {
	if ff := u.ff; ff.ext != nil && ff.ext.value == ff.current() {
		return errors.New(model.FieldLabel(ff.Name, u.c.Lang) + ": " + ff.ext.msg)
	}
	return nil
}

func (u *unitField) Init() tea.Cmd { return nil }

func (u *unitField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		u.Dark = msg.IsDark()
	case tea.KeyPressMsg:
		if !u.focused {
			return u, nil
		}
		// Space and typed letters open the list: the form does it in the
		// same update (typedIntoUnit), so they never reach the field.
		switch msg.String() {
		case "backspace", "delete":
			*u.code = ""
		case "enter", "tab", "down":
			u.err = u.validate()
			return u, huh.NextField
		case "shift+tab", "up":
			return u, huh.PrevField
		}
	}
	return u, nil
}

func (u *unitField) View() string {
	t := u.theme.Theme(u.Dark)
	st := t.Blurred
	if u.focused {
		st = t.Focused
	}
	title := st.Title.Render(model.FieldLabel(u.ff.Name, u.c.Lang))
	if u.err != nil {
		title += st.ErrorIndicator.String()
	}
	text := st.TextInput.Placeholder.Render(u.c.T(MsgPickUnitNone))
	if *u.code != "" {
		text = unitName(u.c.Snap.Units, u.ff.Name, *u.code)
	}
	inner := max(u.Width-st.Base.GetHorizontalFrameSize(), 1)
	return st.Base.Width(u.Width).Render(title + "\n" + kit.Cut(text, inner))
}

// unitName is a unit's name for the field, or its code when the table no
// longer has it.
func unitName(t *dvhc.Table, field, code string) string {
	if t == nil {
		return code
	}
	if field == "province" {
		return t.ProvinceLabel(code)
	}
	return t.CommuneLabel(code)
}

func (u *unitField) Blur() tea.Cmd                            { u.focused = false; u.err = u.validate(); return nil }
func (u *unitField) Focus() tea.Cmd                           { u.focused = true; return nil }
func (u *unitField) Error() error                             { return u.err }
func (u *unitField) Run() error                               { return nil }
func (u *unitField) RunAccessible(io.Writer, io.Reader) error { return nil }
func (u *unitField) Skip() bool                               { return false }
func (u *unitField) Zoom() bool                               { return false }
func (u *unitField) WithTheme(t huh.Theme) huh.Field          { u.theme = t; return u }
func (u *unitField) WithKeyMap(*huh.KeyMap) huh.Field         { return u }
func (u *unitField) WithWidth(w int) huh.Field                { u.Width = w; return u }
func (u *unitField) WithHeight(int) huh.Field                 { return u }
func (u *unitField) WithPosition(huh.FieldPosition) huh.Field { return u }
func (u *unitField) GetKey() string                           { return u.ff.Name }
func (u *unitField) GetValue() any                            { return *u.code }

func (u *unitField) KeyBinds() []key.Binding {
	return []key.Binding{key.NewBinding(key.WithKeys("space"), key.WithHelp("space", u.c.T(MsgPickUnit)))}
}

// unitPicker is the list of units for one field, with the tables' filter.
type unitPicker struct {
	c     *kit.Session
	ff    *formField
	code  *string
	rows  []unitRow
	Table *vtable.Model
}

func (f *RecordForm) openUnitPicker(ff *formField, typed string) tea.Cmd {
	u, ok := ff.ptr.(*string)
	if !ok {
		return nil
	}
	rows := ff.units()
	c := f.c
	p := &unitPicker{c: c, ff: ff, code: u, rows: rows}
	cols := []vtable.Column{
		{Title: c.T(MsgColUnit), Width: 30, Flex: true, Priority: 100, Key: kit.Sortable},
		{Title: c.T(MsgColUnitCode), Width: 6, Priority: 50, Key: kit.Sortable},
		{Title: c.T(MsgColUnitWithin), Width: 20, Priority: 30, Key: kit.Sortable},
	}
	p.Table = vtable.New(cols, unitSource(rows), vtable.WithLang(c.Lang),
		vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii))
	p.Table.SetSize(f.w, max(f.h-1, 0))
	for i, r := range rows {
		if r.code == *u {
			kit.SelectRow(p.Table, i)
		}
	}
	f.units = p
	if typed == "" {
		return nil
	}
	// Start the table's filter with what was typed, as "/" then the text.
	var cmds []tea.Cmd
	for _, k := range append([]tea.KeyPressMsg{{Code: '/', Text: "/"}}, typedKeys(typed)...) {
		_, cmd := p.Table.Update(k)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func typedKeys(s string) []tea.KeyPressMsg {
	var ks []tea.KeyPressMsg
	for _, r := range s {
		ks = append(ks, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return ks
}

// unitPickerKey: enter takes the unit under the cursor and moves on (one
// enter after typing, not one to keep the filter and another), esc keeps
// the old one (or clears the filter first).
func (f *RecordForm) unitPickerKey(msg tea.KeyPressMsg) tea.Cmd {
	p := f.units
	if p.Table.Filtering() && msg.String() != "enter" {
		_, cmd := p.Table.Update(msg)
		return cmd
	}
	switch msg.String() {
	case "enter": // also while filtering: what was typed chose the unit
		row, ok := p.Table.Selected()
		if !ok {
			return kit.Say(kit.LevelWarn, f.c.T(kit.MsgStatusNoSelection))
		}
		if *p.code != p.rows[row].code {
			*p.code = p.rows[row].code
			f.unitChanged(p.ff)
		}
		f.units = nil
		return f.forward(huh.NextField())
	case "esc":
		if p.Table.Query() == "" {
			f.units = nil
			return nil
		}
	}
	_, cmd := p.Table.Update(msg)
	return cmd
}

// unitChanged clears the commune when its province changes: a commune
// belongs to one province.
func (f *RecordForm) unitChanged(ff *formField) {
	if ff.Name != "province" {
		return
	}
	for _, o := range f.fields {
		if o.Name == "commune" {
			if code, ok := o.ptr.(*string); ok {
				if c, known := f.c.Snap.Units.Commune(*code); !known || c.Province != *ff.ptr.(*string) {
					*code = ""
				}
			}
		}
	}
}

func (p *unitPicker) View(w, h int) string {
	title := p.c.Styles.Title.Render(p.c.T(MsgPickUnitTitle, model.FieldLabel(p.ff.Name, p.c.Lang)))
	return kit.Fit(title+"\n"+p.Table.View(), w, h)
}

func (p *unitPicker) KeyMap() help.KeyMap {
	tk := p.Table.Keys()
	c := p.c
	done := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T(MsgKeyConfirm)))
	if p.Table.Filtering() {
		return kit.KeyList{Short: []key.Binding{done, tk.FilterClear}}
	}
	cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T(kit.MsgKeyClose)))
	b := []key.Binding{tk.Filter, done, cancel, tk.Up}
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}

// unitSource lists units for vtable; the search text is the name without
// its unit word, and the code, folded, so that "binh ng" and "08935" both
// find Xã Bình Nguyên and "ng" does not match every "Phường".
type unitSource []unitRow

func (s unitSource) Len() int      { return len(s) }
func (s unitSource) Skip(int) bool { return false }
func (s unitSource) Text(i int) string {
	return vntext.Fold(dvhc.BareName(s[i].name) + " " + s[i].code)
}

func (s unitSource) Cell(i, col int) string {
	switch col {
	case 0:
		return s[i].name
	case 1:
		return s[i].code
	}
	return s[i].within
}

// provinceRows and communeRows are the lists the two fields open.
func provinceRows(t *dvhc.Table) []unitRow {
	var rows []unitRow
	for _, p := range t.Provinces() {
		rows = append(rows, unitRow{code: p.Code, name: p.Name})
	}
	return rows
}

func communeRows(t *dvhc.Table, province string) []unitRow {
	var rows []unitRow
	for _, c := range t.Communes(province) {
		rows = append(rows, unitRow{code: c.Code, name: c.Name, within: t.ProvinceLabel(c.Province)})
	}
	return rows
}

// typedIntoUnit opens the unit list in the same update as the key that
// asks for it (space, or a letter that starts the filter): a message
// round trip would let the next typed letters reach the closed field.
func (f *RecordForm) typedIntoUnit(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	ff := f.field(f.Form.GetFocusedField())
	if ff == nil || ff.units == nil {
		return nil, false
	}
	switch {
	case msg.String() == "space":
		return f.openUnitPicker(ff, ""), true
	case msg.Text != "" && msg.Mod == 0:
		return f.openUnitPicker(ff, msg.Text), true
	}
	return nil, false
}
