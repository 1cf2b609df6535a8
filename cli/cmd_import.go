package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"khuyencong/exchange"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

func init() {
	register(&command{
		name:    "import",
		order:   25,
		args:    model.MsgCmdImportArgs,
		summary: model.MsgCmdImportSummary,
		help:    model.MsgCmdImportHelp,
		minArgs: 2,
		maxArgs: 2,
		examples: []string{
			"khuyencong import facilities co-so.xlsx --dry-run",
			"khuyencong import facilities co-so.csv --on-duplicate update",
			`khuyencong import projects de-an.xlsx --sheet "Đề án 2022"`,
			"khuyencong import payments giai-ngan.csv",
		},
		setup: func(fs *flag.FlagSet) runFunc {
			var o importFlags
			fs.StringVar(&o.sheet, "sheet", "", string(model.MsgFlagSheet))
			fs.BoolVar(&o.dryRun, "dry-run", false, string(model.MsgFlagDryRun))
			fs.StringVar(&o.onDup, "on-duplicate", "fail", string(model.MsgFlagOnDuplicate))
			fs.BoolVar(&o.skipBad, "skip-bad", false, string(model.MsgFlagSkipBad))
			return func(e *env, args []string) error { return runImportFile(e, args[0], args[1], o) }
		},
	})
}

type importFlags struct {
	sheet   string
	dryRun  bool
	onDup   string
	skipBad bool
}

// runImportFile imports a file on this machine. It is not a remote command:
// over SSH a path would name the server's files.
func runImportFile(e *env, what, path string, o importFlags) error {
	kind, ok := exchange.ParseKind(what)
	if !ok {
		return usageErr(model.MsgImportBadKindArg, what)
	}
	dup, ok := exchange.ParseOnDuplicate(o.onDup)
	if !ok {
		return usageErr(model.MsgImportBadDupArg, o.onDup)
	}
	l := e.cfg.Lang
	bar := exchange.NewProgress(e.stderr, isTerminal(e.stderr), e.cfg.ASCII, l)
	opts := exchange.ImportOptions{
		Sheet: o.sheet, DryRun: o.dryRun, OnDuplicate: dup, SkipBad: o.skipBad, Lang: l,
		Progress: bar.Update,
		Mapped:   func(r *exchange.ImportResult) { printMapping(e.stdout, r, l) },
	}
	return e.importStore(o.dryRun, func(st *store.Store) error {
		res, err := exchange.Import(st, e.actor, kind, path, opts)
		bar.Done()
		printImportReport(e.stdout, res, l)
		switch {
		case err != nil:
			return err
		case res.Refused > 0 && o.dryRun:
			return model.Errorf(model.MsgImportDryRefused, fmtThousands(res.Refused))
		case res.Refused > 0:
			return model.Errorf(model.MsgImportSkippedBad, fmtThousands(res.Refused))
		}
		return nil
	})
}

// importStore opens the database for an import. The first import may
// create it (the records start in spreadsheets); a dry run writes nothing,
// so against a database that does not exist yet it checks the file against
// an empty one in a temporary directory.
func (e *env) importStore(dryRun bool, fn func(st *store.Store) error) error {
	_, statErr := os.Stat(e.cfg.DB)
	switch {
	case !dryRun:
		return e.withStore(openCreate, fn)
	case e.shared != nil || statErr == nil:
		return e.withStore(openRead, fn)
	}
	dir, err := os.MkdirTemp("", "khuyencong-dry-run-")
	if err != nil {
		return fmt.Errorf("dry run: %w", err)
	}
	defer os.RemoveAll(dir)
	st, err := store.Open(filepath.Join(dir, "empty.db"), store.Options{NoSync: true})
	if err != nil {
		return fmt.Errorf("dry run: %w", err)
	}
	defer st.Close()
	return fn(st)
}

// printMapping shows what the file is and which column fills which field,
// before any row is read.
func printMapping(w io.Writer, r *exchange.ImportResult, l i18n.Lang) {
	if r.Format == "XLSX" {
		fmt.Fprintln(w, l.T(model.MsgImportFileXLSX, r.File, r.Sheet, r.HeaderRow))
	} else {
		sep := strconv.Quote(r.Separator)
		if r.Separator == "\t" {
			sep = l.T(model.MsgImportTab)
		}
		fmt.Fprintln(w, l.T(model.MsgImportFileCSV, r.File, r.Encoding, sep, r.HeaderRow))
	}
	fmt.Fprintln(w, l.T(model.MsgImportMapping))
	rows := make([][2]string, len(r.Mapping))
	for i, c := range r.Mapping {
		rows[i] = [2]string{strconv.Quote(c.Header), "→ " + model.FieldLabel(c.Field, l)}
	}
	writeRows(w, rows)
	if len(r.Unknown) > 0 {
		quoted := make([]string, len(r.Unknown))
		for i, u := range r.Unknown {
			quoted[i] = strconv.Quote(u)
		}
		fmt.Fprintln(w, l.T(model.MsgImportUnknown, len(r.Unknown), strings.Join(quoted, ", ")))
	}
}

// printImportReport lists every problem of every bad row, then the counts.
func printImportReport(w io.Writer, r exchange.ImportResult, l i18n.Lang) {
	if len(r.Problems) > 0 {
		fmt.Fprintln(w, l.T(model.MsgImportProblems, fmtThousands(r.Refused)))
		for _, p := range r.Problems {
			fmt.Fprintf(w, "  %s\n", p.In(l))
		}
	}
	if r.Read == 0 && len(r.Mapping) == 0 {
		return
	}
	secs := strconv.FormatFloat(r.Duration.Seconds(), 'f', 1, 64)
	if l == i18n.VI {
		secs = strings.Replace(secs, ".", ",", 1)
	}
	key := model.MsgImportSummary
	if r.DryRun {
		key = model.MsgImportDrySummary
	}
	fmt.Fprintln(w, l.T(key, fmtThousands(r.Read), fmtThousands(r.Written), fmtThousands(r.Updated),
		fmtThousands(r.Skipped), fmtThousands(r.Refused), secs))
}

// fmtThousands groups digits the Vietnamese way: 100.000.
func fmtThousands(n int) string { return model.Money(n).Full() }
