package cli

import (
	"context"
	"fmt"
	"io"
	"io/fs"

	"khuyencong/store"
)

// execHolder runs a command line another process of this OS user sent
// through the holder's socket, on the store this process holds. Unlike
// execRemote (an SSH login), the caller is the same user as this
// process, with the same rights on every file: so commands that name
// files (backup FILE, export -o, import FILE, --key-file) open them here,
// relative to the caller's directory and with the caller's umask, and
// print the database as the caller named it.
func execHolder(ctx context.Context, st *store.Store, req holderRequest, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	g, rest, gerr := parseGlobals(req.Args)
	cfg := g.config(stdout, stderr)
	cfg.DB = req.DB
	mask := fs.FileMode(req.Umask) & 0o777
	e := &env{ctx: ctx, cfg: cfg, actor: store.LocalAdmin(), stdin: stdin, stdout: stdout, stderr: stderr,
		shared: st, dir: req.Dir, umask: func() fs.FileMode { return mask }}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "khuyencong: %s\n", cfg.Lang.T(MsgCLIInternal, r))
			code = exitFail
		}
	}()
	name, cmdArgs, help, serr := splitCommand(rest)
	if gerr == nil {
		gerr = serr
	}
	if gerr != nil {
		return e.usageFail(nil, gerr)
	}
	cmd := findCommand(name)
	// The client relays only commands that failed to open the database;
	// serve and the app open their own.
	if cmd == nil || holdsDB(cmd) {
		return e.usageFail(nil, usageErr(MsgCLIUnknownCommand, name))
	}
	if help {
		cmdArgs = append(cmdArgs, "--help")
	}
	return e.dispatch(cmd, cmdArgs)
}
