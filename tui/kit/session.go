package kit

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// Session is the state every part of one session shares: configuration,
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
	// ReportDialog offers the export of the rows of a kind on screen and
	// the papers of a year (0: every year), and a project's settlement
	// when project is a code; set by the root as the export dialog is.
	ReportDialog func(year int32, project string, kind model.Kind, rows []int32) tea.Cmd
}

// T renders a catalog entry in the session's language.
func (c *Session) T(k i18n.Key, args ...any) string { return c.Lang.T(k, args...) }

// Latest is the store's newest snapshot. Drawing uses c.Snap, which the
// feed replaces a moment after each write; anything that starts a write
// (a form's starting values, a delete's version) reads the newest, or a
// user who saves and edits again at once would conflict with themselves.
// Rows stay valid across snapshots: IDs are dense and never reused.
func (c *Session) Latest() *store.Snapshot { return c.Config.Store.Snapshot() }

func (c *Session) Role() model.Role { return c.Config.Actor.Role }
func (c *Session) CanWrite() bool   { return c.Config.Actor.Role.CanWrite() }
func (c *Session) CanAdmin() bool   { return c.Config.Actor.Role.CanAdmin() }

// Localize renders an error for this user.
func (c *Session) Localize(err error) string { return model.Localize(err, c.Lang) }

// FieldErr is what huh shows under the form: the field's label and the
// reason, in the user's language.
func (c *Session) FieldErr(name string, err error) error {
	return errors.New(model.FieldLabel(name, c.Lang) + ": " + c.Localize(err))
}

// RowView is the adapters' part of the session state.
func (c *Session) RowView() RowView {
	return RowView{Lang: c.Lang, ShowDeleted: c.ShowDeleted && c.CanAdmin(), deletedMark: c.T(MsgDeletedMark)}
}

// Refuse says in the status bar which role an action needs.
func (c *Session) Refuse(need i18n.Key) tea.Cmd {
	return Say(LevelError, c.T(MsgStatusForbidden, c.T(need)))
}
