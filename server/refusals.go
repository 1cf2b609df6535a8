package server

import (
	"log/slog"
	"sync"
	"time"
)

// refusalLog logs a refused connection once per source address and
// minute: a flood of refusals must not become a flood of log lines.
type refusalLog struct {
	l   *slog.Logger
	now func() time.Time

	mu   sync.Mutex
	last map[string]time.Time
	n    map[string]int // refusals not logged since the last line
}

const refusalEvery = time.Minute

func newRefusalLog(l *slog.Logger) *refusalLog {
	return &refusalLog{l: l, now: time.Now, last: map[string]time.Time{}, n: map[string]int{}}
}

func (r *refusalLog) refused(src, why string) {
	r.mu.Lock()
	now := r.now()
	if now.Sub(r.last[src]) < refusalEvery {
		r.n[src]++
		r.mu.Unlock()
		return
	}
	more := r.n[src]
	r.last[src] = now
	delete(r.n, src)
	r.forget(now)
	r.mu.Unlock()
	r.l.Warn("connection refused", "remote", src, "reason", why, "refused_since_last_line", more)
}

// forget drops addresses not seen for a while, so the map stays small.
func (r *refusalLog) forget(now time.Time) {
	if len(r.last) < 1024 {
		return
	}
	for src, t := range r.last {
		if now.Sub(t) >= refusalEvery {
			delete(r.last, src)
			delete(r.n, src)
		}
	}
}
