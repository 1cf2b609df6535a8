package tui

import "khuyencong/tui/kit"

// The session's configuration and the file hooks live in the kernel, which
// every feature package imports; callers keep naming them tui.Config etc.
type (
	// Config is what one session of the app needs; see kit.Config.
	Config = kit.Config
	// ExportFunc writes the rows a table shows to a file; see kit.ExportFunc.
	ExportFunc = kit.ExportFunc
	// ReportFunc writes one of the centre's papers; see kit.ReportFunc.
	ReportFunc = kit.ReportFunc
	// ReportRequest is which paper; see kit.ReportRequest.
	ReportRequest = kit.ReportRequest
	// ImportFunc reads a CSV/XLSX file into the store; see kit.ImportFunc.
	ImportFunc = kit.ImportFunc
	// ImportChoice is how an import treats bad rows and codes already
	// present; see kit.ImportChoice.
	ImportChoice = kit.ImportChoice
	// Duplicates is what happens to a code already present.
	Duplicates = kit.Duplicates
)

// What happens to a row whose code is already present.
const (
	DupRefuse = kit.DupRefuse
	DupSkip   = kit.DupSkip
	DupUpdate = kit.DupUpdate
)

// ErrFileExists is what an ExportFunc returns for an existing file it was
// not told to overwrite; see kit.ErrFileExists.
var ErrFileExists = kit.ErrFileExists
