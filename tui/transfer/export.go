package transfer

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// ExportedMsg reports an export's outcome.
type ExportedMsg struct {
	n    int
	path string
	err  error
	// again writes the same rows over the existing file, for the question
	// an ErrFileExists leads to.
	again tea.Cmd
}

// StartExport opens the file-name question for the rows on screen, or says
// why export is not offered (over SSH the server's disk is not the user's;
// `ssh server export` streams the file instead).
func StartExport(c *kit.Session, kind model.Kind, rows []int32) tea.Cmd {
	m, cmd := newExport(c, kind, rows)
	if m == nil {
		return cmd
	}
	return kit.OpenModal(m, cmd)
}

// newExport is the file-name question, or nil and why it is not offered.
func newExport(c *kit.Session, kind model.Kind, rows []int32) (kit.Modal, tea.Cmd) {
	if c.Config.Export == nil {
		return nil, kit.Say(kit.LevelWarn, c.T(MsgExportUnavailable))
	}
	snap := c.Snap
	write := func(path string, overwrite bool) tea.Cmd { return exportTo(c, snap, kind, rows, path, overwrite) }
	return newFileName(c, c.T(MsgExportAsk, kit.GroupInt(int64(len(rows)))), exportName(kind, c.Config.Time()), MsgExportDo, write)
}

// exportName suggests a file name from the registry's: "co-so-2026-11-27.csv".
func exportName(k model.Kind, now time.Time) string {
	ki, _ := k.Info()
	return ki.File + "-" + now.Format("2006-01-02") + ".csv"
}

// exportTo runs the export off the UI goroutine; the file is the caller's
// business (kit.ExportFunc), including whether it exists.
func exportTo(c *kit.Session, snap *store.Snapshot, kind model.Kind, rows []int32, path string, overwrite bool) tea.Cmd {
	export := c.Config.Export
	return func() tea.Msg {
		n, err := export(snap, kind, rows, path, overwrite)
		msg := ExportedMsg{n: n, path: path, err: err}
		if errors.Is(err, kit.ErrFileExists) {
			msg.again = exportTo(c, snap, kind, rows, path, true)
		}
		return msg
	}
}

// Exported puts the outcome in the status bar, or asks before writing
// over an existing file.
func Exported(c *kit.Session, msg ExportedMsg) tea.Cmd {
	if msg.again != nil {
		return askOverwrite(c, msg.path, msg.again)
	}
	if msg.err != nil {
		return kit.Say(kit.LevelError, c.T(MsgAppExportFailed, msg.path, model.Localize(msg.err, c.Lang)))
	}
	return kit.Say(kit.LevelInfo, c.T(MsgAppExportDone, kit.GroupInt(int64(msg.n)), msg.path))
}
