// Command khuyencong keeps the industrial-promotion (khuyến công) records of
// a provincial Industry and Trade Development Centre: facilities, projects,
// budgets and payments, in one bbolt file, with a terminal app and a command
// line. Run `khuyencong --help` for the commands; package cli holds them.
package main

import (
	"os"

	"khuyencong/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
