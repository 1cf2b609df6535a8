package cli

// commands is the command table, in the order of `khuyencong --help`. It
// is filled in init rather than by its declaration because serve runs
// commands over SSH, which looks them up here: a declaration would make
// the table depend on itself.
var commands []*command

func init() {
	commands = []*command{
		sampleCmd,
		serveCmd,
		reportCmd,
		importCmd,
		exportCmd,
		checkCmd,
		backupCmd,
		userCmd,
		unitsCmd,
		rulesCmd,
		centreCmd,
		migrateCmd,
	}
	for _, c := range commands {
		for _, s := range c.subs {
			s.parent = c
		}
	}
}
