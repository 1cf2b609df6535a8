package store

import (
	"errors"
	"testing"

	"khuyencong/model"
)

func TestFeedReceivesEvents(t *testing.T) {
	s := newStore(t)
	ch, cancel := s.Subscribe()
	f := facility("Cơ sở phát tin")
	mustCreate(t, s, editor, f)
	c := *f
	c.Employees = 3
	if err := s.Update(editor, &c); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(admin, model.KindFacility, f.ID, 2); err != nil {
		t.Fatal(err)
	}
	want := []Op{OpCreate, OpUpdate, OpDelete}
	for i, op := range want {
		ev := <-ch
		if ev.Op != op || ev.Kind != model.KindFacility || ev.ID != f.ID || ev.Seq != uint64(i+1) || ev.At.IsZero() {
			t.Fatalf("event %d = %+v, want %v", i, ev, op)
		}
	}
	cancel()
	if _, open := <-ch; open {
		t.Fatal("cancel did not close the channel")
	}
	cancel() // twice is harmless
}

func TestSlowSubscriberNeverBlocksWriters(t *testing.T) {
	s := newStore(t)
	slow, cancel := s.Subscribe()
	defer cancel()
	fast, cancel2 := s.Subscribe()
	defer cancel2()
	var rs []model.Record
	for range feedBuffer + 50 {
		rs = rs[:0]
		rs = append(rs, facility("Cơ sở"))
		if err := s.CreateMany(editor, rs, ""); err != nil {
			t.Fatal(err)
		}
		select {
		case <-fast:
		default:
			t.Fatal("fast subscriber got no event")
		}
	}
	if len(slow) != feedBuffer {
		t.Fatalf("slow subscriber holds %d events, want a full buffer of %d", len(slow), feedBuffer)
	}
}

func TestCloseEndsSubscriptions(t *testing.T) {
	s := newStore(t)
	ch, cancel := s.Subscribe()
	s.Close()
	if _, open := <-ch; open {
		t.Fatal("Close did not close the channel")
	}
	cancel()
	if err := s.Create(editor, facility("X")); !errors.Is(err, ErrClosed) {
		t.Fatalf("write after close: %v", err)
	}
	ch2, _ := s.Subscribe()
	if _, open := <-ch2; open {
		t.Fatal("subscribe after close returned an open channel")
	}
}
