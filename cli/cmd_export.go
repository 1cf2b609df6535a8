package cli

import (
	"flag"
	"io"
	"os"

	"khuyencong/exchange"
	"khuyencong/model"
	"khuyencong/store"
)

var exportCmd = &command{
	name:    "export",
	args:    MsgCmdExportArgs,
	summary: MsgCmdExportSummary,
	help:    MsgCmdExportHelp,
	remote:  true,
	minArgs: 1,
	maxArgs: 1,
	examples: []string{
		"khuyencong export facilities > co-so.csv",
		"khuyencong export projects --year 2022 -o de-an-2022.xlsx",
		"khuyencong export report --year 2022 -o bao-cao-2022.xlsx",
		"khuyencong export certificates --round BC-TINH-2025 -o gcn-2025.xlsx",
		"ssh -p 23234 server export facilities --format csv > co-so.csv",
	},
	setup: func(fs *flag.FlagSet) runFunc {
		var o exportFlags
		fs.StringVar(&o.format, "format", "", string(MsgFlagExportFormat))
		fs.IntVar(&o.year, "year", 0, string(MsgFlagExportYear))
		fs.StringVar(&o.out, "o", "", string(MsgFlagOutput))
		fs.StringVar(&o.out, "output", "", string(MsgFlagOutput))
		fs.BoolVar(&o.force, "force", false, string(MsgFlagForce))
		fs.StringVar(&o.round, "round", "", string(MsgFlagRound))
		return func(e *env, args []string) error { return runExport(e, args[0], o) }
	},
}

type exportFlags struct {
	format string
	year   int
	out    string
	force  bool
	round  string // a contest round's code or number (entries, certificates, scores)
}

// exists reports whether something is at path (a file the export would
// replace); an unreadable folder counts as not, and the write then says why.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func runExport(e *env, what string, o exportFlags) error {
	report := what == "report"
	kind, ok := exchange.ParseKind(what)
	ckind, contest, err := contestExport(what, kind, o.round)
	if err != nil {
		return err
	}
	if contest != nil {
		kind, ok = ckind, true
	}
	if !ok && !report {
		return usageErr(MsgExportBadWhat, what)
	}
	if o.out == "-" {
		o.out = ""
	}
	format, err := exportFormat(o.format, o.out, report)
	if err != nil {
		return err
	}
	switch {
	case o.year != 0 && (o.year < exchange.MinReportYear || o.year > exchange.MaxReportYear):
		return usageErr(model.MsgReportBadYear, o.year, exchange.MinReportYear, exchange.MaxReportYear)
	case o.year != 0 && kind == model.KindFacility:
		return usageErr(MsgExportYearNoKind)
	case e.remote && o.out != "":
		return usageErr(MsgExportRemoteFile)
	case o.out == "" && format == exchange.FormatXLSX && isTerminal(e.stdout):
		return model.Errorf(MsgExportTerminal)
	case o.out != "" && !o.force && exists(o.out):
		// A day's export must not silently replace yesterday's file.
		return model.Errorf(MsgExportExists, o.out)
	}
	return e.withStore(openRead, func(st *store.Store) error {
		snap := st.Snapshot()
		year := int32(o.year)
		var n int
		write := func(w io.Writer) error {
			if report {
				return exchange.ExportReport(snap, year, format, w, e.cfg.Lang)
			}
			rows := exchange.RowsOfYear(snap, kind, year)
			if contest != nil {
				if rows, err = contest(snap); err != nil {
					return err
				}
			}
			n = len(rows)
			if rows == nil {
				n = snap.Live(kind)
			}
			return exchange.Export(snap, kind, rows, format, w, e.cfg.Lang)
		}
		if o.out == "" {
			return write(e.stdout)
		}
		if err := writeFileMasked(e.local(o.out), e.fileMask(), write); err != nil {
			return err
		}
		if report {
			e.say(MsgExportReportDone, o.out)
		} else {
			e.say(MsgExportDone, fmtThousands(n), o.out)
		}
		return nil
	})
}
