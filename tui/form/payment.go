package form

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// PaymentForm is the shared record form (form.go) for a payment, with a
// project picker of its own: the project field opens a table of the
// projects with the usual filter, and enter takes the one under the
// cursor. The wrapper routes keys to the picker while it is open and
// everything else to the record form.
type PaymentForm struct {
	*RecordForm
	project *model.ID
	pick    *projectPicker
}

// NewPaymentForm opens a form over a copy of base: project, date, kind,
// amount (anything model.ParseMoney reads), voucher and notes.
func NewPaymentForm(c *kit.Session, base model.Payment, isNew bool) *PaymentForm {
	pf := &PaymentForm{project: new(model.ID)}
	*pf.project = base.Project
	kind := new(model.PaymentKind)
	*kind = base.PayKind
	txt := func(name string, kind fieldKind, v string, required bool) *formField {
		return &formField{Name: name, Kind: kind, value: v, required: required}
	}
	fields := []*formField{
		projectChoice(c, pf.project),
		txt("date", kDate, base.Date.String(), true),
		choice(c, "kind", kind, model.AllPaymentKinds, model.PaymentKind.Label, true),
		txt("amount", kMoney, moneyText(base.Amount), true),
		txt("voucher", kText, base.Voucher, false),
		textArea("notes", kNotes, base.Notes, ""),
	}
	title := c.T(MsgFormNewPayment)
	if !isNew {
		title = c.T(MsgFormEditPayment, PaymentName(c, &base))
	}
	b := base
	rk := recordKind{
		Kind: model.KindPayment,
		Record: func(f *RecordForm) model.Record {
			r := *f.base.(*model.Payment)
			r.Project, r.PayKind = *pf.project, *kind
			r.Date, r.Amount = f.date("date"), f.Money("amount")
			r.Voucher, r.Notes = f.Get("voucher"), f.Get("notes")
			return &r
		},
		Name:   func(r model.Record) string { return PaymentName(c, r.(*model.Payment)) },
		remake: func(r model.Record) *RecordForm { return NewPaymentForm(c, *r.(*model.Payment), false).RecordForm },
	}
	pf.RecordForm = newRecordForm(c, rk, title, &b, isNew, fields)
	return pf
}

func (pf *PaymentForm) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch msg := msg.(type) {
	case pickProjectMsg:
		pf.pick = newProjectPicker(pf.c, *pf.project, pf.w, pf.h)
		return pf, nil
	case tea.KeyPressMsg:
		if pf.pick != nil {
			return pf, pf.pickKey(msg)
		}
	case tea.WindowSizeMsg:
		if pf.pick != nil {
			pf.pick.setSize(msg.Width, msg.Height)
		}
	case kit.RefreshMsg:
		if pf.pick != nil {
			// A large table refilters in the background; its result
			// comes back as a ResultMsg through the command.
			cmd := pf.pick.Table.SetSource(pf.pick.source())
			next, fcmd := pf.RecordForm.Update(msg)
			if next == nil {
				return nil, tea.Batch(cmd, fcmd)
			}
			return pf, tea.Batch(cmd, fcmd)
		}
	case vtable.ResultMsg:
		if pf.pick != nil {
			_, cmd := pf.pick.Table.Update(msg)
			return pf, cmd
		}
	}
	next, cmd := pf.RecordForm.Update(msg)
	if next == nil {
		return nil, cmd
	}
	return pf, cmd
}

// pickKey handles a key while the picker is open: enter takes the project
// under the cursor and moves on to the next field, esc keeps the old one.
func (pf *PaymentForm) pickKey(msg tea.KeyPressMsg) tea.Cmd {
	t := pf.pick.Table
	if t.Filtering() {
		_, cmd := t.Update(msg)
		return cmd
	}
	switch msg.String() {
	case "enter":
		row, ok := t.Selected()
		if !ok {
			return kit.Say(kit.LevelWarn, pf.c.T(kit.MsgStatusNoSelection))
		}
		*pf.project = model.ID(row + 1)
		pf.pick = nil
		return pf.forward(huh.NextField())
	case "esc":
		pf.pick = nil
		return nil
	}
	_, cmd := t.Update(msg)
	return cmd
}

func (pf *PaymentForm) View(base string, w, h int) string {
	if pf.pick != nil {
		return pf.pick.View(w, h)
	}
	return pf.RecordForm.View(base, w, h)
}

func (pf *PaymentForm) KeyMap() help.KeyMap {
	if pf.pick != nil {
		return pf.pick.KeyMap()
	}
	return pf.RecordForm.KeyMap()
}
