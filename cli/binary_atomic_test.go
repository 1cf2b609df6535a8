package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"khuyencong/store"
)

// atomicFacilities is the size of the sample the kill tests write: big
// enough that the write takes a moment (about 0,3 s for `sample` and 0,7 s
// for `import` on a 2-core machine), small enough for CI.
const atomicFacilities = 50_000

// TestBinaryKilledLeavesAllOrNothing kills `sample` and `import` with
// SIGKILL at random moments of their run: the database must then hold
// everything of the command or nothing of it, pass `check`, and the
// command must run again. Before issue 18 both wrote in several
// transactions, so a kill left part of the records and a re-run refused.
func TestBinaryKilledLeavesAllOrNothing(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 18))
	sample := []string{"sample", "--facilities", fmt.Sprint(atomicFacilities)}
	ref := filepath.Join(dir, "ref.db")
	took, full := timedRun(t, bin, ref, sample...)
	csv := filepath.Join(dir, "co-so.csv")
	runBin(t, bin, 0, "--db", ref, "export", "facilities", "-o", csv)
	t.Run("sample", func(t *testing.T) {
		killAtRandom(t, bin, rng, took, filepath.Join(dir, "sample.db"), full, sample...)
	})
	t.Run("import", func(t *testing.T) {
		imp := []string{"import", "facilities", csv}
		took, want := timedRun(t, bin, filepath.Join(dir, "ref-import.db"), imp...)
		killAtRandom(t, bin, rng, took, filepath.Join(dir, "import.db"), want, imp...)
	})
}

// timedRun runs a command to its end on a new database: how long it took
// (kills are aimed inside that time) and what it wrote.
func timedRun(t *testing.T, bin, db string, args ...string) (time.Duration, [4]int) {
	start := time.Now()
	runBin(t, bin, 0, append([]string{"--db", db}, args...)...)
	took := time.Since(start)
	t.Logf("%s took %v", strings.Join(args, " "), took)
	return took, dbCounts(t, db)
}

// killAtRandom starts the command five times, each killed with SIGKILL
// within max, and checks after each kill that the database holds nothing
// or want; then, unless a run finished, runs it to the end.
func killAtRandom(t *testing.T, bin string, rng *rand.Rand, max time.Duration, db string, want [4]int, args ...string) {
	args = append([]string{"--db", db}, args...)
	for i := range 5 {
		cmd := exec.Command(bin, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wait := time.Duration(rng.Int64N(int64(max)))
		time.Sleep(wait)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		got := dbCounts(t, db)
		t.Logf("kill %d after %v: %v", i+1, wait, got)
		switch got {
		case [4]int{}:
		case want:
			runBin(t, bin, 0, "--db", db, "check")
			return
		default:
			t.Fatalf("kill %d after %v left %v records, want none or %v", i+1, wait, got, want)
		}
		if _, err := os.Stat(db); err == nil {
			runBin(t, bin, 0, "--db", db, "check")
		}
	}
	runBin(t, bin, 0, args...)
	if got := dbCounts(t, db); got != want {
		t.Fatalf("re-run after the kills: %v, want %v", got, want)
	}
	runBin(t, bin, 0, "--db", db, "check")
}

// TestBinaryInterruptWritesNothing sends SIGINT (Ctrl+C) and SIGTERM
// during `sample` and `import`: the command says it stopped and wrote
// nothing, exits 1, and the database is empty. Before issue 18 the
// signals were ignored until the command ended.
func TestBinaryInterruptWritesNothing(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	ref := filepath.Join(dir, "ref.db")
	start := time.Now()
	runBin(t, bin, 0, "--db", ref, "sample", "--facilities", fmt.Sprint(atomicFacilities))
	took := time.Since(start)
	csv := filepath.Join(dir, "co-so.csv")
	runBin(t, bin, 0, "--db", ref, "export", "facilities", "-o", csv)
	cases := []struct {
		name string
		sig  syscall.Signal
		want string
		args []string
	}{
		{"sample SIGINT", syscall.SIGINT, "Đã dừng theo yêu cầu (Ctrl+C): không ghi gì",
			[]string{"sample", "--facilities", fmt.Sprint(atomicFacilities)}},
		{"import SIGTERM", syscall.SIGTERM, "Stopped on request (Ctrl+C): nothing was written",
			[]string{"--lang", "en", "import", "facilities", csv}},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(dir, fmt.Sprintf("int%d.db", i))
			var errw strings.Builder
			cmd := exec.Command(bin, append([]string{"--db", db}, c.args...)...)
			cmd.Stderr = &errw
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Once the database is open (its file exists, so the signal
			// handler is installed and the write is under way), well before
			// the end of the write: a fixed delay was flaky on a busy machine.
			waitFile(t, db, took)
			if err := cmd.Process.Signal(c.sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitFail || !strings.Contains(errw.String(), c.want) {
				t.Fatalf("after %v: %v\n%s", c.sig, err, errw.String())
			}
			if got := dbCounts(t, db); got != [4]int{} {
				t.Fatalf("after %v the database holds %v", c.sig, got)
			}
			runBin(t, bin, 0, "--db", db, "check")
		})
	}
}

// buildBinary builds khuyencong from the module root into a temporary
// directory, for every test that runs the real binary.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go is not on PATH")
	}
	bin := filepath.Join(t.TempDir(), "khuyencong")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = moduleRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runBin runs the binary and fails the test unless it exits with code.
func runBin(t *testing.T, bin string, code int, args ...string) string {
	t.Helper()
	out, err := exec.Command(bin, args...).CombinedOutput()
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	if got != code {
		t.Fatalf("%s: exit %d, want %d\n%s", strings.Join(args, " "), got, code, out)
	}
	return string(out)
}

// dbCounts counts the records of each kind, deleted ones too; a database
// the command had not created yet holds none.
func dbCounts(t *testing.T, path string) [4]int {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return [4]int{}
	}
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open after the kill: %v", err)
	}
	defer st.Close()
	s := st.Snapshot()
	return [4]int{s.Facilities().Len(), s.Projects().Len(), s.Allocations().Len(), s.Payments().Len()}
}

// waitFile waits until path exists, for at most limit (and at least a
// second).
func waitFile(t *testing.T, path string, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(max(limit, time.Second))
	for time.Now().Before(deadline) {
		if _, err := os.Stat(path); err == nil {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("%s never appeared", path)
}
