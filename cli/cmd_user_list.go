package cli

import (
	"cmp"
	"flag"
	"slices"

	"khuyencong/store"
)

var userListCmd = &command{
	name:     "list",
	summary:  MsgCmdUserListSummary,
	examples: []string{"khuyencong user list"},
	setup:    func(*flag.FlagSet) runFunc { return runUserList },
}

func runUserList(e *env, _ []string) error {
	return e.withStore(openRead, func(st *store.Store) error {
		users, err := st.Users(e.actor)
		if err != nil {
			return err
		}
		if len(users) == 0 {
			e.say(MsgUserNone)
			return nil
		}
		slices.SortFunc(users, func(a, b store.User) int { return cmp.Compare(a.Name, b.Name) })
		l := e.cfg.Lang
		t := newTextTable(l.T(MsgUserColName), l.T(MsgUserColRole),
			l.T(MsgUserColCreated), l.T(MsgUserColKey))
		for _, u := range users {
			created := ""
			if !u.Created.IsZero() {
				created = u.Created.Local().Format("02/01/2006 15:04")
			}
			if len(u.Keys) == 0 {
				t.row(u.Name, u.Role.Label(l), created, "")
			}
			for i, k := range u.Keys {
				if i == 0 {
					t.row(u.Name, u.Role.Label(l), created, keyShown(k))
				} else {
					t.row("", "", "", keyShown(k))
				}
			}
		}
		t.write(e.stdout)
		return nil
	})
}
