package server

import (
	"context"
	"io"
	"log/slog"
	"time"

	"khuyencong/i18n"
	"khuyencong/store"
)

// ExecFunc runs a command of a login without a terminal (report, export,
// backup, user) as the given actor against the shared store; it returns the exit
// status. The command set lives with the command line, which knows the
// import/export package; the server only decides who may run it.
type ExecFunc func(ctx context.Context, a store.Actor, args []string, stdin io.Reader, stdout, stderr io.Writer) int

// Config is what Serve needs.
type Config struct {
	Store       *store.Store
	Listen      string        // host:port, default 127.0.0.1:23234
	HostKeyPath string        // created on first start
	IdleTimeout time.Duration // 0 = never
	MaxSessions int           // 0 = unlimited
	Lang        i18n.Lang     // default UI language
	ASCII       bool
	Exec        ExecFunc
	// Commands names what Exec may run (`ssh server report`); any other
	// command gets the usage line. The command line's table says which.
	Commands []string
	Logger   *slog.Logger
	// Banner is shown before login; empty uses the catalog's.
	Banner string
	// MaxWidth and MaxHeight bound the window size a client may claim (see
	// clamp.go); 0 means the default.
	MaxWidth, MaxHeight int
	// Limits on connections that have not opened a session yet; zero
	// values mean the defaults (see gate.go).
	Gate GateLimits
}

const (
	// DefaultListen binds to loopback: exposing the server is a decision
	// the operator makes explicitly with --listen.
	DefaultListen = "127.0.0.1:23234"
	// DefaultIdleTimeout ends sessions nobody has typed in for a while.
	DefaultIdleTimeout = 30 * time.Minute
	// DefaultMaxSessions bounds memory and CPU on the office server.
	DefaultMaxSessions = 64
)

func (c *Config) defaults() {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.MaxWidth <= 0 {
		c.MaxWidth = DefaultMaxWidth
	}
	if c.MaxHeight <= 0 {
		c.MaxHeight = DefaultMaxHeight
	}
	c.Gate.defaults()
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}
