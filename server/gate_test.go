package server

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestGateEarlyDrop(t *testing.T) {
	lim := GateLimits{Start: 2, Rate: 50, Full: 4, PerSource: 10}
	lim.defaults()
	g := newGate(lim, nil)
	roll := 0.0
	g.chance = func() float64 { return roll }
	for i := range 2 {
		if !g.admit("a") {
			t.Fatalf("connection %d refused below Start", i+1)
		}
	}
	// At 2 of 2..4 the drop chance is 50 %, at 3 it is 75 %.
	roll = 0.49
	if g.admit("a") {
		t.Error("admitted at 2 waiting with a roll under 50 %")
	}
	roll = 0.5
	if !g.admit("a") {
		t.Error("refused at 2 waiting with a roll of 50 %")
	}
	roll = 0.74
	if g.admit("b") {
		t.Error("admitted at 3 waiting with a roll under 75 %")
	}
	roll = 0.99
	if !g.admit("b") {
		t.Error("refused at 3 waiting with a roll of 99 %")
	}
	if g.admit("c") {
		t.Error("admitted at Full")
	}
	g.release("a")
	if !g.admit("c") {
		t.Error("refused after a release")
	}
}

func TestGatePerSource(t *testing.T) {
	lim := GateLimits{Start: 100, Full: 100, PerSource: 2}
	lim.defaults()
	g := newGate(lim, nil)
	for i := range 2 {
		if !g.admit("a") {
			t.Fatalf("connection %d refused under the per-source share", i+1)
		}
	}
	if g.admit("a") {
		t.Error("a third waiting connection from one address admitted")
	}
	if !g.admit("b") {
		t.Error("another address refused")
	}
}

func TestRefusalsLoggedOncePerMinute(t *testing.T) {
	var buf bytes.Buffer
	r := newRefusalLog(slog.New(slog.NewTextHandler(&buf, nil)))
	now := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
	r.now = func() time.Time { return now }
	for range 1000 {
		r.refused("10.0.0.9", "too many")
	}
	r.refused("10.0.0.8", "too many")
	now = now.Add(time.Minute)
	r.refused("10.0.0.9", "too many")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d log lines, want 3:\n%s", len(lines), buf.String())
	}
	if !strings.Contains(lines[2], "refused_since_last_line=999") {
		t.Errorf("the minute's count is missing: %s", lines[2])
	}
}

// TestDefaultLimits: what the README promises.
func TestDefaultLimits(t *testing.T) {
	var c Config
	c.defaults()
	if c.MaxWidth != 500 || c.MaxHeight != 200 {
		t.Errorf("window clamp %d×%d, want 500×200", c.MaxWidth, c.MaxHeight)
	}
	g := c.Gate
	if g.Start != 10 || g.Rate != 30 || g.Full != 100 || g.PerSource != 10 || g.NoSession != time.Minute || g.Channels != 10 {
		t.Errorf("gate defaults %+v", g)
	}
}
