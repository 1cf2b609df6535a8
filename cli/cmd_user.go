package cli

// userCmd manages who may log in over SSH: user add, list, role, remove, each in
// its own file.
var userCmd = &command{
	name:    "user",
	args:    MsgCmdUserArgs,
	summary: MsgCmdUserSummary,
	help:    MsgCmdUserHelp,
	// Over SSH an admin manages users while the server holds the
	// database; keys then come on standard input (--key-file -).
	remote: true,
	subs:   []*command{userAddCmd, userListCmd, userRoleCmd, userRemoveCmd},
}
