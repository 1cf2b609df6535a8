package cli

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/store"
)

// hold opens db as the app does, with or without its socket, until the
// test ends.
func hold(t *testing.T, db string, socket bool) (*store.Store, *holder) {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var h *holder
	if socket {
		if h, err = startHolder(st, db, i18n.VI); err != nil {
			st.Close()
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		if h != nil {
			h.Close()
		}
		st.Close()
	})
	return st, h
}

// TestHolderRunsCommands: while the database is held (here by this same
// process on another file handle, which bbolt's flock refuses alike), the
// read commands print what they print without a holder, and backup,
// import and user add write through it, audited as the local
// administrator.
func TestHolderRunsCommands(t *testing.T) {
	db := sampleDB(t)
	reads := [][]string{
		{"report", "--year", "2022"},
		{"--lang", "en", "report"},
		{"export", "facilities"},
		{"export", "projects", "--year", "2022", "--format", "md"},
		{"check"},
	}
	before := make([]string, len(reads))
	for i, r := range reads {
		before[i], _ = want(t, exitOK, append([]string{"--db", db}, r...)...)
	}
	st, _ := hold(t, db, true)
	for i, r := range reads {
		if out, _ := want(t, exitOK, append([]string{"--db", db}, r...)...); out != before[i] {
			t.Errorf("%v through the holder differs:\n%s\nwithout a holder:\n%s", r, out, before[i])
		}
	}

	dst := filepath.Join(t.TempDir(), "b.db")
	if out, _ := want(t, exitOK, "--db", db, "backup", dst); !strings.Contains(out, "Đã sao lưu "+db+" vào "+dst) {
		t.Errorf("backup said %q", out)
	}
	if _, errs := want(t, exitFail, "--db", db, "backup", dst); !strings.Contains(errs, dst+" đã có") {
		t.Errorf("second backup: %q", errs)
	}
	want(t, exitOK, "--db", dst, "check")

	csv := writeTemp(t, "co-so.csv", "Tên cơ sở;Huyện\r\nCơ sở Qua Socket;Tam Dương\r\n")
	if out, _ := want(t, exitOK, "--db", db, "--lang", "en", "import", "facilities", csv); !strings.Contains(out, "Read 1 rows: 1 written") {
		t.Errorf("import said:\n%s", out)
	}
	key, _ := pubKeyFile(t, "lan@office")
	want(t, exitOK, "--db", db, "user", "add", "lan", "--role", "viewer", "--key-file", key)
	users, err := st.Users(store.LocalAdmin())
	if err != nil || len(users) != 1 || users[0].Name != "lan" {
		t.Errorf("users after user add through the holder: %v %v", users, err)
	}
	entries, err := st.Audit(store.LocalAdmin(), store.AuditQuery{Actor: store.LocalAdmin().Name})
	if err != nil || len(entries) == 0 {
		t.Errorf("no audit entry by %s: %v", store.LocalAdmin().Name, err)
	}
}

// TestHolderSocketRefused: a socket anyone may use, one owned by another
// user, a holder of another user, and a file that is no socket are all
// refused with a message; a stale socket is not an error but replaced.
func TestHolderSocketRefused(t *testing.T) {
	db := sampleDB(t)
	_, h := hold(t, db, true)

	if err := os.Chmod(h.path, 0o666); err != nil {
		t.Fatal(err)
	}
	out, errs := want(t, exitFail, "--db", db, "--lang", "en", "report")
	if out != "" || !strings.Contains(errs, "is in use") || !strings.Contains(errs, "permissions 0666, it must be 0600") {
		t.Errorf("socket 0666: stdout %q stderr %q", out, errs)
	}
	if err := os.Chmod(h.path, 0o600); err != nil {
		t.Fatal(err)
	}

	other := os.Getuid() + 1
	if err := checkSocket(h.path, other); err == nil || !strings.Contains(err.Error(), "thuộc người dùng khác") {
		t.Errorf("socket of another user: %v", err)
	}
	h.uid = other // as if the holder ran as another user
	out, errs = want(t, exitFail, "--db", db, "--lang", "en", "report")
	if out != "" || !strings.Contains(errs, "Chỉ người dùng uid") {
		t.Errorf("holder of another user: stdout %q stderr %q", out, errs)
	}
}

func TestHolderNotSocketAndStale(t *testing.T) {
	db := sampleDB(t)
	st, _ := hold(t, db, false)
	path, err := socketPath(db)
	if err != nil {
		t.Fatal(err)
	}
	// A file that is not a socket stays, and is neither used nor listened on.
	if err := os.WriteFile(path, []byte("notes"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errs := want(t, exitFail, "--db", db, "--lang", "en", "check"); !strings.Contains(errs, "is not a khuyencong socket") {
		t.Errorf("not a socket: %q", errs)
	}
	if _, err := startHolder(st, db, i18n.EN); err == nil {
		t.Fatal("listened over a file that is not a socket")
	}
	if b, _ := os.ReadFile(path); string(b) != "notes" {
		t.Fatalf("the file was changed: %q", b)
	}
	os.Remove(path)

	// A socket left by a crash: nobody answers, so the file is in use as
	// before; the next holder replaces it.
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		t.Fatal(err)
	}
	ln.SetUnlinkOnClose(false)
	ln.Close()
	os.Chmod(path, 0o600)
	if _, errs := want(t, exitFail, "--db", db, "--lang", "en", "check"); !strings.Contains(errs, "is in use") || strings.Contains(errs, "socket") {
		t.Errorf("stale socket: %q", errs)
	}
	h, err := startHolder(st, db, i18n.EN)
	if err != nil {
		t.Fatalf("stale socket not replaced: %v", err)
	}
	h.Close()
	if _, err := os.Lstat(path); !os.IsNotExist(err) {
		t.Errorf("socket left after Close: %v", err)
	}
}
