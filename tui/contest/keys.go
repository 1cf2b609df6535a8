package contest

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// ctKeys are the tab's own bindings; the table's keys (filter, sort,
// moves) work as in the other tabs.
type ctKeys struct {
	views, open, back, grid, publish, reopen, nominate, expiring, export, imp, new, edit, del, restore key.Binding
}

func contestKeys(l i18n.Lang) ctKeys {
	return ctKeys{
		views:    kit.Bind(l, MsgKeyViews, "←→", "left", "right"),
		open:     kit.Bind(l, MsgKeyOpenRound, "enter", "enter"),
		back:     kit.Bind(l, MsgKeyBack, "esc", "esc"),
		grid:     kit.Bind(l, MsgKeyGrid, "g", "g"),
		publish:  kit.Bind(l, MsgKeyPublish, "P", "P"),
		reopen:   kit.Bind(l, MsgKeyReopen, "R", "R"),
		nominate: kit.Bind(l, MsgKeyNominate, "N", "N"),
		expiring: kit.Bind(l, MsgKeyExpiring, "y", "y"),
		export:   kit.Bind(l, kit.MsgKeyExport, "x", "x"),
		imp:      kit.Bind(l, kit.MsgKeyImport, "i", "i"),
		new:      kit.Bind(l, kit.MsgKeyNew, "n", "n"),
		edit:     kit.Bind(l, kit.MsgKeyEdit, "e", "e"),
		del:      kit.Bind(l, kit.MsgKeyDelete, "d", "d"),
		restore:  kit.Bind(l, kit.MsgKeyRestore, "u", "u"),
	}
}

// actions is every key of the tab, each declared once with the role it
// needs: the help line, the ? page and the dispatch read this list.
func (t *Tab) actions() []kit.Action {
	k := t.keys
	in := func(v int) func() bool { return func() bool { return t.Showing == v } }
	hasRound := func() bool { return t.Showing != ViewRegister }
	run := func(f func() tea.Cmd) func(tea.KeyPressMsg) tea.Cmd {
		return func(tea.KeyPressMsg) tea.Cmd { return f() }
	}
	tk := t.Active().Keys()
	const moves, records = 0, 1
	return []kit.Action{
		{Key: k.views, Line: kit.Always, Group: moves, Run: func(msg tea.KeyPressMsg) tea.Cmd {
			if msg.String() == "left" {
				t.Showing = (t.Showing + views - 1) % views
			} else {
				t.Showing = (t.Showing + 1) % views
			}
			return nil
		}},
		{Key: k.open, When: in(ViewRounds), Line: in(ViewRounds), Group: moves, Run: run(t.openRound)},
		{Key: k.back, When: in(ViewEntries), Line: in(ViewEntries), Group: moves, Run: run(func() tea.Cmd {
			t.Showing = ViewRounds
			return nil
		})},
		{Key: tk.Up, Line: kit.Always, Group: kit.TableGroup},
		{Key: tk.Down, Line: kit.Always, Group: kit.TableGroup},
		{Key: tk.Filter, Line: kit.Always, Group: kit.TableGroup},
		{Key: k.new, Need: kit.NeedEditor, When: hasRound, Line: hasRound, Group: records, Run: run(t.newRecord)},
		{Key: k.edit, Need: kit.NeedEditor, Group: records, Run: run(t.editRecord)},
		{Key: k.grid, Need: kit.NeedEditor, When: hasRound, Line: hasRound, Group: records, Run: run(t.openGrid)},
		{Key: k.publish, Need: kit.NeedEditor, When: hasRound, Line: hasRound, Group: records, Run: run(t.publish)},
		{Key: k.reopen, Need: kit.NeedAdmin, When: hasRound, Group: records, Run: run(t.reopen)},
		{Key: k.nominate, Need: kit.NeedEditor, When: hasRound, Group: records, Run: run(t.nominate)},
		{Key: k.expiring, When: in(ViewRegister), Line: in(ViewRegister), Group: records, Run: run(func() tea.Cmd {
			t.expiring = !t.expiring
			return t.Tables[ViewRegister].SetSource(t.source(ViewRegister))
		})},
		{Key: k.del, Need: kit.NeedAdmin, Group: records, Run: run(t.remove)},
		{Key: k.restore, Need: kit.NeedAdmin, Group: records, Run: run(t.restore)},
		{Key: k.export, Group: records, Run: run(t.export)},
		{Key: k.imp, Need: kit.NeedAdmin, Group: records, Run: run(func() tea.Cmd { return t.c.ImportDialog(t.kind()) })},
	}
}

// kind is what the view lists, for export and import.
func (t *Tab) kind() model.Kind {
	if t.Showing == ViewRounds {
		return model.KindRound
	}
	return model.KindEntry
}

func (t *Tab) export() tea.Cmd { return t.c.ExportDialog(t.kind(), t.Active().Rows()) }

// openRound shows the selected round's entries.
func (t *Tab) openRound() tea.Cmd {
	row, ok := t.Tables[ViewRounds].Selected()
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	t.Round = model.ID(row + 1)
	t.Showing = ViewEntries
	return t.Tables[ViewEntries].SetSource(t.source(ViewEntries))
}

// current is the round the grid, publish and reopen act on: the one
// selected in the rounds view, or the one the entries view shows.
func (t *Tab) current() (*model.Round, bool) {
	id := t.Round
	if t.Showing == ViewRounds {
		row, ok := t.Tables[ViewRounds].Selected()
		if !ok {
			return nil, false
		}
		id = model.ID(row + 1)
	}
	r, ok := latestRound(t.c, id)
	return r, ok && !r.Deleted
}

func (t *Tab) openGrid() tea.Cmd {
	r, ok := t.current()
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	switch {
	case r.Status == model.RoundPublished:
		return kit.Say(kit.LevelWarn, t.c.T(MsgLocked, r.Code))
	case len(r.Council) == 0:
		return kit.Say(kit.LevelWarn, t.c.T(MsgNoCouncil, r.Code))
	}
	g := NewGrid(t.c, r)
	if len(g.entries) == 0 {
		return kit.Say(kit.LevelWarn, t.c.T(MsgNoEntries, r.Code))
	}
	return kit.OpenModal(g, nil)
}

// publish asks, then publishes the round with its results decision and
// date (today when the round has none).
func (t *Tab) publish() tea.Cmd {
	r, ok := t.current()
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	if r.Status == model.RoundPublished {
		return kit.Say(kit.LevelWarn, t.c.T(MsgLocked, r.Code))
	}
	date := r.ResultsDate
	if date == 0 {
		date = model.DateOf(t.c.Config.Time())
	}
	passing := 0
	for e := range t.d.entries.Scan() {
		if e.Round == r.ID && t.d.results[e.ID-1].Passed {
			passing++
		}
	}
	s, a, id, version, code := t.c.Config.Store, t.c.Config.Actor, r.ID, r.Version, r.Code
	pub := publication(r.ResultsDecision, date)
	yes := func() tea.Msg {
		n, err := s.PublishRound(a, id, version, pub)
		return writeMsg{ok: MsgPublished, args: []any{code, n}, err: err}
	}
	d := form.NewConfirm(t.c, t.c.T(MsgPublishAsk, r.Code, passing, r.ResultsDecision, date.String()), t.c.T(MsgPublishYes), t.c.T(kit.MsgNo))
	return kit.OpenModal(&form.ConfirmModal{Dialog: d, OnYes: yes}, nil)
}

func (t *Tab) reopen() tea.Cmd {
	r, ok := t.current()
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	if r.Status != model.RoundPublished {
		return kit.Say(kit.LevelWarn, t.c.T(MsgNotPublished, r.Code))
	}
	s, a, id, version, code := t.c.Config.Store, t.c.Config.Actor, r.ID, r.Version, r.Code
	yes := func() tea.Msg {
		return writeMsg{ok: MsgReopened, args: []any{code}, err: s.ReopenRound(a, id, version)}
	}
	d := form.NewConfirm(t.c, t.c.T(MsgReopenAsk, r.Code), t.c.T(MsgReopenYes), t.c.T(kit.MsgNo))
	return kit.OpenModal(&form.ConfirmModal{Dialog: d, OnYes: yes}, nil)
}

// writeMsg is the outcome of a publish or reopen.
type writeMsg struct {
	ok   i18n.Key
	args []any
	err  error
}

func (m writeMsg) status(c *kit.Session) tea.Cmd {
	if m.err != nil {
		st := c.ErrorStatus(m.err)
		return func() tea.Msg { return kit.StatusMsg(st) }
	}
	return kit.Say(kit.LevelInfo, c.T(m.ok, m.args...))
}

// newEntry registers a product for the round the entries view shows, with
// the next registration number.
func (t *Tab) newEntry() tea.Cmd {
	r, ok := latestRound(t.c, t.Round)
	if !ok || r.Deleted {
		return kit.Say(kit.LevelWarn, t.c.T(MsgNoRound))
	}
	n := 1
	for e := range t.d.entries.Scan() {
		if e.Round == r.ID {
			n++
		}
	}
	base := model.Entry{Round: r.ID, Code: fmt.Sprintf("%s-%02d", r.Code, n)}
	f := form.NewEntryForm(t.c, base, true)
	return kit.OpenModal(f, f.Init())
}

// newRecord adds a round (rounds view: this year's, with the default
// rules) or an entry of the round shown.
func (t *Tab) newRecord() tea.Cmd {
	if t.Showing == ViewEntries {
		return t.newEntry()
	}
	year := int32(t.c.Config.Time().Year())
	f := form.NewRoundForm(t.c, model.Round{Year: year, Level: model.LevelProvince, Status: model.RoundPlanned,
		Rules: model.DefaultContestRules()}, true)
	return kit.OpenModal(f, f.Init())
}

// editRecord edits the selected round, or entry (entries view, register).
func (t *Tab) editRecord() tea.Cmd {
	if t.Showing != ViewRounds {
		return t.editEntry()
	}
	row, ok := t.Active().Selected()
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	r, ok := latestRound(t.c, model.ID(row+1))
	if !ok || r.Deleted {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusIsDeleted))
	}
	f := form.NewRoundForm(t.c, *r, false)
	return kit.OpenModal(f, f.Init())
}

// editEntry edits the selected entry (entries view or register).
func (t *Tab) editEntry() tea.Cmd {
	row, ok := t.Active().Selected()
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	e, ok := store.TableOf[model.Entry](t.c.Latest()).Get(model.ID(row + 1))
	if !ok || e.Deleted {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusIsDeleted))
	}
	f := form.NewEntryForm(t.c, *e, false)
	return kit.OpenModal(f, f.Init())
}
