package cli

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// syncBuffer is a bytes.Buffer the server's logger and the test may share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeRunsRemoteCommands starts `khuyencong serve` on loopback, runs
// the real report command over SSH as a registered viewer, and stops the
// server the way SIGTERM does (the context ends).
func TestServeRunsRemoteCommands(t *testing.T) {
	db := sampleDB(t)
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sp, _ := ssh.NewPublicKey(pub)
	keyFile := filepath.Join(t.TempDir(), "minh.pub")
	if err := os.WriteFile(keyFile, ssh.MarshalAuthorizedKey(sp), 0o600); err != nil {
		t.Fatal(err)
	}
	want(t, exitOK, "--db", db, "user", "add", "minh", "--role", "viewer", "--key-file", keyFile)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- runContext(ctx, []string{"--db", db, "--lang", "en", "serve", "--listen", "127.0.0.1:0"}, &bytes.Buffer{}, &stderr)
	}()
	addr := waitForAddr(t, &stderr)

	signer, _ := ssh.NewSignerFromKey(priv)
	client, err := ssh.Dial("tcp", addr, &ssh.ClientConfig{
		User: "minh", Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.Output("report --year 2022")
	if err != nil {
		t.Fatalf("remote report: %v\n%s", err, out)
	}
	for _, w := range []string{"KCQG-2022-01", "KCQG-2022-04", "2.170 tr"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("remote report lacks %q:\n%s", w, out)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Fatalf("serve exited %d:\n%s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 s")
	}
	for _, w := range []string{"host_key=SHA256:", "users=1", "login", "user=minh"} {
		if !strings.Contains(stderr.String(), w) {
			t.Errorf("server log lacks %q:\n%s", w, stderr.String())
		}
	}
	want(t, exitOK, "--db", db, "check")
}

var addrRe = regexp.MustCompile(`addr=(127\.0\.0\.1:\d+)`)

func waitForAddr(t *testing.T, log *syncBuffer) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := addrRe.FindStringSubmatch(log.String()); m != nil {
			return m[1]
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("server never logged its address:\n%s", log.String())
	return ""
}

// TestRemoteUserAdd: while the server holds the database, an admin adds a
// user over SSH with the key on standard input; a viewer may not, and a
// path on the server is refused.
func TestRemoteUserAdd(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "k.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	admin := store.Actor{Name: "lan", Role: model.RoleAdmin}
	viewer := store.Actor{Name: "minh", Role: model.RoleViewer}
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	sp, _ := ssh.NewPublicKey(pub)
	key := string(ssh.MarshalAuthorizedKey(sp))
	exec := func(a store.Actor, stdin string, args ...string) (int, string) {
		var out, errw bytes.Buffer
		code := execRemote(context.Background(), st, i18n.EN, a, args, strings.NewReader(stdin), &out, &errw)
		return code, out.String() + errw.String()
	}
	if code, out := exec(viewer, key, "user", "add", "hoa", "--role", "viewer", "--key-file", "-"); code == 0 {
		t.Fatalf("a viewer added a user: %s", out)
	}
	if code, out := exec(admin, "", "user", "add", "hoa", "--role", "viewer", "--key-file", "/etc/passwd"); code != exitUsage {
		t.Fatalf("a server path was read: %d %s", code, out)
	}
	if users, _ := st.Users(store.LocalAdmin()); len(users) != 0 {
		t.Fatalf("refused adds changed the users: %v", users)
	}
	if code, out := exec(admin, key, "user", "add", "hoa", "--role", "viewer", "--key-file", "-"); code != 0 {
		t.Fatalf("admin add: %d %s", code, out)
	}
	if _, ok := st.UserByFingerprint(ssh.FingerprintSHA256(sp)); !ok {
		t.Fatal("the key does not log in as hoa")
	}
}
