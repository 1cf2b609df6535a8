package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"time"

	"khuyencong/i18n"
	"khuyencong/store"
)

// holder serves the commands of other khuyencong processes of the same
// OS user on the database this process holds (the app, or serve): bbolt
// locks the file for one process, so without it `report` or `backup`
// would wait a second and fail with "in use" while the app is open.
type holder struct {
	ln     *net.UnixListener
	path   string
	uid    int // the only peer uid served: this process's own
	st     *store.Store
	lang   i18n.Lang
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// requestTimeout bounds how long a connection may take to say what it
// wants, so a stuck client holds no goroutine.
const requestTimeout = 10 * time.Second

// startHolder listens on the socket beside db, whose store st this
// process holds, until Close.
func startHolder(st *store.Store, db string, lang i18n.Lang) (*holder, error) {
	if !holderSupported {
		return nil, errors.ErrUnsupported
	}
	path, err := socketPath(db)
	if err != nil {
		return nil, err
	}
	uid := os.Getuid()
	ln, err := listenSocket(path, uid)
	if err != nil {
		return nil, err
	}
	h := &holder{ln: ln, path: path, uid: uid, st: st, lang: lang}
	h.ctx, h.cancel = context.WithCancel(context.Background())
	h.wg.Add(1)
	go h.accept()
	return h, nil
}

func (h *holder) accept() {
	defer h.wg.Done()
	for {
		c, err := h.ln.AcceptUnix()
		if err != nil {
			return // closed
		}
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			h.handle(c)
		}()
	}
}

// Close stops listening (the socket file goes with the listener), cancels
// the commands running and waits for them, at most shutdownGrace, so the
// store can close after it.
func (h *holder) Close() error {
	err := h.ln.Close()
	h.cancel()
	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(shutdownGrace):
	}
	return err
}

// handle runs one connection's command, as store.LocalAdmin(): the peer
// is this OS user, who could open the file with any tool anyway.
func (h *holder) handle(c *net.UnixConn) {
	defer c.Close()
	fw := &frameWriter{w: c}
	if uid, err := peerUID(c); err != nil || uid != h.uid {
		_ = fw.write(frameStderr, []byte("khuyencong: "+h.lang.T(MsgHolderRefused, h.uid)+"\n"))
		_ = fw.writeExit(exitFail)
		return
	}
	_ = c.SetReadDeadline(time.Now().Add(requestTimeout))
	t, p, err := readFrame(c)
	var req holderRequest
	if err != nil || t != frameRequest || json.Unmarshal(p, &req) != nil {
		return
	}
	_ = c.SetReadDeadline(time.Time{})
	ctx, cancel := context.WithCancel(h.ctx)
	defer cancel()
	in := newInbox()
	go h.receive(c, in, cancel)
	code := execHolder(ctx, h.st, req, in,
		&stream{fw: fw, t: frameStdout, tty: req.StdoutTTY},
		&stream{fw: fw, t: frameStderr, tty: req.StderrTTY})
	_ = fw.writeExit(code)
}

// receive moves the client's standard input into in; the connection
// closing before the end (the client was interrupted) cancels the command.
func (h *holder) receive(c *net.UnixConn, in *inbox, cancel context.CancelFunc) {
	defer in.close()
	for {
		t, p, err := readFrame(c)
		switch {
		case err != nil:
			cancel()
			return
		case t == frameStdin:
			in.write(p)
		case t == frameStdinEOF:
			in.close()
		}
	}
}

// maxStdinMiB bounds the standard input kept for a command: only keys
// (`user add --key-file -`, at most 1 MiB) are read from it.
const maxStdinMiB = 4

// inbox is the client's standard input as the command reads it.
type inbox struct {
	mu       sync.Mutex
	cond     *sync.Cond
	buf      []byte
	done     bool
	overflow bool
}

func newInbox() *inbox {
	in := &inbox{}
	in.cond = sync.NewCond(&in.mu)
	return in
}

func (in *inbox) write(p []byte) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if len(in.buf)+len(p) > maxStdinMiB<<20 {
		in.overflow = true
	} else if !in.done {
		in.buf = append(in.buf, p...)
	}
	in.cond.Broadcast()
}

func (in *inbox) close() {
	in.mu.Lock()
	in.done = true
	in.mu.Unlock()
	in.cond.Broadcast()
}

func (in *inbox) Read(p []byte) (int, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for len(in.buf) == 0 && !in.done && !in.overflow {
		in.cond.Wait()
	}
	switch {
	case len(in.buf) > 0:
		n := copy(p, in.buf)
		in.buf = in.buf[n:]
		return n, nil
	case in.overflow:
		return 0, fmt.Errorf("%s", i18n.EN.T(MsgHolderStdinLarge, maxStdinMiB))
	}
	return 0, io.EOF
}
