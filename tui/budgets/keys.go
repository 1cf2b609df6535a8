package budgets

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
	"khuyencong/tui/money"
)

// bgKeys are the budget tab's own bindings; the table's keys (filter,
// sort, moves) work as in the other tabs.
type bgKeys struct {
	year, sub, new, edit, del, open, ceilings, export, imp key.Binding
}

func budgetKeys(l i18n.Lang) bgKeys {
	return bgKeys{
		year:     kit.Bind(l, kit.MsgKeyYear, "[ ]", "[", "]"),
		sub:      kit.Bind(l, MsgKeySubTab, "a p ←→", "a", "p", "left", "right"),
		new:      kit.Bind(l, kit.MsgKeyNew, "n", "n"),
		edit:     kit.Bind(l, kit.MsgKeyEdit, "e", "e"),
		del:      kit.Bind(l, kit.MsgKeyDelete, "d", "d"),
		open:     kit.Bind(l, MsgKeyOpenProject, "enter", "enter"),
		ceilings: kit.Bind(l, MsgKeyCeilings, "C", "C"),
		export:   kit.Bind(l, kit.MsgKeyExport, "x", "x"),
		imp:      kit.Bind(l, kit.MsgKeyImport, "i", "i"),
	}
}

func (b *Budgets) key(msg tea.KeyPressMsg) tea.Cmd {
	b.fit()
	t := b.Active()
	if t.Filtering() {
		_, cmd := t.Update(msg)
		return cmd
	}
	if cmd, ok := b.c.Dispatch(b.actions(), msg); ok {
		return cmd
	}
	_, cmd := t.Update(msg)
	return cmd
}

// actions is every key of the tab, each declared once with the role it
// needs: the help line, the ? page and the dispatch read this list.
func (b *Budgets) actions() []kit.Action {
	k := b.keys
	payments := func() bool { return b.Sub == subPayments }
	// enter edits an allocation but only shows a payment's project.
	openNeed := kit.NeedEditor
	if payments() {
		openNeed = kit.NeedNone
	}
	run := func(f func() tea.Cmd) func(tea.KeyPressMsg) tea.Cmd {
		return func(tea.KeyPressMsg) tea.Cmd { return f() }
	}
	const moves, records = 0, 1
	return []kit.Action{
		{Key: k.year, Line: kit.Always, Group: moves, Run: func(msg tea.KeyPressMsg) tea.Cmd { return b.StepYear(msg.String() == "]") }},
		{Key: k.sub, Line: kit.Always, Group: moves, Run: func(msg tea.KeyPressMsg) tea.Cmd {
			switch msg.String() {
			case "a":
				b.Sub = SubAllocations
			case "p":
				b.Sub = subPayments
			default:
				b.Sub = 1 - b.Sub
			}
			return nil
		}},
		{Key: b.Active().Keys().Filter, Line: kit.Always, Group: kit.TableGroup},
		{Key: k.new, Need: kit.NeedEditor, Line: kit.Always, Group: records, Run: run(b.create)},
		{Key: k.edit, Need: kit.NeedEditor, Line: kit.Always, Group: records, Run: run(b.edit)},
		{Key: k.del, Need: kit.NeedAdmin, Group: records, Run: run(b.remove)},
		{Key: k.ceilings, Line: kit.Always, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return form.OpenCeilings(b.c) }},
		{Key: k.open, NeedNow: func() kit.Need { return openNeed }, Line: payments, Group: moves, Run: func(tea.KeyPressMsg) tea.Cmd {
			if payments() {
				return b.openProject()
			}
			return b.edit()
		}},
		{Key: k.export, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return b.reports() }},
		{Key: k.imp, Need: kit.NeedAdmin, Group: records, Run: func(tea.KeyPressMsg) tea.Cmd { return b.c.ImportDialog(b.kind()) }},
	}
}

// kind is the kind of record the active sub-tab lists.
func (b *Budgets) kind() model.Kind {
	if b.Sub == subPayments {
		return model.KindPayment
	}
	return model.KindAllocation
}

func (b *Budgets) StepYear(forward bool) tea.Cmd {
	if b.Money.Data == nil {
		return nil
	}
	b.Year = b.Money.Data.StepYear(b.Year, forward)
	b.chosen = money.YearByUser
	b.layout()
	return tea.Batch(b.resource(), money.SayYear(b.Year))
}

// mouse passes wheel and clicks to the table, in its own coordinates.
func (b *Budgets) mouse(msg tea.MouseMsg) tea.Cmd {
	b.fit()
	off := money.LineCount(b.Table) + 2
	mo := msg.Mouse()
	mo.Y -= off
	var moved tea.Msg
	switch msg.(type) {
	case tea.MouseWheelMsg:
		moved = tea.MouseWheelMsg(mo)
	case tea.MouseClickMsg:
		if mo.Y < 0 {
			return nil
		}
		moved = tea.MouseClickMsg(mo)
	default:
		return nil
	}
	_, cmd := b.Active().Update(moved)
	return cmd
}

// openProject shows the project of the selected payment in its tab.
func (b *Budgets) openProject() tea.Cmd {
	row, ok := b.Tables[subPayments].Selected()
	if !ok {
		return kit.Say(kit.LevelWarn, b.c.T(kit.MsgStatusNoSelection))
	}
	p := b.c.Snap.Payments().At(row)
	msg := kit.GotoMsg{Kind: model.KindProject, ID: p.Project}
	return func() tea.Msg { return msg }
}

// selectRecord puts the cursor on an allocation or a payment: after a
// save, or when a warning is opened. The year changes to the record's if
// another year hides it; a record not yet in the snapshot (the save's
// change has not arrived) is selected when it arrives.
func (b *Budgets) selectRecord(msg kit.SelectMsg) tea.Cmd {
	if msg.Kind != model.KindAllocation && msg.Kind != model.KindPayment {
		return nil
	}
	b.want = &msg
	return b.trySelect()
}

// recordYear is the year under which the budget tab lists a record.
func (b *Budgets) recordYear(k model.Kind, id model.ID) (int32, bool) {
	snap := b.c.Snap
	if k == model.KindAllocation {
		a, ok := snap.Allocations().Get(id)
		if !ok {
			return 0, false
		}
		return a.Year, true
	}
	p, ok := snap.Payments().Get(id)
	if !ok {
		return 0, false
	}
	if pr, ok := snap.Projects().Get(p.Project); ok {
		return pr.Year, true
	}
	return 0, true
}

func (b *Budgets) trySelect() tea.Cmd {
	w := b.want
	if w == nil {
		return nil
	}
	sub := SubAllocations
	if w.Kind == model.KindPayment {
		sub = subPayments
	}
	y, ok := b.recordYear(w.Kind, w.ID)
	if !ok {
		return nil // not in this snapshot yet
	}
	b.Sub = sub
	var cmds []tea.Cmd
	if b.Year != 0 && y != b.Year {
		b.Year, b.chosen = y, money.YearByUser
		b.layout()
		cmds = append(cmds, b.resource(), money.SayYear(y))
	}
	t := b.Tables[sub]
	if t.Busy() {
		return tea.Batch(cmds...)
	}
	b.want = nil
	if !kit.SelectRow(t, int(w.ID)-1) {
		cmds = append(cmds, kit.Say(kit.LevelWarn, b.c.T(kit.MsgJumpFiltered)))
	}
	return tea.Batch(cmds...)
}

// gotoRecord opens a warning's allocation; a warning about a year and
// source without any allocation shows that year and says how to add one.
func (b *Budgets) gotoRecord(msg kit.GotoMsg) tea.Cmd {
	if msg.Kind != model.KindAllocation || msg.ID != 0 {
		return nil // selectMsg follows
	}
	b.Sub = SubAllocations
	var cmds []tea.Cmd
	if msg.Year != b.Year {
		b.Year, b.chosen = msg.Year, money.YearByUser
		b.layout()
		cmds = append(cmds, b.resource(), money.SayYear(msg.Year))
	}
	cmds = append(cmds, kit.Say(kit.LevelWarn, b.c.T(MsgJumpNoAlloc, msg.Src.Code(), int(msg.Year))))
	return tea.Batch(cmds...)
}

// reports is x: the chooser of the table on screen and the papers of the
// year shown, with the settlement of the selected payment's project.
func (b *Budgets) reports() tea.Cmd {
	if b.c.ReportDialog == nil {
		return b.c.ExportDialog(b.kind(), b.Active().Rows())
	}
	var project string
	if row, ok := b.Tables[subPayments].Selected(); ok && b.Sub == subPayments {
		if p, ok := b.c.Snap.Projects().Get(b.c.Snap.Payments().At(row).Project); ok {
			project = p.Code
		}
	}
	return b.c.ReportDialog(b.Year, project, b.kind(), b.Active().Rows())
}
