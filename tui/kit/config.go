package kit

import (
	"context"
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

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

// common is the state every part of one session shares: configuration,
// language, styles and the current snapshot of the read model. Parts hold a
// pointer, so a new snapshot or new styles reach them all at once.
type Session struct {
	Config      Config
	Lang        i18n.Lang
	Styles      *Styles
	Snap        *store.Snapshot
	ShowDeleted bool // admins only: list soft-deleted rows too
	// Open shows a modal at once (set by the root; see OpenModal).
	Open func(m Modal, init tea.Cmd) tea.Cmd
	// ExportDialog and ImportDialog open the export and import dialogs
	// for a kind (set by the root, which wires the transfer package in:
	// feature packages do not import each other).
	ExportDialog func(kind model.Kind, rows []int32) tea.Cmd
	ImportDialog func(kind model.Kind) tea.Cmd
}

// T renders a catalog entry in the session's language.
func (c *Session) T(k i18n.Key, args ...any) string { return c.Lang.T(k, args...) }

// latest is the store's newest snapshot. Drawing uses c.snap, which the
// feed replaces a moment after each write; anything that starts a write
// (a form's starting values, a delete's version) reads the newest, or a
// user who saves and edits again at once would conflict with themselves.
// Rows stay valid across snapshots: IDs are dense and never reused.
func (c *Session) Latest() *store.Snapshot { return c.Config.Store.Snapshot() }

func (c *Session) Role() model.Role { return c.Config.Actor.Role }
func (c *Session) CanWrite() bool   { return c.Config.Actor.Role.CanWrite() }
func (c *Session) CanAdmin() bool   { return c.Config.Actor.Role.CanAdmin() }

// localize renders an error for this user.
func (c *Session) Localize(err error) string { return model.Localize(err, c.Lang) }

// fieldErr is what huh shows under the form: the field's label and the
// reason, in the user's language.
func (c *Session) FieldErr(name string, err error) error {
	return errors.New(model.FieldLabel(name, c.Lang) + ": " + c.Localize(err))
}

// view is the adapters' part of the session state.
func (c *Session) RowView() RowView {
	return RowView{Lang: c.Lang, ShowDeleted: c.ShowDeleted && c.CanAdmin(), deletedMark: c.T(model.MsgDeletedMark)}
}

// refuse says in the status bar which role an action needs.
func (c *Session) Refuse(need i18n.Key) tea.Cmd {
	return Say(LevelError, c.T(model.MsgStatusForbidden, c.T(need)))
}

// ExportFunc writes rows of a kind, in the order given, to a file whose
// extension (.csv, .xlsx, .md) picks the format; it returns the rows
// written. The caller supplies it: the import/export package is not one
// the app may depend on.
type ExportFunc func(snap *store.Snapshot, kind model.Kind, rows []int32, path string) (int, error)

// ImportFunc imports a CSV or XLSX file of a kind as the actor. With
// dryRun it only checks every row. It returns the report the command line
// prints (mapping, every bad row, counts) and whether the file may be
// imported as it is. The caller supplies it, as with ExportFunc.
type ImportFunc func(a store.Actor, kind model.Kind, path string, dryRun bool) (report string, ok bool, err error)
