package server

import (
	"strings"
	"testing"
	"time"

	"khuyencong/model"
	"khuyencong/store"
)

// TestRemovedUserSessionEnds: an editor with a new-facility form open is
// removed; the session ends at once with a message, and what was typed is
// never saved.
func TestRemovedUserSessionEnds(t *testing.T) {
	e := startServer(t, nil)
	addFacility(t, e.store, store.LocalAdmin(), "Hợp tác xã Đông Xuân")
	tm := e.open(e.addUser("hoa", model.RoleEditor), 100, 30)
	tm.waitFor("Facilities", "hoa")
	tm.send("2")
	tm.waitFor("Đông Xuân")
	tm.send("n")
	time.Sleep(300 * time.Millisecond)
	tm.send("Cơ sở mới của người bị xoá")
	if err := e.store.RemoveUser(store.LocalAdmin(), "hoa"); err != nil {
		t.Fatal(err)
	}
	tm.send("\x13") // ctrl+s, in case the form were still there
	if err := tm.waitExit(); err != nil && !strings.Contains(err.Error(), "exit") {
		t.Logf("session ended: %v", err)
	}
	if !strings.Contains(tm.screen(), "removed your account") {
		t.Errorf("no message on the way out:\n%s", tm.screen())
	}
	if n := e.store.Snapshot().Facilities().Live(); n != 1 {
		t.Errorf("%d facilities after the removed user's save, want 1", n)
	}
}

// TestDemotedAdminFollowsAtOnce: an admin demoted to viewer while logged
// in loses the audit tab and the delete key's permission on screen, and a
// delete is refused by the store.
func TestDemotedAdminFollowsAtOnce(t *testing.T) {
	e := startServer(t, nil)
	addFacility(t, e.store, store.LocalAdmin(), "Hợp tác xã Đông Xuân")
	tm := e.open(e.addUser("lan", model.RoleAdmin), 120, 30)
	tm.waitFor("Audit log", "lan")
	tm.send("2")
	tm.waitFor("Đông Xuân")
	users, err := e.store.Users(store.LocalAdmin())
	if err != nil {
		t.Fatal(err)
	}
	u := users[0]
	u.Role = model.RoleViewer
	if err := e.store.PutUser(store.LocalAdmin(), u); err != nil {
		t.Fatal(err)
	}
	s := tm.waitFor("you are now Viewer")
	if strings.Contains(s, "Audit log") {
		t.Errorf("the audit tab is still shown to a viewer:\n%s", s)
	}
	tm.send("d")
	time.Sleep(300 * time.Millisecond)
	tm.send("y") // would confirm a delete dialog had one opened
	time.Sleep(300 * time.Millisecond)
	if f, _ := e.store.Snapshot().Facilities().Get(1); f.Deleted {
		t.Fatal("a demoted admin deleted a facility")
	}
	if a := (store.Actor{Name: "lan", Role: model.RoleAdmin, Registered: true}); e.store.Delete(a, model.KindFacility, 1, 1) == nil {
		t.Fatal("the store took the role the session carried, not the user's")
	}
}
