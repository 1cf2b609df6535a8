package kit

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
)

// WriteMsg reports a delete or restore run by a command; forms have their
// own savedMsg because they stay open on failure.
type WriteMsg struct {
	op   store.Op
	Kind model.Kind
	ID   model.ID
	Name string
	err  error
}

// The store is the only thing that decides: these run whatever the role
// and report what the store said.
func DeleteCmd(c *Session, k model.Kind, id model.ID, version uint32, name string) tea.Cmd {
	s, a := c.Config.Store, c.Config.Actor
	return func() tea.Msg {
		return WriteMsg{op: store.OpDelete, Kind: k, ID: id, Name: name, err: s.Delete(a, k, id, version)}
	}
}

func RestoreCmd(c *Session, k model.Kind, id model.ID, name string) tea.Cmd {
	s, a := c.Config.Store, c.Config.Actor
	return func() tea.Msg {
		return WriteMsg{op: store.OpRestore, Kind: k, ID: id, Name: name, err: s.Restore(a, k, id)}
	}
}

// StatusFor turns a write's outcome into the status-bar message.
func (c *Session) StatusFor(m WriteMsg) Status {
	if m.err != nil {
		return c.ErrorStatus(m.err)
	}
	k := MsgStatusDeleted
	if m.op == store.OpRestore {
		k = MsgStatusRestored
	}
	return Status{Level: LevelInfo, Text: c.T(k, m.Name)}
}

// ErrorStatus explains a refused write: who changed the record first, what
// the role lacks, or what the store said, in the user's language.
func (c *Session) ErrorStatus(err error) Status {
	var conflict *store.ConflictError
	switch {
	case errors.As(err, &conflict):
		at := conflict.At.In(c.Config.Time().Location()).Format("15:04 02/01/2006")
		return Status{Level: LevelError, Text: c.T(MsgStatusConflict, conflict.By, at)}
	case errors.Is(err, store.ErrForbidden):
		return Status{Level: LevelError, Text: c.T(MsgStatusForbidden, c.Localize(err))}
	}
	var ps model.Problems
	if errors.As(err, &ps) {
		return Status{Level: LevelError, Text: c.T(MsgStatusProblems, c.Localize(err))}
	}
	return Status{Level: LevelError, Text: c.Localize(err)}
}

// Say is a command that shows a message in the status bar.
func Say(l level, text string) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Level: l, Text: text} }
}
