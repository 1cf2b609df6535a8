package form

import (
	"errors"
	"io"
	"strconv"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/sources"
	"khuyencong/tui/vtable"
)

// pickProjectMsg asks the payment form to open its project picker.
type pickProjectMsg struct{}

// projectChoice is the payment's project: a huh field that shows the
// chosen project and opens the picker on enter or space. huh's select
// cannot search thousands of projects the way the tables do, so the form
// brings its own, as the beneficiary field does (form_beneficiaries.go).
func projectChoice(c *kit.Session, id *model.ID) *formField {
	ff := &formField{Name: "project", Kind: kChoice, required: true, ptr: id}
	ff.current = func() string {
		if *id == 0 {
			return ""
		}
		return strconv.Itoa(int(*id))
	}
	ff.build = func(f *RecordForm) huh.Field {
		p := &projectField{c: c, ff: ff, ID: id, Width: 80, theme: formTheme(c.Styles)}
		return p
	}
	return ff
}

type projectField struct {
	c       *kit.Session
	ff      *formField
	ID      *model.ID
	focused bool
	Width   int
	theme   huh.Theme
	Dark    bool
	err     error
}

// validate shows the store's or the record's problem with the project
// while the choice stays as it was, and "required" for none.
func (p *projectField) validate() error {
	ff := p.ff
	if ff.ext != nil && ff.ext.value == ff.current() {
		return errors.New(model.FieldLabel(ff.Name, p.c.Lang) + ": " + ff.ext.msg)
	}
	if *p.ID == 0 {
		return p.c.FieldErr(ff.Name, model.Errorf(model.MsgRequired))
	}
	return nil
}

func (p *projectField) Init() tea.Cmd { return nil }

func (p *projectField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		p.Dark = msg.IsDark()
	case tea.KeyPressMsg:
		if !p.focused {
			return p, nil
		}
		switch msg.String() {
		case "enter", "space":
			return p, func() tea.Msg { return pickProjectMsg{} }
		case "tab", "down":
			p.err = p.validate()
			return p, huh.NextField
		case "shift+tab", "up":
			return p, huh.PrevField
		}
	}
	return p, nil
}

func (p *projectField) View() string {
	t := p.theme.Theme(p.Dark)
	st := t.Blurred
	if p.focused {
		st = t.Focused
	}
	title := st.Title.Render(model.FieldLabel("project", p.c.Lang) + " *")
	if p.err != nil {
		title += st.ErrorIndicator.String()
	}
	text := st.TextInput.Placeholder.Render(p.c.T(MsgPickProjectNo))
	if *p.ID != 0 {
		if pr, ok := p.c.Snap.Projects().Get(*p.ID); ok {
			text = pr.Code + " · " + pr.Name
		} else {
			text = "#" + strconv.Itoa(int(*p.ID))
		}
	}
	inner := max(p.Width-st.Base.GetHorizontalFrameSize(), 1)
	return st.Base.Width(p.Width).Render(title + "\n" + kit.Cut(text, inner))
}

func (p *projectField) Blur() tea.Cmd                            { p.focused = false; p.err = p.validate(); return nil }
func (p *projectField) Focus() tea.Cmd                           { p.focused = true; return nil }
func (p *projectField) Error() error                             { return p.err }
func (p *projectField) Run() error                               { return nil }
func (p *projectField) RunAccessible(io.Writer, io.Reader) error { return nil }
func (p *projectField) Skip() bool                               { return false }
func (p *projectField) Zoom() bool                               { return false }
func (p *projectField) WithTheme(t huh.Theme) huh.Field          { p.theme = t; return p }
func (p *projectField) WithKeyMap(*huh.KeyMap) huh.Field         { return p }
func (p *projectField) WithWidth(w int) huh.Field                { p.Width = w; return p }
func (p *projectField) WithHeight(int) huh.Field                 { return p }
func (p *projectField) WithPosition(huh.FieldPosition) huh.Field { return p }
func (p *projectField) GetKey() string                           { return "project" }
func (p *projectField) GetValue() any                            { return *p.ID }

func (p *projectField) KeyBinds() []key.Binding {
	return []key.Binding{key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", p.c.T(MsgPickProject)))}
}

// projectPicker is the projects table (the columns of the projects tab)
// for choosing one project.
type projectPicker struct {
	c     *kit.Session
	Table *vtable.Model
}

func newProjectPicker(c *kit.Session, current model.ID, w, h int) *projectPicker {
	p := &projectPicker{c: c}
	p.Table = vtable.New(sources.ProjectColumns(c), p.source(), vtable.WithLang(c.Lang),
		vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii))
	p.setSize(w, h)
	if current != 0 {
		kit.SelectRow(p.Table, int(current)-1)
	}
	return p
}

func (p *projectPicker) source() vtable.Source {
	return sources.ProjectSource{Records: p.c.Snap.Projects(), RowView: kit.RowView{Lang: p.c.Lang}}
}

func (p *projectPicker) setSize(w, h int) { p.Table.SetSize(w, max(h-1, 0)) }

func (p *projectPicker) View(w, h int) string {
	title := p.c.Styles.Title.Render(p.c.T(MsgPickProject))
	return kit.Fit(title+"\n"+p.Table.View(), w, h)
}

func (p *projectPicker) KeyMap() help.KeyMap {
	tk := p.Table.Keys()
	if p.Table.Filtering() {
		return kit.KeyList{Short: []key.Binding{tk.FilterKeep, tk.FilterClear}}
	}
	c := p.c
	done := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T(MsgKeyConfirm)))
	cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T(kit.MsgKeyClose)))
	b := []key.Binding{tk.Filter, tk.SortNext, done, cancel, tk.Up}
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}
