package cli

import (
	"context"
	"fmt"
	"io"

	"khuyencong/i18n"
	"khuyencong/store"
)

// execRemote runs a command for an SSH login without a terminal
// (`ssh -p 23234 server report --year 2022`) on the server's open store,
// as the logged-in user; `serve` passes it to the server as its ExecFunc.
// Only commands marked remote run, --db is refused (the server owns its
// database), and the store still checks the user's role.
func execRemote(ctx context.Context, st *store.Store, lang i18n.Lang, a store.Actor, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	g, rest, gerr := parseGlobals(args)
	if !argsHaveLang(args) {
		g.lang = lang
	}
	cfg := g.config(stdout, stderr)
	cfg.DB = st.Path()
	e := &env{ctx: ctx, cfg: cfg, actor: a, stdin: stdin, stdout: stdout, stderr: stderr, shared: st, remote: true}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "khuyencong: %s\n", cfg.Lang.T(MsgCLIInternal, r))
			code = exitFail
		}
	}()
	name, cmdArgs, help, serr := splitCommand(rest)
	switch {
	case gerr != nil:
		return e.usageFail(nil, gerr)
	case serr != nil:
		return e.usageFail(nil, serr)
	case g.dbSet:
		return e.usageFail(nil, usageErr(MsgCLIRemoteNoDB))
	case name == "help" || (name == "" && help):
		printRemoteUsage(stdout, cfg.Lang)
		return exitOK
	case name == "":
		return e.usageFail(nil, usageErr(MsgCLIMissingCommand))
	}
	cmd := findCommand(name)
	if cmd == nil || !cmd.remote {
		return e.usageFail(nil, usageErr(MsgCLIUnknownCommand, name))
	}
	if help {
		cmdArgs = append(cmdArgs, "--help")
	}
	return e.dispatch(cmd, cmdArgs)
}

// remoteNames are the commands execRemote runs, for the server to let
// through: the remote commands of the table, and help.
func remoteNames() []string {
	var names []string
	for _, c := range commands {
		if c.remote {
			names = append(names, c.name)
		}
	}
	return append(names, "help")
}

func argsHaveLang(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if name, _, _ := splitFlag(a); isFlag(a) && name == "lang" {
			return true
		}
	}
	return false
}

// printRemoteUsage lists what an SSH login may run without a terminal.
func printRemoteUsage(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "%s\n", l.T(MsgCLIUsageLine, "ssh -p 23234 SERVER "+l.T(MsgCLIRemoteArgs)))
	fmt.Fprintf(w, "\n%s\n", l.T(MsgCLICommands))
	var rows [][2]string
	for _, c := range commands {
		if c.remote {
			rows = append(rows, [2]string{c.name + " " + l.T(c.args), l.T(c.summary)})
		}
	}
	writeRows(w, append(rows, [2]string{"help", l.T(MsgCLIRemoteHelp)}))
}
