package server

import (
	"bytes"
	"errors"
	"testing"
	"time"
)

// blockingWriter never returns, like a write to a client that stopped
// reading.
type blockingWriter struct{ started chan struct{} }

func (b blockingWriter) Write(p []byte) (int, error) {
	close(b.started)
	select {}
}

func TestCutWriterPassesWritesThrough(t *testing.T) {
	var buf bytes.Buffer
	w := newCutWriter(&buf)
	defer w.Cut()
	if n, err := w.Write([]byte("xin chào")); err != nil || n != len("xin chào") || buf.String() != "xin chào" {
		t.Fatalf("write: %d %v %q", n, err, buf.String())
	}
}

func TestCutWriterAbandonsABlockedWrite(t *testing.T) {
	bw := blockingWriter{started: make(chan struct{})}
	w := newCutWriter(bw)
	done := make(chan error, 1)
	go func() { _, err := w.Write([]byte("frame")); done <- err }()
	<-bw.started
	w.Cut()
	select {
	case err := <-done:
		if !errors.Is(err, errCut) {
			t.Fatalf("blocked write returned %v, want errCut", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("cutting did not release the blocked write")
	}
	if _, err := w.Write([]byte("later")); !errors.Is(err, errCut) {
		t.Fatalf("a write after the cut returned %v", err)
	}
}
