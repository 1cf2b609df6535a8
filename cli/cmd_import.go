package cli

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"khuyencong/exchange"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/store/etcdkv"
)

var importCmd = &command{
	name:    "import",
	args:    MsgCmdImportArgs,
	summary: MsgCmdImportSummary,
	help:    MsgCmdImportHelp,
	minArgs: 2,
	maxArgs: 2,
	examples: []string{
		"khuyencong import facilities co-so.xlsx --dry-run",
		"khuyencong import facilities co-so.csv --on-duplicate update",
		`khuyencong import projects de-an.xlsx --sheet "Đề án 2022"`,
		"khuyencong import payments giai-ngan.csv",
		`khuyencong import facilities ds-huyen.xlsx --map 'Ngành nghề=products,Địa chỉ (xã)=commune,STT=ignore'`,
	},
	more: printAcceptedHeaders,
	setup: func(fs *flag.FlagSet) runFunc {
		var o importFlags
		fs.StringVar(&o.sheet, "sheet", "", string(MsgFlagSheet))
		fs.BoolVar(&o.dryRun, "dry-run", false, string(MsgFlagDryRun))
		fs.StringVar(&o.onDup, "on-duplicate", "fail", string(MsgFlagOnDuplicate))
		fs.BoolVar(&o.skipBad, "skip-bad", false, string(MsgFlagSkipBad))
		fs.StringVar(&o.colMap, "map", "", string(MsgFlagMap))
		return func(e *env, args []string) error { return runImportFile(e, args[0], args[1], o) }
	},
}

type importFlags struct {
	sheet   string
	dryRun  bool
	onDup   string
	skipBad bool
	colMap  string
}

// runImportFile imports a file on this machine. It is not a remote command:
// over SSH a path would name the server's files.
func runImportFile(e *env, what, path string, o importFlags) error {
	kind, ok := exchange.ParseKind(what)
	if !ok {
		return usageErr(MsgImportBadKindArg, what)
	}
	dup, ok := exchange.ParseOnDuplicate(o.onDup)
	if !ok {
		return usageErr(MsgImportBadDupArg, o.onDup)
	}
	choices, err := exchange.ParseColumnMap(o.colMap)
	if err != nil {
		return usageErr(MsgImportBadMap, model.Localize(err, e.cfg.Lang))
	}
	l := e.cfg.Lang
	bar := exchange.NewProgress(e.stderr, isTerminal(e.stderr), e.cfg.ASCII, l)
	opts := exchange.ImportOptions{
		Sheet: o.sheet, Map: choices, DryRun: o.dryRun, OnDuplicate: dup, SkipBad: o.skipBad, Lang: l,
		Progress: bar.Update, Context: e.ctx,
		Mapped: func(r *exchange.ImportResult) { printMapping(e.stdout, r, l) },
	}
	return e.importStore(o.dryRun, func(st *store.Store) error {
		res, err := exchange.Import(st, e.actor, kind, e.local(path), opts)
		bar.Done()
		printImportReport(e.stdout, res, l)
		switch {
		case err != nil:
			return err
		case res.Refused > 0 && o.dryRun:
			return model.Errorf(MsgImportDryRefused, fmtThousands(res.Refused))
		case res.Refused > 0:
			return model.Errorf(MsgImportSkippedBad, fmtThousands(res.Refused))
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
	if etcdkv.IsURL(e.cfg.DB) {
		statErr = nil // a cluster is opened, not looked for
	}
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
