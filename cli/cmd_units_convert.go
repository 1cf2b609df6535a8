package cli

import (
	"flag"
	"fmt"

	"khuyencong/exchange"
	"khuyencong/store"
)

var unitsConvertCmd = &command{
	name:     "convert",
	args:     MsgCmdUnitsConvertArgs,
	summary:  MsgCmdUnitsConvertSummary,
	help:     MsgCmdUnitsConvertHelp,
	examples: []string{"khuyencong units convert --dry-run", "khuyencong units convert"},
	setup: func(fs *flag.FlagSet) runFunc {
		dry := fs.Bool("dry-run", false, string(MsgFlagDryRun))
		return func(e *env, _ []string) error { return runUnitsConvert(e, *dry) }
	},
}

// runUnitsConvert converts the addresses recorded before 1/7/2025 that
// the table converts with certainty, in one write, and lists the rest.
func runUnitsConvert(e *env, dry bool) error {
	mode := openWrite
	if dry {
		mode = openRead
	}
	return e.withStore(mode, func(st *store.Store) error {
		bar := exchange.NewProgress(e.stderr, isTerminal(e.stderr), e.cfg.ASCII, e.cfg.Lang)
		res, err := exchange.ConvertUnits(e.ctx, st, e.actor, exchange.ConvertOptions{DryRun: dry, Progress: bar.Update})
		bar.Done()
		if err != nil {
			return err
		}
		printConversion(e, st, res, dry)
		return nil
	})
}

func printConversion(e *env, st *store.Store, res exchange.ConvertResult, dry bool) {
	t := st.Units()
	l := e.cfg.Lang
	for _, c := range res.Choices {
		e.say(MsgUnitsChoiceLine, int(c.Facility), c.Name, c.Old)
		for _, cd := range c.Candidates {
			fmt.Fprintf(e.stdout, "      - %s (%s) %s\n", t.CommuneLabel(cd.Commune), cd.Commune, cd.Note)
		}
	}
	for _, u := range res.Unknown {
		e.say(MsgUnitsUnknownLine, int(u.Facility), u.Name, u.Old, l.T(u.Why, u.Args...))
	}
	key := MsgUnitsConverted
	if dry {
		key = MsgUnitsDryRun
	}
	e.say(key, grouped(res.Waiting), grouped(res.Converted), grouped(res.Province),
		grouped(len(res.Choices)), grouped(len(res.Unknown)))
}
