package cli

import (
	"flag"
	"io"
	"strings"

	"khuyencong/i18n"
)

// runFunc runs a command with its positional arguments; its flags are
// already parsed into the variables setup bound.
type runFunc func(e *env, args []string) error

// command is one subcommand of the command line. Each cmd_*.go file
// declares one; the table in commands.go lists them.
type command struct {
	name     string
	parent   *command
	args     i18n.Key // synopsis after the name, e.g. "[--year NĂM]"
	summary  i18n.Key // one line for the command list
	help     i18n.Key // a paragraph for `COMMAND --help`; may be empty
	examples []string // command lines shown under the usage
	minArgs  int      // positional arguments
	maxArgs  int      // -1: any number
	// remote commands may run over SSH on the server's open store.
	remote bool
	// setup declares the flags on fs and returns the function that runs
	// the command with them; a fresh call per run keeps runs independent.
	setup func(fs *flag.FlagSet) runFunc
	subs  []*command
	// more prints what the help adds after the examples; nil for none.
	more func(w io.Writer, l i18n.Lang)
}

func findCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// path is the command as typed: "user add".
func (c *command) path() string {
	if c.parent != nil {
		return c.parent.path() + " " + c.name
	}
	return c.name
}

// checkArgs refuses a wrong number of positional arguments.
func (c *command) checkArgs(pos []string) error {
	if len(pos) < c.minArgs {
		return usageErr(MsgCLIMissingArg)
	}
	if c.maxArgs >= 0 && len(pos) > c.maxArgs {
		return usageErr(MsgCLIExtraArgs, strings.Join(pos[c.maxArgs:], " "))
	}
	return nil
}

// flagSet returns the command's flags, for its usage.
func (c *command) flagSet() *flag.FlagSet {
	fs := newFlagSet(c.path())
	if c.setup != nil {
		c.setup(fs)
	}
	return fs
}
