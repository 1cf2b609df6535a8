package main

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// returnMemory releases only when more than the threshold is held, and
// stops with its context.
func TestReturnMemory(t *testing.T) {
	var free atomic.Uint64
	var released atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		returnMemory(ctx, time.Millisecond, 100, free.Load, func() { released.Add(1); free.Store(0) })
		close(done)
	}()
	free.Store(100) // at the threshold: kept
	time.Sleep(20 * time.Millisecond)
	if n := released.Load(); n != 0 {
		t.Fatalf("released %d times with nothing over the threshold", n)
	}
	free.Store(101)
	deadline := time.Now().Add(5 * time.Second)
	for released.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if released.Load() != 1 {
		t.Fatalf("released %d times, want once", released.Load())
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("returnMemory did not stop with its context")
	}
	if heapFree() > 1<<40 {
		t.Fatal("heapFree reads nonsense")
	}
}
