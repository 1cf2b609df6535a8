package cli

import (
	"flag"

	"khuyencong/exchange"
	"khuyencong/model"
	"khuyencong/store"
)

var reportCmd = &command{
	name:    "report",
	args:    MsgCmdReportArgs,
	summary: MsgCmdReportSummary,
	help:    MsgCmdReportHelp,
	remote:  true,
	maxArgs: 1,
	examples: []string{
		"khuyencong report",
		"khuyencong report --year 2022",
		"khuyencong report --year 2022 --format md > bao-cao-2022.md",
		"khuyencong report contest --round BC-TINH-2025",
	},
	setup: func(fs *flag.FlagSet) runFunc {
		year := fs.Int("year", 0, string(MsgFlagYear))
		format := fs.String("format", exchange.ReportText, string(MsgFlagFormat))
		round := fs.String("round", "", string(MsgFlagRound))
		return func(e *env, args []string) error {
			if len(args) == 1 || *round != "" {
				return runContestReport(e, args, *round, *year, *format)
			}
			return runReport(e, *year, *format)
		}
	},
}

func runReport(e *env, year int, format string) error {
	if year != 0 && (year < exchange.MinReportYear || year > exchange.MaxReportYear) {
		return usageErr(model.MsgReportBadYear, year, exchange.MinReportYear, exchange.MaxReportYear)
	}
	if format != exchange.ReportText && format != exchange.ReportMarkdown {
		return usageErr(model.MsgReportBadFormat, format)
	}
	return e.withStore(openRead, func(st *store.Store) error {
		return exchange.WriteReport(e.stdout, st.Snapshot(), int32(year), format, e.cfg.Lang)
	})
}
