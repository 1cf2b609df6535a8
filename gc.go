package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is the heap growth allowed between collections in the app and
// the server, against Go's default of 100. Both hold every record for
// hours; at the default the heap may grow to twice the records before a
// collection (at a million facilities, some 230 MB of garbage kept
// resident, and never returned to the system). The records are packed
// into few pointers (store/pack.go), so a full collection at a million
// facilities costs about 7 ms, and collecting four times as often is
// cheap.
const gcPercent = 25

// tuneGC applies gcPercent unless GOGC is set in the environment.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}
