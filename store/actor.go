package store

import (
	"os"
	"os/user"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// Actor is who makes a write: the name stamped on records and audit
// entries, and the role the store enforces.
type Actor struct {
	Name string
	Role model.Role
	// Registered says Name is a user of the users table (an SSH login):
	// the store then trusts that table, not Role, at every operation, so
	// that removing or demoting a user takes effect on the sessions
	// already open. Role is only what the session believed at login.
	Registered bool
}

// LocalAdmin is the command line on the server's own file system: whoever
// can open the file could edit it with any tool, so they act as admin,
// named "local:<os user>" in the audit trail.
func LocalAdmin() Actor {
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	if name == "" {
		name = "?"
	}
	return Actor{Name: "local:" + name, Role: model.RoleAdmin}
}

// perm is a kind of operation the roles are checked against.
type perm uint8

const (
	permWrite perm = iota // create and update records
	permDelete
	permRestore
	permUsers
	permSettings
	permBackup
	permAudit
	permCheck
	permReopen // move a published contest round back to scoring
)

var permKeys = [...]i18n.Key{
	permWrite:    MsgStoreForbiddenWrite,
	permDelete:   MsgStoreForbiddenDelete,
	permRestore:  MsgStoreForbiddenRestore,
	permUsers:    MsgStoreForbiddenUsers,
	permSettings: MsgStoreForbiddenSettings,
	permBackup:   MsgStoreForbiddenBackup,
	permAudit:    MsgStoreForbiddenAudit,
	permCheck:    MsgStoreForbiddenCheck,
	permReopen:   MsgStoreForbiddenReopen,
}

// allow checks the actor's current role for p: a registered user's role
// is read from the users in memory, which only writes change, under the
// write lock that write() holds too — so inside write() this is the role
// committed when the write's transaction began.
func (s *Store) allow(a Actor, p perm) error {
	if a.Registered {
		u, ok := s.users.Load().byName[a.Name]
		if !ok {
			return coded(ErrForbidden, nil, MsgStoreUserGone, vntext.CleanLine(a.Name))
		}
		a.Role = u.Role
	}
	return a.allow(p)
}

// Current is the actor as the store sees it now: a registered user's
// present role, or ErrForbidden when the user was removed. Sessions call
// it when the users change, to follow a demotion at once.
func (s *Store) Current(a Actor) (Actor, error) {
	if !a.Registered {
		return a, nil
	}
	u, ok := s.users.Load().byName[a.Name]
	if !ok {
		return a, coded(ErrForbidden, nil, MsgStoreUserGone, vntext.CleanLine(a.Name))
	}
	a.Role = u.Role
	return a, nil
}

// allow checks the role the actor carries for p; the refusal
// (ErrForbidden) names the actor.
func (a Actor) allow(p perm) error {
	name := vntext.CleanLine(a.Name)
	if name == "" {
		return coded(ErrForbidden, nil, MsgStoreNoActor)
	}
	ok := a.Role.CanAdmin()
	if p == permWrite {
		ok = a.Role.CanWrite()
	}
	if !ok {
		return coded(ErrForbidden, nil, permKeys[p], name)
	}
	return nil
}
