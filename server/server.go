package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"
)

// Server is the SSH front end of one store.
type Server struct {
	cfg Config
	ssh *ssh.Server

	gate *gate
	log  *refusalLog

	mu        sync.Mutex
	sessions  map[*session]struct{}
	closing   bool
	listeners []net.Listener
	stopUsers func() // ends watchUsers
}

// handshakeTimeout drops connections that never finish logging in, so idle
// half-open sockets cannot pile up against the session cap.
const handshakeTimeout = 30 * time.Second

// New builds a server; it creates the host key file if it is missing.
func New(cfg Config) (*Server, error) {
	cfg.defaults()
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if err := ensureHostKey(cfg.HostKeyPath); err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, sessions: map[*session]struct{}{}, log: newRefusalLog(cfg.Logger)}
	s.gate = newGate(cfg.Gate, s.log)
	events, stop := cfg.Store.Subscribe()
	s.stopUsers = stop
	go s.watchUsers(events)
	banner := cfg.Banner
	if banner == "" {
		banner = cfg.Lang.T(MsgServerBanner) + "\n"
	}
	srv, err := wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithHostKeyPath(cfg.HostKeyPath),
		wish.WithBanner(banner),
		wish.WithPublicKeyAuth(s.authorize),
		// The last middleware runs first: identify → admit → commands →
		// clamp → app.
		wish.WithMiddleware(
			bubbletea.MiddlewareWithProgramHandler(s.program),
			s.clamp,
			s.commands,
			s.admit,
			s.identify,
		),
		s.limits,
	)
	if err != nil {
		return nil, fmt.Errorf("ssh server on %s: %w", cfg.Listen, err)
	}
	s.ssh = srv
	return s, nil
}

// limits sets what bounds a client before it has a session: the
// handshake's time, the gate on connections and the channels per
// connection.
func (s *Server) limits(srv *ssh.Server) error {
	srv.HandshakeTimeout = handshakeTimeout
	srv.ConnCallback = s.wrap
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionChannel}
	return nil
}

// HostKeyFingerprint reads the host key so that operators can publish it
// for users to check on first connection.
func (s *Server) HostKeyFingerprint() (string, error) {
	pem, err := os.ReadFile(s.cfg.HostKeyPath)
	if err != nil {
		return "", fmt.Errorf("read host key %s: %w", s.cfg.HostKeyPath, err)
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		return "", fmt.Errorf("parse host key %s: %w", s.cfg.HostKeyPath, err)
	}
	return gossh.FingerprintSHA256(signer.PublicKey()), nil
}

// Listen opens the configured address; Serve then accepts on it. They are
// separate so that tests can listen on port 0 and read the address.
func (s *Server) Listen() (net.Listener, error) {
	l, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", s.cfg.Listen, err)
	}
	return l, nil
}

// Serve accepts connections until Shutdown; it returns nil after a
// shutdown.
func (s *Server) Serve(l net.Listener) error {
	s.cfg.Logger.Info("serving", "addr", l.Addr().String())
	s.mu.Lock()
	s.listeners = append(s.listeners, l)
	closing := s.closing
	s.mu.Unlock()
	if closing {
		_ = l.Close()
		return nil
	}
	if err := s.ssh.Serve(l); err != nil && !errors.Is(err, ssh.ErrServerClosed) {
		return fmt.Errorf("serve ssh: %w", err)
	}
	return nil
}

// Shutdown refuses new sessions, ends every open one with a message, waits
// (until ctx ends) for them to finish, then closes the listener and the
// connections.
// The caller closes the store afterwards.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	for _, st := range s.open() {
		st.end(endShutdown)
	}
	// Wait for the session handlers to tell their users and return; then
	// close the connections ourselves: ssh.Server.Shutdown would wait for
	// clients to hang up, which an idle client never does.
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for s.Sessions() > 0 {
		select {
		case <-ctx.Done():
			s.cfg.Logger.Warn("sessions still open at shutdown deadline", "sessions", s.Sessions())
			return s.close()
		case <-t.C:
		}
	}
	return s.close()
}

func (s *Server) close() error {
	s.stopUsers()
	err := s.ssh.Close()
	// The ssh server closes only the listeners its Serve has reached; one
	// that Shutdown overtook would accept for ever. Closed after the ssh
	// server, so that its Serve sees a shutdown, not a failed accept.
	s.mu.Lock()
	for _, l := range s.listeners {
		_ = l.Close()
	}
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("close ssh server: %w", err)
	}
	return nil
}

// Sessions is the number of sessions open now.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}
