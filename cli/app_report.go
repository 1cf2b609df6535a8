package cli

import (
	"io"
	"time"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/papers"
	"khuyencong/store"
	"khuyencong/tui"
)

// appReport is the budget tab's x for a paper: the same paper as `report
// KIND`, dated today, to a file whose extension picks the format.
func appReport(lang i18n.Lang) tui.ReportFunc {
	return func(snap *store.Snapshot, r tui.ReportRequest, path string, overwrite bool) error {
		format, err := paperFormat(paperFlags{out: path})
		if err != nil {
			return err
		}
		kind, err := papers.ParseKind(r.Kind)
		if err != nil {
			return err
		}
		req := papers.Request{Kind: kind, Period: papers.YearPeriod(r.Year), Project: r.Project, AllYears: r.Year == 0}
		p, err := papers.Build(snap, req, model.DateOf(time.Now()), lang)
		if err != nil {
			return err
		}
		if !overwrite && exists(path) {
			return tui.ErrFileExists
		}
		return writeFileAtomic(path, func(w io.Writer) error { return papers.Write(w, p, format) })
	}
}
