package cli

import (
	"fmt"
	"time"

	"khuyencong/model"
	"khuyencong/store"
)

// ruleWarningKinds are the warnings about the support norms, as opposed to
// the budget's (allocations, overpayment).
var ruleWarningKinds = map[model.WarningKind]bool{
	model.WarnAdvance: true, model.WarnCeilingPercent: true, model.WarnCeilingMax: true, model.WarnNoRule: true,
	model.WarnDueSoon: true, model.WarnLate: true,
}

// runCheckRules lists each project that departs from the norms in force
// on its approval date, and the paperwork due within the settings' window
// or late today. They are warnings, not errors (a decision may
// lawfully depart from a norm), so the exit status stays 0.
func runCheckRules(e *env) error {
	return e.withStore(openRead, func(st *store.Store) error {
		snap := st.Snapshot()
		ws := model.Warnings(model.Data{
			Projects: snap.Projects().All(), Allocations: snap.Allocations().All(),
			Payments: snap.Payments().All(), Steps: snap.Steps().All(),
		}, snap.Settings)
		ws = append(ws, model.DeadlineWarnings(snap.Projects().All(), snap.Lives(),
			snap.Settings.Deadlines, model.DateOf(time.Now()))...)
		var n int
		for _, w := range ws {
			if ruleWarningKinds[w.Kind] {
				n++
			}
		}
		if n == 0 {
			e.say(MsgCheckRulesOK, fmtThousands(len(snap.Settings.Rules)))
			return nil
		}
		e.say(MsgCheckRulesFound, fmtThousands(n))
		for _, w := range ws {
			if ruleWarningKinds[w.Kind] {
				fmt.Fprintf(e.stdout, "  - %s\n", w.Text(e.cfg.Lang))
			}
		}
		return nil
	})
}
