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
		"khuyencong report --year 2022 --by old-district",
		"khuyencong report contest --round BC-TINH-2025",
	},
	setup: func(fs *flag.FlagSet) runFunc {
		year := fs.Int("year", 0, string(MsgFlagYear))
		format := fs.String("format", exchange.ReportText, string(MsgFlagFormat))
		round := fs.String("round", "", string(MsgFlagRound))
		by := fs.String("by", "commune", string(MsgFlagReportBy))
		return func(e *env, args []string) error {
			if len(args) == 1 || *round != "" {
				return runContestReport(e, args, *round, *year, *format)
			}
			return runReport(e, *year, *format, *by)
		}
	},
}

func runReport(e *env, year int, format, by string) error {
	level := model.ByCommune
	switch by {
	case "commune", "xa":
	case "old-district", "huyen-cu":
		level = model.ByOldDistrict
	default:
		return usageErr(MsgReportBadBy, by)
	}
	if year != 0 && (year < exchange.MinReportYear || year > exchange.MaxReportYear) {
		return usageErr(model.MsgReportBadYear, year, exchange.MinReportYear, exchange.MaxReportYear)
	}
	if format != exchange.ReportText && format != exchange.ReportMarkdown {
		return usageErr(model.MsgReportBadFormat, format)
	}
	return e.withStore(openRead, func(st *store.Store) error {
		return exchange.WriteReportBy(e.stdout, st.Snapshot(), int32(year), level, format, e.cfg.Lang)
	})
}
