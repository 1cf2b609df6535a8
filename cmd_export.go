package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"khuyencong/exchange"
	"khuyencong/model"
	"khuyencong/store"
)

func init() {
	register(&command{
		name:    "export",
		order:   26,
		args:    model.MsgCmdExportArgs,
		summary: model.MsgCmdExportSummary,
		help:    model.MsgCmdExportHelp,
		remote:  true,
		minArgs: 1,
		maxArgs: 1,
		examples: []string{
			"khuyencong export facilities > co-so.csv",
			"khuyencong export projects --year 2022 -o de-an-2022.xlsx",
			"khuyencong export report --year 2022 -o bao-cao-2022.xlsx",
			"ssh -p 23234 server export facilities --format csv > co-so.csv",
		},
		setup: func(fs *flag.FlagSet) runFunc {
			var o exportFlags
			fs.StringVar(&o.format, "format", "", string(model.MsgFlagExportFormat))
			fs.IntVar(&o.year, "year", 0, string(model.MsgFlagExportYear))
			fs.StringVar(&o.out, "o", "", string(model.MsgFlagOutput))
			fs.StringVar(&o.out, "output", "", string(model.MsgFlagOutput))
			return func(e *env, args []string) error { return runExport(e, args[0], o) }
		},
	})
}

type exportFlags struct {
	format string
	year   int
	out    string
}

func runExport(e *env, what string, o exportFlags) error {
	report := what == "report"
	kind, ok := exchange.ParseKind(what)
	if !ok && !report {
		return usageErr(model.MsgExportBadWhat, what)
	}
	if o.out == "-" {
		o.out = ""
	}
	format, err := exportFormat(o, report)
	if err != nil {
		return err
	}
	switch {
	case o.year != 0 && (o.year < exchange.MinReportYear || o.year > exchange.MaxReportYear):
		return usageErr(model.MsgReportBadYear, o.year, exchange.MinReportYear, exchange.MaxReportYear)
	case o.year != 0 && kind == model.KindFacility:
		return usageErr(model.MsgExportYearNoKind)
	case e.shared != nil && o.out != "":
		return usageErr(model.MsgExportRemoteFile)
	case o.out == "" && format == exchange.FormatXLSX && isTerminal(e.stdout):
		return model.Errorf(model.MsgExportTerminal)
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
			n = len(rows)
			if rows == nil {
				n = liveCount(snap, kind)
			}
			return exchange.Export(snap, kind, rows, format, w, e.cfg.Lang)
		}
		if o.out == "" {
			return write(e.stdout)
		}
		if err := writeFileAtomic(o.out, write); err != nil {
			return err
		}
		if report {
			e.say(model.MsgExportReportDone, o.out)
		} else {
			e.say(model.MsgExportDone, fmtThousands(n), o.out)
		}
		return nil
	})
}

// exportFormat is --format, or the output file's extension, or the
// default: csv for records, md for the report.
func exportFormat(o exportFlags, report bool) (string, error) {
	f := strings.ToLower(strings.TrimSpace(o.format))
	if f == "" {
		switch strings.ToLower(filepath.Ext(o.out)) {
		case ".xlsx":
			f = exchange.FormatXLSX
		case ".md":
			f = exchange.FormatMD
		case ".txt":
			f = exchange.ReportText
		default:
			f = exchange.FormatCSV
			if report {
				f = exchange.FormatMD
			}
		}
	}
	valid := exchange.ExportFormats
	if report {
		valid = []string{exchange.FormatXLSX, exchange.FormatMD, exchange.ReportText}
	}
	for _, v := range valid {
		if f == v {
			return f, nil
		}
	}
	if report {
		return "", usageErr(model.MsgExportReportFormat, f)
	}
	return "", usageErr(model.MsgExportBadFormat, f, strings.Join(valid, ", "))
}

func liveCount(snap *store.Snapshot, k model.Kind) int {
	switch k {
	case model.KindFacility:
		return snap.Facilities().Live()
	case model.KindProject:
		return snap.Projects().Live()
	case model.KindAllocation:
		return snap.Allocations().Live()
	case model.KindPayment:
		return snap.Payments().Live()
	}
	return 0
}

// writeFileAtomic writes under a temporary name beside path and renames it
// into place, so that a failed export never leaves half a file where the
// last good one was.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	// CreateTemp makes the file private; an export is meant to be shared.
	err = tmp.Chmod(0o644)
	if err == nil {
		err = write(tmp)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("export to %s: %w", path, err)
	}
	return nil
}
