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
}

// allow checks the actor's role for p; the refusal (ErrForbidden) names
// the actor.
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
