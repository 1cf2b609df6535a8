package main

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
// a full collection at a million facilities costs about 7 ms, and
// collecting four times as often is cheap.
const gcPercent = 25

// tuneGC applies gcPercent unless GOGC is set in the environment.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

// Memory is given back to the system when more than freeMax is held
// beyond the live heap at a check.
const (
	freeCheck = 30 * time.Second
	freeMax   = 16 << 20
)

// returnMemory collects and gives freed memory back to the system, every
// period, when more than max is held beyond the live heap: sorting a
// million rows frees some 130 MB of scratch, and each SSH login about a
// megabyte of start-up garbage. Go's
// own scavenger keeps freed memory up to a tenth over its heap goal and
// returns the rest slowly, so without this a server kept hundreds of
// megabytes it no longer used. free reads the freed bytes held and release
// returns them; both are parameters for the test.
func returnMemory(ctx context.Context, period time.Duration, max uint64, free func() uint64, release func()) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if free() > max {
				release()
			}
		}
	}
}

// startReturningMemory runs returnMemory on this process until ctx ends.
func startReturningMemory(ctx context.Context) {
	go returnMemory(ctx, freeCheck, freeMax, heapFree, debug.FreeOSMemory)
}

// heapFree is the heap memory held beyond what was live at the last
// collection: memory already freed and still held from the system, and
// objects allocated since, garbage or not. Freed-but-held memory alone
// would miss the garbage of a sort until some later collection.
func heapFree() uint64 {
	s := []metrics.Sample{
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/live:bytes"},
	}
	metrics.Read(s)
	var v [3]uint64
	for i := range s {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		v[i] = s[i].Value.Uint64()
	}
	if v[0]+v[1] < v[2] {
		return 0
	}
	return v[0] + v[1] - v[2]
}
