package cli

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// gcPercent is the heap growth allowed between collections in the app and
// the server, against Go's default of 100. Both hold every record for
// hours; at the default the heap may grow to twice the records before a
// collection (at a million facilities, some 230 MB of garbage kept
// resident). The records are packed into few pointers (store/pack.go), so
// a full collection at a million facilities costs about 9 ms
// (BenchmarkCollect), and collecting four times as often is cheap.
const gcPercent = 25

// tuneGC applies gcPercent unless GOGC is set in the environment.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

// Memory is given back to the system when the heap holds more than
// freeMax beyond what the last collection found live, checked every 30 s:
// the scratch of a filter or an import must not stay resident for
// minutes. Each release is a full collection (about 10 ms at a million
// facilities), and memory given back costs a page fault per page when it
// is used again: checked every 5 s, a save with fifty sessions cost the
// server 50–100 ms more CPU (tools/sshsort.sh).
const (
	freeCheck = 30 * time.Second
	freeMax   = 16 << 20
)

// returnMemory collects and gives freed memory back to the system, every
// period, when the heap holds more than max beyond the live heap the last
// collection marked: sorting a million rows leaves some 115 MB of
// scratch, and each SSH login about a megabyte of start-up garbage. Go's
// own scavenger keeps freed memory up to a tenth over its heap goal and
// returns the rest slowly, and garbage that was still in use at the last
// collection is not even freed until the next one, which an idle app may
// not run for minutes; without this the app stayed at 437 MB for minutes
// after one sort. (Measuring from the live heap after this function's own
// last release instead kept 50 idle sessions at 373 MB: a release made in
// a burst of filtering set that mark high.) held reads the heap's objects
// and free memory, live the live heap, release collects and returns; they
// are parameters for the test.
func returnMemory(ctx context.Context, period time.Duration, max uint64, held, live func() uint64, release func()) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if held() > live()+max {
				release()
			}
		}
	}
}

// startReturningMemory runs returnMemory on this process until ctx ends.
func startReturningMemory(ctx context.Context) {
	go returnMemory(ctx, freeCheck, freeMax, heapHeld, heapLive, debug.FreeOSMemory)
}

// heapHeld is the heap memory held from the system for objects, live or
// garbage, and free for reuse.
func heapHeld() uint64 {
	return readMetric("/memory/classes/heap/objects:bytes") + readMetric("/memory/classes/heap/free:bytes")
}

// heapLive is the heap marked live by the last collection.
func heapLive() uint64 { return readMetric("/gc/heap/live:bytes") }

func readMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
