package server

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// env is a running server on loopback over a store in a temp dir.
type env struct {
	t     testing.TB
	store *store.Store
	srv   *Server
	addr  string
	done  chan error
}

func startServer(t testing.TB, mod func(*Config)) *env {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "kc.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return startServerOn(t, st, dir, mod)
}

// startServerOn serves st (closed when the test ends), its host key in dir.
func startServerOn(t testing.TB, st *store.Store, dir string, mod func(*Config)) *env {
	t.Helper()
	cfg := Config{
		Store:       st,
		Listen:      "127.0.0.1:0",
		HostKeyPath: filepath.Join(dir, "host_ed25519"),
		Lang:        i18n.EN,
		Logger:      slog.New(slog.DiscardHandler),
		Exec:        testExec(st),
		Commands:    []string{"report", "export", "backup", "user", "help"},
	}
	if mod != nil {
		mod(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	l, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, store: st, srv: srv, addr: l.Addr().String(), done: make(chan error, 1)}
	go func() { e.done <- srv.Serve(l) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		<-e.done
		if err := st.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	return e
}

// labBurst lets many test clients handshake at once from one address.
var labBurst = GateLimits{Start: 500, Full: 500, PerSource: 500}

// testExec stands in for the command line's runner: it proves the server
// passes the actor and arguments and honours the exit status.
func testExec(st *store.Store) ExecFunc {
	return func(_ context.Context, a store.Actor, args []string, _ io.Reader, stdout, stderr io.Writer) int {
		switch args[0] {
		case "report":
			n := st.Snapshot().Facilities().Live()
			_, _ = io.WriteString(stdout, "report by "+a.Name+": facilities "+strconv.Itoa(n)+"\n")
			return 0
		case "export":
			// Writes until the client stops taking it, as a large export
			// does to a client that never reads.
			chunk := []byte(strings.Repeat("Cơ sở;", 5000) + "\n")
			for {
				if _, err := stdout.Write(chunk); err != nil {
					return 1
				}
			}
		case "backup":
			if _, err := st.Backup(a, stdout); err != nil {
				_, _ = io.WriteString(stderr, model.Localize(err, i18n.EN)+"\n")
				return 1
			}
			return 0
		}
		return 2
	}
}

// addUser registers a fresh key for a user with a role and returns the
// signer that logs in as them.
func (e *env) addUser(name string, role model.Role) gossh.Signer {
	e.t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		e.t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		e.t.Fatal(err)
	}
	pub := signer.PublicKey()
	u := store.User{Name: name, Role: role, Keys: []store.PublicKey{{
		Fingerprint: gossh.FingerprintSHA256(pub),
		Line:        strings.TrimSpace(string(gossh.MarshalAuthorizedKey(pub))),
	}}}
	if err := e.store.PutUser(store.LocalAdmin(), u); err != nil {
		e.t.Fatal(err)
	}
	return signer
}

func (e *env) dial(auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", e.addr, &gossh.ClientConfig{
		User:            "staff",
		Auth:            auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
}

// term is an interactive session read through a terminal emulator.
type term struct {
	t      testing.TB
	client *gossh.Client
	sess   *gossh.Session
	stdin  io.WriteCloser
	em     *vt.SafeEmulator
	waited chan error
	quiet  bool          // driven from another goroutine: never t.Fatal
	bytes  atomic.Int64  // what the server sent, for the traffic test
	out    chan struct{} // signalled (never blocking) when output arrives
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func (e *env) open(signer gossh.Signer, w, h int) *term {
	e.t.Helper()
	tm, err := e.dialTerm(signer, w, h)
	if err != nil {
		e.t.Fatal(err)
	}
	return tm
}

// openQuiet is open for goroutines other than the test's: it reports a
// failure by returning nil instead of calling t.Fatal.
func (e *env) openQuiet(signer gossh.Signer, w, h int) *term {
	tm, err := e.dialTerm(signer, w, h)
	if err != nil {
		e.t.Log(err)
		return nil
	}
	tm.quiet = true
	return tm
}

func (e *env) dialTerm(signer gossh.Signer, w, h int) (*term, error) {
	c, err := e.dial(gossh.PublicKeys(signer))
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	sess, err := c.NewSession()
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	em := vt.NewSafeEmulator(w, h)
	tm := &term{t: e.t, client: c, sess: sess, em: em, waited: make(chan error, 1), out: make(chan struct{}, 1)}
	sess.Stdout = writerFunc(func(p []byte) (int, error) {
		tm.bytes.Add(int64(len(p)))
		select {
		case tm.out <- struct{}{}:
		default:
		}
		return em.Write(p)
	})
	sess.Stderr = io.Discard
	stdin, err := sess.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("stdin: %w", err)
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		return nil, fmt.Errorf("pty: %w", err)
	}
	if err := sess.Shell(); err != nil {
		return nil, fmt.Errorf("shell: %w", err)
	}
	tm.stdin = stdin
	// The emulator answers the program's terminal queries (background
	// colour, etc.) through stdin, as a real terminal would.
	go func() { _, _ = io.Copy(stdin, em) }()
	go func() { tm.waited <- sess.Wait() }()
	e.t.Cleanup(func() { _ = sess.Close(); _ = c.Close() })
	return tm, nil
}

func (tm *term) screen() string { return ansi.Strip(tm.em.Render()) }

func (tm *term) send(keys string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.stdin, keys); err != nil && !tm.quiet {
		tm.t.Fatalf("send %q: %v", keys, err)
	}
}

// waitFor polls the screen until it contains every string, or fails with
// the last screen.
func (tm *term) waitFor(want ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var s string
	for time.Now().Before(deadline) {
		s = tm.screen()
		if containsAll(s, want) {
			return s
		}
		time.Sleep(20 * time.Millisecond)
	}
	tm.t.Fatalf("screen never showed %q; last screen:\n%s", want, s)
	return s
}

// waitExit waits for the session to end and returns the exit error.
func (tm *term) waitExit() error {
	tm.t.Helper()
	select {
	case err := <-tm.waited:
		return err
	case <-time.After(10 * time.Second):
		tm.t.Fatalf("session did not end; screen:\n%s", tm.screen())
		return nil
	}
}

func containsAll(s string, want []string) bool {
	for _, w := range want {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// run executes a command without a terminal and returns stdout, stderr
// and the exit status.
func (e *env) run(signer gossh.Signer, cmd string) (string, string, int) {
	e.t.Helper()
	c, err := e.dial(gossh.PublicKeys(signer))
	if err != nil {
		e.t.Fatalf("dial: %v", err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		e.t.Fatal(err)
	}
	var out, errb strings.Builder
	sess.Stdout, sess.Stderr = &out, &errb
	code := 0
	if err := sess.Run(cmd); err != nil {
		ee, ok := err.(*gossh.ExitError)
		if !ok {
			e.t.Fatalf("run %q: %v", cmd, err)
		}
		code = ee.ExitStatus()
	}
	return out.String(), errb.String(), code
}
