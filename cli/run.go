package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"khuyencong/model"
)

// Main is the whole program minus os.Exit: it runs the command line args
// (without the program name) until done or until SIGINT or SIGTERM, and
// returns the exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runContext(ctx, args, stdout, stderr)
}

// runContext runs the command line under ctx, so tests can drive every
// command in-process and stop `serve` as a signal would.
func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	g, rest, gerr := parseGlobals(args)
	name, cmdArgs, help, serr := splitCommand(rest)
	cfg := g.config(stdout, stderr)
	// A bug must not show a Go stack trace to an office user; say what
	// happened in their language and fail.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "khuyencong: %s\n", cfg.Lang.T(MsgCLIInternal, r))
			code = exitFail
		}
	}()
	e := &env{ctx: ctx, cfg: cfg, actor: localActor(), stdin: &recordedStdin{f: os.Stdin}, stdout: stdout, stderr: stderr, args: args}
	if gerr == nil {
		gerr = serr
	}
	if gerr != nil {
		return e.usageFail(nil, gerr)
	}
	switch {
	case name == "" && help:
		printMainUsage(stdout, cfg.Lang)
		return exitOK
	case name == "":
		return e.finish(nil, runApp(ctx, cfg))
	}
	cmd := findCommand(name)
	if cmd == nil {
		return e.usageFail(nil, usageErr(MsgCLIUnknownCommand, name))
	}
	if help {
		cmdArgs = append(cmdArgs, "--help")
	}
	return e.dispatch(cmd, cmdArgs)
}

// dispatch parses a command's flags and runs it, descending into
// subcommands (`user add`).
func (e *env) dispatch(cmd *command, args []string) int {
	if len(cmd.subs) > 0 {
		sub, rest, help := pickSub(cmd, args)
		switch {
		case sub != nil:
			return e.dispatch(sub, rest)
		case help:
			printUsage(e.stdout, cmd, e.cfg.Lang)
			return exitOK
		case len(rest) > 0 && !isFlag(rest[0]):
			return e.usageFail(cmd, usageErr(MsgCLIUnknownCommand, cmd.name+" "+rest[0]))
		}
		return e.usageFail(cmd, usageErr(MsgCLIMissingSub))
	}
	fs := newFlagSet(cmd.path())
	runFn := cmd.setup(fs)
	pos, err := parseFlags(fs, args)
	if errors.Is(err, errHelp) {
		printUsage(e.stdout, cmd, e.cfg.Lang)
		return exitOK
	}
	if err == nil {
		err = cmd.checkArgs(pos)
	}
	if err != nil {
		return e.usageFail(cmd, err)
	}
	err = runFn(e, pos)
	if e.relayable(cmd, err) {
		if code, ok := e.relay(err); ok {
			return code
		}
	}
	return e.finish(cmd, err)
}

// finish reports a command's error in the user's language.
func (e *env) finish(cmd *command, err error) int {
	if err == nil {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		return e.usageFail(cmd, ue)
	}
	fmt.Fprintf(e.stderr, "khuyencong: %s\n", model.Localize(err, e.cfg.Lang))
	return exitFail
}

// usageFail prints a command-line mistake and the usage it breaks.
func (e *env) usageFail(cmd *command, err error) int {
	fmt.Fprintf(e.stderr, "khuyencong: %s\n\n", model.Localize(err, e.cfg.Lang))
	switch {
	case cmd == nil && e.remote:
		printRemoteUsage(e.stderr, e.cfg.Lang)
	case cmd == nil:
		printMainUsage(e.stderr, e.cfg.Lang)
	default:
		printUsage(e.stderr, cmd, e.cfg.Lang)
	}
	return exitUsage
}
