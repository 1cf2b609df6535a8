package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"khuyencong/model"
	"khuyencong/store"
)

// TestHugeWindowIsClamped: a viewer that claims a 10000×10000 terminal,
// then a 20000×20000 one, gets a program drawn within the clamp and a
// note saying so; the server keeps serving.
func TestHugeWindowIsClamped(t *testing.T) {
	// A small clamp keeps the test quick (under -race a 500×200 screen
	// takes minutes to emulate); the mechanism is the same.
	const maxW, maxH = 120, 40
	e := startServer(t, func(c *Config) { c.MaxWidth, c.MaxHeight = maxW, maxH })
	c, err := e.dial(gossh.PublicKeys(e.addUser("to", model.RoleViewer)))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	// An emulator a little larger than the clamp shows whether anything is
	// drawn past it.
	em := vt.NewSafeEmulator(maxW+40, maxH+20)
	stderr := &lockedBuffer{}
	sess.Stdout, sess.Stderr = em, stderr
	stdin, _ := sess.StdinPipe()
	go func() { _, _ = io.Copy(stdin, em) }()
	if err := sess.RequestPty("xterm-256color", 10000, 10000, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	waitScreen(t, em, "to")
	if err := sess.WindowChange(20000, 20000); err != nil {
		t.Fatal(err)
	}
	_, _ = io.WriteString(stdin, "?")
	time.Sleep(300 * time.Millisecond)
	checkWithin(t, em.Render(), maxW, maxH)
	if !strings.Contains(stderr.String(), "120 columns × 40 rows") {
		t.Errorf("client not told of the clamp; stderr %q", stderr.String())
	}
	// The server still serves.
	e.open(e.addUser("khac", model.RoleViewer), 80, 24).waitFor("khac")
}

func waitScreen(t *testing.T, em *vt.SafeEmulator, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(ansi.Strip(em.Render()), want) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("screen never showed %q", want)
}

// checkWithin fails if anything is drawn right of the clamp's last column
// or below its last row.
func checkWithin(t *testing.T, screen string, maxW, maxH int) {
	t.Helper()
	lines := strings.Split(ansi.Strip(screen), "\n")
	drawn := 0
	for i, l := range lines {
		r := []rune(strings.TrimRight(l, " "))
		if len(r) > 0 {
			drawn++
		}
		if len(r) > maxW {
			t.Errorf("row %d drawn %d columns wide: %q", i+1, len(r), string(r[maxW:]))
		}
		if i >= maxH && len(r) > 0 {
			t.Errorf("row %d drawn below the clamp: %q", i+1, string(r))
		}
	}
	if drawn == 0 {
		t.Error("nothing drawn")
	}
}

// TestIdleCommandsFreeTheirSlots: command sessions whose client never
// reads are ended by the idle timeout, so the slots they held serve
// others again, and a shutdown does not wait for them.
func TestIdleCommandsFreeTheirSlots(t *testing.T) {
	e := startServer(t, func(c *Config) { c.MaxSessions = 2; c.IdleTimeout = 500 * time.Millisecond })
	key := e.addUser("doc", model.RoleViewer)
	for range 2 {
		c, err := e.dial(gossh.PublicKeys(key))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sess.StdoutPipe(); err != nil { // never read
			t.Fatal(err)
		}
		if err := sess.Start("export facilities"); err != nil {
			t.Fatal(err)
		}
	}
	waitSessions(t, e, 2)
	waitSessions(t, e, 0)
	if out, _, code := e.run(key, "report"); code != 0 || !strings.Contains(out, "report by doc") {
		t.Errorf("report after the idle commands: %d %q", code, out)
	}
}

func waitSessions(t *testing.T, e *env, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if e.srv.Sessions() == n {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("sessions: %d, want %d", e.srv.Sessions(), n)
}

// TestGateDropsConnectionsPastFull: past Full connections without a
// session, a new one is closed before its handshake; closing the waiting
// ones lets a real login through.
func TestGateDropsConnectionsPastFull(t *testing.T) {
	e := startServer(t, func(c *Config) { c.Gate = GateLimits{Start: 3, Full: 3, PerSource: 3} })
	var idle []net.Conn
	for range 3 {
		conn, err := net.Dial("tcp", e.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if got := firstBytes(t, conn); !strings.HasPrefix(got, "SSH-2.0") {
			t.Fatalf("admitted connection read %q", got)
		}
		idle = append(idle, conn)
	}
	extra, err := net.Dial("tcp", e.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer extra.Close()
	if got := firstBytes(t, extra); got != "" {
		t.Fatalf("connection past Full read %q, want it closed", got)
	}
	for _, c := range idle {
		_ = c.Close()
	}
	deadline := time.Now().Add(5 * time.Second)
	for e.srv.gate.waiting() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	e.open(e.addUser("that", model.RoleViewer), 80, 24).waitFor("that")
}

// firstBytes reads what the server sends first: its version line, or
// nothing when it closed the connection.
func firstBytes(t *testing.T, c net.Conn) string {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	b := make([]byte, 64)
	n, err := c.Read(b)
	if err != nil && err != io.EOF && n == 0 {
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Fatal("server neither greeted nor closed")
		}
	}
	return string(b[:n])
}

// TestConnectionWithoutSessionIsClosed: a client that logs in and opens no
// session, or keeps the connection after its last session, is
// disconnected after NoSession.
func TestConnectionWithoutSessionIsClosed(t *testing.T) {
	e := startServer(t, func(c *Config) { c.Gate = GateLimits{NoSession: 300 * time.Millisecond} })
	key := e.addUser("im", model.RoleViewer)
	c, err := e.dial(gossh.PublicKeys(key))
	if err != nil {
		t.Fatal(err)
	}
	waitClosed(t, c)

	c, err = e.dial(gossh.PublicKeys(key))
	if err != nil {
		t.Fatal(err)
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if out, err := sess.Output("report"); err != nil || !strings.Contains(string(out), "report by im") {
		t.Fatalf("report: %q %v", out, err)
	}
	waitClosed(t, c)
}

func waitClosed(t *testing.T, c *gossh.Client) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = c.Close()
		t.Fatal("connection without a session still open")
	}
}

// TestChannelsPerConnection: one connection opens at most Channels
// sessions; the next is refused and the open ones keep working.
func TestChannelsPerConnection(t *testing.T) {
	e := startServer(t, func(c *Config) { c.Gate = GateLimits{Channels: 2} })
	c, err := e.dial(gossh.PublicKeys(e.addUser("ba", model.RoleViewer)))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for i := range 2 {
		if _, err := c.NewSession(); err != nil {
			t.Fatalf("session %d: %v", i+1, err)
		}
	}
	if _, err := c.NewSession(); err == nil || !strings.Contains(err.Error(), "too many sessions") {
		t.Fatalf("third session: %v, want a refusal", err)
	}
}

// TestCertificateRefused: a certificate registered as if it were a key
// (as user add allowed before) does not log in, expired or not.
func TestCertificateRefused(t *testing.T) {
	e := startServer(t, nil)
	_, caPriv, _ := ed25519.GenerateKey(rand.Reader)
	ca, _ := gossh.NewSignerFromKey(caPriv)
	_, userPriv, _ := ed25519.GenerateKey(rand.Reader)
	userSigner, _ := gossh.NewSignerFromKey(userPriv)
	cert := &gossh.Certificate{Key: userSigner.PublicKey(), CertType: gossh.UserCert, KeyId: "hoa",
		ValidPrincipals: []string{"hoa"}, ValidAfter: uint64(time.Now().Add(-48 * time.Hour).Unix()), ValidBefore: uint64(time.Now().Add(-time.Hour).Unix())}
	if err := cert.SignCert(rand.Reader, ca); err != nil {
		t.Fatalf("sign certificate: %v", err)
	}
	certSigner, err := gossh.NewCertSigner(cert, userSigner)
	if err != nil {
		t.Fatal(err)
	}
	u := store.User{Name: "hoa", Role: model.RoleAdmin, Keys: []store.PublicKey{{
		Fingerprint: gossh.FingerprintSHA256(cert),
		Line:        strings.TrimSpace(string(gossh.MarshalAuthorizedKey(cert))),
	}}}
	if err := e.store.PutUser(store.LocalAdmin(), u); err != nil {
		t.Fatal(err)
	}
	if c, err := e.dial(gossh.PublicKeys(certSigner)); err == nil {
		c.Close()
		t.Fatal("an expired certificate logged in")
	}
}

// lockedBuffer is a buffer the SSH client writes while the test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
