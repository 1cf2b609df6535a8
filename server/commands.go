package server

import (
	"context"
	"io"
	"slices"

	"charm.land/ssh"
	"charm.land/wish/v2"

	"khuyencong/store"
)

// commands runs `ssh server CMD ...` for the commands cfg.Commands names;
// the store still checks the role (backup and user are for admins). A
// login with a terminal and no command goes on to the app.
func (s *Server) commands(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		cmd := sess.Command()
		_, _, tty := sess.Pty()
		if len(cmd) == 0 && tty {
			next(sess)
			return
		}
		if len(cmd) == 0 || !slices.Contains(s.cfg.Commands, cmd[0]) || s.cfg.Exec == nil {
			wish.Errorln(sess, s.cfg.Lang.T(MsgServerUsage))
			_ = sess.Exit(2)
			return
		}
		a := actorOf(sess)
		s.cfg.Logger.Info("command", "user", a.Name, "args", cmd, "remote", sess.RemoteAddr().String())
		code := s.runCommand(sess, a, cmd)
		if err := sess.Exit(code); err != nil {
			s.cfg.Logger.Warn("send exit status", "user", a.Name, "err", err)
		}
	}
}

// runCommand runs a command under the idle timeout. Progress, not input,
// keeps it alive: each write the client accepted and each read from it.
// A client that stops reading fills the SSH window and blocks the command
// in a write; without this it would hold its session slot, and delay a
// shutdown, for as long as it liked.
func (s *Server) runCommand(sess ssh.Session, a store.Actor, cmd []string) int {
	st, _ := sess.Context().Value(sessionKey{}).(*session)
	if st == nil {
		return s.cfg.Exec(sess.Context(), a, cmd, sess, sess, sess.Stderr())
	}
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	out := newProgressWriter(sess, st.touch)
	errOut := newProgressWriter(sess.Stderr(), st.touch)
	defer out.Cut()
	defer errOut.Cut()
	st.attachCommand(cancel, out, errOut)
	go s.watchIdle(sess, st)
	return s.cfg.Exec(ctx, a, cmd, progressReader{sess, st.touch}, out, errOut)
}

// progressReader reports each read that returned data.
type progressReader struct {
	r        io.Reader
	progress func()
}

func (p progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.progress()
	}
	return n, err
}
