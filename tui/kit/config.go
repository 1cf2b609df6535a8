package kit

import (
	"context"
	"errors"
	"time"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// Config is what one session of the app needs. The caller (main for a local
// run, the SSH server per session) decides the actor and the presentation;
// the app reads no environment variable itself.
type Config struct {
	Store   *store.Store
	Actor   store.Actor
	Lang    i18n.Lang
	ASCII   bool // ASCII borders and marks only (PuTTY without UTF-8)
	NoColor bool // NO_COLOR: attributes only, no colours
	Mouse   bool // start with mouse reporting on (m toggles it)
	DBPath  string
	// LoadSample fills an empty database with the sample data; nil when the
	// caller does not offer it (then the empty screen only offers "new").
	LoadSample func() error
	// Now is the clock (tests pin it); nil means time.Now.
	Now func() time.Time
	// Export writes the rows a table shows to a file; nil where the app
	// must not write files (over SSH), and x then says how to export.
	Export ExportFunc
	// Report writes one of the centre's papers to a file (the budget
	// tab's x); nil where the app must not write files (over SSH).
	Report ReportFunc
	// Import reads a CSV/XLSX file into the store (admins, with a dry run
	// shown first); nil over SSH, where files would be the server's.
	Import ImportFunc
	// Context, when set, ends the app's wait on the store's change feed when
	// it is done (an SSH session's context); Model.Close does the same.
	Context context.Context
}

func (c Config) Time() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// ExportFunc writes rows of a kind, in the order given, to a file whose
// extension (.csv, .xlsx, .md) picks the format; it returns the rows
// written. Unless overwrite is set, an existing file is left alone and the
// error is ErrFileExists, so the app can ask first. The caller supplies
// it: the import/export package is not one the app may depend on.
type ExportFunc func(snap *store.Snapshot, kind model.Kind, rows []int32, path string, overwrite bool) (int, error)

// ReportRequest is which paper to write: Kind is "periodic",
// "registration", "budget" or "settlement" (with Project, its code); Year
// is the plan year, 0 for a budget of every year.
type ReportRequest struct {
	Kind    string
	Year    int32
	Project string
}

// ReportFunc writes a paper from a snapshot to a file whose extension
// (.xlsx, .md, .txt) picks the format, with ErrFileExists as ExportFunc.
// The caller supplies it, as with ExportFunc.
type ReportFunc func(snap *store.Snapshot, r ReportRequest, path string, overwrite bool) error

// ErrFileExists is what an ExportFunc returns for a file that exists when
// it was not told to overwrite it.
var ErrFileExists = errors.New("file exists")

// ImportChoice is how an import treats what its dry run found, as the
// command line's --dry-run, --skip-bad and --on-duplicate do.
type ImportChoice struct {
	DryRun     bool
	SkipBad    bool // write the good rows, leave the bad ones out
	Duplicates Duplicates
}

// Duplicates is what happens to a row whose tax code or project code is
// already in the register.
type Duplicates uint8

const (
	DupRefuse Duplicates = iota // the row is bad (the default)
	DupSkip                     // the row is left out
	DupUpdate                   // the row's cells update the record
)

// ImportFunc imports a CSV or XLSX file of a kind as the actor, with the
// choices given; ctx ending stops it with nothing written. It returns the
// report the command line prints (mapping, every bad row, counts) and
// whether the file may be imported with these choices. The caller supplies
// it, as with ExportFunc.
type ImportFunc func(ctx context.Context, a store.Actor, kind model.Kind, path string, ch ImportChoice) (report string, ok bool, err error)
