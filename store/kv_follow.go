package store

import (
	"bytes"
	"errors"
	"fmt"

	"khuyencong/model"
)

// ErrKVReload is what a following backend's Drain returns when it could
// not deliver every commit since the last one applied (the history was
// compacted): the read model is loaded again from the backend's state.
var ErrKVReload = errors.New("history compacted: reload")

// follow applies other writers' commits as the backend announces them,
// under s.mu like the store's own writes, until the store is closed.
func (s *Store) follow(f KVFollower, notify <-chan struct{}) {
	stale := false // a reload failed (the cluster unreachable): try again
	for range notify {
		s.mu.Lock()
		if s.closed.Load() {
			s.mu.Unlock()
			return
		}
		var err error
		if stale {
			err = s.reloadLocked()
		}
		if err == nil {
			err = s.drain(f.Drain)
		}
		stale = err != nil
		s.mu.Unlock()
	}
}

// drain runs a backend's delivery (Drain or a stale write's CatchUp) with
// the store's apply; a compacted history reloads. The caller holds s.mu.
func (s *Store) drain(deliver func(apply func([]KVChange) error) error) error {
	err := deliver(s.applyOthers)
	if errors.Is(err, ErrKVReload) {
		return s.reloadLocked()
	}
	return err
}

// applyOthers puts one commit of another writer into the read model and
// on the feed, as write does with the store's own: the records in the
// registry's order (a project's search text names its facility), the
// settings, units and users it replaced, the audit entry as the event.
// The caller holds s.mu.
func (s *Store) applyOthers(changes []KVChange) error {
	e := s.snap.Load().edit()
	seq := s.snap.Load().Seq
	var set *model.Settings
	var ev Event
	units, users := false, false
	for _, k := range model.Kinds {
		d := descOf(k)
		if d == nil {
			continue
		}
		for _, c := range changes {
			if c.Value == nil || !bytes.Equal(c.Bucket, d.bucket) {
				continue
			}
			r, err := decodeRecord(k, c.Value)
			if err != nil {
				return fmt.Errorf("%s %x: %w", k, c.Key, err)
			}
			e.apply(r)
		}
	}
	for _, c := range changes {
		switch string(c.Bucket) {
		case string(bucketAudit):
			a, err := decodeAudit(c.Value)
			if err == nil && a.Seq >= seq {
				seq = a.Seq
				ev = Event{Seq: a.Seq, Op: a.Op, Kind: a.Kind, ID: a.ID, Actor: a.Actor, At: a.At}
			}
		case string(bucketSettings):
			if st, err := decodeSettings(c.Value); err == nil {
				set = &st
			}
		case string(bucketUnits):
			units = true
		case string(bucketUsers), string(bucketKeyIdx):
			users = true
		}
	}
	next := e.done(seq, set)
	if units {
		// As for the store's own replacement (unitsReplaced): commune
		// names are in search texts and sort keys, so the read model is
		// built again, at this commit's revision.
		var err error
		if next, err = s.load(); err != nil {
			return err
		}
	}
	if users {
		idx, err := s.loadUsers()
		if err != nil {
			return err
		}
		s.users.Store(idx)
	}
	s.snap.Store(next)
	if ev.Seq != 0 {
		s.feed.send(ev)
	}
	return nil
}

// reloadLocked builds the read model again from the backend. The caller
// holds s.mu.
func (s *Store) reloadLocked() error {
	snap, err := s.load()
	if err != nil {
		return err
	}
	users, err := s.loadUsers()
	if err != nil {
		return err
	}
	s.snap.Store(snap)
	s.users.Store(users)
	s.feed.send(Event{Seq: snap.Seq})
	return nil
}
