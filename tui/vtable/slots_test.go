package vtable

import (
	"sync/atomic"
	"testing"
)

// A scan waits while every slot is taken and gives up once superseded;
// a freed slot goes to the next one.
func TestScanSlots(t *testing.T) {
	s := make(slots, 2)
	never := func() bool { return false }
	for range 2 {
		if !s.take(never) {
			t.Fatal("a free slot refused")
		}
	}
	var polls atomic.Int32
	superseded := func() bool { return polls.Add(1) > 2 }
	if s.take(superseded) {
		t.Fatal("a third scan ran beside two")
	}
	if len(s) != 2 {
		t.Fatalf("%d slots held after giving up, want 2", len(s))
	}
	done := make(chan bool)
	go func() { done <- s.take(never) }()
	s.give()
	if !<-done {
		t.Fatal("the freed slot was not taken")
	}
}
