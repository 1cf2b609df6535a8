package server

import (
	"sync"

	"charm.land/ssh"
	"charm.land/wish/v2"
)

// A pty-req or window-change is a client's word for the size of its
// screen, and Bubble Tea's renderer allocates two cell buffers of that size
// (about 112 bytes a cell): 10000×10000 asks for some 22 GB, so one logged-in
// viewer could take the whole server down. No real terminal is near these
// limits: a 4K screen at a 6-pixel font is about 640×360 cells.
const (
	DefaultMaxWidth  = 500
	DefaultMaxHeight = 200
)

// clamp hands the rest of the chain a session whose pty size and every
// window change are cut to the configured limits, so neither the program
// nor its renderer ever sees a larger one; it tells the client once.
func (s *Server) clamp(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		cs := &clampedSession{Session: sess, maxW: s.cfg.MaxWidth, maxH: s.cfg.MaxHeight}
		if pty, _, ok := sess.Pty(); ok && cs.over(pty.Window) {
			s.cfg.Logger.Warn("window clamped", "user", userOf(sess).Name, "remote", sess.RemoteAddr().String(),
				"width", pty.Window.Width, "height", pty.Window.Height)
			wish.Errorln(sess, s.cfg.Lang.T(MsgServerClamped, cs.maxW, cs.maxH))
		}
		next(cs)
	}
}

// clampedSession is an ssh.Session whose Pty reports clamped sizes. The
// window channel is forwarded by one goroutine, started on first use, that
// ends with the session.
type clampedSession struct {
	ssh.Session
	maxW, maxH int

	once sync.Once
	win  chan ssh.Window
}

func (c *clampedSession) over(w ssh.Window) bool { return w.Width > c.maxW || w.Height > c.maxH }

func (c *clampedSession) fit(w ssh.Window) ssh.Window {
	w.Width = min(max(w.Width, 0), c.maxW)
	w.Height = min(max(w.Height, 0), c.maxH)
	return w
}

// Pty reports the session's pty with its window clamped, and a channel of
// clamped window changes.
func (c *clampedSession) Pty() (ssh.Pty, <-chan ssh.Window, bool) {
	pty, changes, ok := c.Session.Pty()
	if !ok {
		return pty, changes, ok
	}
	pty.Window = c.fit(pty.Window)
	c.once.Do(func() {
		c.win = make(chan ssh.Window)
		go c.forward(changes)
	})
	return pty, c.win, true
}

func (c *clampedSession) forward(in <-chan ssh.Window) {
	done := c.Context().Done()
	for {
		select {
		case <-done:
			return
		case w, ok := <-in:
			if !ok {
				return
			}
			select {
			case c.win <- c.fit(w):
			case <-done:
				return
			}
		}
	}
}
