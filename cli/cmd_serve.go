package cli

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"path/filepath"
	"time"

	"khuyencong/i18n"
	"khuyencong/server"
	"khuyencong/store"
	"khuyencong/store/etcdkv"
)

var serveCmd = &command{
	name:    "serve",
	args:    MsgCmdServeArgs,
	summary: MsgCmdServeSummary,
	help:    MsgCmdServeHelp,
	examples: []string{
		"khuyencong serve",
		"khuyencong --db /srv/khuyencong/kc.db serve --listen 0.0.0.0:23234 --max-sessions 40",
	},
	setup: setupServe,
}

// shutdownGrace bounds how long sessions get to say goodbye; the process
// must be gone within 10 s of SIGTERM so that systemd never has to kill it.
const shutdownGrace = 8 * time.Second

func setupServe(fs *flag.FlagSet) runFunc {
	listen := fs.String("listen", server.DefaultListen, "")
	hostKey := fs.String("host-key", "", "")
	idle := fs.Duration("idle-timeout", server.DefaultIdleTimeout, "")
	maxSessions := fs.Int("max-sessions", server.DefaultMaxSessions, "")
	return func(e *env, _ []string) error {
		tuneGC()
		key := *hostKey
		if key == "" {
			key = filepath.Join(filepath.Dir(e.cfg.DB), "khuyencong_host_ed25519")
			if etcdkv.IsURL(e.cfg.DB) {
				key = "khuyencong_host_ed25519" // in the working directory
			}
		}
		return e.withStore(openCreate, func(st *store.Store) error {
			return serve(e, st, server.Config{
				Store: st, Listen: *listen, HostKeyPath: key, IdleTimeout: *idle,
				MaxSessions: *maxSessions, Lang: e.cfg.Lang, ASCII: e.cfg.ASCII,
			})
		})
	}
}

// serve runs the server until the context ends (SIGINT or SIGTERM), then
// shuts it down; withStore closes the database last.
func serve(e *env, st *store.Store, cfg server.Config) error {
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	cfg.Logger = log
	cfg.Exec = func(ctx context.Context, a store.Actor, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
		return execRemote(ctx, st, cfg.Lang, a, args, stdin, stdout, stderr)
	}
	cfg.Commands = remoteNames()
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	l, err := srv.Listen()
	if err != nil {
		return err
	}
	users, err := st.Users(store.LocalAdmin())
	if err != nil {
		return err
	}
	fp, err := srv.HostKeyFingerprint()
	if err != nil {
		return err
	}
	log.Info("khuyencong server", "addr", l.Addr().String(), "host_key", fp, "db", st.Path(), "users", len(users))
	if len(users) == 0 {
		log.Warn(i18n.EN.T(MsgServeNoUsers))
	}
	if etcdkv.IsURL(e.cfg.DB) {
		log.Info("etcd cluster: other processes open it themselves", "store", e.cfg.DB)
	} else if h, err := startHolder(st, e.cfg.DB, cfg.Lang); err != nil {
		log.Warn("no local socket: commands on this database from other processes will be refused", "err", err)
	} else {
		log.Info("local socket", "path", h.path)
		defer h.Close()
	}
	startReturningMemory(e.ctx)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	select {
	case err := <-served:
		return err
	case <-e.ctx.Done():
	}
	log.Info("shutting down", "sessions", srv.Sessions())
	ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		return err
	}
	return <-served
}
