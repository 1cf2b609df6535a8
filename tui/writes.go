package tui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
)

// writeMsg reports a delete or restore run by a command; forms have their
// own savedMsg because they stay open on failure.
type writeMsg struct {
	op   store.Op
	kind model.Kind
	id   model.ID
	name string
	err  error
}

// The store is the only thing that decides: these run whatever the role
// and report what the store said.
func deleteCmd(c *common, k model.Kind, id model.ID, version uint32, name string) tea.Cmd {
	s, a := c.cfg.Store, c.cfg.Actor
	return func() tea.Msg {
		return writeMsg{op: store.OpDelete, kind: k, id: id, name: name, err: s.Delete(a, k, id, version)}
	}
}

func restoreCmd(c *common, k model.Kind, id model.ID, name string) tea.Cmd {
	s, a := c.cfg.Store, c.cfg.Actor
	return func() tea.Msg {
		return writeMsg{op: store.OpRestore, kind: k, id: id, name: name, err: s.Restore(a, k, id)}
	}
}

// statusFor turns a write's outcome into the status-bar message.
func (c *common) statusFor(m writeMsg) status {
	if m.err != nil {
		return c.errorStatus(m.err)
	}
	k := model.MsgStatusDeleted
	if m.op == store.OpRestore {
		k = model.MsgStatusRestored
	}
	return status{level: levelInfo, text: c.T(k, m.name)}
}

// errorStatus explains a refused write: who changed the record first, what
// the role lacks, or what the store said, in the user's language.
func (c *common) errorStatus(err error) status {
	var conflict *store.ConflictError
	switch {
	case errors.As(err, &conflict):
		at := conflict.At.In(c.cfg.now().Location()).Format("15:04 02/01/2006")
		return status{level: levelError, text: c.T(model.MsgStatusConflict, conflict.By, at)}
	case errors.Is(err, store.ErrForbidden):
		return status{level: levelError, text: c.T(model.MsgStatusForbidden, c.localize(err))}
	}
	var ps model.Problems
	if errors.As(err, &ps) {
		return status{level: levelError, text: c.T(model.MsgStatusProblems, c.localize(err))}
	}
	return status{level: levelError, text: c.localize(err)}
}

// say is a command that shows a message in the status bar.
func say(l level, text string) tea.Cmd {
	return func() tea.Msg { return statusMsg{level: l, text: text} }
}
