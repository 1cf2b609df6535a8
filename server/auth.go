package server

import (
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"khuyencong/i18n"
	"khuyencong/store"
)

type userKey struct{}

// authorize accepts a key that belongs to a registered user. It does not
// decide who the session is: x/crypto may call it for keys that were only
// offered, never proven (CVE-2024-45337, soft-serve GHSA-pchf-49fh-w34r), so
// identify resolves the user again from the key that authenticated.
func (s *Server) authorize(ctx ssh.Context, key ssh.PublicKey) bool {
	fp := gossh.FingerprintSHA256(key)
	// A certificate is matched by nothing but its fingerprint here: its
	// validity and principals would go unchecked, so an expired one
	// registered before user add refused them would still log in.
	if _, cert := key.(*gossh.Certificate); cert {
		s.log.refused(hostOf(ctx.RemoteAddr()), "certificate offered: plain keys only")
		return false
	}
	if _, ok := s.cfg.Store.UserByFingerprint(fp); ok {
		return true
	}
	s.cfg.Logger.Warn("login refused: unknown key", "user", ctx.User(), "key", fp, "remote", ctx.RemoteAddr().String())
	return false
}

// identify finds the user from the public key that actually authenticated
// the connection and puts it in the session context.
func (s *Server) identify(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		pk := sess.PublicKey()
		if pk == nil {
			s.refuse(sess, "", MsgServerUnknownKey)
			return
		}
		fp := gossh.FingerprintSHA256(pk)
		u, ok := s.cfg.Store.UserByFingerprint(fp)
		if !ok {
			s.refuse(sess, fp, MsgServerUnknownKey)
			return
		}
		sess.Context().SetValue(userKey{}, u)
		next(sess)
	}
}

func (s *Server) refuse(sess ssh.Session, fp string, why i18n.Key) {
	s.cfg.Logger.Warn("session refused", "reason", string(why), "user", sess.User(), "key", fp, "remote", sess.RemoteAddr().String())
	wish.Fatalln(sess, s.cfg.Lang.T(why))
}

func userOf(sess ssh.Session) store.User {
	u, _ := sess.Context().Value(userKey{}).(store.User)
	return u
}

func actorOf(sess ssh.Session) store.Actor {
	u := userOf(sess)
	// Registered: the store reads the user's role again at every
	// operation, so a removal or demotion reaches this session at once.
	return store.Actor{Name: u.Name, Role: u.Role, Registered: true}
}
