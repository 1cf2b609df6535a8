package server

import (
	"errors"
	"io"
	"sync"
)

// errCut is what a session's writes return once the server gave up on a
// client that stopped reading.
var errCut = errors.New("session output cut: the client stopped reading")

// cutWriter is a session's output that the server can cut. A client that
// stops reading fills the SSH window; the program's renderer then blocks in
// Write while holding its lock, the program can no longer take the
// message asking it to quit, and (through wish's resize forwarding) the
// connection stops reading even its own close. Cutting makes the blocked
// Write and every later one fail at once, so the program ends normally.
//
// Writes go through one goroutine per session so that a blocked write can
// be abandoned; each frame is copied first, as the renderer reuses its
// buffer after Write returns.
type cutWriter struct {
	w        io.Writer
	progress func() // called after each write that went through; may be nil
	reqs     chan []byte
	res      chan writeResult
	cut      chan struct{}
	once     sync.Once
}

type writeResult struct {
	n   int
	err error
}

func newCutWriter(w io.Writer) *cutWriter { return newProgressWriter(w, nil) }

// newProgressWriter is a cutWriter that reports each completed write, for
// command sessions, whose idle timeout measures progress: a command whose
// client stopped reading makes none.
func newProgressWriter(w io.Writer, progress func()) *cutWriter {
	c := &cutWriter{w: w, progress: progress, reqs: make(chan []byte), res: make(chan writeResult, 1), cut: make(chan struct{})}
	go c.loop()
	return c
}

func (c *cutWriter) loop() {
	for {
		select {
		case p := <-c.reqs:
			n, err := c.w.Write(p)
			if err == nil && c.progress != nil {
				c.progress()
			}
			c.res <- writeResult{n, err}
		case <-c.cut:
			return
		}
	}
}

func (c *cutWriter) Write(p []byte) (int, error) {
	select {
	case c.reqs <- append([]byte(nil), p...):
	case <-c.cut:
		return 0, errCut
	}
	select {
	case r := <-c.res:
		return r.n, r.err
	case <-c.cut:
		return 0, errCut
	}
}

// Cut abandons the write in progress, if any, and fails every later one.
func (c *cutWriter) Cut() { c.once.Do(func() { close(c.cut) }) }
