package store

import "khuyencong/model"

// checkPayment applies the project's life to a payment, for projects whose
// life is recorded as steps (older ones keep the warnings only).
func (w *wtx) checkPayment(old model.Record, pay *model.Payment) error {
	life := model.LifeOf(pay.Project, w.stepsOf(pay.Project))
	if life.Stage == 0 {
		return nil
	}
	raw, err := w.current(model.KindProject, pay.Project)
	if err != nil {
		return err
	}
	p := raw.(*model.Project)
	if life.Stage == model.StageSettled {
		if o, ok := old.(*model.Payment); !ok || o.Amount != pay.Amount || o.PayKind != pay.PayKind {
			return model.Errorf(model.MsgPayAfterSettlement, p.Code)
		}
	}
	if pay.PayKind != model.PayAdvance || life.Accepted() {
		return nil
	}
	rule, ok := model.RuleAt(w.s.snap.Load().Settings.Rules, p.Category, p.Item, model.RuleDate(p, life.Registered()))
	if !ok || rule.Advance <= 0 {
		return nil
	}
	advanced := pay.Amount + w.advancedOn(p.ID, pay.ID)
	if lim := model.MulPct(p.Support, rule.Advance); advanced > lim {
		return model.Errorf(model.MsgPayAdvanceAbove, advanced.String(), int(rule.Advance), lim.String(), rule.Name(), rule.Basis)
	}
	return nil
}

// advancedOn sums the project's live advances other than payment skip,
// as committed and as written in this transaction.
func (w *wtx) advancedOn(project, skip model.ID) model.Money {
	snap := w.s.snap.Load()
	seen := map[model.ID]bool{skip: true}
	var sum model.Money
	for i := len(w.changed) - 1; i >= 0; i-- {
		if x, ok := w.changed[i].(*model.Payment); ok && x.Project == project && !seen[x.ID] {
			seen[x.ID] = true
			if !x.Deleted && x.PayKind == model.PayAdvance {
				sum += x.Amount
			}
		}
	}
	for _, id := range snap.PaymentsOf(project) {
		if x, ok := snap.Payments().Get(id); ok && !seen[id] && !x.Deleted && x.PayKind == model.PayAdvance {
			sum += x.Amount
		}
	}
	return sum
}
