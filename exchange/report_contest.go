package exchange

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/vntext"
)

// FindRound resolves a round named on the command line by its code or
// its record number.
func FindRound(snap *store.Snapshot, s string) (*model.Round, error) {
	rounds := contestTables(snap).rounds
	if n, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(s), "#"), 10, 32); err == nil {
		if r, ok := rounds.Get(model.ID(n)); ok && !r.Deleted {
			return r, nil
		}
	}
	key := codeKey(s)
	for r := range rounds.Scan() {
		if codeKey(r.Code) == key {
			c := *r
			return &c, nil
		}
	}
	return nil, model.Errorf(MsgImportNoRound, vntext.CleanLine(s))
}

// WriteContestReport prints a round's results table ready to print: each
// entry with its facility and group, each council member's total, the
// average, whether the dossier is complete and whether it passed, and the
// certificate when one was issued; then the round's figures.
func WriteContestReport(w io.Writer, snap *store.Snapshot, r *model.Round, format string, lang i18n.Lang) error {
	if format != ReportText && format != ReportMarkdown {
		return model.Errorf(model.MsgReportBadFormat, format)
	}
	bw := bufio.NewWriter(w)
	rw := &reportWriter{w: bw, l: lang, md: format == ReportMarkdown}
	title := rw.t(MsgContestReportTitle, r.Name, r.Code)
	if rw.md {
		fmt.Fprintf(bw, "# %s\n\n", title)
	} else {
		fmt.Fprintf(bw, "%s\n%s\n\n", title, underline(title, "="))
	}
	fmt.Fprintln(bw, rw.t(MsgContestReportRules, r.Level.Label(lang), r.Status.Label(lang),
		model.FormatCriteria(r.Rules.Criteria), r.Rules.PassMark, r.Rules.Basis))
	if r.Status == model.RoundPublished {
		fmt.Fprintln(bw, rw.t(MsgContestReportPublished, r.ResultsDecision, r.ResultsDate.String(),
			r.Rules.ComplaintDeadline(r.ResultsDate).String()))
	}
	fmt.Fprintln(bw)
	contestTable(snap, r, lang).write(bw, rw.md)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

func contestTable(snap *store.Snapshot, r *model.Round, lang i18n.Lang) *reportTable {
	t := &reportTable{cols: []reportCol{
		{title: lang.T(MsgContestColEntry)}, {title: lang.T(MsgContestColProduct)},
		{title: lang.T(MsgContestColFacility)}, {title: lang.T(MsgContestColGroup)},
	}}
	for _, m := range r.Council {
		t.cols = append(t.cols, reportCol{title: m, right: true})
	}
	t.cols = append(t.cols, reportCol{title: lang.T(MsgContestColAverage), right: true},
		reportCol{title: lang.T(MsgContestColDossier)}, reportCol{title: lang.T(MsgContestColPassed)},
		reportCol{title: lang.T(MsgContestColCert)})
	sheets := store.SheetsOfRound(snap, r.ID)
	passed := 0
	for _, e := range store.EntriesOfRound(snap, r.ID) {
		res := model.Evaluate(r, e, sheets)
		row := []string{e.Code, e.Product, facilityName(snap, e.Facility), e.Group.Code()}
		for _, m := range r.Council {
			row = append(row, memberTotal(sheets, e.ID, m))
		}
		avg := ""
		if res.Sheets > 0 {
			avg = fmt.Sprintf("%d,%02d", res.Average/100, res.Average%100)
		}
		row = append(row, avg, yesNo(lang, res.Complete), yesNo(lang, res.Passed), e.CertNo)
		if res.Passed {
			passed++
		}
		t.add(row...)
	}
	total := make([]string, len(t.cols))
	total[0] = lang.T(MsgContestReportTotal, passed, len(t.rows))
	t.total = total
	return t
}

func memberTotal(sheets []*model.ScoreSheet, entry model.ID, member string) string {
	f := vntext.Fold(member)
	for _, s := range sheets {
		if s.Entry == entry && vntext.Fold(s.Member) == f {
			return strconv.Itoa(int(s.Total()))
		}
	}
	return "—"
}

func facilityName(snap *store.Snapshot, id model.ID) string {
	if f, ok := snap.Facilities().Get(id); ok {
		return f.Name
	}
	return "#" + strconv.Itoa(int(id))
}

func yesNo(lang i18n.Lang, b bool) string {
	if b {
		return lang.T(MsgContestYes)
	}
	return lang.T(MsgContestNo)
}
