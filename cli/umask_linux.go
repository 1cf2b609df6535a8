package cli

import (
	"bufio"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// umask reads the process's file mode creation mask from /proc (Linux 4.7
// and later, proc(5) "Umask"), since syscall.Umask can only read it by
// setting it, which would race with other goroutines creating files. When
// it cannot be read the answer is the strictest, 077.
func umask() fs.FileMode {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0o077
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "Umask:"); ok {
			if m, err := strconv.ParseUint(strings.TrimSpace(v), 8, 32); err == nil {
				return fs.FileMode(m) & 0o777
			}
		}
	}
	return 0o077
}
