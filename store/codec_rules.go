package store

import "khuyencong/model"

// encodeRules appends the dated norms to the settings value (after
// AdvanceLimit), as a count and one group of fields per rule.
func encodeRules(w *writer, rules []model.Rule) {
	w.u(uint64(len(rules)))
	for i := range rules {
		r := &rules[i]
		w.byte(byte(r.Category))
		w.str(r.Item)
		w.str(r.Basis)
		w.i(int64(r.Share))
		w.i(int64(r.Ceiling))
		w.byte(byte(r.Per))
		w.i(int64(r.Advance))
		w.i(int64(r.From))
		w.i(int64(r.To))
		w.str(r.Note)
	}
}

// decodeRules reads what encodeRules wrote; settings saved before rules
// existed end before it and have none.
func decodeRules(r *reader) []model.Rule {
	if r.err != nil || r.p == len(r.b) {
		return nil
	}
	n := r.count(10)
	if n == 0 {
		return nil
	}
	rules := make([]model.Rule, n)
	for i := range rules {
		rules[i] = model.Rule{
			Category: model.Category(r.byte()), Item: r.str(), Basis: r.str(),
			Share: r.i32(), Ceiling: model.Money(r.i()), Per: model.Per(r.byte()),
			Advance: r.i32(), From: model.Date(r.i32()), To: model.Date(r.i32()), Note: r.str(),
		}
	}
	return rules
}

func encodeDeadlines(w *writer, d *model.Deadlines) {
	w.i(int64(d.Register))
	w.i(int64(d.Forward))
	w.i(int64(d.Dossier))
	w.i(int64(d.Liquidate))
	w.i(int64(d.Soon))
	w.str(d.Basis)
}

// decodeDeadlines reads what encodeDeadlines wrote; settings saved before
// deadlines existed end before it and read the defaults.
func decodeDeadlines(r *reader) model.Deadlines {
	if r.err != nil || r.p == len(r.b) {
		return model.DefaultDeadlines()
	}
	return model.Deadlines{Register: r.i32(), Forward: r.i32(), Dossier: r.i32(),
		Liquidate: r.i32(), Soon: r.i32(), Basis: r.str()}
}

func encodeCentre(w *writer, c *model.Centre) {
	w.str(c.Name)
	w.str(c.Parent)
	w.str(c.Director)
	w.str(c.Accountant)
	w.str(c.Preparer)
}

func decodeCentre(r *reader) model.Centre {
	return model.Centre{Name: r.str(), Parent: r.str(), Director: r.str(), Accountant: r.str(), Preparer: r.str()}
}
