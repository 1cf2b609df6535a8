package audit

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// Tab shows the audit trail to admins, newest first, narrowed by a
// query line (user, record, dates). Reading the trail is I/O, so it runs
// in a command; a result of an older query is dropped by its number.
type Tab struct {
	c       *kit.Session
	keys    kit.Keys
	input   textinput.Model
	editing bool
	query   string
	Table   *vtable.Model
	seq     int
	loading bool
	count   int
	err     string
}

// StartMsg is sent once when the program starts, for parts that load.
type StartMsg struct{}

type auditMsg struct {
	seq     int
	entries []store.AuditEntry
	err     error
}

func New(c *kit.Session, keys kit.Keys) *Tab {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = c.T(MsgAuditHint)
	a := &Tab{c: c, keys: keys, input: in}
	a.Table = vtable.New(auditColumns(c), auditSource{c: c}, vtable.WithLang(c.Lang),
		vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii))
	return a
}

// Load asks the store for the entries of the current query.
func (a *Tab) Load() tea.Cmd {
	q, err := parseAuditQuery(a.query, a.c.Config.Time().Location())
	if err != nil {
		a.err = a.c.Localize(err)
		return nil
	}
	a.seq++
	a.loading, a.err = true, ""
	seq, s, actor := a.seq, a.c.Config.Store, a.c.Config.Actor
	return func() tea.Msg {
		es, err := s.Audit(actor, q)
		return auditMsg{seq: seq, entries: es, err: err}
	}
}

func (a *Tab) Update(msg tea.Msg) (kit.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.Table.SetSize(msg.Width, max(msg.Height-2, 0))
		a.input.SetWidth(max(msg.Width-4, 1))
		return a, nil
	case tea.BackgroundColorMsg:
		a.Table.SetStyles(kit.TableStyles(a.c.Styles))
		a.input.SetStyles(textinput.DefaultStyles(msg.IsDark()))
		return a, nil
	case StartMsg, kit.RefreshMsg:
		return a, a.Load()
	case auditMsg:
		if msg.seq != a.seq {
			return a, nil
		}
		a.loading = false
		if msg.err != nil {
			a.err = a.c.Localize(msg.err)
			return a, nil
		}
		a.count = len(msg.entries)
		return a, a.Table.SetSource(auditSource{c: a.c, es: msg.entries})
	case tea.KeyPressMsg:
		return a, a.key(msg)
	case tea.MouseMsg:
		if moved := kit.ShiftMouse(msg, 2); moved != nil { // below the query and count lines
			_, cmd := a.Table.Update(moved)
			return a, cmd
		}
		return a, nil
	}
	_, cmd := a.Table.Update(msg)
	return a, cmd
}

func (a *Tab) key(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := a.c.Dispatch(a.actions(), msg); ok {
		return cmd
	}
	var cmd tea.Cmd
	if a.editing {
		a.input, cmd = a.input.Update(msg)
		return cmd
	}
	_, cmd = a.Table.Update(msg)
	return cmd
}

// actions is the tab's keys, declared once for the help and the dispatch:
// while the query is edited, enter runs it and esc gives it up.
func (a *Tab) actions() []kit.Action {
	if a.editing {
		run := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", a.c.T(MsgAuditRun)))
		return []kit.Action{
			{Key: run, Line: kit.Always, Run: func(tea.KeyPressMsg) tea.Cmd {
				a.editing = false
				a.input.Blur()
				a.query = a.input.Value()
				return a.Load()
			}},
			{Key: a.keys.Close, Line: kit.Always, Run: func(tea.KeyPressMsg) tea.Cmd {
				a.editing = false
				a.input.Blur()
				a.input.SetValue(a.query)
				return nil
			}},
		}
	}
	q := key.NewBinding(key.WithKeys("/"), key.WithHelp("/", a.c.T(MsgAuditQueryKey)))
	tk := a.Table.Keys()
	return []kit.Action{
		{Key: q, Line: kit.Always, Run: func(tea.KeyPressMsg) tea.Cmd {
			a.editing = true
			return a.input.Focus()
		}},
		{Key: tk.Up, Line: kit.Always, Group: kit.TableGroup},
		{Key: tk.Down, Line: kit.Always, Group: kit.TableGroup},
		{Key: tk.SortNext, Line: kit.Always, Group: kit.TableGroup},
	}
}

func (a *Tab) View(w, h int) string {
	st := a.c.Styles
	line := st.Label.Render("/ ") + a.query
	if a.query == "" {
		line = st.Muted.Render("/ " + a.c.T(MsgAuditHint))
	}
	if a.editing {
		line = a.input.View()
	}
	info := st.Muted.Render(a.c.T(MsgAuditCount, kit.GroupInt(int64(a.count))))
	switch {
	case a.loading:
		info = st.Muted.Render(a.c.T(MsgAuditLoading))
	case a.err != "":
		info = st.Error.Render(a.c.Mark(kit.LevelError) + " " + a.err)
	}
	return kit.Fit(strings.Join([]string{kit.Cut(line, w), kit.Cut(info, w), a.Table.View()}, "\n"), w, h)
}

func (a *Tab) Title() string   { return a.c.T(MsgTabAudit) }
func (a *Tab) Capturing() bool { return a.editing || a.Table.Filtering() }

func (a *Tab) KeyMap() help.KeyMap {
	acts := a.actions()
	if a.editing {
		return kit.KeyList{Short: a.c.HelpLine(acts)}
	}
	return kit.KeyList{Short: a.c.HelpLine(acts), Full: append(a.Table.Keys().FullHelp(), a.c.HelpPage(acts)...)}
}

// auditColumns are the trail's columns.
func auditColumns(c *kit.Session) []vtable.Column {
	return []vtable.Column{
		{Title: c.T(MsgAuditAt), Width: 16, Priority: 100, Key: kit.Sortable},
		{Title: c.T(MsgAuditUser), Width: 12, Priority: 90, Key: kit.Sortable},
		{Title: c.T(MsgAuditOp), Width: 10, Priority: 80, Key: kit.Sortable},
		{Title: c.T(MsgAuditRecord), Width: 34, MinWidth: 14, Priority: 70, Key: kit.Sortable},
		{Title: c.T(MsgAuditChanges), Width: 40, MinWidth: 16, Flex: true, Priority: 60},
	}
}
