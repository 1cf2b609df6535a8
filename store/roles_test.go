package store

import (
	"errors"
	"io"
	"testing"

	"khuyencong/model"
)

// roleFixture is a store with one record of each kind, a user and the
// digest of its file.
func roleFixture(t *testing.T) (*Store, *model.Facility) {
	t.Helper()
	s := newStore(t)
	f := facility("Cơ sở kiểm tra quyền")
	mustCreate(t, s, editor, f)
	if err := s.Delete(admin, model.KindFacility, f.ID, 1); err != nil {
		t.Fatal(err)
	}
	g := facility("Cơ sở còn hiệu lực")
	mustCreate(t, s, editor, g)
	if err := s.PutUser(admin, User{Name: "hoa", Role: model.RoleViewer}); err != nil {
		t.Fatal(err)
	}
	return s, g
}

// refuse runs op and checks it is refused as forbidden, names the actor and
// leaves the file and the read model as they were.
func refuse(t *testing.T, s *Store, a Actor, op func() error) {
	t.Helper()
	before, seq := digest(t, s), s.Snapshot().Seq
	err := op()
	if !errors.Is(err, ErrForbidden) {
		t.Fatalf("err = %v, want ErrForbidden", err)
	}
	var me *model.Error
	if !errors.As(err, &me) || me.Key == MsgStoreForbidden || len(me.Args) != 1 || me.Args[0] != a.Name {
		t.Fatalf("refusal %v should be specific and name %s", err, a.Name)
	}
	if digest(t, s) != before || s.Snapshot().Seq != seq {
		t.Fatal("a refused operation changed the database")
	}
}

func TestViewerMayNotCreate(t *testing.T) {
	s, _ := roleFixture(t)
	f := facility("Cơ sở mới")
	refuse(t, s, viewer, func() error { return s.Create(viewer, f) })
	if f.Name != "Cơ sở mới" || f.ID != 0 {
		t.Fatal("refused create touched the record")
	}
}

func TestViewerMayNotUpdate(t *testing.T) {
	s, g := roleFixture(t)
	c := *g
	c.Employees = 99
	refuse(t, s, viewer, func() error { return s.Update(viewer, &c) })
}

func TestViewerMayNotCreateMany(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, viewer, func() error { return s.CreateMany(viewer, []model.Record{facility("X")}, "") })
}

func TestViewerMayNotDelete(t *testing.T) {
	s, g := roleFixture(t)
	refuse(t, s, viewer, func() error { return s.Delete(viewer, model.KindFacility, g.ID, g.Version) })
}

func TestViewerMayNotRestore(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, viewer, func() error { return s.Restore(viewer, model.KindFacility, 1) })
}

func TestViewerMayNotPutUser(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, viewer, func() error { return s.PutUser(viewer, User{Name: "x", Role: model.RoleAdmin}) })
}

func TestViewerMayNotRemoveUser(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, viewer, func() error { return s.RemoveUser(viewer, "hoa") })
}

func TestViewerMayNotSaveSettings(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, viewer, func() error { return s.SaveSettings(viewer, model.Settings{}) })
}

func TestViewerMayNotBackup(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, viewer, func() error { _, err := s.Backup(viewer, io.Discard); return err })
}

func TestViewerMayNotReadAudit(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, viewer, func() error { _, err := s.Audit(viewer, AuditQuery{}); return err })
}

func TestEditorMayNotDelete(t *testing.T) {
	s, g := roleFixture(t)
	refuse(t, s, editor, func() error { return s.Delete(editor, model.KindFacility, g.ID, g.Version) })
}

func TestEditorMayNotRestore(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, editor, func() error { return s.Restore(editor, model.KindFacility, 1) })
}

func TestEditorMayNotPutUser(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, editor, func() error { return s.PutUser(editor, User{Name: "minh", Role: model.RoleAdmin}) })
}

func TestEditorMayNotListUsers(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, editor, func() error { _, err := s.Users(editor); return err })
	refuse(t, s, viewer, func() error { _, err := s.Users(viewer); return err })
}

func TestEditorMayNotRemoveUser(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, editor, func() error { return s.RemoveUser(editor, "hoa") })
}

func TestEditorMayNotSaveSettings(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, editor, func() error { return s.SaveSettings(editor, model.Settings{AdvanceLimit: 100}) })
}

func TestEditorMayNotBackup(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, editor, func() error { _, err := s.Backup(editor, io.Discard); return err })
}

func TestEditorMayNotReadAudit(t *testing.T) {
	s, _ := roleFixture(t)
	refuse(t, s, editor, func() error { _, err := s.Audit(editor, AuditQuery{}); return err })
}

func TestEditorMayCreateAndUpdate(t *testing.T) {
	s, g := roleFixture(t)
	c := *g
	c.Employees = 77
	if err := s.Update(editor, &c); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, s, editor, facility("Cơ sở của biên tập viên"))
}

func TestActorWithoutNameOrRoleIsRefused(t *testing.T) {
	s, _ := roleFixture(t)
	before := digest(t, s)
	for _, a := range []Actor{{Name: "", Role: model.RoleAdmin}, {Name: "\x1b[31m", Role: model.RoleAdmin}, {Name: "x"}} {
		if err := s.Create(a, facility("X")); !errors.Is(err, ErrForbidden) {
			t.Fatalf("actor %+v: %v", a, err)
		}
	}
	if digest(t, s) != before {
		t.Fatal("refused writes changed the database")
	}
}

func TestReadOnlyStoreRefusesWrites(t *testing.T) {
	path := tempPath(t)
	s := openTest(t, path)
	mustCreate(t, s, editor, facility("Cơ sở A"))
	s.Close()
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if ro.Snapshot().Facilities().Live() != 1 {
		t.Fatal("read-only store did not load")
	}
	if err := ro.Create(admin, facility("B")); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("write to a read-only store: %v", err)
	}
}

func TestLocalAdmin(t *testing.T) {
	a := LocalAdmin()
	if a.Role != model.RoleAdmin || len(a.Name) <= len("local:") || a.Name[:6] != "local:" {
		t.Fatalf("LocalAdmin() = %+v", a)
	}
}

// TestRegisteredActorUsesCurrentRole: a session's actor carries the role
// it had at login; the store trusts the users table instead, so a removed
// user and a demoted admin are refused at once, and the file is unchanged.
func TestRegisteredActorUsesCurrentRole(t *testing.T) {
	s, g := roleFixture(t)
	if err := s.PutUser(admin, User{Name: "lan", Role: model.RoleAdmin}); err != nil {
		t.Fatal(err)
	}
	lan := Actor{Name: "lan", Role: model.RoleAdmin, Registered: true}
	if err := s.PutUser(admin, User{Name: "lan", Role: model.RoleViewer}); err != nil {
		t.Fatal(err)
	}
	refuse(t, s, lan, func() error { return s.Delete(lan, model.KindFacility, g.ID, g.Version) })
	refuse(t, s, lan, func() error { _, err := s.Users(lan); return err })
	if cur, err := s.Current(lan); err != nil || cur.Role != model.RoleViewer {
		t.Errorf("Current = %v, %v; want the viewer role", cur, err)
	}
	hoa := Actor{Name: "hoa", Role: model.RoleEditor, Registered: true} // a viewer who believed otherwise
	refuse(t, s, hoa, func() error { return s.Create(hoa, facility("Cơ sở của người xem")) })
	if err := s.RemoveUser(admin, "hoa"); err != nil {
		t.Fatal(err)
	}
	refuse(t, s, hoa, func() error { _, err := s.Current(hoa); return err })
}
