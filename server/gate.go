package server

import (
	"math/rand/v2"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// GateLimits bound the connections that have not opened a session yet
// (not logged in, or logged in and idle), after OpenSSH's MaxStartups
// "start:rate:full" and PerSourceMaxStartups (sshd_config(5)): from Start
// such connections on, a new one is dropped with probability Rate percent,
// rising linearly to 100 % at Full. A connection without a session is
// closed after NoSession; one connection opens at most Channels sessions.
type GateLimits struct {
	Start, Rate, Full int
	PerSource         int
	NoSession         time.Duration
	Channels          int
}

// The defaults are sshd's MaxStartups 10:30:100 and MaxSessions 10; the
// per-source share keeps one address from using more than a tenth of the
// room before login, and a minute is twice the handshake timeout.
func (g *GateLimits) defaults() {
	if g.Full <= 0 {
		g.Start, g.Rate, g.Full = 10, 30, 100
	}
	g.Start = min(max(g.Start, 1), g.Full)
	if g.PerSource <= 0 {
		g.PerSource = max(g.Full/10, 1)
	}
	if g.NoSession <= 0 {
		g.NoSession = time.Minute
	}
	if g.Channels <= 0 {
		g.Channels = 10
	}
}

// gate counts connections without a session, by source address.
type gate struct {
	lim    GateLimits
	log    *refusalLog
	mu     sync.Mutex
	total  int
	bySrc  map[string]int
	chance func() float64 // rand.Float64; tests pin it
}

func newGate(lim GateLimits, log *refusalLog) *gate {
	return &gate{lim: lim, log: log, bySrc: map[string]int{}, chance: rand.Float64}
}

// admit decides whether a new connection from src may start a handshake,
// and counts it if so.
func (g *gate) admit(src string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	n := g.total
	switch {
	case n >= g.lim.Full, g.bySrc[src] >= g.lim.PerSource:
		return false
	case n >= g.lim.Start && g.lim.Full > g.lim.Start:
		p := float64(g.lim.Rate)/100 + (1-float64(g.lim.Rate)/100)*float64(n-g.lim.Start)/float64(g.lim.Full-g.lim.Start)
		if g.chance() < p {
			return false
		}
	}
	g.total++
	g.bySrc[src]++
	return true
}

func (g *gate) release(src string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.total--
	if g.bySrc[src]--; g.bySrc[src] <= 0 {
		delete(g.bySrc, src)
	}
}

type gateConnKey struct{}

// wrap is the server's ConnCallback: it drops a connection the gate does
// not admit, and closes one that has no session for the NoSession time.
func (s *Server) wrap(ctx ssh.Context, c net.Conn) net.Conn {
	src := hostOf(c.RemoteAddr())
	if !s.gate.admit(src) {
		s.log.refused(src, "too many connections without a session")
		return nil
	}
	gc := &gatedConn{Conn: c, g: s.gate, src: src, waiting: true}
	gc.mu.Lock() // the timer may fire before the assignment is seen
	gc.timer = time.AfterFunc(s.gate.lim.NoSession, gc.expire)
	gc.mu.Unlock()
	ctx.SetValue(gateConnKey{}, gc)
	return gc
}

func hostOf(a net.Addr) string {
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// sessionChannel is the "session" channel handler with a per-connection
// limit; the first session takes the connection out of the gate's count.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	gc, _ := ctx.Value(gateConnKey{}).(*gatedConn)
	if gc == nil {
		ssh.DefaultSessionHandler(srv, conn, ch, ctx)
		return
	}
	if !gc.open(s.gate.lim.Channels) {
		s.log.refused(gc.src, "too many channels on one connection")
		_ = ch.Reject(gossh.ResourceShortage, "too many sessions on this connection")
		return
	}
	defer gc.closeSession(s.gate.lim.NoSession)
	ssh.DefaultSessionHandler(srv, conn, ch, ctx)
}

// waiting is the number of connections without a session.
func (g *gate) waiting() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.total
}
