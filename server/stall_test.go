package server

import (
	"context"
	"io"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"khuyencong/model"
	"khuyencong/store"
)

// TestStalledClientDoesNotStallOthers: a client that stops reading lets the
// SSH window fill and its own program block on writing; the others keep
// working, a save still reaches every other session, and the server still
// shuts down in time.
func TestStalledClientDoesNotStallOthers(t *testing.T) {
	e := startServer(t, nil)
	for i := range 200 {
		addFacility(t, e.store, store.LocalAdmin(), "Cơ sở sản xuất đồ gỗ mỹ nghệ số "+string(rune('A'+i%26))+string(rune('a'+i/26)))
	}
	// The stalled client: it stops reading at the first byte the program
	// sends (so the program is running before the test starts resizing).
	c, err := e.dial(gossh.PublicKeys(e.addUser("treo", model.RoleViewer)))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	stalled, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	stalled.Stdout = blockingWriter{started: started}
	stdin, _ := stalled.StdinPipe()
	if err := stalled.RequestPty("xterm-256color", 80, 250, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := stalled.Shell(); err != nil {
		t.Fatal(err)
	}
	// Make it draw a lot: each resize redraws the whole 250×80 screen of
	// facilities (measured: about 0,6 MB a second), so within 4,5 s the
	// server has more to send than the 2 MB SSH window holds, and the
	// stalled session's program blocks on its write.
	<-started
	if _, err := io.WriteString(stdin, "2"); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
			if err := stalled.WindowChange(80, 250-i%2); err != nil {
				return
			}
		}
	}()
	time.Sleep(4500 * time.Millisecond)

	a := e.open(e.addUser("lan", model.RoleEditor), 100, 30)
	b := e.open(e.addUser("hoa", model.RoleViewer), 100, 30)
	for _, tm := range []*term{a, b} {
		tm.send("2")
		tm.waitFor("Facilities 200")
	}
	a.send("n")
	a.waitFor("*")
	a.send("Hợp tác xã gốm Hương Canh" + keySave)
	waitUntil(t, a, "the save", func() bool { return e.store.Snapshot().Facilities().Live() == 201 })
	b.waitFor("Facilities 201")
	// The stalled session cannot take its quit message: shutdown gives it
	// the grace period, then closes its connection.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	if err := e.srv.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown with a stalled client: %v", err)
	}
	if d := time.Since(start); d > 4*time.Second {
		t.Fatalf("shutdown took %v", d)
	}
	deadline := time.Now().Add(5 * time.Second)
	for e.srv.Sessions() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := e.srv.Sessions(); n > 0 {
		t.Fatalf("%d sessions still open after their connections were closed", n)
	}
}
