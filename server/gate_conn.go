package server

import (
	"net"
	"sync"
	"time"
)

// gatedConn is a connection counted by the gate while it waits for its
// first session, and closed when it spends NoSession without one.
type gatedConn struct {
	net.Conn
	g   *gate
	src string

	mu       sync.Mutex
	waiting  bool // still counted by the gate
	sessions int
	timer    *time.Timer
	closed   bool
}

// open counts a new session unless the connection has max already.
func (c *gatedConn) open(max int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sessions >= max {
		return false
	}
	c.sessions++
	c.timer.Stop()
	c.leaveGate()
	return true
}

// closeSession starts the no-session clock again when the last session
// ends: a client that keeps the connection open without working holds a
// file descriptor as surely as one that never logged in.
func (c *gatedConn) closeSession(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sessions--; c.sessions == 0 && !c.closed {
		c.timer.Reset(d)
	}
}

func (c *gatedConn) expire() {
	c.mu.Lock()
	idle := c.sessions == 0
	c.mu.Unlock()
	if idle {
		_ = c.Close()
	}
}

func (c *gatedConn) leaveGate() {
	if c.waiting {
		c.waiting = false
		c.g.release(c.src)
	}
}

func (c *gatedConn) Close() error {
	c.mu.Lock()
	if !c.closed {
		c.closed = true
		c.timer.Stop()
		c.leaveGate()
	}
	c.mu.Unlock()
	return c.Conn.Close()
}
