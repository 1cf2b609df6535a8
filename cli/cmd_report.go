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
	maxArgs: 2,
	examples: []string{
		"khuyencong report",
		"khuyencong report --year 2022",
		"khuyencong report --year 2022 --format md > bao-cao-2022.md",
		"khuyencong report --year 2022 --by old-district",
		"khuyencong report contest --round BC-TINH-2025",
		"khuyencong report contest --round BC-TINH-2025 -o ket-qua-2025.xlsx",
		"khuyencong report periodic --period 2022 -o bao-cao-2022.xlsx",
		"khuyencong report periodic --period 2026-H1 --format md",
		"khuyencong report registration --period 2027 -o dang-ky-2027.xlsx",
		"khuyencong report settlement KCQG-2022-01 -o quyet-toan.xlsx",
		"khuyencong report budget --period 2024 -o kinh-phi-2024.xlsx",
		"khuyencong report periodic --period 2026-Q3 --template mau-so.xlsx -o quy-3.xlsx",
	},
	more: printReportKinds,
	setup: func(fs *flag.FlagSet) runFunc {
		var o paperFlags
		year := fs.Int("year", 0, string(MsgFlagYear))
		format := fs.String("format", "", string(MsgFlagFormat))
		round := fs.String("round", "", string(MsgFlagRound))
		by := fs.String("by", "commune", string(MsgFlagReportBy))
		o.declare(fs)
		return func(e *env, args []string) error {
			o.year, o.format, o.by, o.round = *year, *format, *by, *round
			if len(args) > 0 && args[0] != "contest" || o.paperOnly() {
				return runPaper(e, args, o)
			}
			if len(args) > 1 {
				return usageErr(MsgCLIExtraArgs, args[1])
			}
			if *format == "" {
				*format = exchange.ReportText
			}
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
