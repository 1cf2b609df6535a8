package lists

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// record is what a list tab needs to know of its selected row.
type record struct {
	ID      model.ID
	Name    string // for messages: a facility's name, a project's code
	version uint32
	deleted bool
}

// Spec is what differs between the facilities and projects tabs.
type Spec struct {
	Kind     model.Kind
	title    i18n.Key
	columns  func(*kit.Session) []vtable.Column
	source   func(*kit.Session) vtable.Source
	live     func(*store.Snapshot) int
	Record   func(*store.Snapshot, model.ID) (record, bool)
	detail   func(c *kit.Session, id model.ID, w int) string
	newForm  func(c *kit.Session) *form.RecordForm
	editForm func(c *kit.Session, id model.ID) *form.RecordForm
}

// Tab is a tab of records: a virtual table, a detail pane and the
// keys that create, edit, delete and restore.
type Tab struct {
	c      *kit.Session
	Spec   Spec
	keys   kit.Keys
	Table  *vtable.Model
	detail detailPane
	want   *kit.SelectMsg // a record to put the cursor on once the table has it
	acts   []kit.Action   // the tab's keys, declared once (keys.go)
	w, h   int
}

func New(c *kit.Session, k Spec, keys kit.Keys) *Tab {
	t := &Tab{c: c, Spec: k, keys: keys, detail: newDetailPane()}
	t.Table = vtable.New(k.columns(c), k.source(c),
		vtable.WithLang(c.Lang), vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii))
	return t
}

func (t *Tab) Title() string {
	return t.c.T(t.Spec.title) + " " + kit.GroupInt(int64(t.Spec.live(t.c.Snap)))
}

// ShortTitle is the title without the count, for a narrow tab bar.
func (t *Tab) ShortTitle() string { return t.c.T(t.Spec.title) }

func (t *Tab) Capturing() bool { return t.Table.Filtering() }

// Selected is the record under the cursor.
func (t *Tab) Selected() (record, bool) {
	row, ok := t.Table.Selected()
	if !ok {
		return record{}, false
	}
	return t.Spec.Record(t.c.Latest(), model.ID(row+1))
}

func (t *Tab) side() bool { return t.w >= sideMinWidth }

// layout shares the body between the table and an open detail.
func (t *Tab) layout() {
	switch {
	case t.detail.Open && t.side():
		pw := paneWidth(t.w)
		t.Table.SetSize(t.w-pw, t.h)
		t.detail.setSize(t.c.Styles, pw, t.h)
	case t.detail.Open:
		t.Table.SetSize(t.w, t.h)
		t.detail.setSize(t.c.Styles, t.w, t.h)
	default:
		t.Table.SetSize(t.w, t.h)
	}
}

// syncDetail rebuilds the detail for the selected record if it is open.
func (t *Tab) syncDetail() {
	if !t.detail.Open {
		return
	}
	r, ok := t.Selected()
	if !ok {
		t.detail.setContent(0, t.c.Styles.Muted.Render(t.c.T(MsgEmptyFiltered)))
		return
	}
	t.detail.setContent(r.ID, t.Spec.detail(t.c, r.ID, t.detail.vp.Width()))
}

func (t *Tab) Update(msg tea.Msg) (kit.Tab, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		t.w, t.h = msg.Width, msg.Height
		t.layout()
		t.syncDetail()
		return t, nil
	case tea.BackgroundColorMsg:
		t.Table.SetStyles(kit.TableStyles(t.c.Styles))
		return t, nil
	case kit.RefreshMsg:
		cmd = tea.Batch(t.Table.SetSource(t.Spec.source(t.c)), t.trySelect())
	case kit.SelectMsg:
		if msg.Kind == t.Spec.Kind {
			t.want = &msg
			cmd = t.trySelect()
		}
	case tea.KeyPressMsg:
		return t, t.key(msg)
	case tea.MouseMsg:
		if t.detail.Open && !t.side() {
			return t, nil
		}
		_, cmd = t.Table.Update(msg)
	default:
		_, cmd = t.Table.Update(msg)
		if t.want != nil {
			cmd = tea.Batch(cmd, t.trySelect())
		}
	}
	t.syncDetail()
	return t, cmd
}

// trySelect moves the cursor to the wanted record once the snapshot has it
// (a save's change arrives after the save) and the table is not busy.
func (t *Tab) trySelect() tea.Cmd {
	w := t.want
	if w == nil || t.Table.Busy() {
		return nil
	}
	if _, ok := t.Spec.Record(t.c.Snap, w.ID); !ok {
		return nil
	}
	t.want = nil
	if !kit.SelectRow(t.Table, int(w.ID)-1) {
		return kit.Say(kit.LevelInfo, t.c.T(MsgStatusSavedHidden, w.Name))
	}
	return nil
}

func (t *Tab) View(w, h int) string {
	if !t.detail.Open {
		return kit.Fit(t.Table.View(), w, h)
	}
	pane := t.detail.view(t.c.Styles, t.detail.vp.Width()+t.c.Styles.Pane.GetHorizontalFrameSize(), h)
	if !t.side() {
		return kit.Fit(pane, w, h)
	}
	return kit.Fit(lipgloss.JoinHorizontal(lipgloss.Top, kit.Fit(t.Table.View(), w-paneWidth(w), h), pane), w, h)
}
