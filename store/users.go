package store

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"khuyencong/model"
	"khuyencong/vntext"
)

// PublicKey is an SSH key of a user: its SHA256 fingerprint and the
// authorized_keys line it came from.
type PublicKey struct{ Fingerprint, Line string }

// User may log in over SSH with any of their keys.
type User struct {
	Name    string
	Role    model.Role
	Keys    []PublicKey
	Created time.Time
}

// userIndex is the users in memory: a login looks up a fingerprint
// without a transaction.
type userIndex struct {
	byName map[string]User
	byKey  map[string]string
}

// Users lists the users by name, for admins: who may log in with which key
// is theirs to know.
func (s *Store) Users(a Actor) ([]User, error) {
	if err := s.allow(a, permUsers); err != nil {
		return nil, err
	}
	idx := s.users.Load()
	out := make([]User, 0, len(idx.byName))
	for _, u := range idx.byName {
		out = append(out, cloneUser(u))
	}
	slices.SortFunc(out, func(a, b User) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// UserByFingerprint finds the user a key belongs to.
func (s *Store) UserByFingerprint(fp string) (User, bool) {
	idx := s.users.Load()
	name, ok := idx.byKey[fp]
	if !ok {
		return User{}, false
	}
	return cloneUser(idx.byName[name]), true
}

func cloneUser(u User) User {
	u.Keys = slices.Clone(u.Keys)
	return u
}

// PutUser creates or replaces a user (keeping the creation time of one
// that exists). A key may belong to one user only. Admins only.
func (s *Store) PutUser(a Actor, u User) error {
	if err := s.allow(a, permUsers); err != nil {
		return err
	}
	u, err := cleanUser(u)
	if err != nil {
		return err
	}
	return s.write(a, permUsers, func(w *wtx) error {
		users, err := w.bucket(bucketUsers)
		if err != nil {
			return err
		}
		keys, err := w.bucket(bucketKeyIdx)
		if err != nil {
			return err
		}
		var old User
		if raw := users.Get([]byte(u.Name)); raw != nil {
			// A damaged user is replaced; its index entries are cleaned
			// by fingerprint below as far as they can be known.
			if o, err := decodeUser(raw); err == nil {
				old = o
				u.Created = old.Created
			}
		}
		if u.Created.IsZero() {
			u.Created = w.now
		}
		for _, k := range u.Keys {
			if owner := keys.Get([]byte(k.Fingerprint)); owner != nil && string(owner) != u.Name {
				return model.Errorf(MsgStoreDupKey, k.Fingerprint, string(owner))
			}
		}
		for _, k := range old.Keys {
			if err := keys.Delete([]byte(k.Fingerprint)); err != nil {
				return fmt.Errorf("user %s: %w", u.Name, err)
			}
		}
		for _, k := range u.Keys {
			if err := keys.Put([]byte(k.Fingerprint), []byte(u.Name)); err != nil {
				return fmt.Errorf("user %s: %w", u.Name, err)
			}
		}
		if err := users.Put([]byte(u.Name), encodeUser(&u)); err != nil {
			return fmt.Errorf("user %s: %w", u.Name, err)
		}
		return w.userChanged(u.Name, userDiff(old, u))
	})
}

// RemoveUser deletes a user and their keys. Admins only.
func (s *Store) RemoveUser(a Actor, name string) error {
	if err := s.allow(a, permUsers); err != nil {
		return err
	}
	name = vntext.CleanLine(name)
	return s.write(a, permUsers, func(w *wtx) error {
		users, err := w.bucket(bucketUsers)
		if err != nil {
			return err
		}
		keys, err := w.bucket(bucketKeyIdx)
		if err != nil {
			return err
		}
		raw := users.Get([]byte(name))
		if raw == nil {
			return coded(ErrNotFound, nil, MsgStoreNotFoundUser, name)
		}
		old, _ := decodeUser(raw) // a damaged user can still be removed
		for _, k := range old.Keys {
			if err := keys.Delete([]byte(k.Fingerprint)); err != nil {
				return fmt.Errorf("user %s: %w", name, err)
			}
		}
		if err := users.Delete([]byte(name)); err != nil {
			return fmt.Errorf("user %s: %w", name, err)
		}
		return w.userChanged(name, userDiff(old, User{}))
	})
}

// userChanged audits a user write and rebuilds the in-memory index from
// the transaction, to be published after commit.
func (w *wtx) userChanged(name string, changes []Change) error {
	if err := w.audit(AuditEntry{Op: OpUser, Kind: model.KindUser, Changes: changes, Note: name}, false); err != nil {
		return err
	}
	idx, err := readUsers(w.tx)
	w.users = idx
	return err
}

func userDiff(old, new User) []Change {
	fps := func(u User) string {
		parts := make([]string, len(u.Keys))
		for i, k := range u.Keys {
			parts[i] = k.Fingerprint
		}
		return strings.Join(parts, ", ")
	}
	var cs []Change
	if o, n := old.Role.String(), new.Role.String(); o != n {
		cs = append(cs, Change{Field: "role", Old: o, New: n})
	}
	if o, n := fps(old), fps(new); o != n {
		cs = append(cs, Change{Field: "keys", Old: o, New: n})
	}
	return cs
}

// cleanUser sanitises and checks a user: a name without spaces (and not
// the "local:" names of LocalAdmin), a role, keys with a SHA256
// fingerprint, each key once.
func cleanUser(u User) (User, error) {
	u.Name = vntext.CleanLine(u.Name)
	if n := utf8.RuneCountInString(u.Name); n == 0 || n > 64 || strings.HasPrefix(u.Name, "local:") ||
		strings.ContainsFunc(u.Name, unicode.IsSpace) {
		return u, model.Errorf(MsgStoreUserName, u.Name)
	}
	if u.Role < model.RoleViewer || u.Role > model.RoleAdmin {
		return u, model.Errorf(MsgStoreUserRole, u.Name)
	}
	keys := make([]PublicKey, 0, len(u.Keys))
	for _, k := range u.Keys {
		k.Fingerprint, k.Line = vntext.CleanLine(k.Fingerprint), vntext.CleanLine(k.Line)
		if !strings.HasPrefix(k.Fingerprint, "SHA256:") || len(k.Fingerprint) <= len("SHA256:") ||
			strings.ContainsFunc(k.Fingerprint, unicode.IsSpace) {
			return u, model.Errorf(MsgStoreUserKey, u.Name, k.Fingerprint)
		}
		if !slices.ContainsFunc(keys, func(p PublicKey) bool { return p.Fingerprint == k.Fingerprint }) {
			keys = append(keys, k)
		}
	}
	u.Keys = keys
	if !u.Created.IsZero() {
		u.Created = u.Created.UTC().Truncate(time.Microsecond)
	}
	return u, nil
}

func (s *Store) loadUsers() (*userIndex, error) {
	var idx *userIndex
	err := guard(s.path, func() error {
		return s.kv.View(func(tx KVTx) error {
			var err error
			idx, err = readUsers(tx)
			return err
		})
	})
	return idx, err
}

func readUsers(tx KVTx) (*userIndex, error) {
	idx := &userIndex{byName: map[string]User{}, byKey: map[string]string{}}
	b := tx.Bucket(bucketUsers)
	if b == nil {
		return idx, nil
	}
	err := b.ForEach(func(k, v []byte) error {
		u, err := decodeUser(v)
		if err != nil {
			return nil // cannot log in; Check reports it, an admin can replace it
		}
		idx.byName[u.Name] = u
		for _, key := range u.Keys {
			idx.byKey[key.Fingerprint] = u.Name
		}
		return nil
	})
	return idx, err
}
