package tui

import (
	"context"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"khuyencong/store"
)

// coalesce is how long the feed waits after an event for more, so that an
// import of many records or a burst of saves redraws once.
const coalesce = 100 * time.Millisecond

// feedMsg says the read model moved on: snap is the newest snapshot, last
// the newest event and n how many events it stands for.
type feedMsg struct {
	Snap *store.Snapshot
	last store.Event
	n    int
}

// feed follows the store's change feed for one session. wait is re-armed
// by the root after each feedMsg; stop ends the wait and unsubscribes.
type feed struct {
	s      *store.Store
	ch     <-chan store.Event
	cancel func()
	done   chan struct{}
	once   sync.Once
}

func newFeed(ctx context.Context, s *store.Store) *feed {
	ch, cancel := s.Subscribe()
	f := &feed{s: s, ch: ch, cancel: cancel, done: make(chan struct{})}
	if ctx != nil {
		go func() {
			select {
			case <-ctx.Done():
				f.stop()
			case <-f.done:
			}
		}()
	}
	return f
}

func (f *feed) stop() {
	f.once.Do(func() {
		close(f.done)
		f.cancel()
	})
}

// wait is a Cmd that blocks until an event (then gathers those that follow
// within coalesce) or until the feed stops, which ends it with no message.
func (f *feed) wait() tea.Cmd {
	return func() tea.Msg {
		var last store.Event
		select {
		case ev, ok := <-f.ch:
			if !ok {
				return nil
			}
			last = ev
		case <-f.done:
			return nil
		}
		n := 1
		t := time.NewTimer(coalesce)
		defer t.Stop()
		for {
			select {
			case ev, ok := <-f.ch:
				if !ok {
					return feedMsg{Snap: f.s.Snapshot(), last: last, n: n}
				}
				last, n = ev, n+1
			case <-t.C:
				return feedMsg{Snap: f.s.Snapshot(), last: last, n: n}
			case <-f.done:
				return nil
			}
		}
	}
}
