package cli

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// returnMemory releases when the heap holds more than the threshold over
// the live heap of the last collection, and stops with its context.
func TestReturnMemory(t *testing.T) {
	var held, live atomic.Uint64
	var released atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	release := func() { released.Add(1); held.Store(live.Load()) }
	wait := func(n int32) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for released.Load() < n && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if got := released.Load(); got != n {
			t.Fatalf("released %d times, want %d", got, n)
		}
	}
	kept := func(n int32) {
		t.Helper()
		time.Sleep(20 * time.Millisecond)
		if got := released.Load(); got != n {
			t.Fatalf("released %d times with nothing over the threshold, want %d", got, n)
		}
	}
	live.Store(1000)
	held.Store(1000)
	go func() {
		returnMemory(ctx, time.Millisecond, 100, held.Load, live.Load, release)
		close(done)
	}()
	kept(0)
	held.Store(1100) // at the threshold over the live heap: kept
	kept(0)
	held.Store(1101) // a sort's scratch, say
	wait(1)
	live.Store(1300) // more sessions: the live heap grew, and so may what is held
	held.Store(1350)
	kept(1)
	held.Store(1401)
	wait(2)
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("returnMemory did not stop with its context")
	}
	runtime.GC() // the live heap is known after a collection
	if h, l := heapHeld(), heapLive(); h == 0 || l == 0 || l > h {
		t.Fatalf("heap metrics read held %d live %d", h, l)
	}
}
