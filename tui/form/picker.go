package form

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/sources"
	"khuyencong/tui/vtable"
)

// picker chooses facilities (a project's beneficiaries) with the same
// table and filter as the facilities tab: / filters, space marks, enter
// takes the marked ones, esc leaves them as they were.
type picker struct {
	c      *kit.Session
	target *[]model.ID
	chosen map[model.ID]bool
	order  []model.ID // chosen, in the order they were marked
	Table  *vtable.Model
	w, h   int
}

// pickSource is the facilities with a mark column in front.
type pickSource struct {
	sources.FacilitySource
	chosen map[model.ID]bool
	Mark   string
}

func (s pickSource) Cell(i, col int) string {
	if col == 0 {
		if s.chosen[model.ID(i+1)] {
			return s.Mark
		}
		return ""
	}
	return s.FacilitySource.Cell(i, pickCols[col])
}

// AppendSortKey overrides the embedded facility source's, whose column
// numbers are not the picker's: chosen rows first, then by the column.
func (s pickSource) AppendSortKey(dst []byte, i, col int) ([]byte, int64) {
	if col == 0 {
		if s.chosen[model.ID(i+1)] {
			return dst, 0
		}
		return dst, 1
	}
	return s.FacilitySource.AppendSortKey(dst, i, pickCols[col])
}

// pickCols maps the picker's columns to the facility columns.
var pickCols = []int{-1, sources.FcName, sources.FcTax, sources.FcCommune, sources.FcOldDistrict, sources.FcCraft}

func (f *RecordForm) openPicker(msg pickMsg) tea.Cmd {
	c := f.c
	p := &picker{c: c, target: msg.ids, chosen: map[model.ID]bool{}}
	for _, id := range *msg.ids {
		p.chosen[id] = true
		p.order = append(p.order, id)
	}
	all := sources.FacilityColumns(c)
	cols := []vtable.Column{{Title: "", Width: 3, Priority: 200, Key: kit.Sortable}}
	for _, i := range pickCols[1:] {
		cols = append(cols, all[i])
	}
	p.Table = vtable.New(cols, p.source(), vtable.WithLang(c.Lang),
		vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii))
	p.setSize(f.w, f.h)
	f.picker = p
	return nil
}

func (p *picker) source() vtable.Source {
	mark := "✓"
	if p.c.Styles.Ascii {
		mark = "x"
	}
	return pickSource{FacilitySource: sources.FacilitySource{Records: p.c.Snap.Facilities(), RowView: kit.RowView{Lang: p.c.Lang}, Units: p.c.Snap.Units}, chosen: p.chosen, Mark: mark}
}

func (p *picker) setSize(w, h int) {
	p.w, p.h = w, h
	p.Table.SetSize(w, max(h-4, 0))
}

// Update passes table results and refreshes the data on a new snapshot.
func (p *picker) Update(msg tea.Msg) tea.Cmd {
	if _, ok := msg.(kit.RefreshMsg); ok {
		return p.Table.SetSource(p.source())
	}
	_, cmd := p.Table.Update(msg)
	return cmd
}

// pickerKey handles a key while the picker is open; it closes the picker
// and moves to the next field when the user is done.
func (f *RecordForm) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	p := f.picker
	if p.Table.Filtering() {
		_, cmd := p.Table.Update(msg)
		return cmd
	}
	switch msg.String() {
	case "space", "x":
		p.toggle()
		return nil
	case "enter":
		*p.target = append([]model.ID(nil), p.order...)
		f.picker = nil
		return f.forward(huh.NextField())
	case "esc":
		if p.Table.Query() == "" {
			f.picker = nil
			return nil
		}
	}
	_, cmd := p.Table.Update(msg)
	return cmd
}

func (p *picker) toggle() {
	row, ok := p.Table.Selected()
	if !ok {
		return
	}
	id := model.ID(row + 1)
	if p.chosen[id] {
		delete(p.chosen, id)
		for i, x := range p.order {
			if x == id {
				p.order = append(p.order[:i], p.order[i+1:]...)
				break
			}
		}
		return
	}
	p.chosen[id] = true
	p.order = append(p.order, id)
}

func (p *picker) View(w, h int) string {
	st := p.c.Styles
	title := st.Title.Render(p.c.T(MsgPickTitle)) + "  " + st.Muted.Render(p.c.T(MsgPickCount, len(p.order)))
	names := make([]string, 0, len(p.order))
	for _, id := range p.order {
		if fac, ok := p.c.Snap.Facilities().Get(id); ok {
			names = append(names, fac.Name)
		}
	}
	chosen := st.Muted.Render(p.c.T(MsgPickNone))
	if len(names) > 0 {
		chosen = strings.Join(names, "; ")
	}
	return kit.Fit(title+"\n"+p.Table.View()+"\n"+kit.Cut(chosen, w), w, h)
}

func (p *picker) KeyMap() help.KeyMap {
	tk := p.Table.Keys()
	if p.Table.Filtering() {
		return kit.KeyList{Short: []key.Binding{tk.FilterKeep, tk.FilterClear}}
	}
	c := p.c
	toggle := key.NewBinding(key.WithKeys("space"), key.WithHelp("space", c.T(MsgKeyToggle)))
	done := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T(MsgKeyConfirm)))
	cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T(kit.MsgKeyClose)))
	b := []key.Binding{tk.Filter, toggle, done, cancel, tk.Up}
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}
