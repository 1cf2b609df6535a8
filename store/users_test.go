package store

import (
	"errors"
	"testing"

	"khuyencong/model"
)

func TestUsers(t *testing.T) {
	s := newStore(t)
	k1 := PublicKey{Fingerprint: "SHA256:aaa", Line: "ssh-ed25519 AAAA1 lan@pc"}
	k2 := PublicKey{Fingerprint: "SHA256:bbb", Line: "ssh-ed25519 AAAA2 lan@laptop"}
	if err := s.PutUser(admin, User{Name: "lan", Role: model.RoleAdmin, Keys: []PublicKey{k1, k1}}); err != nil {
		t.Fatal(err)
	}
	u, ok := s.UserByFingerprint("SHA256:aaa")
	if !ok || u.Name != "lan" || u.Role != model.RoleAdmin || len(u.Keys) != 1 || u.Created.IsZero() {
		t.Fatalf("by fingerprint: %+v %v", u, ok)
	}
	created := u.Created
	// Replacing keeps the creation time and moves the keys.
	if err := s.PutUser(admin, User{Name: "lan", Role: model.RoleEditor, Keys: []PublicKey{k2}}); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.UserByFingerprint("SHA256:aaa"); ok {
		t.Fatal("old key still logs in")
	}
	u, _ = s.UserByFingerprint("SHA256:bbb")
	if u.Role != model.RoleEditor || !u.Created.Equal(created) {
		t.Fatalf("replaced user %+v", u)
	}
	// A key belongs to one user.
	err := s.PutUser(admin, User{Name: "minh", Role: model.RoleViewer, Keys: []PublicKey{k2}})
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgStoreDupKey {
		t.Fatalf("shared key: %v", err)
	}
	for _, bad := range []User{
		{Name: "", Role: model.RoleViewer},
		{Name: "hai tu", Role: model.RoleViewer},
		{Name: "local:root", Role: model.RoleAdmin},
		{Name: "x", Role: 9},
		{Name: "x", Role: model.RoleViewer, Keys: []PublicKey{{Fingerprint: "MD5:zz"}}},
	} {
		if err := s.PutUser(admin, bad); err == nil {
			t.Fatalf("user %+v accepted", bad)
		}
	}
	users, _ := s.Users(LocalAdmin())
	if len(users) != 1 {
		t.Fatalf("users %+v", users)
	}
	users[0].Keys[0].Fingerprint = "changed"
	if u, _ := s.UserByFingerprint("SHA256:bbb"); u.Keys[0].Fingerprint != "SHA256:bbb" {
		t.Fatal("Users returned shared key slices")
	}
	if err := s.RemoveUser(admin, "lan"); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.UserByFingerprint("SHA256:bbb"); ok {
		t.Fatal("removed user still logs in")
	}
	if err := s.RemoveUser(admin, "lan"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("removing a missing user: %v", err)
	}
	if probs, err := s.Check(); err != nil || probs != nil {
		t.Fatalf("Check: %v %v", probs, err)
	}
}
