package cli

import (
	"flag"
	"fmt"
	"os"

	"khuyencong/store"
)

var unitsImportCmd = &command{
	name:     "import",
	args:     MsgCmdUnitsImportArgs,
	summary:  MsgCmdUnitsImportSummary,
	help:     MsgCmdUnitsImportHelp,
	minArgs:  1,
	maxArgs:  1,
	examples: []string{"khuyencong units import chuyen-doi-2026.csv"},
	setup:    func(*flag.FlagSet) runFunc { return runUnitsImport },
}

// runUnitsImport replaces one of the official tables with a newer file
// of the same shape; the store refuses one that would orphan records.
func runUnitsImport(e *env, args []string) error {
	data, err := os.ReadFile(args[0])
	if err != nil {
		return fmt.Errorf("units import %s: %w", args[0], err)
	}
	return e.withStore(openWrite, func(st *store.Store) error {
		shape, err := st.ReplaceUnits(e.actor, data)
		if err != nil {
			return err
		}
		p, c, o, m := st.Units().Counts()
		e.say(MsgUnitsImported, args[0], shape, grouped(p), grouped(c), grouped(o), grouped(m))
		return nil
	})
}
