package overview

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/form"
	"khuyencong/tui/kit"
	"khuyencong/tui/money"
)

// Overview is the Tổng quan tab: the headline figures and the budget of
// the selected year at the top, the year's warnings (enter opens the
// record), and the charts below in a viewport that scrolls.
//
// Nothing here computes on a key press or in View: the summaries come
// from money.For once per snapshot, and the rendered head and charts are
// kept per (snapshot, width, year, look) in render.
type Overview struct {
	c      *kit.Session
	Money  money.Watch
	Year   int32
	chosen money.YearChoice

	Warns  warnList
	vp     viewport.Model
	render money.RenderCache
	Head   string
	keys   ovKeys
	w, h   int
	// stale is set when the head or the charts may no longer fit the
	// figures, the year, the size or the look; fit does the work when
	// the tab is drawn or gets a key, so a session showing another tab
	// does none on a save.
	stale bool
}

func New(c *kit.Session) *Overview {
	o := &Overview{c: c, vp: viewport.New(), keys: overviewKeys(c.Lang)}
	o.vp.KeyMap = viewport.KeyMap{} // keys are routed by key() below
	o.vp.MouseWheelEnabled = true
	if o.Money.SyncLoad(c) {
		o.dataChanged()
	}
	return o
}

func (o *Overview) Update(msg tea.Msg) (kit.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		o.w, o.h = msg.Width, msg.Height
		o.layout()
		return o, o.Load()
	case tea.BackgroundColorMsg:
		o.layout()
		return o, nil
	case kit.RefreshMsg:
		return o, o.Load()
	case money.Msg:
		if o.Money.Ready(msg) {
			o.dataChanged()
		}
		return o, nil
	case money.YearMsg:
		if msg.Year != o.Year {
			o.Year, o.chosen = msg.Year, money.YearByUser
			o.yearChanged()
		}
		return o, nil
	case kit.GotoMsg:
		return o, nil
	case tea.KeyPressMsg:
		return o, o.key(msg)
	case tea.MouseWheelMsg:
		o.fit()
		o.vp, _ = o.vp.Update(msg)
		return o, nil
	}
	return o, nil
}

// Load picks up a new snapshot: at once when it is small, else in a
// command while the old figures stay on screen.
func (o *Overview) Load() tea.Cmd {
	cmd, now := o.Money.Load(o.c)
	if now {
		o.dataChanged()
	}
	return cmd
}

func (o *Overview) dataChanged() {
	d := o.Money.Data
	if d.Follow(o.Year, o.chosen) {
		o.Year, o.chosen = d.DefaultYear(int32(o.c.Config.Time().Year())), money.YearByDefault
	}
	o.yearChanged()
}

func (o *Overview) yearChanged() {
	if o.Money.Data == nil {
		return
	}
	o.Warns.set(o.withDeadlines(o.Money.Data.All.Warnings), o.Year)
	o.layout()
}

func (o *Overview) key(msg tea.KeyPressMsg) tea.Cmd {
	if o.Money.Data == nil {
		return nil
	}
	o.fit()
	cmd, _ := o.c.Dispatch(o.actions(), msg)
	return cmd
}

// actions is the tab's keys, declared once for the help and the dispatch.
func (o *Overview) actions() []kit.Action {
	k := o.keys
	const year, warnings, charts = 0, 1, 2
	return []kit.Action{
		{Key: k.year, Line: kit.Always, Group: year, Run: func(msg tea.KeyPressMsg) tea.Cmd {
			o.Year = o.Money.Data.StepYear(o.Year, msg.String() == "]")
			o.chosen = money.YearByUser
			o.yearChanged()
			return money.SayYear(o.Year)
		}},
		{Key: k.warn, Line: kit.Always, Group: warnings, Run: func(msg tea.KeyPressMsg) tea.Cmd {
			up := key.Matches(msg, k.up)
			switch {
			case len(o.Warns.Items) == 0:
				o.scroll(up, 1)
			case up:
				o.Warns.move(-1)
			default:
				o.Warns.move(1)
			}
			return nil
		}},
		{Key: k.open, Line: kit.Always, Group: warnings, Run: func(tea.KeyPressMsg) tea.Cmd {
			w, ok := o.Warns.Selected()
			if !ok {
				return nil
			}
			return kit.GotoWarning(w)
		}},
		{Key: k.programmes, Need: kit.NeedAdmin, Group: charts, Run: func(tea.KeyPressMsg) tea.Cmd {
			return kit.OpenModal(form.NewProgrammeList(o.c), nil)
		}},
		{Key: k.page, Line: kit.Always, Group: charts, Run: func(msg tea.KeyPressMsg) tea.Cmd {
			switch {
			case key.Matches(msg, k.pageUp):
				o.vp.PageUp()
			case key.Matches(msg, k.pageDown):
				o.vp.PageDown()
			case key.Matches(msg, k.top):
				o.vp.GotoTop()
			case key.Matches(msg, k.bottom):
				o.vp.GotoBottom()
			}
			return nil
		}},
	}
}

func (o *Overview) scroll(up bool, n int) {
	if up {
		o.vp.ScrollUp(n)
	} else {
		o.vp.ScrollDown(n)
	}
}

// warnRows is how many warnings the list shows at once: fewer on a short
// terminal so that the charts keep some room.
func (o *Overview) warnRows() int {
	if o.h >= 34 {
		return 5
	}
	return 3
}

// layout marks the parts to be fitted again (see stale).
func (o *Overview) layout() { o.stale = true }

// fit fits the parts to the size and fetches the rendered head and charts
// for the current key (rendering them on a miss), if anything changed
// since it last did.
func (o *Overview) fit() {
	if !o.stale {
		return
	}
	o.stale = false
	d := o.Money.Data
	if d == nil || o.w <= 0 || o.h <= 0 {
		return
	}
	key := money.RenderKey{Snap: d.Snap, Width: o.w, Year: o.Year, Dark: o.c.Styles.IsDark, NoColor: o.c.Styles.NoColor}
	r := o.render.Get(key, func() money.Rendered {
		all, year := d.Summary(0), d.Summary(o.Year)
		charts := chartsBlock(o.c, all, year, o.w)
		if pg := programmesBlock(o.c, d.Snap, o.Year, o.w); pg != "" {
			charts = pg + "\n\n" + charts
		}
		return money.Rendered{Head: overviewHead(o.c, year, o.w), Charts: charts}
	})
	o.Head = r.Head
	if r.Charts != o.vp.GetContent() {
		o.vp.SetContent(r.Charts)
	}
	o.vp.SetWidth(o.w)
	o.vp.SetHeight(max(o.h-money.LineCount(o.Head)-o.Warns.height(o.warnRows())-1, 0))
}

// Stale reports that the head and the charts wait to be fitted to new
// figures, a year, a size or a look until the tab is drawn.
func (o *Overview) Stale() bool { return o.stale }

func (o *Overview) View(w, h int) string {
	o.fit()
	if o.Money.Data == nil {
		return kit.Center(o.c.Styles.Muted.Render(o.c.T(kit.MsgOvComputing)), w, h)
	}
	out := o.Head + "\n" + o.Warns.view(o.c, w, o.warnRows())
	if o.vp.Height() > 0 {
		out += "\n\n" + o.vp.View()
	}
	return kit.Fit(out, w, h)
}

func (o *Overview) Title() string {
	t := o.c.T(MsgTabOverview)
	if d := o.Money.Data; d != nil && len(d.All.Warnings) > 0 {
		return o.c.T(MsgOvTitleWarn, t, len(d.All.Warnings))
	}
	return t
}

func (o *Overview) Capturing() bool { return false }

func (o *Overview) KeyMap() help.KeyMap {
	acts := o.actions()
	return kit.KeyList{Short: o.c.HelpLine(acts), Full: o.c.HelpPage(acts)}
}
