package store

import (
	"sync"
	"time"

	"khuyencong/model"
)

// Op is the kind of a committed write.
type Op uint8

const (
	OpCreate Op = iota + 1
	OpUpdate
	OpDelete
	OpRestore
	OpImport
	OpUser
	OpSettings
)

func (o Op) String() string {
	switch o {
	case OpCreate:
		return "create"
	case OpUpdate:
		return "update"
	case OpDelete:
		return "delete"
	case OpRestore:
		return "restore"
	case OpImport:
		return "import"
	case OpUser:
		return "user"
	case OpSettings:
		return "settings"
	}
	return "unknown"
}

// Event tells subscribers that a write committed. Seq is its audit
// sequence; Kind is 0 for an import of several kinds, ID 0 for imports,
// users and settings.
type Event struct {
	Seq   uint64
	Op    Op
	Kind  model.Kind
	ID    model.ID
	Actor string
	At    time.Time
}

// feedBuffer is how many events a subscriber may fall behind before it
// starts losing them.
const feedBuffer = 256

type feed struct {
	mu     sync.Mutex
	subs   map[chan Event]struct{}
	closed bool
}

// Subscribe returns a channel that receives an Event after each committed
// write, and a cancel func that closes it. A subscriber that falls behind
// loses events (it should re-read Snapshot()); writers never wait for it.
// Close ends every subscription.
func (s *Store) Subscribe() (<-chan Event, func()) {
	f := &s.feed
	ch := make(chan Event, feedBuffer)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		close(ch)
		return ch, func() {}
	}
	if f.subs == nil {
		f.subs = map[chan Event]struct{}{}
	}
	f.subs[ch] = struct{}{}
	return ch, func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		if _, ok := f.subs[ch]; ok {
			delete(f.subs, ch)
			close(ch)
		}
	}
}

func (f *feed) send(ev Event) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for ch := range f.subs {
		select {
		case ch <- ev:
		default: // full: this subscriber loses the event
		}
	}
}

func (f *feed) close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.closed = true
	for ch := range f.subs {
		close(ch)
	}
	f.subs = nil
}
