package cli

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBinaryHolder runs the real binary: `serve` holds the database, and
// report, export, check and backup FILE (a path relative to the caller's
// directory) from other processes give what they give without it.
func TestBinaryHolder(t *testing.T) {
	if !holderSupported {
		t.Skip("no holder socket on this system")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	run := func(args ...string) (int, string, string) {
		t.Helper()
		var out, errw strings.Builder
		cmd := exec.Command(bin, args...)
		cmd.Dir, cmd.Stdout, cmd.Stderr = dir, &out, &errw
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			return ee.ExitCode(), out.String(), errw.String()
		case err != nil:
			t.Fatal(err)
		}
		return 0, out.String(), errw.String()
	}
	if code, _, errs := run("--db", "k.db", "sample", "--facilities", "200"); code != exitOK {
		t.Fatalf("sample: %d %s", code, errs)
	}
	reads := [][]string{{"report", "--year", "2022"}, {"export", "facilities"}, {"check"}}
	before := make([]string, len(reads))
	for i, r := range reads {
		_, before[i], _ = run(append([]string{"--db", "k.db"}, r...)...)
	}

	var log syncBuffer
	srv := exec.Command(bin, "--db", "k.db", "serve", "--listen", "127.0.0.1:0")
	srv.Dir, srv.Stderr = dir, &log
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	defer func() {
		_ = srv.Process.Kill()
		<-exited
	}()
	sock := filepath.Join(dir, ".k.db.sock")
	waitForSocket(t, sock)

	for i, r := range reads {
		code, out, errs := run(append([]string{"--db", "k.db"}, r...)...)
		if code != exitOK || out != before[i] {
			t.Errorf("%v while serve runs: exit %d, stderr %q, same output: %v", r, code, errs, out == before[i])
		}
	}
	code, out, errs := run("--db", "k.db", "backup", "b.db")
	if code != exitOK || !strings.Contains(out, "Đã sao lưu k.db vào b.db") {
		t.Errorf("backup while serve runs: exit %d %q %q", code, out, errs)
	}

	// A socket anyone may connect to is not trusted.
	if err := os.Chmod(sock, 0o666); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run("--db", "k.db", "check"); code != exitFail || !strings.Contains(errs, "0666") {
		t.Errorf("socket 0666: exit %d %q", code, errs)
	}

	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-exited:
		exited <- nil // for the deferred wait
	case <-time.After(10 * time.Second):
		t.Fatalf("serve did not stop within 10 s of SIGTERM:\n%s", log.String())
	}
	if _, err := os.Lstat(sock); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("socket left after serve stopped: %v", err)
	}
	if code, _, errs := run("--db", "b.db", "check"); code != exitOK {
		t.Errorf("check of the backup: exit %d %q", code, errs)
	}
}

func waitForSocket(t *testing.T, path string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if checkSocket(path, os.Getuid()) == nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no socket at %s after 10 s", path)
}
