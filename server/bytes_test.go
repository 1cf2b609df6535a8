package server

import (
	"fmt"
	"testing"
	"time"

	"khuyencong/model"
	"khuyencong/store"
)

// TestBytesPerCursorMove measures what one cursor move costs on the wire
// at 120×40 (issue 7: at most 600 bytes, the two rows whose highlight
// changed): Bubble Tea v2 sends only the cells that changed.
func TestBytesPerCursorMove(t *testing.T) {
	e := startServer(t, nil)
	for i := range 60 {
		addFacility(t, e.store, store.LocalAdmin(), fmt.Sprintf("Mộc số %02d", i))
	}
	tm := e.open(e.addUser("lan", model.RoleViewer), 120, 40)
	tm.waitFor("Facilities")
	tm.send("2")
	tm.waitFor("số 00", "số 20")
	time.Sleep(300 * time.Millisecond)
	before := tm.bytes.Load()
	const moves = 10
	for range moves {
		tm.send("j")
		time.Sleep(60 * time.Millisecond) // one frame each, not coalesced
	}
	time.Sleep(300 * time.Millisecond)
	per := float64(tm.bytes.Load()-before) / moves
	t.Logf("bytes per cursor move at 120×40: %.0f", per)
	if per > 600 {
		t.Errorf("a cursor move sent %.0f bytes, want ≤ 600", per)
	}
}
