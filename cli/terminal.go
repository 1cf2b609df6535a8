package cli

import "os"

// isTerminal reports whether w is a terminal, where a binary copy would
// only garble the screen. A command run for another process through the
// holder's socket writes to a stream that knows what the client's end is.
func isTerminal(w any) bool {
	if s, ok := w.(*stream); ok {
		return s.tty
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
