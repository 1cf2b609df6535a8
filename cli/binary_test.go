package cli

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinary builds khuyencong from the module root and runs it, so that
// main.go keeps handing the command line, the output and the exit status
// over to cli unchanged.
func TestBinary(t *testing.T) {
	bin := buildBinary(t)
	run := func(args ...string) (int, string, string) {
		var out, errw strings.Builder
		cmd := exec.Command(bin, args...)
		cmd.Stdout, cmd.Stderr = &out, &errw
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
	if code, out, _ := run("--help"); code != exitOK || !strings.Contains(out, "Cách dùng: khuyencong") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if code, _, errs := run("--lang", "en", "report", "--db", missing); code != exitFail || !strings.Contains(errs, "there is no database") {
		t.Errorf("report on a missing database: exit %d %q", code, errs)
	}
	if code, _, errs := run("frobnicate"); code != exitUsage || !strings.Contains(errs, "Cách dùng:") {
		t.Errorf("unknown command: exit %d %q", code, errs)
	}
}
