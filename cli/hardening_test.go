package cli

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// TestUserAddRefusesCertificates: an OpenSSH certificate would be accepted
// by its fingerprint long after it expired; user add takes plain keys only
// and says so, and the refusal adds nobody.
func TestUserAddRefusesCertificates(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	cert := certificateLine(t)
	path := writeTemp(t, "hoa-cert.pub", cert)
	_, errOut := want(t, exitFail, "--db", db, "--lang", "en", "user", "add", "hoa", "--role", "viewer", "--key-file", path)
	if !strings.Contains(errOut, "certificate") || !strings.Contains(errOut, "line 1") {
		t.Errorf("refusal does not say what is wrong: %q", errOut)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a refused user add created or changed the database: %v", err)
	}
}

// certificateLine is an authorized_keys line holding a user certificate
// that expired an hour ago.
func certificateLine(t *testing.T) string {
	t.Helper()
	_, caPriv, _ := ed25519.GenerateKey(rand.Reader)
	ca, err := ssh.NewSignerFromKey(caPriv)
	if err != nil {
		t.Fatal(err)
	}
	userPub, _, _ := ed25519.GenerateKey(rand.Reader)
	key, _ := ssh.NewPublicKey(userPub)
	cert := &ssh.Certificate{
		Key: key, CertType: ssh.UserCert, KeyId: "hoa", ValidPrincipals: []string{"hoa"},
		ValidAfter: uint64(time.Now().Add(-48 * time.Hour).Unix()), ValidBefore: uint64(time.Now().Add(-time.Hour).Unix()),
	}
	if err := cert.SignCert(rand.Reader, ca); err != nil {
		t.Fatal(err)
	}
	return string(ssh.MarshalAuthorizedKey(cert))
}

// TestExportHonoursUmask: an export file gets 0666 less the umask, like a
// file made by hand; under umask 077 nobody else may read it.
func TestExportHonoursUmask(t *testing.T) {
	db := sampleDB(t)
	for mask, wantMode := range map[int]os.FileMode{0o077: 0o600, 0o022: 0o644} {
		old := syscall.Umask(mask)
		path := filepath.Join(t.TempDir(), "co-so.csv")
		_, _, code := cliNoFail(t, "--db", db, "export", "facilities", "-o", path)
		syscall.Umask(old)
		if code != exitOK {
			t.Fatalf("export under umask %03o: exit %d", mask, code)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != wantMode {
			t.Errorf("umask %03o: export mode %v, want %v", mask, fi.Mode().Perm(), wantMode)
		}
	}
}

func cliNoFail(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	code, out, errOut := cli(t, args...)
	return out, errOut, code
}

// TestCheckOverSSH: an admin runs check on the server's open database; a
// viewer is refused.
func TestCheckOverSSH(t *testing.T) {
	st, err := store.Open(sampleDB(t), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if code, out := remote(t, st, adminActor, "check"); code != exitOK || !strings.Contains(out, "no problems") {
		t.Errorf("admin check over SSH: %d %s", code, out)
	}
	if code, out := remote(t, st, viewerActor, "check"); code != exitFail || !strings.Contains(out, "admin") {
		t.Errorf("viewer check over SSH: %d %s", code, out)
	}
}

var (
	adminActor  = store.Actor{Name: "lan", Role: model.RoleAdmin}
	viewerActor = store.Actor{Name: "minh", Role: model.RoleViewer}
)

// remote runs a command as execRemote does for an SSH login, returning
// the exit status and everything written.
func remote(t *testing.T, st *store.Store, a store.Actor, args ...string) (int, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := execRemote(context.Background(), st, i18n.EN, a, args, nil, &out, &errw)
	return code, out.String() + errw.String()
}

// TestUserRole: an admin changes a user's role and keeps their keys;
// an unknown user and an unknown role are refused and change nothing.
func TestUserRole(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	key, fp := pubKeyFile(t, "lan@vanphong")
	want(t, exitOK, "--db", db, "user", "add", "lan", "--role", "admin", "--key-file", key)
	out, _ := want(t, exitOK, "--db", db, "--lang", "en", "user", "role", "lan", "--role", "viewer")
	if !strings.Contains(out, "lan now has the role Viewer") {
		t.Errorf("user role said %q", out)
	}
	out, _ = want(t, exitOK, "--db", db, "--lang", "en", "user", "list")
	if !strings.Contains(out, "Viewer") || !strings.Contains(out, fp) {
		t.Errorf("after user role:\n%s", out)
	}
	_, errOut := want(t, exitFail, "--db", db, "--lang", "en", "user", "role", "minh", "--role", "editor")
	if !strings.Contains(errOut, "there is no user minh") {
		t.Errorf("unknown user: %q", errOut)
	}
	want(t, exitUsage, "--db", db, "user", "role", "lan", "--role", "boss")
	want(t, exitUsage, "--db", db, "user", "role", "lan")
	out, _ = want(t, exitOK, "--db", db, "--lang", "en", "user", "list")
	if !strings.Contains(out, "Viewer") || strings.Contains(out, "Editor") {
		t.Errorf("refused changes changed the users:\n%s", out)
	}
}
