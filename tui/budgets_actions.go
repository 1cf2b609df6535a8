package tui

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/vtable"
)

// The role checks here only spare the user a form they cannot save; the
// store refuses the write anyway.

func (b *budgets) create() tea.Cmd {
	c := b.c
	if !c.canWrite() {
		return c.refuse(model.MsgNeedEditor)
	}
	if b.sub == subPayments {
		base := model.Payment{Date: model.DateOf(c.cfg.now())}
		if row, ok := b.tables[subPayments].Selected(); ok {
			base.Project = c.snap.Payments.At(row).Project // the next payment of the same project
		}
		f := newPaymentForm(c, base, true)
		return openModal(f, f.Init())
	}
	year := b.year
	if year == 0 {
		year = int32(c.cfg.now().Year())
	}
	f := newAllocationForm(c, model.Allocation{Year: year, Source: model.SourceNational}, true)
	return openModal(f, f.Init())
}

func (b *budgets) edit() tea.Cmd {
	c := b.c
	if !c.canWrite() {
		return c.refuse(model.MsgNeedEditor)
	}
	row, ok := b.active().Selected()
	if !ok {
		return say(levelWarn, c.T(model.MsgStatusNoSelection))
	}
	if b.sub == subPayments {
		p := *c.latest().Payments.At(row)
		if p.Deleted {
			return say(levelWarn, c.T(model.MsgStatusIsDeleted))
		}
		f := newPaymentForm(c, p, false)
		return openModal(f, f.Init())
	}
	a := *c.latest().Allocations.At(row)
	if a.Deleted {
		return say(levelWarn, c.T(model.MsgStatusIsDeleted))
	}
	f := newAllocationForm(c, a, false)
	return openModal(f, f.Init())
}

func (b *budgets) remove() tea.Cmd {
	c := b.c
	if !c.canAdmin() {
		return c.refuse(model.MsgNeedAdmin)
	}
	row, ok := b.active().Selected()
	if !ok {
		return say(levelWarn, c.T(model.MsgStatusNoSelection))
	}
	kind, id := model.KindAllocation, model.ID(row+1)
	var name string
	var meta model.Meta
	if b.sub == subPayments {
		p := c.latest().Payments.At(row)
		kind, name, meta = model.KindPayment, paymentName(c, p), p.Meta
	} else {
		a := c.latest().Allocations.At(row)
		name, meta = allocationName(c, a), a.Meta
	}
	if meta.Deleted {
		return say(levelWarn, c.T(model.MsgStatusIsDeleted))
	}
	d := newConfirm(c, c.T(model.MsgDeleteAsk, name), c.T(model.MsgDeleteYes), c.T(model.MsgNo))
	return openModal(&confirmModal{d: d, onYes: deleteCmd(c, kind, id, meta.Version, name)}, nil)
}

// allocationName names an allocation in messages: "KCQG năm 2023 đợt 1".
func allocationName(c *common, a *model.Allocation) string {
	if a.Batch != 0 {
		return c.T(model.MsgAllocationBatch, a.Source.Code(), int(a.Year), int(a.Batch))
	}
	return c.T(model.MsgAllocationName, a.Source.Code(), int(a.Year))
}

// paymentName names a payment in messages: "KCQG-2022-01 15/07/2022 210 tr".
func paymentName(c *common, p *model.Payment) string {
	code := "#" + strconv.Itoa(int(p.Project))
	if pr, ok := c.snap.Projects.Get(p.Project); ok {
		code = pr.Code
	}
	return code + " " + p.Date.String() + " " + p.Amount.Short()
}

// selectRow puts the table's cursor on an underlying row, if the table
// lists it. The table moves only by its keys, so this goes home and then
// pages and steps down: a few dozen key messages at most per thousand rows.
func selectRow(t *vtable.Model, row int) bool {
	idx := -1
	for i, r := range t.Rows() {
		if int(r) == row {
			idx = i
			break
		}
	}
	if idx < 0 {
		return false
	}
	km := t.Keys()
	press := func(b []string) { t.Update(pressKey(b[0])) }
	press(km.Home.Keys())
	_, h := t.Size()
	page := max(h-3, 1)
	for ; idx >= page; idx -= page {
		press(km.PageDown.Keys())
	}
	for ; idx > 0; idx-- {
		press(km.Down.Keys())
	}
	return true
}

// keyPress makes the key message of a binding's key name.
func pressKey(name string) tea.KeyPressMsg {
	switch name {
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}
