package cli

import (
	"flag"
	"io"
	"strings"

	"khuyencong/i18n"
)

// The command line is parsed in two steps. Global flags (--db, --lang,
// --ascii) are taken out wherever they stand; what remains is the command
// and its own arguments, where flags may come before or after the
// positionals (`user add NAME --role admin`). Each command declares its
// flags on a std flag.FlagSet; parseFlags sorts the tokens into flags and
// positionals itself (honouring `--`) and hands each flag to the FlagSet,
// so that every mistake gets a message in the user's language instead of
// the flag package's English.

// parseGlobals takes the global flags out of args. It keeps going after a
// mistake so that a later --lang still chooses the language of the message.
func parseGlobals(args []string) (g globals, rest []string, err error) {
	fail := func(e error) {
		if err == nil {
			err = e
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, val, hasVal := splitFlag(a)
		if !isFlag(a) || (name != "db" && name != "store" && name != "lang" && name != "ascii") {
			rest = append(rest, a)
			continue
		}
		if name == "ascii" {
			g.ascii = !hasVal || val == "true" || val == "1"
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				fail(usageErr(MsgCLIFlagNeedsValue, "--"+name))
				continue
			}
			i++
			val = args[i]
		}
		switch {
		case name == "db" && strings.TrimSpace(val) == "":
			fail(usageErr(MsgCLIFlagNeedsValue, "--db"))
		case name == "db":
			g.db, g.dbSet = val, true
		case name == "store":
			if err := checkStoreURL(val); err != nil {
				fail(err)
			}
			g.store = val
		default:
			l, ok := i18n.ParseLang(val)
			if !ok {
				fail(usageErr(MsgCLIBadLang, val))
			}
			g.lang = l
		}
	}
	return g, rest, err
}

// splitCommand finds the command name: the first positional. Before it only
// -h/--help may stand (the global flags are gone by now).
func splitCommand(rest []string) (name string, args []string, help bool, err error) {
	for i, a := range rest {
		switch {
		case a == "--":
			return "", nil, help, usageErr(MsgCLIMissingCommand)
		case isHelp(a):
			help = true
		case isFlag(a) && someCommandFlag(a):
			return "", nil, help, usageErr(MsgCLIFlagAfterCommand, a)
		case isFlag(a):
			return "", nil, help, usageErr(MsgCLIUnknownFlag, a)
		default:
			return a, rest[i+1:], help, nil
		}
	}
	return "", nil, help, nil
}

// someCommandFlag reports whether a flag that stands before the command
// name is one of some command's: only then is "put it after the command"
// the right advice; any other flag is simply unknown.
func someCommandFlag(a string) bool {
	name, _, _ := splitFlag(a)
	var walk func(cs []*command) bool
	walk = func(cs []*command) bool {
		for _, c := range cs {
			if c.setup != nil {
				fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
				c.setup(fs)
				if fs.Lookup(name) != nil {
					return true
				}
			}
			if walk(c.subs) {
				return true
			}
		}
		return false
	}
	return walk(commands)
}

// pickSub finds a subcommand by the first positional and returns the other
// arguments; help tells whether -h/--help came before it.
func pickSub(cmd *command, args []string) (sub *command, rest []string, help bool) {
	for i, a := range args {
		if a == "--" {
			break
		}
		if isHelp(a) {
			help = true
			continue
		}
		if isFlag(a) {
			continue
		}
		for _, s := range cmd.subs {
			if s.name == a {
				rest = append(append([]string{}, args[:i]...), args[i+1:]...)
				return s, rest, false
			}
		}
		return nil, args[i:], help
	}
	return nil, nil, help
}

// parseFlags sets the flags of fs from args and returns the positionals, in
// order. Flags may stand anywhere before `--`.
func parseFlags(fs *flag.FlagSet, args []string) (pos []string, err error) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if isHelp(a) {
			return nil, errHelp
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(pos, args[i+1:]...), nil
		}
		if !isFlag(a) {
			pos = append(pos, a)
			continue
		}
		name, val, hasVal := splitFlag(a)
		f := fs.Lookup(name)
		if f == nil {
			return nil, usageErr(MsgCLIUnknownFlag, a)
		}
		switch {
		case isBoolFlag(f) && !hasVal:
			val = "true"
		case !hasVal && i+1 >= len(args):
			return nil, usageErr(MsgCLIFlagNeedsValue, "--"+name)
		case !hasVal:
			i++
			val = args[i]
		}
		if err := fs.Set(name, val); err != nil {
			return nil, usageErr(MsgCLIBadFlagValue, val, "--"+name)
		}
	}
	return pos, nil
}

// isFlag tells a flag token from a positional; "-" alone is a positional
// (standard output).
func isFlag(a string) bool { return len(a) > 1 && a[0] == '-' && a != "--" }

func isHelp(a string) bool {
	switch a {
	case "-h", "--h", "-help", "--help":
		return true
	}
	return false
}

// splitFlag splits "--name=value" or "-name".
func splitFlag(a string) (name, val string, hasVal bool) {
	a = strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	name, val, hasVal = strings.Cut(a, "=")
	return name, val, hasVal
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// newFlagSet makes a FlagSet that never prints or exits by itself.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// multiFlag collects a repeated flag (--key-file A --key-file B).
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
