package store

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"khuyencong/i18n"
	"khuyencong/model"
)

// TestHelperProcess is not a test: the in-use test runs the test binary
// again with KHC_HOLD_DB set, and this holds that database open until its
// stdin closes.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv("KHC_HOLD_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := Open(path, Options{})
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	fmt.Println("ready")
	bufio.NewReader(os.Stdin).ReadString('\n') // wait for the parent
	s.Close()
	os.Exit(0)
}

func TestOpenHeldByAnotherProcessFailsFast(t *testing.T) {
	path := tempPath(t)
	s := openTest(t, path)
	mustCreate(t, s, editor, facility("Cơ sở A"))
	s.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "KHC_HOLD_DB="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		cmd.Wait()
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "ready" {
		t.Fatalf("helper said %q, %v", line, err)
	}

	// The bound is bbolt's: it gives up on the lock after Timeout and
	// reports ErrTimeout, which Open must turn into ErrInUse.
	_, err = Open(path, Options{Timeout: 300 * time.Millisecond})
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
	var me *model.Error
	if !errors.As(err, &me) || !strings.Contains(me.In(i18n.EN), path) || !strings.Contains(me.In(i18n.EN), "in use by another process") {
		t.Fatalf("message %q should name the file and say it is in use", err)
	}
	if _, err := Open(path, Options{ReadOnly: true, Timeout: 300 * time.Millisecond}); !errors.Is(err, ErrInUse) {
		t.Fatalf("read-only open of a held file: %v, want ErrInUse", err)
	}
}

func TestOpenTwiceInOneProcessIsInUse(t *testing.T) {
	path := tempPath(t)
	openTest(t, path)
	if _, err := Open(path, Options{Timeout: 100 * time.Millisecond}); !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
}
