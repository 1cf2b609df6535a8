package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

func addFacility(t *testing.T, st *store.Store, a store.Actor, name string) *model.Facility {
	t.Helper()
	f := &model.Facility{Name: name, LegalForm: model.LegalSME, Address: model.Address{Before: model.OldAddress{District: "Bình Xuyên", Province: "Vĩnh Phúc"}}}
	if err := st.Create(a, f); err != nil {
		t.Fatalf("create %s: %v", name, err)
	}
	return f
}

func TestAdminSeesTabsAndRole(t *testing.T) {
	e := startServer(t, nil)
	addFacility(t, e.store, store.LocalAdmin(), "Công ty TNHH Bao bì Atlantic")
	admin := e.addUser("lan", model.RoleAdmin)
	tm := e.open(admin, 100, 30)
	tm.waitFor("Overview", "Facilities", "Projects", "Budgets", "Audit log", "lan")
}

func TestUnknownKeyAndPasswordRefused(t *testing.T) {
	e := startServer(t, nil)
	e.addUser("lan", model.RoleAdmin)
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	stranger, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	if c, err := e.dial(gossh.PublicKeys(stranger)); err == nil {
		c.Close()
		t.Fatal("an unregistered key logged in")
	} else if !strings.Contains(err.Error(), "unable to authenticate") {
		t.Fatalf("unknown key: unexpected error %v", err)
	}
	if c, err := e.dial(gossh.Password("lan")); err == nil {
		c.Close()
		t.Fatal("a password logged in")
	}
	kbd := gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return []string{"x"}, nil })
	if c, err := e.dial(kbd); err == nil {
		c.Close()
		t.Fatal("keyboard-interactive logged in")
	}
}

func TestViewerCannotCreate(t *testing.T) {
	e := startServer(t, nil)
	addFacility(t, e.store, store.LocalAdmin(), "Hợp tác xã Đông Xuân")
	viewer := e.addUser("minh", model.RoleViewer)
	tm := e.open(viewer, 100, 30)
	tm.waitFor("Facilities", "minh")
	tm.send("2")
	tm.waitFor("Đông Xuân")
	before := e.store.Snapshot().Seq
	tm.send("n")
	time.Sleep(300 * time.Millisecond)
	tm.send("x") // would be typed into a form's first field if one had opened
	time.Sleep(200 * time.Millisecond)
	if got := e.store.Snapshot().Seq; got != before {
		t.Fatalf("a viewer's keys changed the database: seq %d → %d", before, got)
	}
	if e.store.Snapshot().Facilities().Live() != 1 {
		t.Fatal("facility count changed")
	}
}

func TestLiveUpdateReachesOtherSession(t *testing.T) {
	e := startServer(t, nil)
	addFacility(t, e.store, store.LocalAdmin(), "Hợp tác xã Đông Xuân")
	a := e.open(e.addUser("lan", model.RoleEditor), 100, 30)
	b := e.open(e.addUser("hoa", model.RoleEditor), 100, 30)
	for _, tm := range []*term{a, b} {
		tm.send("2")
		tm.waitFor("Đông Xuân")
	}
	addFacility(t, e.store, store.Actor{Name: "hoa", Role: model.RoleEditor}, "Công ty TNHH Đầu tư xây dựng Long Thanh")
	start := time.Now()
	a.waitFor("Đầu tư xây dựng")
	t.Logf("live update shown after %v", time.Since(start).Round(time.Millisecond))
}

func TestResizeReachesProgram(t *testing.T) {
	e := startServer(t, nil)
	addFacility(t, e.store, store.LocalAdmin(), "Hợp tác xã Đông Xuân")
	tm := e.open(e.addUser("lan", model.RoleAdmin), 100, 30)
	tm.waitFor("Facilities")
	tm.em.Resize(60, 15)
	if err := tm.sess.WindowChange(15, 60); err != nil {
		t.Fatal(err)
	}
	tm.waitFor("80×24")
	tm.em.Resize(120, 40)
	if err := tm.sess.WindowChange(40, 120); err != nil {
		t.Fatal(err)
	}
	tm.waitFor("Facilities", "Overview")
}

func TestIdleTimeoutEndsSession(t *testing.T) {
	e := startServer(t, func(c *Config) { c.IdleTimeout = 300 * time.Millisecond })
	tm := e.open(e.addUser("lan", model.RoleAdmin), 100, 30)
	_ = tm.waitExit()
	if s := tm.screen(); !strings.Contains(s, i18n.EN.T(MsgServerIdle)) {
		t.Fatalf("no idle message; screen:\n%s", s)
	}
}

func TestMaxSessions(t *testing.T) {
	e := startServer(t, func(c *Config) { c.MaxSessions = 1 })
	admin := e.addUser("lan", model.RoleAdmin)
	tm := e.open(admin, 100, 30)
	tm.waitFor("Overview")
	_, stderr, code := e.run(admin, "report")
	if code == 0 || !strings.Contains(stderr, i18n.EN.T(MsgServerFull)) {
		t.Fatalf("second session admitted: code %d stderr %q", code, stderr)
	}
	tm.send("q")
	_ = tm.waitExit()
	deadline := time.Now().Add(5 * time.Second)
	for e.srv.Sessions() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if out, _, code := e.run(admin, "report"); code != 0 {
		t.Fatalf("session after the first ended: code %d out %q", code, out)
	}
}

func TestCommandsWithoutTerminal(t *testing.T) {
	e := startServer(t, nil)
	addFacility(t, e.store, store.LocalAdmin(), "Hợp tác xã Đông Xuân")
	admin := e.addUser("lan", model.RoleAdmin)
	viewer := e.addUser("minh", model.RoleViewer)

	out, _, code := e.run(viewer, "report --year 2022")
	if code != 0 || !strings.Contains(out, "report by minh: facilities 1") {
		t.Fatalf("report: code %d out %q", code, out)
	}
	if _, stderr, code := e.run(viewer, "rm -rf /"); code != 2 || !strings.Contains(stderr, "report") {
		t.Fatalf("unknown command: code %d stderr %q", code, stderr)
	}
	if _, _, code := e.run(viewer, "backup"); code == 0 {
		t.Fatal("a viewer got a backup")
	}
	backup, _, code := e.run(admin, "backup")
	if code != 0 || len(backup) == 0 {
		t.Fatalf("backup: code %d, %d bytes", code, len(backup))
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(path, []byte(backup), 0o600); err != nil {
		t.Fatal(err)
	}
	cp, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("open backup: %v", err)
	}
	defer cp.Close()
	if probs, err := cp.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("backup check: %v %v", probs, err)
	}
	if cp.Snapshot().Facilities().Live() != 1 {
		t.Fatal("backup lost the facility")
	}
}

func TestShutdownWithOpenSessions(t *testing.T) {
	e := startServer(t, nil)
	addFacility(t, e.store, store.LocalAdmin(), "Hợp tác xã Đông Xuân")
	admin := e.addUser("lan", model.RoleAdmin)
	terms := []*term{e.open(admin, 100, 30), e.open(admin, 80, 24)}
	for _, tm := range terms {
		tm.waitFor("Overview")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	if err := e.srv.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	if d := time.Since(start); d > 9*time.Second {
		t.Fatalf("shutdown took %v", d)
	}
	for _, tm := range terms {
		_ = tm.waitExit()
		if !strings.Contains(tm.screen(), i18n.EN.T(MsgServerShutdown)) {
			t.Errorf("session not told of the shutdown:\n%s", tm.screen())
		}
	}
	if probs, err := e.store.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("check after shutdown: %v %v", probs, err)
	}
	var buf bytes.Buffer
	if _, err := e.store.Backup(store.LocalAdmin(), &buf); err != nil {
		t.Fatalf("store unusable after server shutdown: %v", err)
	}
}
