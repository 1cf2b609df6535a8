package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/vtable"
)

// record is what a list tab needs to know of its selected row.
type record struct {
	id      model.ID
	name    string // for messages: a facility's name, a project's code
	version uint32
	deleted bool
}

// listKind is what differs between the facilities and projects tabs.
type listKind struct {
	kind     model.Kind
	title    i18n.Key
	columns  func(*common) []vtable.Column
	source   func(*common) vtable.Source
	live     func(*store.Snapshot) int
	record   func(*store.Snapshot, model.ID) (record, bool)
	detail   func(c *common, id model.ID, w int) string
	newForm  func(c *common) *recordForm
	editForm func(c *common, id model.ID) *recordForm
}

// listTab is a tab of records: a virtual table, a detail pane and the
// keys that create, edit, delete and restore.
type listTab struct {
	c      *common
	k      listKind
	keys   keyMap
	table  *vtable.Model
	detail detailPane
	want   *selectMsg // a record to put the cursor on once the table has it
	w, h   int
}

func newListTab(c *common, k listKind, keys keyMap) *listTab {
	t := &listTab{c: c, k: k, keys: keys, detail: newDetailPane()}
	t.table = vtable.New(k.columns(c), k.source(c),
		vtable.WithLang(c.lang), vtable.WithStyles(tableStyles(c.st)), vtable.WithASCII(c.st.ascii))
	return t
}

func (t *listTab) Title() string {
	return t.c.T(t.k.title) + " " + groupInt(int64(t.k.live(t.c.snap)))
}

func (t *listTab) Capturing() bool { return t.table.Filtering() }

// selected is the record under the cursor.
func (t *listTab) selected() (record, bool) {
	row, ok := t.table.Selected()
	if !ok {
		return record{}, false
	}
	return t.k.record(t.c.latest(), model.ID(row+1))
}

func (t *listTab) side() bool { return t.w >= sideMinWidth }

// layout shares the body between the table and an open detail.
func (t *listTab) layout() {
	switch {
	case t.detail.open && t.side():
		pw := paneWidth(t.w)
		t.table.SetSize(t.w-pw, t.h)
		t.detail.setSize(t.c.st, pw, t.h)
	case t.detail.open:
		t.table.SetSize(t.w, t.h)
		t.detail.setSize(t.c.st, t.w, t.h)
	default:
		t.table.SetSize(t.w, t.h)
	}
}

// syncDetail rebuilds the detail for the selected record if it is open.
func (t *listTab) syncDetail() {
	if !t.detail.open {
		return
	}
	r, ok := t.selected()
	if !ok {
		t.detail.setContent(0, t.c.st.Muted.Render(t.c.T(model.MsgEmptyFiltered)))
		return
	}
	t.detail.setContent(r.id, t.k.detail(t.c, r.id, t.detail.vp.Width()))
}

func (t *listTab) Update(msg tea.Msg) (tabModel, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		t.w, t.h = msg.Width, msg.Height
		t.layout()
		t.syncDetail()
		return t, nil
	case tea.BackgroundColorMsg:
		t.table.SetStyles(tableStyles(t.c.st))
		return t, nil
	case refreshMsg:
		cmd = tea.Batch(t.table.SetSource(t.k.source(t.c)), t.trySelect())
	case selectMsg:
		if msg.kind == t.k.kind {
			t.want = &msg
			cmd = t.trySelect()
		}
	case tea.KeyPressMsg:
		return t, t.key(msg)
	case tea.MouseMsg:
		if t.detail.open && !t.side() {
			return t, nil
		}
		_, cmd = t.table.Update(msg)
	default:
		_, cmd = t.table.Update(msg)
		if t.want != nil {
			cmd = tea.Batch(cmd, t.trySelect())
		}
	}
	t.syncDetail()
	return t, cmd
}

// trySelect moves the cursor to the wanted record once the snapshot has it
// (a save's change arrives after the save) and the table is not busy.
func (t *listTab) trySelect() tea.Cmd {
	w := t.want
	if w == nil || t.table.Busy() {
		return nil
	}
	if _, ok := t.k.record(t.c.snap, w.id); !ok {
		return nil
	}
	t.want = nil
	if !selectRow(t.table, int(w.id)-1) {
		return say(levelInfo, t.c.T(model.MsgStatusSavedHidden, w.name))
	}
	return nil
}

func (t *listTab) View(w, h int) string {
	if !t.detail.open {
		return fit(t.table.View(), w, h)
	}
	pane := t.detail.view(t.c.st, t.detail.vp.Width()+t.c.st.Pane.GetHorizontalFrameSize(), h)
	if !t.side() {
		return fit(pane, w, h)
	}
	return fit(lipgloss.JoinHorizontal(lipgloss.Top, fit(t.table.View(), w-paneWidth(w), h), pane), w, h)
}
