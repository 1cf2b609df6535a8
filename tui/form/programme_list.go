package form

import (
	"strconv"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
	"khuyencong/vntext"
)

// ProgrammeList shows the live programmes (a handful: two or three per
// five years) and opens one in its form (enter or e) or a new one (n).
// Programmes are an admin's records; the store refuses others' saves.
type ProgrammeList struct {
	c     *kit.Session
	rows  []*model.Programme
	Table *vtable.Model
	keys  programmeKeys
}

type programmeKeys struct{ open, add, close key.Binding }

func NewProgrammeList(c *kit.Session) *ProgrammeList {
	t := store.TableOf[model.Programme](c.Latest())
	p := &ProgrammeList{c: c, keys: programmeKeys{
		open:  kit.Bind(c.Lang, MsgKeyEditProgramme, "enter/e", "enter", "e"),
		add:   kit.Bind(c.Lang, MsgKeyNewProgramme, "n", "n"),
		close: kit.Bind(c.Lang, kit.MsgKeyClose, "esc", "esc"),
	}}
	for pg := range t.All() {
		if !pg.Deleted {
			p.rows = append(p.rows, pg)
		}
	}
	cols := []vtable.Column{
		{Title: c.T(MsgColProgramme), Width: 40, Flex: true, Priority: 100, Key: kit.Sortable},
		{Title: c.T(MsgColPeriod), Width: 9, Priority: 80, Key: kit.Sortable},
		{Title: model.FieldLabel("programme_code", c.Lang), Width: 16, Priority: 60, Key: kit.Sortable},
	}
	p.Table = vtable.New(cols, programmeSource(p.rows), vtable.WithLang(c.Lang),
		vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii))
	return p
}

func (p *ProgrammeList) Init() tea.Cmd { return nil }

func (p *ProgrammeList) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.Table.SetSize(msg.Width, max(msg.Height-3, 0))
	case tea.KeyPressMsg:
		return p.key(msg)
	default:
		_, cmd := p.Table.Update(msg)
		return p, cmd
	}
	return p, nil
}

func (p *ProgrammeList) key(msg tea.KeyPressMsg) (kit.Modal, tea.Cmd) {
	if p.Table.Filtering() {
		_, cmd := p.Table.Update(msg)
		return p, cmd
	}
	switch {
	case key.Matches(msg, p.keys.close) && p.Table.Query() == "":
		return nil, nil
	case key.Matches(msg, p.keys.add):
		y := int32(p.c.Config.Time().Year())
		f := NewProgrammeForm(p.c, model.Programme{Level: model.ProgrammeProvincial, From: y, To: y + 4}, true)
		return f, f.Init()
	case key.Matches(msg, p.keys.open):
		row, ok := p.Table.Selected()
		if !ok {
			return p, kit.Say(kit.LevelWarn, p.c.T(kit.MsgStatusNoSelection))
		}
		f := NewProgrammeForm(p.c, *p.rows[row], false)
		return f, f.Init()
	}
	_, cmd := p.Table.Update(msg)
	return p, cmd
}

func (p *ProgrammeList) View(_ string, w, h int) string {
	st := p.c.Styles
	body := st.Title.Render(p.c.T(MsgProgrammesTitle)) + "\n" + st.Muted.Render(kit.Cut(p.c.T(MsgProgrammesWhy), w)) + "\n" + p.Table.View()
	return kit.Fit(body, w, h)
}

func (p *ProgrammeList) KeyMap() help.KeyMap {
	tk := p.Table.Keys()
	b := []key.Binding{p.keys.open, p.keys.add, tk.Filter, p.keys.close}
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}

func (p *ProgrammeList) Session() *kit.Session { return p.c }

// programmeSource lists programmes for vtable.
type programmeSource []*model.Programme

func (s programmeSource) Len() int      { return len(s) }
func (s programmeSource) Skip(int) bool { return false }
func (s programmeSource) Text(i int) string {
	return vntext.Fold(s[i].Code + " " + s[i].Name + " " + s[i].DecisionNo)
}

func (s programmeSource) Cell(i, col int) string {
	switch col {
	case 0:
		return s[i].Name
	case 1:
		return strconv.Itoa(int(s[i].From)) + "–" + strconv.Itoa(int(s[i].To))
	}
	return s[i].Code
}
