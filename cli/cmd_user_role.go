package cli

import (
	"flag"

	"khuyencong/model"
	"khuyencong/store"
)

var userRoleCmd = &command{
	name:     "role",
	args:     MsgCmdUserRoleArgs,
	summary:  MsgCmdUserRoleSummary,
	minArgs:  1,
	maxArgs:  1,
	examples: []string{"khuyencong user role lan --role viewer", "ssh -p 23234 server user role lan --role editor"},
	setup: func(fs *flag.FlagSet) runFunc {
		role := fs.String("role", "", string(MsgFlagRole))
		return func(e *env, args []string) error { return runUserRole(e, args[0], *role) }
	},
}

// runUserRole changes a user's role, keeping their keys. Open sessions of
// the user follow at once: the store reads the role at every operation.
func runUserRole(e *env, name, roleText string) error {
	if roleText == "" {
		return usageErr(MsgCLIFlagNeedsValue, "--role")
	}
	role, ok := model.ParseRole(roleText)
	if !ok {
		return usageErr(MsgUserBadRole, roleText)
	}
	return e.withStore(openWrite, func(st *store.Store) error {
		users, err := st.Users(e.actor)
		if err != nil {
			return err
		}
		for _, u := range users {
			if u.Name == name {
				u.Role = role
				if err := st.PutUser(e.actor, u); err != nil {
					return err
				}
				e.say(MsgUserRoleSet, name, role.Label(e.cfg.Lang))
				return nil
			}
		}
		return model.Errorf(MsgUserUnknown, name)
	})
}
