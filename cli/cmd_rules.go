package cli

import (
	"flag"
	"io"
	"os"
	"strings"

	"khuyencong/exchange"
	"khuyencong/model"
	"khuyencong/store"
)

// rulesCmd reviews and exchanges the dated support norms (Settings.Rules):
// rules list, export, import.
var rulesCmd = &command{
	name:    "rules",
	args:    MsgCmdRulesArgs,
	summary: MsgCmdRulesSummary,
	help:    MsgCmdRulesHelp,
	remote:  true,
	subs:    []*command{rulesListCmd, rulesExportCmd, rulesImportCmd},
}

var rulesListCmd = &command{
	name:     "list",
	summary:  MsgCmdRulesListSummary,
	examples: []string{"khuyencong rules list"},
	remote:   true,
	setup:    func(*flag.FlagSet) runFunc { return runRulesList },
}

var rulesExportCmd = &command{
	name:     "export",
	summary:  MsgCmdRulesExportSummary,
	examples: []string{"khuyencong rules export -o dinh-muc.xlsx", "khuyencong rules export > dinh-muc.csv"},
	remote:   true,
	setup: func(fs *flag.FlagSet) runFunc {
		var o exportFlags
		fs.StringVar(&o.format, "format", "", string(MsgFlagExportFormat))
		fs.StringVar(&o.out, "o", "", string(MsgFlagOutput))
		fs.StringVar(&o.out, "output", "", string(MsgFlagOutput))
		fs.BoolVar(&o.force, "force", false, string(MsgFlagForce))
		return func(e *env, _ []string) error { return runRulesExport(e, o) }
	},
}

var rulesImportCmd = &command{
	name:     "import",
	args:     MsgCmdRulesImportArgs,
	summary:  MsgCmdRulesImportSummary,
	help:     MsgCmdRulesImportHelp,
	minArgs:  1,
	maxArgs:  1,
	examples: []string{"khuyencong rules import dinh-muc.xlsx --dry-run", "khuyencong rules import dinh-muc.csv"},
	setup: func(fs *flag.FlagSet) runFunc {
		var o importFlags
		fs.StringVar(&o.sheet, "sheet", "", string(MsgFlagSheet))
		fs.BoolVar(&o.dryRun, "dry-run", false, string(MsgFlagDryRun))
		return func(e *env, args []string) error { return runRulesImport(e, args[0], o) }
	},
}

func runRulesList(e *env, _ []string) error {
	return e.withStore(openRead, func(st *store.Store) error {
		rules := st.Snapshot().Settings.Rules
		if len(rules) == 0 {
			e.say(MsgRulesNone)
			return nil
		}
		l := e.cfg.Lang
		t := newTextTable(append([]string{"#"}, model.RuleHeaders(l)[:9]...)...)
		for i := range rules {
			t.row(append([]string{fmtThousands(i + 1)}, model.RuleCells(&rules[i], l)[:9]...)...)
		}
		t.write(e.stdout)
		return nil
	})
}

func runRulesExport(e *env, o exportFlags) error {
	if o.out == "-" {
		o.out = ""
	}
	format, err := exportFormat(o.format, o.out, false)
	if err != nil {
		return err
	}
	switch {
	case e.remote && o.out != "":
		return usageErr(MsgExportRemoteFile)
	case o.out == "" && format == exchange.FormatXLSX && isTerminal(e.stdout):
		return model.Errorf(MsgExportTerminal)
	case o.out != "" && !o.force && exists(o.out):
		return model.Errorf(MsgExportExists, o.out)
	}
	return e.withStore(openRead, func(st *store.Store) error {
		rules := st.Snapshot().Settings.Rules
		if o.out == "" {
			return exchange.ExportRules(rules, format, e.stdout, e.cfg.Lang)
		}
		if err := writeFileMasked(e.local(o.out), e.fileMask(), func(w io.Writer) error {
			return exchange.ExportRules(rules, format, w, e.cfg.Lang)
		}); err != nil {
			return err
		}
		e.say(MsgExportDone, fmtThousands(len(rules)), o.out)
		return nil
	})
}

// runRulesImport replaces the whole table, or with a problem in any row
// writes nothing. It is not remote: over SSH a path would name the
// server's files.
func runRulesImport(e *env, path string, o importFlags) error {
	f, err := os.Open(e.local(path))
	if err != nil {
		return model.Errorf(MsgRulesCannotRead, path, err.Error())
	}
	defer f.Close()
	l := e.cfg.Lang
	res, err := exchange.ImportRules(path, f, o.sheet, l)
	if err != nil {
		return err
	}
	if len(res.Problems) > 0 {
		e.say(MsgRulesProblems, fmtThousands(res.Rows))
		for _, p := range res.Problems {
			e.say(MsgRulesProblemLine, p)
		}
		return model.Errorf(exchange.MsgImportRefused, fmtThousands(len(res.Problems)))
	}
	if o.dryRun {
		e.say(MsgRulesDryRun, fmtThousands(len(res.Rules)), strings.TrimSpace(path))
		return nil
	}
	return e.withStore(openCreate, func(st *store.Store) error {
		if err := st.SaveRules(e.actor, res.Rules); err != nil {
			return err
		}
		e.say(MsgRulesImported, fmtThousands(len(res.Rules)), path)
		return nil
	})
}
