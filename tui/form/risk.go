package form

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// riskMsg says that a save would over-commit a source or over-pay a
// project (model.SaveRisks): the form asks before saving, instead of the
// overview flagging it after the fact (issue 18, point 5).
type riskMsg struct {
	Form  *RecordForm
	rec   model.Record
	risks []model.SaveRisk
}

// snapData is the snapshot's budget records, as model's summaries read them.
func snapData(snap *store.Snapshot) model.Data {
	return model.Data{Projects: snap.Projects().All(), Allocations: snap.Allocations().All(),
		Payments: snap.Payments().All()}
}

// asked opens the question; yes saves the same record without asking
// again, no goes back to the form with everything as typed.
func (f *RecordForm) asked(msg riskMsg) (kit.Modal, tea.Cmd) {
	f.saving = false
	c := f.c
	lines := make([]string, 0, len(msg.risks)+1)
	for _, r := range msg.risks {
		lines = append(lines, f.riskText(r))
	}
	lines = append(lines, c.T(MsgRiskAsk))
	f.confirm = NewConfirm(c, strings.Join(lines, "\n\n"), c.T(MsgRiskYes), c.T(MsgDiscardNo))
	rec := msg.rec
	f.onYes = func() (kit.Modal, tea.Cmd) { return f, f.save(rec, false) }
	return f, nil
}

func (f *RecordForm) riskText(r model.SaveRisk) string {
	c := f.c
	if r.Kind == model.WarnOverCommitted {
		return c.T(MsgRiskOverCommitted, r.Source.Code(), int(r.Year), r.Limit.String(), r.Before.String(), r.Amount.String())
	}
	code := ""
	if p, ok := c.Latest().Projects().Get(r.ID); ok {
		code = p.Code
	}
	if r.This == 0 {
		return c.T(MsgRiskSupportBelow, code, r.Amount.String(), r.Limit.String())
	}
	return c.T(MsgRiskOverPaid, code, r.Limit.String(), r.Before.String(), r.This.String(), r.Amount.String())
}
