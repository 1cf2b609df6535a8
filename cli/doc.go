// Package cli is the command line of khuyencong: the global flags and each
// command's own, the usage in the user's language, the exit statuses (0
// done, 1 failed, 2 wrong command line), the table of commands, and the
// runner the SSH server calls for a login without a terminal. Each command
// lives in its own cmd_*.go file; without a command the terminal app runs.
//
// cli sits at the top of the arrows (main → cli → server → tui → store →
// model), so it is also where every layer's catalog is linked in and
// checked as a whole (catalog_test.go), and where the arrows themselves are
// checked (arrows_test.go).
package cli
