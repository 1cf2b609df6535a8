package vtable

import (
	"runtime"
	"time"
)

// slots bounds how many filter scans run at once in the process. A server
// with fifty sessions typing at the same moment gains nothing from more
// scans than processors, and each one in flight holds its result: waiting
// for a slot instead, a scan a newer keystroke has superseded gives up
// before it starts.
type slots chan struct{}

var scanSlots = make(slots, runtime.GOMAXPROCS(0))

// slotPoll is how often a waiting scan checks whether it is still wanted.
const slotPoll = 5 * time.Millisecond

// take waits for a slot; it reports false, holding none, once stale says
// the scan is no longer wanted.
func (s slots) take(stale func() bool) bool {
	select {
	case s <- struct{}{}:
		return true
	default:
	}
	t := time.NewTicker(slotPoll)
	defer t.Stop()
	for {
		if stale() {
			return false
		}
		select {
		case s <- struct{}{}:
			return true
		case <-t.C:
		}
	}
}

func (s slots) give() { <-s }
