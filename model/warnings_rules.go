package model

import "khuyencong/i18n"

// RuleDate is the day whose norms a project is held to: its approval
// decision's date, or before approval the date it was proposed. A project
// keeps the rules in force when it was approved (ND 235/2025 leaves
// projects approved before 15/10/2025 under the old rules). Without
// either date, its start, or else 1 January of its plan year.
func RuleDate(p *Project, proposed Date) Date {
	switch {
	case p.DecisionDate.Valid():
		return p.DecisionDate
	case proposed.Valid():
		return proposed
	case p.Start.Valid():
		return p.Start
	}
	return Date(p.Year*10000 + 101)
}

// ruleWarnings checks a project against the dated norms of st.Rules; a
// breach is a warning naming the norm and its basis, never a refusal,
// because a decision may lawfully depart from a norm.
func (lg *ledger) ruleWarnings(ws []Warning, e *projEntry, st Settings) []Warning {
	p := e.p
	w := func(k WarningKind, amount, limit Money, msg i18n.Key, args ...any) {
		ws = append(ws, Warning{Kind: k, RecordKind: KindProject, ID: p.ID, Year: p.Year,
			Source: p.Source, Amount: amount, Limit: limit, Err: Errorf(msg, args...)})
	}
	day := RuleDate(p, e.proposed)
	r, ok := RuleAt(st.Rules, p.Category, p.Item, day)
	if !ok {
		if p.Category != CatUnknown {
			w(WarnNoRule, p.Support, 0, MsgWarnNoRule, p.Code, p.Category.Code(), day.String())
		}
		return ws
	}
	if r.Advance > 0 && !p.Status.Accepted() {
		if lim := mulPct(p.Support, r.Advance); e.advanced > lim {
			w(WarnAdvance, e.advanced, lim, MsgWarnRuleAdvance, p.Code, e.advanced.String(),
				int(r.Advance), lim.String(), r.Name(), r.Basis)
		}
	}
	if p.Status == StatusRejected || p.Status == StatusStopped {
		return ws
	}
	if r.Share > 0 {
		total := lg.add(p.Support, p.Counterpart)
		if lim := mulPct(total, r.Share); p.Support > lim {
			w(WarnCeilingPercent, p.Support, lim, MsgWarnRuleShare, p.Code, p.Support.String(),
				int(r.Share), lim.String(), r.Name(), r.Basis)
		}
	}
	n := max(len(p.Beneficiaries), 1)
	if lim := r.ceilingFor(n); lim > 0 && p.Support > lim {
		if r.Per == PerFacility {
			w(WarnCeilingMax, p.Support, lim, MsgWarnRuleFacility, p.Code, p.Support.String(),
				lim.String(), n, r.Name(), r.Basis)
		} else {
			w(WarnCeilingMax, p.Support, lim, MsgWarnRuleProject, p.Code, p.Support.String(),
				lim.String(), r.Name(), r.Basis)
		}
	}
	return ws
}
