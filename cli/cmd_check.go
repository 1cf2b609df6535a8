package cli

import (
	"flag"
	"fmt"

	"khuyencong/model"
	"khuyencong/store"
)

var checkCmd = &command{
	name:     "check",
	summary:  MsgCmdCheckSummary,
	help:     MsgCmdCheckHelp,
	examples: []string{"khuyencong check", "khuyencong --db ban-sao.db check", "khuyencong check --rules"},
	setup: func(fs *flag.FlagSet) runFunc {
		rules := fs.Bool("rules", false, string(MsgFlagCheckRules))
		return func(e *env, args []string) error {
			if *rules {
				return runCheckRules(e)
			}
			return runCheck(e, args)
		}
	},
	// Over SSH, for admins (the store decides): the server holds the
	// database, so this is how a cron job checks it while it runs.
	remote: true,
}

// runCheck lists every problem the store finds; the exit status is what
// scripts look at, so any problem fails the command.
func runCheck(e *env, _ []string) error {
	return e.withStore(openRead, func(st *store.Store) error {
		problems, err := st.CheckAs(e.actor)
		if err != nil {
			return fmt.Errorf("check %s: %w", e.cfg.DB, err)
		}
		if len(problems) == 0 {
			snap := st.Snapshot()
			e.say(MsgCheckOK, e.cfg.DB, grouped(snap.Facilities().Live()), grouped(snap.Projects().Live()),
				grouped(snap.Allocations().Live()), grouped(snap.Payments().Live()))
			return nil
		}
		e.say(MsgCheckProblems, grouped(len(problems)), e.cfg.DB)
		for _, p := range problems {
			fmt.Fprintf(e.stdout, "  - %s\n", p)
		}
		return model.Errorf(MsgCheckFailed, grouped(len(problems)))
	})
}
