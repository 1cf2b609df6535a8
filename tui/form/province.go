package form

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// ProvinceChooser sets the centre's province (admins): the 34 provinces
// with the tables' filter; enter saves it in the settings, audited. New
// addresses default to it and old ones without a province are looked for
// in the provinces merged into it.
type ProvinceChooser struct {
	c     *kit.Session
	rows  []unitRow
	Table *vtable.Model
	err   string
}

type provinceSavedMsg struct{ err error }

func NewProvinceChooser(c *kit.Session) *ProvinceChooser {
	p := &ProvinceChooser{c: c, rows: provinceRows(c.Latest().Units)}
	cols := []vtable.Column{
		{Title: c.T(MsgColUnit), Width: 30, Flex: true, Priority: 100, Key: kit.Sortable},
		{Title: c.T(MsgColUnitCode), Width: 6, Priority: 50, Key: kit.Sortable},
	}
	p.Table = vtable.New(cols, unitSource(p.rows), vtable.WithLang(c.Lang),
		vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii))
	for i, r := range p.rows {
		if r.code == c.Latest().Settings.Province {
			kit.SelectRow(p.Table, i)
		}
	}
	return p
}

func (p *ProvinceChooser) Init() tea.Cmd { return nil }

func (p *ProvinceChooser) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		why := strings.Count(p.why(msg.Width), "\n") + 1
		p.Table.SetSize(msg.Width, max(msg.Height-2-why, 0))
	case provinceSavedMsg:
		if msg.err != nil {
			p.err = p.c.ErrorStatus(msg.err).Text
			return p, nil
		}
		name := p.c.Latest().Units.ProvinceLabel(p.c.Latest().Settings.Province)
		return nil, kit.Say(kit.LevelInfo, p.c.T(MsgProvinceSaved, name))
	case tea.KeyPressMsg:
		return p.key(msg)
	default:
		_, cmd := p.Table.Update(msg)
		return p, cmd
	}
	return p, nil
}

// key: typing a letter filters at once (as "/" then the letter: the list
// is 34 names, not a table to move through with j and k), and enter takes
// the province under the cursor, also while filtering.
func (p *ProvinceChooser) key(msg tea.KeyPressMsg) (kit.Modal, tea.Cmd) {
	switch {
	case msg.String() == "enter":
		return p, p.choose()
	case p.Table.Filtering():
	case msg.String() == "esc" && p.Table.Query() == "":
		return nil, nil
	case msg.Text != "" && msg.Mod == 0 && msg.Text != "/" && msg.Text != " ":
		_, cmd := p.Table.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
		_, typed := p.Table.Update(msg)
		return p, tea.Batch(cmd, typed)
	}
	_, cmd := p.Table.Update(msg)
	return p, cmd
}

// choose saves the province under the cursor as the centre's.
func (p *ProvinceChooser) choose() tea.Cmd {
	row, ok := p.Table.Selected()
	if !ok {
		return kit.Say(kit.LevelWarn, p.c.T(kit.MsgStatusNoSelection))
	}
	s, a := p.c.Config.Store, p.c.Config.Actor
	set := s.Snapshot().Settings
	set.Province = p.rows[row].code
	return func() tea.Msg { return provinceSavedMsg{err: s.SaveSettings(a, set)} }
}

func (p *ProvinceChooser) View(_ string, w, h int) string {
	st := p.c.Styles
	body := st.Title.Render(p.c.T(MsgProvinceTitle)) + "\n" + st.Muted.Render(p.why(w)) + "\n" + p.Table.View()
	if p.err != "" {
		body += "\n" + st.Error.Render(p.err)
	}
	return kit.Fit(body, w, h)
}

// why is the sentence that says what the setting does, wrapped at w: at
// 80 columns it takes two lines, which the table leaves to it.
func (p *ProvinceChooser) why(w int) string { return ansi.Wrap(p.c.T(MsgProvinceWhy), w, "") }

func (p *ProvinceChooser) KeyMap() help.KeyMap {
	tk := p.Table.Keys()
	c := p.c
	if p.Table.Filtering() {
		return kit.KeyList{Short: []key.Binding{kit.Bind(c.Lang, MsgKeyConfirm, "enter", "enter"), tk.FilterClear}}
	}
	b := []key.Binding{tk.Filter, kit.Bind(c.Lang, MsgKeyConfirm, "enter", "enter"), kit.Bind(c.Lang, kit.MsgKeyClose, "esc", "esc")}
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}
