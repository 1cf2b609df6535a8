package budgets

import "khuyencong/model"

// Lists is kit.Lister: the budget tab lists allocations and payments, and
// selects them itself from the GotoMsg, which carries the year.
func (b *Budgets) Lists(k model.Kind) bool {
	return k == model.KindAllocation || k == model.KindPayment
}
