package cli

import (
	"khuyencong/exchange"
	"khuyencong/model"
	"khuyencong/store"
)

// contestRows picks the rows of a contest export from a snapshot.
type contestRows func(snap *store.Snapshot) ([]int32, error)

// contestExport is what `export certificates` and `export entries|scores
// --round ID` export: the entries holding a certificate (of the round, or
// of every round), or the round's entries or sheets. rows is nil for an
// export that is not one of these.
func contestExport(what string, kind model.Kind, round string) (model.Kind, contestRows, error) {
	certs := what == "certificates" || what == "giay-chung-nhan"
	switch {
	case certs:
		kind = model.KindEntry
	case round == "":
		return 0, nil, nil
	case kind != model.KindEntry && kind != model.KindScoreSheet:
		return 0, nil, usageErr(MsgRoundNoKind)
	}
	rows := func(snap *store.Snapshot) ([]int32, error) {
		var id model.ID
		if round != "" {
			r, err := exchange.FindRound(snap, round)
			if err != nil {
				return nil, err
			}
			id = r.ID
		}
		out := []int32{}
		if kind == model.KindScoreSheet {
			for _, s := range store.SheetsOfRound(snap, id) {
				out = append(out, int32(s.ID-1))
			}
			return out, nil
		}
		for e := range store.TableOf[model.Entry](snap).Scan() {
			if (id == 0 || e.Round == id) && (!certs || e.Certified()) {
				out = append(out, int32(e.ID-1))
			}
		}
		return out, nil
	}
	return kind, rows, nil
}

// runContestReport prints `report contest --round ID`.
func runContestReport(e *env, args []string, round string, year int, format string) error {
	switch {
	case len(args) > 0 && args[0] != "contest":
		return usageErr(MsgCLIExtraArgs, args[0])
	case len(args) == 0:
		return usageErr(MsgReportBadWhat)
	case round == "":
		return usageErr(MsgReportNeedsRound)
	case year != 0:
		return usageErr(MsgReportRoundYear)
	case format != exchange.ReportText && format != exchange.ReportMarkdown:
		return usageErr(model.MsgReportBadFormat, format)
	}
	return e.withStore(openRead, func(st *store.Store) error {
		snap := st.Snapshot()
		r, err := exchange.FindRound(snap, round)
		if err != nil {
			return err
		}
		return exchange.WriteContestReport(e.stdout, snap, r, format, e.cfg.Lang)
	})
}
