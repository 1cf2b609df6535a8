package cli

import (
	"flag"
	"fmt"
	"io"

	"khuyencong/i18n"
)

// helpWidth is where help paragraphs wrap: a classic terminal's width.
const helpWidth = 78

// printMainUsage is `khuyencong --help`: what the program is, every
// command, the global flags.
func printMainUsage(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "%s\n\n", wrap(l.T(MsgCLIAbout), helpWidth))
	fmt.Fprintf(w, "%s\n", l.T(MsgCLIUsageLine, "khuyencong "+l.T(MsgCLIMainArgs)))
	fmt.Fprintf(w, "%s\n\n", l.T(MsgCLINoCommand))
	fmt.Fprintf(w, "%s\n", l.T(MsgCLICommands))
	var rows [][2]string
	for _, c := range commands {
		if len(c.subs) == 0 {
			rows = append(rows, [2]string{c.path(), l.T(c.summary)})
		}
		for _, s := range c.subs {
			rows = append(rows, [2]string{s.path(), l.T(s.summary)})
		}
	}
	writeRows(w, rows)
	fmt.Fprintf(w, "\n%s\n", l.T(MsgCLIGlobalOptions))
	writeRows(w, globalFlagRows(l))
	fmt.Fprintf(w, "\n%s\n", l.T(MsgCLIHelpHint))
}

// printUsage is `khuyencong COMMAND --help`.
func printUsage(w io.Writer, c *command, l i18n.Lang) {
	line := "khuyencong " + c.path()
	if c.args != "" {
		line += " " + l.T(c.args)
	}
	fmt.Fprintf(w, "%s\n", l.T(MsgCLIUsageLine, line))
	about := c.summary
	if c.help != "" {
		about = c.help
	}
	fmt.Fprintf(w, "\n%s\n", wrap(l.T(about), helpWidth))
	if len(c.subs) > 0 {
		fmt.Fprintf(w, "\n%s\n", l.T(MsgCLICommands))
		var rows [][2]string
		for _, s := range c.subs {
			rows = append(rows, [2]string{s.path() + " " + l.T(s.args), l.T(s.summary)})
		}
		writeRows(w, rows)
	}
	if rows := flagRows(c.flagSet(), l); len(rows) > 0 {
		fmt.Fprintf(w, "\n%s\n", l.T(MsgCLIOptions))
		writeRows(w, rows)
	}
	fmt.Fprintf(w, "\n%s\n", l.T(MsgCLIGlobalHint))
	if len(c.examples) > 0 {
		fmt.Fprintf(w, "\n%s\n", l.T(MsgCLIExamples))
		for _, ex := range c.examples {
			fmt.Fprintf(w, "  %s\n", ex)
		}
	}
	if c.more != nil {
		c.more(w, l)
	}
}

// flagRows lists a FlagSet's flags; their usage strings are catalog keys,
// and a `WORD` in back quotes names the value, as in the flag package.
func flagRows(fs *flag.FlagSet, l i18n.Lang) [][2]string {
	var rows [][2]string
	fs.VisitAll(func(f *flag.Flag) {
		tr := *f
		tr.Usage = l.T(i18n.Key(f.Usage))
		name, usage := flag.UnquoteUsage(&tr)
		left := "--" + f.Name
		if len(f.Name) == 1 {
			left = "-" + f.Name
		}
		// Without a description the flag package would name the value by
		// its Go type ("string", "duration"): show the flag alone.
		if name != "" && f.Usage != "" {
			left += " " + name
		}
		rows = append(rows, [2]string{left, usage})
	})
	return rows
}

func globalFlagRows(l i18n.Lang) [][2]string {
	fs := newFlagSet("khuyencong")
	fs.String("db", "", string(MsgCLIFlagDB))
	fs.String("store", "", string(MsgCLIFlagStore))
	fs.String("lang", "", string(MsgCLIFlagLang))
	fs.Bool("ascii", false, string(MsgCLIFlagASCII))
	rows := flagRows(fs, l)
	return append(rows, [2]string{"-h, --help", l.T(MsgCLIFlagHelp)})
}
