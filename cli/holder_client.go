package cli

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"sync"
	"time"

	"khuyencong/model"
	"khuyencong/store"
)

// dialTimeout bounds the connect to a holder; a live one accepts at once.
const dialTimeout = 2 * time.Second

// relay runs the command line through the socket of the process that
// holds the database (the app or serve), after opening it failed with
// inUse. ok is false when no holder answers (no socket, or a stale one
// left by a crash): the caller then reports inUse as before.
func (e *env) relay(inUse error) (code int, ok bool) {
	path, err := socketPath(e.cfg.DB)
	if err != nil || !holderSupported {
		return 0, false
	}
	uid := os.Getuid()
	if err := checkSocket(path, uid); errors.Is(err, fs.ErrNotExist) {
		return 0, false
	} else if err != nil {
		return e.refuseHolder(inUse, err), true
	}
	c, err := net.DialTimeout("unix", path, dialTimeout)
	if err != nil {
		return 0, false
	}
	conn := c.(*net.UnixConn)
	defer conn.Close()
	if peer, err := peerUID(conn); err != nil || peer != uid {
		return e.refuseHolder(inUse, model.Errorf(MsgHolderPeer, path, peer)), true
	}
	return e.talk(conn), true
}

// talk sends the request and standard input, and copies the holder's
// output here until its exit status. An interrupt (ctx) closes the
// connection, which cancels the command in the holder.
func (e *env) talk(conn *net.UnixConn) int {
	fw := &frameWriter{w: conn}
	dir, _ := os.Getwd()
	req := holderRequest{Args: e.args, DB: e.cfg.DB, Dir: dir, Umask: uint32(umask()),
		StdoutTTY: isTerminal(e.stdout), StderrTTY: isTerminal(e.stderr)}
	// A holder that refuses this user answers and closes without reading:
	// its answer is read below even when the request could not be sent.
	if fw.writeJSON(frameRequest, req) == nil {
		go e.sendStdin(fw)
	}
	stop := context.AfterFunc(e.ctx, func() { conn.Close() })
	defer stop()
	for {
		t, p, err := readFrame(conn)
		switch {
		case err != nil && e.ctx.Err() != nil:
			return exitFail
		case err != nil:
			return e.lost(err)
		case t == frameStdout:
			_, err = e.stdout.Write(p)
		case t == frameStderr:
			_, err = e.stderr.Write(p)
		case t == frameExit && len(p) == 4:
			return int(int32(binary.BigEndian.Uint32(p)))
		}
		if err != nil {
			return e.lost(err)
		}
	}
}

// sendStdin streams standard input: first what the command read before
// its open failed (keys of --key-file -), then the rest. A terminal is
// not read: nothing relayed asks for typing, and reading it would take
// what the user types next from the shell.
func (e *env) sendStdin(fw *frameWriter) {
	defer func() { _ = fw.write(frameStdinEOF, nil) }()
	var r io.Reader = e.stdin
	if rec, ok := e.stdin.(*recordedStdin); ok {
		r = rec.replay()
	}
	if r == nil {
		return
	}
	buf := make([]byte, 64<<10)
	for {
		n, err := r.Read(buf)
		if n > 0 && fw.write(frameStdin, buf[:n]) != nil {
			return
		}
		if err != nil {
			return
		}
	}
}

// refuseHolder says the database is in use and why its holder is not
// trusted to run the command.
func (e *env) refuseHolder(inUse, why error) int {
	fmt.Fprintf(e.stderr, "khuyencong: %s\n", model.Localize(inUse, e.cfg.Lang))
	return e.finish(nil, why)
}

func (e *env) lost(err error) int {
	return e.finish(nil, model.Errorf(MsgHolderLost, e.cfg.DB, err))
}

// relayable: a command line process (not serve, not already run for a
// holder) whose database is held by another process.
func (e *env) relayable(cmd *command, err error) bool {
	return !holdsDB(cmd) && e.shared == nil && e.args != nil && errors.Is(err, store.ErrInUse)
}

// recordedStdin is the process's standard input, keeping what commands
// read from it so that a relayed command gets it again.
type recordedStdin struct {
	mu   sync.Mutex
	f    *os.File
	read bytes.Buffer
}

func (r *recordedStdin) Read(p []byte) (int, error) {
	n, err := r.f.Read(p)
	r.mu.Lock()
	r.read.Write(p[:n])
	r.mu.Unlock()
	return n, err
}

// replay is what was read, then the rest; nil for a terminal with nothing
// read.
func (r *recordedStdin) replay() io.Reader {
	r.mu.Lock()
	defer r.mu.Unlock()
	head := bytes.NewReader(r.read.Bytes())
	if isTerminal(r.f) {
		return head
	}
	return io.MultiReader(head, r.f)
}

// holdsDB: serve opens the database to hold it, never to be relayed. (By
// name: the command table depends on this file through dispatch.)
func holdsDB(cmd *command) bool { return cmd.path() == "serve" }
