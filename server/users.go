package server

import (
	"khuyencong/store"
)

// watchUsers ends the sessions of users an admin removes, as soon as the
// store commits the removal: the store already refuses their writes, and
// an open app would otherwise go on showing them the data. A demotion
// needs nothing here; each app follows its own role (tui.followRole).
// It returns when the store's feed closes or stop is called.
func (s *Server) watchUsers(events <-chan store.Event) {
	for ev := range events {
		if ev.Op != store.OpUser {
			continue
		}
		for _, st := range s.open() {
			if _, err := s.cfg.Store.Current(st.actor); err != nil {
				s.cfg.Logger.Info("session ended: user removed", "user", st.actor.Name)
				st.end(endRemoved)
			}
		}
	}
}

// open lists the sessions open now.
func (s *Server) open() []*session {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*session, 0, len(s.sessions))
	for st := range s.sessions {
		out = append(out, st)
	}
	return out
}
