package cli

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
)

// The holder's socket carries one command per connection, as frames of
// a type byte, a 4-byte big-endian length and the payload. The client
// sends a request frame, then its standard input (data frames, then an
// end frame); the holder sends standard output and error frames, then
// the exit status. Closing the connection early cancels the command.
const (
	frameRequest  byte = 'R' // client: the request, as JSON
	frameStdin    byte = 'I' // client: standard input
	frameStdinEOF byte = 'E' // client: standard input ended
	frameStdout   byte = 'O' // holder: standard output
	frameStderr   byte = 'e' // holder: standard error
	frameExit     byte = 'X' // holder: the exit status, 4 bytes
)

// maxFrame bounds a frame, so a confused peer cannot make the other
// side allocate gigabytes; writers split longer data.
const maxFrame = 1 << 20

// holderRequest is what the client asks: its command line as typed, and
// what the holder needs to run it as the client would have.
type holderRequest struct {
	Args      []string `json:"args"`
	DB        string   `json:"db"`  // --db as the client named it, for messages
	Dir       string   `json:"dir"` // the client's working directory, for relative paths
	Umask     uint32   `json:"umask"`
	StdoutTTY bool     `json:"stdout_tty"`
	StderrTTY bool     `json:"stderr_tty"`
}

var errFrameTooLarge = errors.New("frame too large")

func readFrame(r io.Reader) (byte, []byte, error) {
	var head [5]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return 0, nil, err
	}
	n := binary.BigEndian.Uint32(head[1:])
	if n > maxFrame {
		return 0, nil, errFrameTooLarge
	}
	p := make([]byte, n)
	if _, err := io.ReadFull(r, p); err != nil {
		return 0, nil, fmt.Errorf("frame %q: %w", head[0], err)
	}
	return head[0], p, nil
}

// frameWriter writes frames from several goroutines (stdout and stderr of
// one command) without interleaving them.
type frameWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (f *frameWriter) write(t byte, p []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for first := true; first || len(p) > 0; first = false {
		n := min(len(p), maxFrame)
		var head [5]byte
		head[0] = t
		binary.BigEndian.PutUint32(head[1:], uint32(n))
		if _, err := f.w.Write(head[:]); err != nil {
			return err
		}
		if _, err := f.w.Write(p[:n]); err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

func (f *frameWriter) writeJSON(t byte, v any) error {
	p, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return f.write(t, p)
}

func (f *frameWriter) writeExit(code int) error {
	var p [4]byte
	binary.BigEndian.PutUint32(p[:], uint32(int32(code)))
	return f.write(frameExit, p[:])
}

// stream is an io.Writer sending one frame type; tty says whether the
// client's end is a terminal, for the commands that refuse to write
// binary to one.
type stream struct {
	fw  *frameWriter
	t   byte
	tty bool
}

func (s *stream) Write(p []byte) (int, error) {
	if err := s.fw.write(s.t, p); err != nil {
		return 0, err
	}
	return len(p), nil
}
