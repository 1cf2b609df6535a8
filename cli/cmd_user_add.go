package cli

import (
	"flag"
	"slices"
	"time"
	"unicode"
	"unicode/utf8"

	"khuyencong/model"
	"khuyencong/store"
)

var userAddCmd = &command{
	name:    "add",
	args:    MsgCmdUserAddArgs,
	summary: MsgCmdUserAddSummary,
	help:    MsgCmdUserAddHelp,
	minArgs: 1,
	maxArgs: 1,
	examples: []string{
		"khuyencong user add lan --role editor --key-file lan.pub",
		"khuyencong user add hung --role admin --key-file hung_laptop.pub --key-file hung_office.pub",
		"ssh -p 23234 server user add hoa --role viewer --key-file - < hoa.pub",
	},
	setup: func(fs *flag.FlagSet) runFunc {
		role := fs.String("role", "", string(MsgFlagRole))
		var files multiFlag
		fs.Var(&files, "key-file", string(MsgFlagKeyFile))
		return func(e *env, args []string) error { return runUserAdd(e, args[0], *role, files) }
	},
}

const maxUserName = 64

func runUserAdd(e *env, name, roleText string, files []string) error {
	if !validUserName(name) {
		return usageErr(MsgUserBadName, name, maxUserName)
	}
	if roleText == "" {
		return usageErr(MsgCLIFlagNeedsValue, "--role")
	}
	role, ok := model.ParseRole(roleText)
	if !ok {
		return usageErr(MsgUserBadRole, roleText)
	}
	if len(files) == 0 {
		return usageErr(MsgCLIFlagNeedsValue, "--key-file")
	}
	keys, err := readKeyFiles(e, files)
	if err != nil {
		return err
	}
	return e.withStore(openCreate, func(st *store.Store) error {
		users, err := st.Users(e.actor)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(users, func(u store.User) bool { return u.Name == name }) {
			return model.Errorf(MsgUserExists, name)
		}
		for _, k := range keys {
			if u, taken := st.UserByFingerprint(k.Fingerprint); taken {
				return model.Errorf(MsgUserKeyTaken, k.Fingerprint, u.Name)
			}
		}
		u := store.User{Name: name, Role: role, Keys: keys, Created: time.Now().UTC()}
		if err := st.PutUser(e.actor, u); err != nil {
			return err
		}
		e.say(MsgUserAdded, name, role.Label(e.cfg.Lang), len(keys))
		return nil
	})
}

// validUserName: a login-like name (letters, digits, . _ -), because it is
// shown in the audit trail and typed on command lines.
func validUserName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxUserName {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '_' && r != '-' {
			return false
		}
	}
	return s[0] != '-'
}
