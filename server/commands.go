package server

import (
	"slices"

	"charm.land/ssh"
	"charm.land/wish/v2"
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
		code := s.cfg.Exec(sess.Context(), a, cmd, sess, sess, sess.Stderr())
		if err := sess.Exit(code); err != nil {
			s.cfg.Logger.Warn("send exit status", "user", a.Name, "err", err)
		}
	}
}
