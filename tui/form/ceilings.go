package form

import (
	"errors"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"khuyencong/model"
	"khuyencong/tui/kit"
)

// ceilings shows the support ceilings per content category and the
// advance limit (model.Settings). Admins edit them in a huh form saved
// with store.SaveSettings; anyone else sees them read-only with the reason
// (the store would refuse their save anyway).
type ceilings struct {
	c        *kit.Session
	editable bool
	pct, max [10]string // by category; index 0 unused
	advance  string
	Form     *huh.Form
	saving   bool
	problem  string
	w, h     int
}

// settingsSavedMsg is the store's answer to a save.
type settingsSavedMsg struct {
	M   *ceilings
	err error
}

func OpenCeilings(c *kit.Session) tea.Cmd {
	m := &ceilings{c: c, editable: c.CanAdmin()}
	st := c.Snap.Settings
	for _, cat := range model.AllCategories {
		ce := st.Ceiling(cat)
		m.pct[cat] = kit.CountText(ce.Percent)
		m.max[cat] = moneyText(ce.Max)
	}
	m.advance = kit.CountText(st.AdvanceLimit)
	var init tea.Cmd
	if m.editable {
		m.build()
		init = m.Form.Init()
	}
	return kit.OpenModal(m, init)
}

func (m *ceilings) build() {
	var fields []huh.Field
	for _, cat := range model.AllCategories {
		fields = append(fields,
			huh.NewNote().Title(cat.Code()+". "+cat.Label(m.c.Lang)),
			huh.NewInput().Inline(true).Title("  "+m.c.T(MsgSetPercent)+" (%): ").
				Value(&m.pct[cat]).Validate(m.percentCheck(m.c.T(MsgSetPercent))).
				Placeholder(m.c.T(MsgSetNoLimit)),
			huh.NewInput().Inline(true).Title("  "+m.c.T(MsgSetMax)+": ").
				Value(&m.max[cat]).Validate(m.moneyCheck(m.c.T(MsgSetMax))).
				Placeholder(m.c.T(MsgSetNoLimit)),
		)
	}
	fields = append(fields, huh.NewInput().Inline(true).Title(m.c.T(MsgSetAdvance)+" (%): ").
		Value(&m.advance).Validate(m.percentCheck(m.c.T(MsgSetAdvance))))
	m.Form = huh.NewForm(huh.NewGroup(fields...)).WithTheme(formTheme(m.c.Styles)).
		WithShowHelp(false).WithShowErrors(false)
	m.resize()
}

func (m *ceilings) resize() {
	if m.Form != nil && m.w > 0 && m.h > 0 {
		m.Form.WithWidth(min(m.w, 100)).WithHeight(max(m.h-5, 1))
	}
}

// parsePercent reads "50", "50%" or "" (0: no limit).
func parsePercent(s string) (int32, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 100 {
		return 0, false
	}
	return int32(n), true
}

func (m *ceilings) percentCheck(label string) func(string) error {
	return func(s string) error {
		if _, ok := parsePercent(s); !ok {
			return errors.New(m.c.T(MsgSetPercentErr, label))
		}
		return nil
	}
}

func (m *ceilings) moneyCheck(label string) func(string) error {
	return func(s string) error {
		if err := check(kMoney, false, s, 0); err != nil {
			return errors.New(label + ": " + m.c.Localize(err))
		}
		return nil
	}
}

// settings reads the fields; ok is false with the first problem.
func (m *ceilings) settings() (model.Settings, string, bool) {
	st := m.c.Snap.Settings
	for _, cat := range model.AllCategories {
		p, ok := parsePercent(m.pct[cat])
		if !ok {
			return st, cat.Code() + ". " + m.c.T(MsgSetPercentErr, m.c.T(MsgSetPercent)), false
		}
		if err := check(kMoney, false, m.max[cat], 0); err != nil {
			return st, cat.Code() + ". " + m.c.T(MsgSetMax) + ": " + m.c.Localize(err), false
		}
		mx := model.Money(0)
		if s := strings.TrimSpace(m.max[cat]); s != "" {
			mx, _ = model.ParseMoney(s)
		}
		st.Ceilings[cat] = model.Ceiling{Percent: p, Max: mx}
	}
	adv, ok := parsePercent(m.advance)
	if !ok {
		return st, model.Localize(model.Errorf(MsgSetPercentErr, m.c.T(MsgSetAdvance)), m.c.Lang), false
	}
	st.AdvanceLimit = adv
	if ps := st.Validate(); len(ps) > 0 {
		return st, ps.In(m.c.Lang), false
	}
	return st, "", true
}

func (m *ceilings) submit() tea.Cmd {
	st, problem, ok := m.settings()
	if !ok {
		m.problem = problem
		return kit.Say(kit.LevelError, problem)
	}
	m.problem, m.saving = "", true
	s, a := m.c.Config.Store, m.c.Config.Actor
	return func() tea.Msg { return settingsSavedMsg{M: m, err: s.SaveSettings(a, st)} }
}

func (m *ceilings) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.resize()
		return m, nil
	case settingsSavedMsg:
		if msg.M != m {
			return m, nil
		}
		m.saving = false
		if msg.err != nil {
			st := m.c.ErrorStatus(msg.err)
			m.problem = st.Text
			return m, func() tea.Msg { return kit.StatusMsg(st) }
		}
		return nil, kit.Say(kit.LevelInfo, m.c.T(MsgSetSaved))
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	if m.Form != nil {
		return m, m.forward(msg)
	}
	return m, nil
}

func (m *ceilings) key(msg tea.KeyPressMsg) (kit.Modal, tea.Cmd) {
	switch {
	case msg.String() == "esc":
		return nil, nil
	case !m.editable:
		if msg.String() == "enter" || msg.String() == "q" {
			return nil, nil
		}
		return m, nil
	case m.saving:
		return m, nil
	case msg.String() == "ctrl+s":
		return m, m.submit()
	}
	cmd := m.forward(msg)
	if m.Form.State != huh.StateNormal { // enter on the last field
		m.build()
		return m, tea.Batch(cmd, m.Form.Init(), m.submit())
	}
	return m, cmd
}

func (m *ceilings) forward(msg tea.Msg) tea.Cmd {
	f, cmd := m.Form.Update(msg)
	if hf, ok := f.(*huh.Form); ok {
		m.Form = hf
	}
	return cmd
}

func (m *ceilings) View(_ string, w, h int) string {
	st := m.c.Styles
	title := st.Title.Render(m.c.T(MsgSetTitle))
	if n := len(m.c.Snap.Settings.Rules); n > 0 {
		// The dated norms decide; these ceilings are their fallback.
		title += "\n" + st.Warn.Render(kit.Cut("! "+m.c.T(MsgSetRulesApply, n), w))
	}
	if !m.editable {
		body := title + "\n\n" + ceilingsTable(m.c, m.c.Snap.Settings, w) + "\n\n" +
			st.Warn.Render(kit.Cut("! "+m.c.T(MsgSetReadOnly, m.c.Role().Label(m.c.Lang)), w))
		return kit.Fit(body, w, h)
	}
	if m.saving {
		title += "  " + st.Muted.Render(m.c.T(MsgSetSaving))
	}
	body := title + "\n" + st.Muted.Render(kit.Cut(m.c.T(MsgSetHint), w)) + "\n" + m.Form.View()
	if m.problem != "" {
		body = kit.Fit(body, w, max(h-1, 0)) + "\n" + st.Error.Render(kit.Cut(m.c.Mark(kit.LevelError)+" "+m.problem, w))
	}
	return kit.Fit(body, w, h)
}

func (m *ceilings) KeyMap() help.KeyMap {
	km := kit.NewKeyMap(m.c.Lang)
	if !m.editable {
		return kit.KeyList{Short: []key.Binding{km.Close}}
	}
	b := []key.Binding{km.Save, kit.Bind(m.c.Lang, MsgKeyNextField, "enter/tab", "enter", "tab"), km.Close}
	return kit.KeyList{Short: b, Full: [][]key.Binding{b}}
}

// ceilingsTable lists the ceilings for reading: "3. Máy móc…  50%  300 tr".
func ceilingsTable(c *kit.Session, st model.Settings, width int) string {
	none := c.T(MsgSetNoLimit)
	rows := [][]string{{c.T(MsgSetCategory), c.T(MsgSetPercent), c.T(MsgSetMax)}}
	for _, cat := range model.AllCategories {
		ce := st.Ceiling(cat)
		pct, mx := none, none
		if ce.Percent > 0 {
			pct = strconv.Itoa(int(ce.Percent)) + "%"
		}
		if ce.Max > 0 {
			mx = kit.MoneyShort(ce.Max, c.Styles.Ascii)
		}
		rows = append(rows, []string{cat.Code() + ". " + cat.Label(c.Lang), pct, mx})
	}
	w1, w2 := 0, 0
	for _, r := range rows {
		w1, w2 = max(w1, len([]rune(r[1]))), max(w2, len([]rune(r[2])))
	}
	nameW := max(width-w1-w2-4, 10)
	var lines []string
	for i, r := range rows {
		line := kit.PadRight(kit.Cut(r[0], nameW), nameW) + "  " + kit.PadLeft(r[1], w1) + "  " + kit.PadLeft(r[2], w2)
		if i == 0 {
			line = c.Styles.Label.Render(line)
		}
		lines = append(lines, line)
	}
	adv := none
	if st.AdvanceLimit > 0 {
		adv = strconv.Itoa(int(st.AdvanceLimit)) + "%"
	}
	lines = append(lines, "", c.Styles.Label.Render(c.T(MsgSetAdvance)+": ")+adv)
	return strings.Join(lines, "\n")
}
