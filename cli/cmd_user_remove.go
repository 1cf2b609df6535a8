package cli

import (
	"flag"

	"khuyencong/store"
)

var userRemoveCmd = &command{
	name:     "remove",
	args:     MsgCmdUserRemoveArgs,
	summary:  MsgCmdUserRemoveSummary,
	minArgs:  1,
	maxArgs:  1,
	examples: []string{"khuyencong user remove lan"},
	setup: func(*flag.FlagSet) runFunc {
		return func(e *env, args []string) error { return runUserRemove(e, args[0]) }
	},
}

func runUserRemove(e *env, name string) error {
	return e.withStore(openWrite, func(st *store.Store) error {
		if err := st.RemoveUser(e.actor, name); err != nil {
			return err
		}
		e.say(MsgUserRemoved, name)
		return nil
	})
}
