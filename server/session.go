package server

import (
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"khuyencong/i18n"
	"khuyencong/store"
)

// endReason says why the server ended a session, so the user is told.
type endReason int32

const (
	endByUser endReason = iota
	endIdle
	endShutdown
	endRemoved
)

// session is one open SSH session: its program (once the app starts) and
// the time of the user's last input, for the idle timeout.
type session struct {
	mu        sync.Mutex
	p         *tea.Program
	out       *cutWriter
	stop      func() // ends a command session's command
	actor     store.Actor
	reason    atomic.Int32
	lastInput atomic.Int64 // unix nanoseconds
}

func (st *session) touch() { st.lastInput.Store(time.Now().UnixNano()) }

func (st *session) idleFor(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, st.lastInput.Load()))
}

// end asks the program to quit, remembering why; ending before the program
// exists is remembered and honoured when it attaches. It never waits:
// Quit blocks while the program is stuck writing to a client that stopped
// reading, and one such client must not hold up a shutdown (the caller
// closes the connection if the program does not end).
func (st *session) end(r endReason) {
	st.reason.CompareAndSwap(int32(endByUser), int32(r))
	st.mu.Lock()
	p, out, stop := st.p, st.out, st.stop
	st.mu.Unlock()
	if stop != nil {
		stop()
	}
	if p != nil {
		go p.Quit()
		// A program that has not ended after the grace period is stuck on a
		// client that stopped reading: cut its output so that it can.
		time.AfterFunc(cutGrace, out.Cut)
	}
}

// cutGrace is how long a program asked to end may keep writing before its
// output is cut.
const cutGrace = 2 * time.Second

// attachCommand makes end stop a command: its context is cancelled at
// once and its output cut after the grace period, as a program's is.
func (st *session) attachCommand(cancel func(), outs ...*cutWriter) {
	stop := func() {
		cancel()
		time.AfterFunc(cutGrace, func() {
			for _, o := range outs {
				o.Cut()
			}
		})
	}
	st.mu.Lock()
	st.stop = stop
	st.mu.Unlock()
	if endReason(st.reason.Load()) != endByUser {
		stop()
	}
}

func (st *session) attach(p *tea.Program, out *cutWriter) {
	st.mu.Lock()
	st.p, st.out = p, out
	st.mu.Unlock()
	if endReason(st.reason.Load()) != endByUser {
		p.Quit()
	}
}

// admit enforces the session cap and refuses new sessions during shutdown;
// it logs each login and logout and tells the user why the server ended
// their session.
func (s *Server) admit(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		st := &session{actor: actorOf(sess)}
		st.touch()
		if why, ok := s.add(st); !ok {
			s.refuse(sess, keyFingerprint(sess), why)
			return
		}
		u := userOf(sess)
		start := time.Now()
		s.cfg.Logger.Info("login", "user", u.Name, "role", u.Role.String(), "key", keyFingerprint(sess),
			"remote", sess.RemoteAddr().String(), "command", sess.Command())
		sess.Context().SetValue(sessionKey{}, st)
		next(sess)
		st.mu.Lock()
		if st.out != nil {
			st.out.Cut() // the program has ended: stop its writer goroutine
		}
		st.mu.Unlock()
		s.remove(st)
		switch endReason(st.reason.Load()) {
		case endIdle:
			wish.Println(sess, s.cfg.Lang.T(MsgServerIdle))
		case endShutdown:
			wish.Println(sess, s.cfg.Lang.T(MsgServerShutdown))
		case endRemoved:
			wish.Println(sess, s.cfg.Lang.T(MsgServerRemoved))
		}
		s.cfg.Logger.Info("logout", "user", u.Name, "remote", sess.RemoteAddr().String(),
			"duration", time.Since(start).Round(time.Second).String())
	}
}

type sessionKey struct{}

func (s *Server) add(st *session) (i18n.Key, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return MsgServerShutdown, false
	}
	if s.cfg.MaxSessions > 0 && len(s.sessions) >= s.cfg.MaxSessions {
		return MsgServerFull, false
	}
	s.sessions[st] = struct{}{}
	return "", true
}

func (s *Server) remove(st *session) {
	s.mu.Lock()
	delete(s.sessions, st)
	s.mu.Unlock()
}

func keyFingerprint(sess ssh.Session) string {
	if pk := sess.PublicKey(); pk != nil {
		return gossh.FingerprintSHA256(pk)
	}
	return ""
}

// watchIdle ends the session when the user has not typed for the idle
// timeout. It measures input, not traffic: live updates and redraws write to
// the connection all the time and would keep wish's own idle timeout from
// ever firing.
func (s *Server) watchIdle(sess ssh.Session, st *session) {
	d := s.cfg.IdleTimeout
	if d <= 0 {
		return
	}
	tick := min(max(d/10, 10*time.Millisecond), time.Second)
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-sess.Context().Done():
			return
		case now := <-t.C:
			if st.idleFor(now) >= d {
				s.cfg.Logger.Info("idle timeout", "user", userOf(sess).Name, "remote", sess.RemoteAddr().String())
				st.end(endIdle)
				return
			}
		}
	}
}
