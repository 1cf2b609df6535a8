package cli

// unitsCmd keeps the administrative units since the reform of 1/7/2025:
// the centre's province, the official tables, and the conversion of
// addresses recorded before it. One file per subcommand.
var unitsCmd = &command{
	name:    "units",
	args:    MsgCmdUnitsArgs,
	summary: MsgCmdUnitsSummary,
	help:    MsgCmdUnitsHelp,
	// Over SSH an admin converts while the server holds the database; the
	// sessions see the result at once.
	remote: true,
	subs:   []*command{unitsListCmd, unitsProvinceCmd, unitsConvertCmd, unitsImportCmd},
}
