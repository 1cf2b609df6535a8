package tui

import "khuyencong/tui/kit"

// The session's configuration and the file hooks live in the kernel, which
// every feature package imports; callers keep naming them tui.Config etc.
type (
	// Config is what one session of the app needs; see kit.Config.
	Config = kit.Config
	// ExportFunc writes the rows a table shows to a file; see kit.ExportFunc.
	ExportFunc = kit.ExportFunc
	// ImportFunc reads a CSV/XLSX file into the store; see kit.ImportFunc.
	ImportFunc = kit.ImportFunc
)

// ErrFileExists is what an ExportFunc returns for an existing file it was
// not told to overwrite; see kit.ErrFileExists.
var ErrFileExists = kit.ErrFileExists
