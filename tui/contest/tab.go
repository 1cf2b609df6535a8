package contest

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// The tab's three views.
const (
	ViewRounds = iota
	ViewEntries
	ViewRegister
	views
)

// Tab is the Bình chọn tab.
type Tab struct {
	c       *kit.Session
	keys    ctKeys
	d       *data
	Showing int
	Tables  [views]*vtable.Model
	// Round is the round whose entries the entries view lists (0: none).
	Round    model.ID
	want     model.ID // an entry a jump selects once the entries view is ready
	expiring bool
	w, h     int
}

// New builds the tab over the session's snapshot.
func New(c *kit.Session, _ kit.Keys) *Tab {
	t := &Tab{c: c, keys: contestKeys(c.Lang)}
	opts := func() []vtable.Option {
		return []vtable.Option{vtable.WithLang(c.Lang), vtable.WithStyles(kit.TableStyles(c.Styles)), vtable.WithASCII(c.Styles.Ascii)}
	}
	t.d = dataFor(c.Snap)
	t.Tables[ViewRounds] = vtable.New(roundColumns(c), t.source(ViewRounds), opts()...)
	t.Tables[ViewEntries] = vtable.New(entryColumns(c), t.source(ViewEntries), opts()...)
	t.Tables[ViewRegister] = vtable.New(registerColumns(c), t.source(ViewRegister), opts()...)
	return t
}

func (t *Tab) source(v int) vtable.Source {
	rv := t.c.RowView()
	switch v {
	case ViewEntries:
		return entrySource{d: t.d, rv: rv, round: t.Round, t: t.c.T}
	case ViewRegister:
		now := t.c.Config.Time()
		return registerSource{d: t.d, rv: rv, year: now.Year(), today: model.DateOf(now), expiring: t.expiring, t: t.c.T}
	}
	return roundSource{d: t.d, rv: rv}
}

// resource gives every view the current data.
func (t *Tab) resource() tea.Cmd {
	cmds := make([]tea.Cmd, views)
	for v := range views {
		cmds[v] = t.Tables[v].SetSource(t.source(v))
	}
	return tea.Batch(cmds...)
}

// Active is the table of the view on screen.
func (t *Tab) Active() *vtable.Model { return t.Tables[t.Showing] }

func (t *Tab) Update(msg tea.Msg) (kit.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		t.w, t.h = msg.Width, msg.Height
		for _, tb := range t.Tables {
			tb.SetSize(t.w, max(t.h-2, 0))
		}
		return t, nil
	case tea.BackgroundColorMsg:
		for _, tb := range t.Tables {
			tb.SetStyles(kit.TableStyles(t.c.Styles))
		}
		return t, nil
	case kit.RefreshMsg:
		t.d = dataFor(t.c.Snap)
		return t, t.resource()
	case writeMsg:
		return t, msg.status(t.c)
	case kit.GotoMsg:
		return t, t.gotoEntry(msg)
	case tea.KeyPressMsg:
		return t, t.key(msg)
	case tea.MouseMsg:
		if moved := kit.ShiftMouse(msg, 2); moved != nil {
			_, cmd := t.Active().Update(moved)
			return t, cmd
		}
		return t, nil
	}
	var cmds []tea.Cmd
	for _, tb := range t.Tables {
		_, cmd := tb.Update(msg)
		cmds = append(cmds, cmd)
	}
	return t, tea.Batch(append(cmds, t.trySelect())...)
}

func (t *Tab) key(msg tea.KeyPressMsg) tea.Cmd {
	tb := t.Active()
	if tb.Filtering() {
		_, cmd := tb.Update(msg)
		return cmd
	}
	if cmd, ok := t.c.Dispatch(t.actions(), msg); ok {
		return cmd
	}
	_, cmd := tb.Update(msg)
	return cmd
}

// View draws the view line, the view's own line (the round, the rules or
// the register's counts) and the table.
func (t *Tab) View(w, h int) string {
	return kit.Fit(strings.Join([]string{t.viewLine(w), kit.Cut(t.infoLine(), w), t.Active().View()}, "\n"), w, h)
}

// viewLine names the three views with their counts, the active one
// highlighted: "Đợt bình chọn 2 │ Sản phẩm 30 │ Sổ chứng nhận 16".
func (t *Tab) viewLine(w int) string {
	st := t.c.Styles
	keys := [views]i18n.Key{MsgViewRounds, MsgViewEntries, MsgViewRegister}
	parts := make([]string, views)
	for v := range views {
		shown, _ := t.Tables[v].Count()
		label := t.c.T(keys[v], kit.GroupInt(int64(shown)))
		if v == t.Showing {
			parts[v] = st.TabActive.Render(label)
		} else {
			parts[v] = st.TabInactive.Render(label)
		}
	}
	sep := "│"
	if st.Ascii {
		sep = "|"
	}
	return kit.Cut(strings.Join(parts, st.TabSep.Render(sep)), w)
}

func (t *Tab) infoLine() string {
	st := t.c.Styles
	switch t.Showing {
	case ViewEntries:
		r, ok := t.d.round(t.Round)
		if !ok {
			return st.Muted.Render(t.c.T(MsgNoRound))
		}
		// Complaints first: at 80 columns the end of the line is cut.
		line := st.Muted.Render(t.c.T(MsgRulesLine, criteriaText(r.Rules.Criteria), r.Rules.PassMark, r.Status.Label(t.c.Lang)))
		if open, late := t.complaints(r, model.DateOf(t.c.Config.Time())); late > 0 {
			line = st.Warn.Render(t.c.T(MsgComplaintsLate, open, late)) + st.Muted.Render(" · ") + line
		} else if open > 0 {
			line = st.Muted.Render(t.c.T(MsgComplaintsOpen, open)+" · ") + line
		}
		return line
	case ViewRegister:
		year := t.c.Config.Time().Year()
		inForce, expiring := t.registerCounts(year)
		line := t.c.T(MsgRegisterLine, kit.GroupInt(int64(inForce)), kit.GroupInt(int64(expiring)), year)
		if t.expiring {
			line += " · " + t.c.T(MsgRegisterOnly, year)
		}
		return st.Muted.Render(line)
	}
	row, ok := t.Tables[ViewRounds].Selected()
	r, found := t.d.round(model.ID(row + 1))
	if !ok || !found {
		return ""
	}
	line := t.c.T(MsgRoundLine, r.Code, r.DecisionNo, r.RegOpen.String(), r.RegClose.String())
	if r.Status == model.RoundPublished {
		line += t.c.T(MsgRoundResults, r.ResultsDate.String(), r.Rules.ComplaintDeadline(r.ResultsDate).String())
	}
	return st.Muted.Render(line)
}

func (t *Tab) registerCounts(year int) (inForce, expiring int) {
	today := model.DateOf(t.c.Config.Time())
	for e := range t.d.entries.Scan() {
		if !e.Certified() || e.ValidUntil < today {
			continue
		}
		inForce++
		if e.ExpiresIn(year) {
			expiring++
		}
	}
	return inForce, expiring
}

// criteriaText is each group's maximum and their sum: "30+40+20+10 = 100".
func criteriaText(cs []model.Criterion) string {
	parts := make([]string, len(cs))
	var sum int32
	for i, c := range cs {
		parts[i] = kit.GroupInt(int64(c.Max))
		sum += c.Max
	}
	return strings.Join(parts, "+") + " = " + kit.GroupInt(int64(sum))
}

func (t *Tab) Title() string {
	return t.c.T(MsgTabContest) + " " + kit.GroupInt(int64(t.c.Snap.Live(model.KindRound)))
}

// ShortTitle is the title without the count, for a narrow tab bar.
func (t *Tab) ShortTitle() string { return t.c.T(MsgTabContest) }

func (t *Tab) Capturing() bool { return t.Active().Filtering() }

func (t *Tab) KeyMap() help.KeyMap {
	tk := t.Active().Keys()
	if t.Active().Filtering() {
		return kit.KeyList{Short: []key.Binding{tk.FilterKeep, tk.FilterClear, tk.Up, tk.Down}, Full: tk.FullHelp()}
	}
	acts := t.actions()
	return kit.KeyList{Short: t.c.HelpLine(acts), Full: append(tk.FullHelp(), t.c.HelpPage(acts)...)}
}
