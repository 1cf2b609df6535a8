package transfer

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// reportChoice is one line of the budget tab's x: the table on screen, or
// a paper.
type reportChoice struct {
	label string
	req   kit.ReportRequest
	file  string
	table bool
}

// ReportedMsg reports a paper's outcome.
type ReportedMsg struct {
	path  string
	err   error
	again tea.Cmd // writes over the existing file, for the question
}

// chooserModal is the small list x opens on the budget tab.
type chooserModal struct {
	c       *kit.Session
	choices []reportChoice
	cur     int
	kind    model.Kind // the table on screen, for its export
	rows    []int32
}

// StartReport opens the chooser: the table on screen (the usual export),
// the papers of the year and, with a project, its settlement sheet.
func StartReport(c *kit.Session, year int32, project string, kind model.Kind, rows []int32) tea.Cmd {
	m := &chooserModal{c: c, kind: kind, rows: rows}
	m.choices = append(m.choices, reportChoice{label: c.T(MsgReportTable), table: true})
	if year != 0 {
		y := int(year)
		m.choices = append(m.choices,
			reportChoice{label: c.T(MsgReportPeriodic, y), req: kit.ReportRequest{Kind: "periodic", Year: year}, file: c.T(MsgReportPeriodicFile, y)},
			reportChoice{label: c.T(MsgReportRegistration, y), req: kit.ReportRequest{Kind: "registration", Year: year}, file: c.T(MsgReportRegistrationFile, y)},
			reportChoice{label: c.T(MsgReportBudget, y), req: kit.ReportRequest{Kind: "budget", Year: year}, file: c.T(MsgReportBudgetFile, y)})
	} else {
		m.choices = append(m.choices, reportChoice{label: c.T(MsgReportBudgetAll), req: kit.ReportRequest{Kind: "budget"}, file: c.T(MsgReportBudgetAllFile)})
	}
	if project != "" {
		m.choices = append(m.choices, reportChoice{label: c.T(MsgReportSettlement, project),
			req: kit.ReportRequest{Kind: "settlement", Year: year, Project: project}, file: c.T(MsgReportSettlementFile, project)})
	}
	return kit.OpenModal(m, nil)
}

func (m *chooserModal) Session() *kit.Session { return m.c }

func (m *chooserModal) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch s := k.String(); s {
	case "esc":
		return nil, nil
	case "up", "k":
		m.cur = (m.cur - 1 + len(m.choices)) % len(m.choices)
	case "down", "j", "tab":
		m.cur = (m.cur + 1) % len(m.choices)
	case "enter":
		return m.pick(m.choices[m.cur])
	default:
		if len(s) == 1 && s[0] >= '1' && int(s[0]-'0') <= len(m.choices) {
			return m.pick(m.choices[s[0]-'1'])
		}
	}
	return m, nil
}

// pick runs a choice: the next modal in this one's place, the table's
// file name or the paper's (refused where the app may not write files).
func (m *chooserModal) pick(ch reportChoice) (kit.Modal, tea.Cmd) {
	if ch.table {
		return newExport(m.c, m.kind, m.rows)
	}
	if m.c.Config.Report == nil {
		return nil, kit.Say(kit.LevelWarn, m.c.T(MsgExportUnavailable))
	}
	c, snap := m.c, m.c.Snap
	write := func(path string, overwrite bool) tea.Cmd { return reportTo(c, snap, ch.req, path, overwrite) }
	return newFileName(c, c.T(MsgReportFileAsk, ch.label), ch.file, MsgReportWrite, write)
}

func (m *chooserModal) View(base string, w, h int) string {
	lines := make([]string, len(m.choices))
	for i, ch := range m.choices {
		mark := "  "
		if i == m.cur {
			mark = "> "
		}
		line := fmt.Sprintf("%s%d  %s", mark, i+1, ch.label)
		if i == m.cur {
			line = m.c.Styles.Value.Render(line)
		}
		lines[i] = line
	}
	return form.Overlay(base, form.DialogBox(m.c, w, m.c.T(MsgReportAsk), strings.Join(lines, "\n")), w, h)
}

func (m *chooserModal) KeyMap() help.KeyMap {
	return kit.KeyList{Short: []key.Binding{
		key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", m.c.T(MsgReportMove))),
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.c.T(MsgReportPick))),
		key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.c.T(kit.MsgKeyClose))),
	}}
}

// reportTo makes the paper off the UI goroutine and names the file written
// by its full path, so that the user knows where to find it.
func reportTo(c *kit.Session, snap *store.Snapshot, req kit.ReportRequest, path string, overwrite bool) tea.Cmd {
	report := c.Config.Report
	return func() tea.Msg {
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		err := report(snap, req, path, overwrite)
		msg := ReportedMsg{path: path, err: err}
		if errors.Is(err, kit.ErrFileExists) {
			msg.again = reportTo(c, snap, req, path, true)
		}
		return msg
	}
}

// Reported says where the paper went, or asks before writing over a file.
func Reported(c *kit.Session, msg ReportedMsg) tea.Cmd {
	if msg.again != nil {
		return askOverwrite(c, msg.path, msg.again)
	}
	if msg.err != nil {
		return kit.Say(kit.LevelError, c.T(MsgReportFailed, msg.path, c.Localize(msg.err)))
	}
	return kit.Say(kit.LevelInfo, c.T(MsgReportDone, msg.path))
}
