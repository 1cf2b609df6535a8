package budgets

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// The roles these need are declared with the keys (actions in keys.go).

func (b *Budgets) create() tea.Cmd {
	c := b.c
	if b.Sub == subPayments {
		base := model.Payment{Date: model.DateOf(c.Config.Time())}
		if row, ok := b.Tables[subPayments].Selected(); ok {
			base.Project = c.Snap.Payments().At(row).Project // the next payment of the same project
		}
		f := form.NewPaymentForm(c, base, true)
		return kit.OpenModal(f, f.Init())
	}
	year := b.Year
	if year == 0 {
		year = int32(c.Config.Time().Year())
	}
	f := form.NewAllocationForm(c, model.Allocation{Year: year, Source: model.SourceNational}, true)
	return kit.OpenModal(f, f.Init())
}

func (b *Budgets) edit() tea.Cmd {
	c := b.c
	row, ok := b.Active().Selected()
	if !ok {
		return kit.Say(kit.LevelWarn, c.T(kit.MsgStatusNoSelection))
	}
	if b.Sub == subPayments {
		p := *c.Latest().Payments().At(row)
		if p.Deleted {
			return kit.Say(kit.LevelWarn, c.T(kit.MsgStatusIsDeleted))
		}
		f := form.NewPaymentForm(c, p, false)
		return kit.OpenModal(f, f.Init())
	}
	a := *c.Latest().Allocations().At(row)
	if a.Deleted {
		return kit.Say(kit.LevelWarn, c.T(kit.MsgStatusIsDeleted))
	}
	f := form.NewAllocationForm(c, a, false)
	return kit.OpenModal(f, f.Init())
}

func (b *Budgets) remove() tea.Cmd {
	c := b.c
	row, ok := b.Active().Selected()
	if !ok {
		return kit.Say(kit.LevelWarn, c.T(kit.MsgStatusNoSelection))
	}
	kind, id := model.KindAllocation, model.ID(row+1)
	var name string
	var meta model.Meta
	if b.Sub == subPayments {
		p := c.Latest().Payments().At(row)
		kind, name, meta = model.KindPayment, form.PaymentName(c, p), p.Meta
	} else {
		a := c.Latest().Allocations().At(row)
		name, meta = form.AllocationName(c, a), a.Meta
	}
	if meta.Deleted {
		return kit.Say(kit.LevelWarn, c.T(kit.MsgStatusIsDeleted))
	}
	d := form.NewConfirm(c, c.T(kit.MsgDeleteAsk, name), c.T(kit.MsgDeleteYes), c.T(kit.MsgNo))
	return kit.OpenModal(&form.ConfirmModal{Dialog: d, OnYes: kit.DeleteCmd(c, kind, id, meta.Version, name)}, nil)
}
