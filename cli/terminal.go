package cli

import "os"

// isTerminal reports whether w is a terminal, where a binary copy would
// only garble the screen.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
